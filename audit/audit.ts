import { erc20Abi, formatUnits, type Address, type PublicClient } from "viem";
import { entryPoint08Abi, entryPoint08Address } from "viem/account-abstraction";
import {
  allowanceKey,
  allowancePairs,
  reconcileAllowances,
  type AllowanceReconciliation,
} from "../sdk/history/allowances";
import {
  checkBalances,
  checkExecutedProposalsPaid,
  checkPayeesVerified,
  checkPaymentsTraceToDecisions,
  checkRoleHolders,
  type CheckResult,
} from "./checks";
import { ABIS } from "../sdk/contracts/kinds";
import type { DeploymentRecord } from "../sdk/deployment";
import { ETH_ADDRESS } from "../sdk/model/treasury";
import { FundHistory, type HistoryCache, type HistoryOptions } from "../sdk/history/reader";
import { type LedgerEntry } from "../sdk/history/ledger";
import { type Reconciliation } from "../sdk/history/reconcile";
import { type EscrowReconciliation } from "../sdk/history/reconcile";
import { reconcileEscrows } from "../sdk/history/reconcile";
import { reconcile } from "../sdk/history/reconcile";
import { readGasFundEvents, reconcileGasFund, type GasFundReconciliation } from "../sdk/history/gasFund";

export interface AssetInfo {
  address: Address;
  symbol: string;
  decimals: number;
}

export interface AuditResult {
  name: string;
  chainId: number;
  fromBlock: number;
  toBlock: bigint;
  entries: LedgerEntry[];
  assets: AssetInfo[];
  reconciliation: Reconciliation[];
  escrows: EscrowReconciliation[];
  allowances: AllowanceReconciliation;
  /** The paymaster's deposit at the EntryPoint, followed like the treasury; null without a paymaster. */
  gasFund: GasFundReconciliation | null;
  checks: CheckResult[];
  passed: boolean;
}

export interface AuditOptions {
  cache?: HistoryCache;
  rangeSize?: bigint;
  reorgDepth?: bigint;
  onProgress?: (done: bigint, total: bigint) => void;
  /**
   * Which entries are dated. By default every one but votes: a vote's time lies within its
   * proposal's voting window, and dating each would cost one block header per vote.
   */
  blockTimes?: HistoryOptions["blockTimes"];
}

async function assetInfo(client: PublicClient, address: Address): Promise<AssetInfo> {
  if (address === ETH_ADDRESS) return { address, symbol: "ETH", decimals: 18 };
  const [symbol, decimals] = await Promise.all([
    client.readContract({ address, abi: erc20Abi, functionName: "symbol" }).catch(() => address),
    client.readContract({ address, abi: erc20Abi, functionName: "decimals" }).catch(() => 18),
  ]);
  return { address, symbol, decimals: Number(decimals) };
}

/**
 * The treasury's allowances and reservations at `blockNumber`, as its allowance events explain
 * them. A treasury from before allowances has no `reserved`: nothing is compared then.
 */
async function allowanceFigures(
  client: PublicClient,
  treasury: Address,
  entries: readonly LedgerEntry[],
  assets: readonly AssetInfo[],
  balances: ReadonlyMap<string, bigint>,
  blockNumber: bigint,
): Promise<AllowanceReconciliation> {
  const abi = ABIS.treasury;
  const onChain = new Map<string, bigint>();
  for (const { spender, asset } of allowancePairs(entries)) {
    const amount = (await client.readContract({
      address: treasury,
      abi,
      functionName: "allowanceOf",
      args: [spender, asset],
      blockNumber,
    })) as bigint;
    onChain.set(allowanceKey(spender, asset), amount);
  }
  const reserved = new Map<string, bigint>();
  for (const asset of assets) {
    const amount = await client
      .readContract({ address: treasury, abi, functionName: "reserved", args: [asset.address], blockNumber })
      .catch(() => null);
    if (amount !== null) reserved.set(asset.address.toLowerCase(), amount as bigint);
  }
  return reconcileAllowances(entries, onChain, reserved, balances);
}

/** The gas fund's events and the paymaster's deposit at the EntryPoint; null without a paymaster. */
async function gasFundFigures(
  client: PublicClient,
  deployment: DeploymentRecord,
  toBlock: bigint,
): Promise<GasFundReconciliation | null> {
  const paymaster = deployment.contracts.paymaster;
  if (!paymaster) return null;
  const events = await readGasFundEvents(client, paymaster, { fromBlock: BigInt(deployment.deploymentBlock), toBlock });
  const balance = await client.readContract({
    address: entryPoint08Address,
    abi: entryPoint08Abi,
    functionName: "balanceOf",
    args: [paymaster],
    blockNumber: toBlock,
  });
  return reconcileGasFund(paymaster, events, balance);
}

/**
 * Reads a fund's whole history from the chain alone and checks it: balances and allowances
 * explained by events, payments traced to decisions, executed proposals paid as voted, role
 * holders as the README names them, and payees attested while that was required. Balances are
 * read at the last block the history covers.
 */
export async function auditFund(
  client: PublicClient,
  deployment: DeploymentRecord,
  options: AuditOptions = {},
): Promise<AuditResult> {
  // Payments need their block time (check 5 compares it with the payee's attestation).
  const history = new FundHistory(client, deployment, {
    ...options,
    blockTimes:
      options.blockTimes === undefined
        ? (e) => e.kind !== "vote"
        : options.blockTimes === true
          ? true
          : (e) =>
              e.kind === "payment" ||
              e.kind === "release" ||
              (typeof options.blockTimes === "function" && options.blockTimes(e)),
  });
  const { toBlock, entries } = await history.update();

  // ETH, the tracked tokens, and any token the events mention.
  const addresses = new Map<string, Address>([[ETH_ADDRESS, ETH_ADDRESS]]);
  for (const a of deployment.assets) addresses.set(a.address.toLowerCase(), a.address);
  for (const e of entries)
    if (e.kind === "deposit" || e.kind === "payment") addresses.set(e.asset.toLowerCase(), e.asset);
  const assets = await Promise.all([...addresses.values()].map((a) => assetInfo(client, a)));

  const treasury = deployment.contracts.treasury;
  const balances = new Map<string, bigint>();
  for (const asset of assets) {
    const balance =
      asset.address === ETH_ADDRESS
        ? await client.getBalance({ address: treasury, blockNumber: toBlock })
        : await client.readContract({
            address: asset.address,
            abi: erc20Abi,
            functionName: "balanceOf",
            args: [treasury],
            blockNumber: toBlock,
          });
    balances.set(asset.address.toLowerCase(), balance);
  }
  const reconciliation = reconcile(entries, balances);
  const escrowBalances = new Map<string, bigint>();
  for (const e of entries) {
    if (e.kind !== "roundCreated") continue;
    escrowBalances.set(
      e.round.toLowerCase(),
      await client.readContract({
        address: e.asset,
        abi: erc20Abi,
        functionName: "balanceOf",
        args: [e.round],
        blockNumber: toBlock,
      }),
    );
  }
  const escrows = reconcileEscrows(entries, escrowBalances);
  const allowances = await allowanceFigures(client, treasury, entries, assets, balances, toBlock);
  const gasFund = await gasFundFigures(client, deployment, toBlock);
  const format = amountFormatter(assets);
  const checks = [
    checkBalances(reconciliation, format, escrows, allowances, gasFund),
    checkPaymentsTraceToDecisions(entries, format),
    checkExecutedProposalsPaid(entries, format),
    checkRoleHolders(entries, deployment.contracts, deployment.config),
    checkPayeesVerified(entries, format),
  ];
  return {
    name: deployment.name,
    chainId: deployment.chainId,
    fromBlock: deployment.deploymentBlock,
    toBlock,
    entries,
    assets,
    reconciliation,
    escrows,
    allowances,
    gasFund,
    checks,
    passed: checks.every((c) => c.passed),
  };
}

/** "45000 DKKT": whole units, exact, with the asset's symbol. */
export function amountFormatter(assets: readonly AssetInfo[]) {
  return (asset: Address, amount: bigint): string => {
    const info = assets.find((a) => a.address.toLowerCase() === asset.toLowerCase()) ?? { symbol: asset, decimals: 0 };
    return `${formatUnits(amount, info.decimals)} ${info.symbol}`;
  };
}
