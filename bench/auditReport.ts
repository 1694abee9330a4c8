/** The audit benchmark's table, verdicts and results file. */
import type { GeneratedHistory } from "./auditHistory";
import type { AuditRun, HistoryFacts } from "./auditMeasure";
import { textTable } from "./textTable";

/** The issue's goal: a warm (cached) audit at least this many times faster than a cold one. */
export const WARM_SPEEDUP_GOAL = 10;

/** viem's http transport refuses a larger response body unless told otherwise (and the audit task does not). */
export const VIEM_MAX_RESPONSE_BYTES = 10_485_760;

export interface Verdicts {
  /** eth_getLogs calls follow the block ranges (one per range, one per range that created rounds, one for the uncached tip). */
  getLogsFollowRanges: boolean;
  /** Calls that grow with the events rather than the ranges: method → calls in the cold run. */
  perEventCalls: Record<string, number>;
  requestsGrowWithRangesNotEvents: boolean;
  warmSpeedup: number;
  warmSpeedupMet: boolean;
}

/** The first cold and the first warm run: the pair the speedup compares. */
function pair(runs: readonly AuditRun[]): { cold: AuditRun; warm: AuditRun } {
  const cold = runs.find((r) => r.kind === "cold");
  const warm = runs.find((r) => r.kind === "warm");
  if (!cold || !warm) throw new Error("The benchmark needs a cold and a warm run");
  return { cold, warm };
}

/** Block ranges of `rangeSize` in which budget rounds were created: each costs one more eth_getLogs. */
export function creationRanges(facts: HistoryFacts, rangeSize: number): number {
  return new Set(facts.roundCreationBlocks.map((b) => Math.floor((b - facts.deploymentBlock) / rangeSize))).size;
}

/**
 * A method grows with the events when the cold run calls it for at least every block with an
 * event (more often than there are ranges). eth_getLogs must stay at one per range, one more
 * per range in which rounds were created (their events from the creating block on, in one
 * request), and one for the tip the audit reads apart (it never caches the last reorgDepth blocks).
 */
export function verdicts(runs: readonly AuditRun[], facts: HistoryFacts): Verdicts {
  const { cold, warm } = pair(runs);
  const getLogsFollowRanges = runs
    .filter((r) => r.kind === "cold")
    .every((r) => (r.byMethod.eth_getLogs ?? 0) <= r.ranges + creationRanges(facts, r.rangeSize) + 1);
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

const whole = (n: number) => n.toLocaleString("en-US");
const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MiB`;

export function historyTable(history: GeneratedHistory, facts: HistoryFacts): string {
  const { budget } = history;
  return textTable(
    ["history on the local node", ""],
    [
      ["members (each votes with weight 1)", whole(history.members)],
      ["  of whom joined for the budget rounds", whole(budget.newMembers)],
      ["proposals", whole(history.proposals)],
      ["  of which open a budget round", whole(budget.proposals)],
      ["votes", whole(history.votes)],
      ["payments by executed proposals (grants, round budgets)", whole(history.payments)],
      ["deposits", whole(history.deposits)],
      ["budget rounds (finished and paid out)", `${whole(budget.rounds)} (${whole(budget.finalized)})`],
      ["  ideas, each reviewed", whole(budget.ideas)],
      ["  ballots", whole(budget.ballots)],
      ["  winners paid", whole(budget.releases)],
      ["transactions", whole(history.transactions)],
      ["blocks (deployment to tip)", whole(facts.blocks)],
      ["events (logs of the fund's contracts and rounds)", whole(facts.events)],
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

export function verdictLines(
  v: Verdicts,
  runs: readonly AuditRun[],
  facts: HistoryFacts,
  history: GeneratedHistory,
): string[] {
  const { cold, warm } = pair(runs);
  const { budget } = history;
  const colds = runs.filter((r) => r.kind === "cold");
  const getLogs = colds.map((r) => `${r.byMethod.eth_getLogs ?? 0} for ${r.ranges} ranges`).join(", ");
  const perEvent = Object.entries(v.perEventCalls)
    .map(([method, calls]) => `${method} ×${whole(calls)}`)
    .join(", ");
  const working = (r: AuditRun) => (r.seconds - r.waitingSeconds).toFixed(2);
  return [
    `History: ${whole(history.proposals)} proposals (${whole(budget.proposals)} opening budget rounds),` +
      ` ${whole(history.votes)} votes, ${whole(budget.rounds)} budget rounds with ${whole(budget.ideas)} ideas and` +
      ` ${whole(budget.ballots)} ballots (${whole(budget.finalized)} finished: ${whole(budget.releases)} winners paid,` +
      ` the unspent returned), ${whole(facts.events)} events in ${whole(facts.blocks)} blocks.`,
    `Requests grow with block ranges, not events: ${v.requestsGrowWithRangesNotEvents ? "met" : "NOT MET"}` +
      ` (eth_getLogs ${getLogs}, one more where rounds were created and one for the tip` +
      `${perEvent ? `; one call per block with an event: ${perEvent}` : ""}).`,
    `Warm run at least ${WARM_SPEEDUP_GOAL}× faster than cold: ${v.warmSpeedupMet ? "met" : "NOT MET"} (${v.warmSpeedup.toFixed(1)}×;` +
      ` the cold run waits ${cold.waitingSeconds.toFixed(2)} s on the node and works ${working(cold)} s decoding every log and writing the cache;` +
      ` the warm run works ${working(warm)} s parsing the cached ledger entries and checking).`,
    `Largest eth_getLogs response for ${whole(facts.rangeSize)} blocks: ${megabytes(facts.largestRangeBytes)}` +
      ` (${Math.round((facts.largestRangeBytes / VIEM_MAX_RESPONSE_BYTES) * 100)} % of viem's ${megabytes(VIEM_MAX_RESPONSE_BYTES)} limit).`,
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
      newMembers: history.budget.newMembers,
      budgetRounds: {
        rounds: history.budget.rounds,
        openingProposals: history.budget.proposals,
        finished: history.budget.finalized,
        ideas: history.budget.ideas,
        reviews: history.budget.reviews,
        ballots: history.budget.ballots,
        funded: history.budget.funded,
        releases: history.budget.releases,
        unspentReturned: history.budget.unspentReturned,
      },
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
