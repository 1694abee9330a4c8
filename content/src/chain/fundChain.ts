/**
 * The service's view of the fund's chain: which contracts are the fund's (the deployment
 * record's, and the rounds and pools their factories created since), transaction receipts, and
 * the payee registry's verifier role.
 */
import fs from "node:fs";
import {
  createPublicClient,
  defineChain,
  getAddress,
  http,
  TransactionReceiptNotFoundError,
  type Address,
  type Chain,
  type Hex,
  type PublicClient,
  type TransactionReceipt,
} from "viem";
import { ABIS, contractKinds } from "../../../sdk/contracts/kinds";
import type { DeploymentRecord } from "../../../sdk/deployment";
import { poolCreations, roundCreations } from "../../../sdk/history/ledger";
import { getLogsInRanges } from "../../../sdk/history/logs";

/** How long a verifier-role answer is trusted before the chain is asked again. */
const ROLE_CACHE_MS = 30_000;

export function fundChainDefinition(chainId: number, rpcUrl: string): Chain {
  return defineChain({
    id: chainId,
    name: `Pulje chain ${chainId}`,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
  });
}

export function readDeploymentFile(file: string, chainId: number): DeploymentRecord {
  if (!fs.existsSync(file)) throw new Error(`No deployment record at ${file}: deploy the fund first`);
  const record = JSON.parse(fs.readFileSync(file, "utf8")) as DeploymentRecord;
  if (record.chainId !== chainId)
    throw new Error(`${file} is a deployment on chain ${record.chainId}, the service is configured for ${chainId}`);
  return record;
}

export class FundChain {
  readonly client: PublicClient;
  private readonly recorded: Set<string>;
  private readonly clones = new Set<string>();
  /** The last block searched for factories' creations. */
  private scannedTo: bigint;
  private verifierRole: Hex | null = null;
  private readonly verifiers = new Map<string, { is: boolean; until: number }>();

  constructor(
    readonly chain: Chain,
    readonly record: DeploymentRecord,
  ) {
    this.client = createPublicClient({ chain, transport: http(chain.rpcUrls.default.http[0]) });
    this.recorded = new Set(contractKinds(record.contracts).keys());
    this.scannedTo = BigInt(record.deploymentBlock) - 1n;
  }

  /** Checks that the RPC serves the configured chain. */
  async check(): Promise<void> {
    const id = await this.client.getChainId();
    if (id !== this.chain.id)
      throw new Error(`The RPC serves chain ${id}, the service is configured for ${this.chain.id}`);
  }

  /** The receipt of `txHash`, or null while the chain does not have it. */
  async receipt(txHash: Hex): Promise<TransactionReceipt | null> {
    try {
      return await this.client.getTransactionReceipt({ hash: txHash });
    } catch (error) {
      if (error instanceof TransactionReceiptNotFoundError) return null;
      throw error;
    }
  }

  /** Whether `address` is one of the fund's contracts as of block `atBlock`. */
  async isFundContract(address: Address, atBlock: bigint): Promise<boolean> {
    const key = address.toLowerCase();
    if (this.recorded.has(key) || this.clones.has(key)) return true;
    if (atBlock > this.scannedTo) await this.findClones(atBlock);
    return this.clones.has(key);
  }

  /** The budget rounds and pools the fund's factories created up to `toBlock`. */
  private async findClones(toBlock: bigint): Promise<void> {
    const { contracts } = this.record;
    const factories = [contracts.roundFactory, contracts.poolFactory].filter((a): a is Address => a !== null);
    const logs = await getLogsInRanges(this.client, factories, { fromBlock: this.scannedTo + 1n, toBlock });
    for (const { round } of roundCreations(logs, contracts)) this.clones.add(round.toLowerCase());
    for (const { pool } of poolCreations(logs, contracts)) this.clones.add(pool.toLowerCase());
    this.scannedTo = toBlock;
  }

  /** Whether `account` holds the payee registry's verifier role now (cached for 30 s). */
  async isVerifier(account: Address): Promise<boolean> {
    const key = account.toLowerCase();
    const cached = this.verifiers.get(key);
    if (cached && cached.until > Date.now()) return cached.is;
    const registry = this.record.contracts.payeeRegistry;
    this.verifierRole ??= await this.client.readContract({
      address: registry,
      abi: ABIS.payeeRegistry,
      functionName: "VERIFIER_ROLE",
    });
    const is = await this.client.readContract({
      address: registry,
      abi: ABIS.payeeRegistry,
      functionName: "hasRole",
      args: [this.verifierRole, getAddress(account)],
    });
    this.verifiers.set(key, { is, until: Date.now() + ROLE_CACHE_MS });
    return is;
  }
}
