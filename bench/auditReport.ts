/** The audit benchmark's table, verdicts and results file. */
import type { GeneratedHistory } from "./auditHistory";
import type { AuditRun, HistoryFacts } from "./auditMeasure";

/** The issue's goal: a warm (cached) audit at least this many times faster than a cold one. */
export const WARM_SPEEDUP_GOAL = 10;

export const BUDGET_ROUNDS = "not yet implemented";

/** viem's http transport refuses a larger response body unless told otherwise (and the audit task does not). */
export const VIEM_MAX_RESPONSE_BYTES = 10_485_760;

export interface Verdicts {
  /** eth_getLogs calls follow the block ranges (one per range, plus the uncached tip). */
  getLogsFollowRanges: boolean;
  /** Calls that grow with the events rather than the ranges: method → calls in the cold run. */
  perEventCalls: Record<string, number>;
  requestsGrowWithRangesNotEvents: boolean;
  warmSpeedup: number;
  warmSpeedupMet: boolean;
}

/**
 * A method grows with the events when the cold run calls it for at least every block with an
 * event (more often than there are ranges). eth_getLogs must stay at one per range plus one for
 * the tip the audit reads apart (it never caches the last reorgDepth blocks).
 */
/** The first cold and the first warm run: the pair the speedup compares. */
function pair(runs: readonly AuditRun[]): { cold: AuditRun; warm: AuditRun } {
  const cold = runs.find((r) => r.kind === "cold");
  const warm = runs.find((r) => r.kind === "warm");
  if (!cold || !warm) throw new Error("The benchmark needs a cold and a warm run");
  return { cold, warm };
}

export function verdicts(runs: readonly AuditRun[], facts: HistoryFacts): Verdicts {
  const { cold, warm } = pair(runs);
  const getLogsFollowRanges = runs
    .filter((r) => r.kind === "cold")
    .every((r) => (r.byMethod.eth_getLogs ?? 0) <= r.ranges + 1);
  const perEventCalls = Object.fromEntries(
    Object.entries(cold.byMethod).filter(
      ([method, calls]) => method !== "eth_getLogs" && calls > cold.ranges + 1 && calls >= facts.blocksWithEvents,
    ),
  );
  const warmSpeedup = cold.seconds / warm.seconds;
  return {
    getLogsFollowRanges,
    perEventCalls,
    requestsGrowWithRangesNotEvents: getLogsFollowRanges && Object.keys(perEventCalls).length === 0,
    warmSpeedup,
    warmSpeedupMet: warmSpeedup >= WARM_SPEEDUP_GOAL,
  };
}

function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join(" | ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...rows.map(line)].join("\n");
}

const whole = (n: number) => n.toLocaleString("en-US");
const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MiB`;

export function historyTable(history: GeneratedHistory, facts: HistoryFacts): string {
  return textTable(
    ["history on the local node", ""],
    [
      ["members (each votes with weight 1)", whole(history.members)],
      ["proposals", whole(history.proposals)],
      ["votes", whole(history.votes)],
      ["grants executed and paid", whole(history.payments)],
      ["deposits", whole(history.deposits)],
      ["budget rounds", BUDGET_ROUNDS],
      ["transactions", whole(history.transactions)],
      ["blocks (deployment to tip)", whole(facts.blocks)],
      ["events (logs of the fund's contracts)", whole(facts.events)],
      ["blocks with an event", whole(facts.blocksWithEvents)],
      [`largest eth_getLogs response, ${whole(facts.rangeSize)} blocks`, megabytes(facts.largestRangeBytes)],
      ["generation, s", history.seconds.toFixed(1)],
    ],
  );
}

export function runsTable(runs: readonly AuditRun[]): string {
  const methods = [...new Set(runs.flatMap((r) => Object.keys(r.byMethod)))].sort();
  const row = (label: string, value: (r: AuditRun) => string) => [label, ...runs.map(value)];
  return textTable(
    ["audit run", ...runs.map((r) => r.label)],
    [
      row("range size, blocks", (r) => whole(r.rangeSize)),
      row("block ranges (blocks / range size)", (r) => whole(r.ranges)),
      row("HTTP requests", (r) => whole(r.httpRequests)),
      row("JSON-RPC calls", (r) => whole(r.rpcCalls)),
      ...methods.map((m) => row(`  ${m}`, (r) => whole(r.byMethod[m] ?? 0))),
      row("seconds", (r) => r.seconds.toFixed(2)),
      row("  waiting on the node", (r) => r.waitingSeconds.toFixed(2)),
      row("events per second (all events / seconds)", (r) => whole(Math.round(r.eventsPerSecond))),
      row("ledger entries built", (r) => whole(r.result.entries.length)),
      row("checks passed", (r) => `${r.result.checks.filter((c) => c.passed).length} of ${r.result.checks.length}`),
    ],
  );
}

export function verdictLines(v: Verdicts, runs: readonly AuditRun[], facts: HistoryFacts): string[] {
  const { cold, warm } = pair(runs);
  const colds = runs.filter((r) => r.kind === "cold");
  const getLogs = colds.map((r) => `${r.byMethod.eth_getLogs ?? 0} for ${r.ranges} ranges`).join(", ");
  const perEvent = Object.entries(v.perEventCalls)
    .map(([method, calls]) => `${method} ×${whole(calls)}`)
    .join(", ");
  return [
    `Requests grow with block ranges, not events: ${v.requestsGrowWithRangesNotEvents ? "met" : "NOT MET"}` +
      ` (eth_getLogs ${getLogs}${perEvent ? `; one call per block with an event: ${perEvent}` : ""}).`,
    `Warm run at least ${WARM_SPEEDUP_GOAL}× faster than cold: ${v.warmSpeedupMet ? "met" : "NOT MET"} (${v.warmSpeedup.toFixed(1)}×;` +
      ` the cold run waits ${cold.waitingSeconds.toFixed(2)} s on the node, and both spend about` +
      ` ${(warm.seconds - warm.waitingSeconds).toFixed(2)} s decoding and checking).`,
    `Largest eth_getLogs response for ${whole(facts.rangeSize)} blocks: ${megabytes(facts.largestRangeBytes)}` +
      ` (${Math.round((facts.largestRangeBytes / VIEM_MAX_RESPONSE_BYTES) * 100)} % of viem's ${megabytes(VIEM_MAX_RESPONSE_BYTES)} limit).`,
    `Budget rounds: ${BUDGET_ROUNDS}; the history has none.`,
  ];
}

/** Pretty JSON in a fixed key order; only the seconds (and what follows from them) vary between runs. */
export function resultsJson(
  history: GeneratedHistory,
  facts: HistoryFacts,
  ledger: Record<string, number>,
  runs: readonly AuditRun[],
  v: Verdicts,
): string {
  const run = (r: AuditRun) => ({
    label: r.label,
    kind: r.kind,
    rangeSize: r.rangeSize,
    ranges: r.ranges,
    httpRequests: r.httpRequests,
    rpcCalls: r.rpcCalls,
    byMethod: Object.fromEntries(Object.entries(r.byMethod).sort(([a], [b]) => a.localeCompare(b))),
    seconds: Number(r.seconds.toFixed(2)),
    waitingSeconds: Number(r.waitingSeconds.toFixed(2)),
    eventsPerSecond: Math.round(r.eventsPerSecond),
    ledgerEntries: r.result.entries.length,
    checksPassed: r.result.passed,
  });
  const checks = runs[0].result.checks.map((c) => ({ id: c.id, title: c.title, passed: c.passed }));
  const content = {
    history: {
      members: history.members,
      proposals: history.proposals,
      votes: history.votes,
      payments: history.payments,
      deposits: history.deposits,
      budgetRounds: BUDGET_ROUNDS,
      transactions: history.transactions,
      blocks: facts.blocks,
      events: facts.events,
      blocksWithEvents: facts.blocksWithEvents,
      largestGetLogsResponse: { rangeSize: facts.rangeSize, bytes: facts.largestRangeBytes },
      ledgerEntries: ledger,
      generationSeconds: Number(history.seconds.toFixed(1)),
    },
    runs: runs.map(run),
    checks,
    goals: {
      getLogsFollowRanges: v.getLogsFollowRanges,
      perEventCalls: v.perEventCalls,
      requestsGrowWithRangesNotEvents: v.requestsGrowWithRangesNotEvents,
      warmSpeedup: Number(v.warmSpeedup.toFixed(1)),
      warmSpeedupGoal: WARM_SPEEDUP_GOAL,
      warmSpeedupMet: v.warmSpeedupMet,
    },
  };
  return JSON.stringify(content, null, 2) + "\n";
}
