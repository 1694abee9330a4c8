/**
 * Anchoring the erasure log's root on chain (contracts/content/ErasureAnchor.sol): when the log
 * has entries the chain's latest anchor does not cover, on an interval and on demand. One
 * anchoring at a time: a second call waits for the first and then finds nothing new.
 */
import { createWalletClient, http, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import type { AnchorResponse } from "../../../sdk/content/api";
import { erasureLogRoot } from "../../../sdk/content/erasureLog";
import { ErasureAnchor__factory } from "../../../typechain-types/factories/contracts/content/ErasureAnchor__factory";
import type { Context } from "../context";
import { ApiError } from "../http/errors";
import { readErasureLog } from "./log";

const ABI = ErasureAnchor__factory.abi;

export class Anchorer {
  private running: Promise<AnchorResponse> = Promise.resolve({
    anchored: false,
    root: `0x${"00".repeat(32)}`,
    entries: 0,
    txHash: null,
  });

  constructor(private readonly ctx: Context) {}

  get configured(): boolean {
    return this.ctx.options.anchor !== null;
  }

  /** The chain's latest anchor, or null when no anchor contract is configured. */
  async latestOnChain(): Promise<{ root: Hex; entries: number } | null> {
    const anchor = this.ctx.options.anchor;
    if (!anchor) return null;
    const [root, entries] = await this.ctx.chain.client.readContract({
      address: anchor.contract,
      abi: ABI,
      functionName: "latest",
    });
    return { root, entries: Number(entries) };
  }

  /** Anchors the log's root if the chain lacks it. */
  anchorNow(): Promise<AnchorResponse> {
    const next = this.running.catch(() => undefined).then(() => this.anchorOnce());
    this.running = next;
    return next;
  }

  private async anchorOnce(): Promise<AnchorResponse> {
    const anchor = this.ctx.options.anchor;
    if (!anchor) throw new ApiError(409, "anchorNotConfigured", "No anchor contract and key are configured");
    const { root, entries } = erasureLogRoot(await readErasureLog(this.ctx.db));
    const onChain = await this.latestOnChain();
    if (entries === 0 || (onChain && onChain.entries >= entries))
      return { anchored: false, root, entries, txHash: null };
    const wallet = createWalletClient({
      account: privateKeyToAccount(anchor.privateKey),
      chain: this.ctx.chain.chain,
      transport: http(this.ctx.options.rpcUrl),
    });
    const txHash = await wallet.writeContract({
      address: anchor.contract,
      abi: ABI,
      functionName: "anchor",
      args: [root, BigInt(entries)],
    });
    const receipt = await this.ctx.chain.client.waitForTransactionReceipt({ hash: txHash });
    if (receipt.status !== "success") throw new Error(`Anchoring the erasure log failed in ${txHash}`);
    return { anchored: true, root, entries, txHash };
  }
}
