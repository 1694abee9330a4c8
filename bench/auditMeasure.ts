/** One measured audit run, and the facts about the history it is measured against. */
import { createPublicClient, http, type Address, type Log } from "viem";
import { auditFund, type AuditResult } from "../audit/audit";
import type { DeploymentRecord } from "../sdk/deployment";
import { FileHistoryCache } from "../audit/fileCache";
import { contractKinds, eventSelector } from "../sdk/contracts/kinds";
import type { LedgerKind } from "../sdk/history/ledger";
import { countingFetch, rpc, type RpcCounts } from "./auditRpc";

export interface AuditRun extends RpcCounts {
  label: string;
  /** Cold: the cache directory starts empty; warm: a previous run filled it. */
  kind: "cold" | "warm";
  rangeSize: number;
  /** Blocks of the history divided by the range size, rounded up. */
  ranges: number;
  seconds: number;
  eventsPerSecond: number;
  result: AuditResult;
}

export interface RunOptions {
  label: string;
  kind: AuditRun["kind"];
  cacheDir: string;
  rangeSize: number;
  /** All events of the history (for events per second). */
  events: number;
  blocks: number;
}

/**
 * Audits the fund as `npx hardhat audit` does (viem's http transport with batching, no retries,
 * a file cache), through a fetch that counts what is sent. A fresh client each run: nothing is
 * shared between runs but what the cache directory holds.
 */
export async function measureAudit(url: string, deployment: DeploymentRecord, options: RunOptions): Promise<AuditRun> {
  const { fetchFn, counts } = countingFetch();
  const client = createPublicClient({ transport: http(url, { batch: true, retryCount: 0, fetchFn }) });
  const started = performance.now();
  const result = await auditFund(client, deployment, {
    cache: new FileHistoryCache(options.cacheDir, deployment),
    rangeSize: BigInt(options.rangeSize),
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    label: options.label,
    kind: options.kind,
    rangeSize: options.rangeSize,
    ranges: Math.ceil(options.blocks / options.rangeSize),
    ...counts,
    seconds,
    eventsPerSecond: options.events / seconds,
    result,
  };
}

export interface HistoryFacts {
  deploymentBlock: number;
  /** Blocks from the deployment block to the tip. */
  blocks: number;
  /** Logs the fund's contracts emitted. */
  events: number;
  blocksWithEvents: number;
  /** The largest eth_getLogs response body for one range of `rangeSize` blocks. */
  largestRangeBytes: number;
  rangeSize: number;
  /** Where the round factory created budget rounds (the audit reads a new round's early events apart). */
  roundCreationBlocks: number[];
}

const ROUND_CREATED = eventSelector("roundFactory", "RoundCreated");

const hex = (n: number) => `0x${n.toString(16)}`;

/**
 * Counted apart from the measured runs, reading the logs range by range as the audit does
 * (the fund's contracts and the budget rounds it opened); the response sizes show how close a
 * range comes to viem's response size limit.
 */
export async function historyFacts(
  url: string,
  deployment: DeploymentRecord,
  rangeSize: number,
  rounds: readonly string[],
): Promise<HistoryFacts> {
  const tip = Number(await rpc(url, "eth_blockNumber"));
  const address = [...contractKinds(deployment.contracts, rounds as Address[]).keys()];
  const factory = deployment.contracts.roundFactory?.toLowerCase();
  const roundCreationBlocks: number[] = [];
  const blocks = new Set<string | null>();
  let events = 0;
  let largestRangeBytes = 0;
  for (let from = deployment.deploymentBlock; from <= tip; from += rangeSize) {
    const to = Math.min(from + rangeSize - 1, tip);
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        method: "eth_getLogs",
        params: [{ address, fromBlock: hex(from), toBlock: hex(to) }],
      }),
    });
    const text = await response.text();
    largestRangeBytes = Math.max(largestRangeBytes, Buffer.byteLength(text));
    const reply = JSON.parse(text) as {
      result?: Pick<Log<string>, "address" | "blockNumber" | "topics">[];
      error?: { message: string };
    };
    if (!reply.result) throw new Error(`eth_getLogs ${from}–${to}: ${reply.error?.message ?? "no result"}`);
    const logs = reply.result;
    events += logs.length;
    for (const log of logs) {
      blocks.add(log.blockNumber);
      if (log.address.toLowerCase() === factory && log.topics[0] === ROUND_CREATED)
        roundCreationBlocks.push(Number(log.blockNumber));
    }
  }
  return {
    deploymentBlock: deployment.deploymentBlock,
    blocks: tip - deployment.deploymentBlock + 1,
    events,
    blocksWithEvents: blocks.size,
    largestRangeBytes,
    rangeSize,
    roundCreationBlocks,
  };
}

/** Ledger entries by kind, sorted by kind, for checking the history is the one generated. */
export function entriesByKind(result: AuditResult): Record<string, number> {
  const counts = new Map<LedgerKind, number>();
  for (const entry of result.entries) counts.set(entry.kind, (counts.get(entry.kind) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
}
