import { gasText, textTable } from "./textTable";

/** Rows, notes, the printed tables and the results file of the stewards benchmark (bench/stewards.ts). */

/** The rows, in the order they are printed and written. */
export const STEWARDS_OPERATIONS = [
  "create pool: execute (createPool + setAllowance)",
  "createPool (alone, from the timelock)",
  "setAllowance (alone, from the timelock)",
  "top-up: execute (increaseAllowance)",
  "proposeGrant (the pool's first)",
  "proposeGrant",
  "approveGrant (not paying)",
  "approveGrant (pays: the pool's and the payee's first payment)",
  "approveGrant (pays: the payee's first payment)",
  "approveGrant (pays, steady)",
  "attest (first)",
  "attest (renewal)",
  "revoke",
  "milestone grant: execute (increaseAllowance + createGrant, 3 milestones)",
  "markDelivered",
  "release milestone (the payee's first payment)",
  "release milestone",
  "cancelRest (1 milestone left, from the timelock)",
] as const;

export type StewardsOperation = (typeof STEWARDS_OPERATIONS)[number];

/** Gas per operation (receipt.gasUsed). */
export type StewardsMeasured = Partial<Record<StewardsOperation, bigint>>;

/** Paying the same amount to the same payee: a treasury grant through the vote, or a pool's committee. */
export interface Comparison {
  governance: {
    propose: bigint;
    /** The For votes needed for quorum, in order (the proposer's first). */
    votes: bigint[];
    queue: bigint;
    execute: bigint;
    /** The demo's rules: the least time from propose to execute follows from them. */
    rules: GovernanceRules;
  };
  /** The demo's quick pool, 2 of 3: proposeGrant (the proposer's approval included) and the paying approval. */
  quick: { propose: bigint; approvals: bigint[] };
  /** A task group, 3 of 5: proposeGrant, one approval that does not pay, the one that does. */
  taskGroup: { propose: bigint; approvals: bigint[] };
}

/** The rows of the payee check's overhead, in order. */
export const OVERHEAD_ROWS = [
  "treasury grant: execute (pay)",
  "budget round: release",
  "quick pool: proposeGrant",
  "quick pool: approveGrant (pays)",
  "milestone: release",
] as const;

export type OverheadRow = (typeof OVERHEAD_ROWS)[number];

/** The same operation from the same state, with payouts requiring a verified payee (attested) and not. */
export type Overheads = Record<OverheadRow, { notRequired: bigint; required: bigint }>;

/** The demo's voting rules, in seconds. */
export interface GovernanceRules {
  votingDelay: number;
  votingPeriod: number;
  timelockDelay: number;
  lateQuorumExtension: number;
}

/** Why each row costs what it does, from the contracts' code. */
const NOTES: Record<StewardsOperation, string> = {
  "create pool: execute (createPool + setAllowance)":
    "the governor's execute of the proposal poolCreationActions builds: the two calls below inside one transaction, plus the governor's and timelock's share (see executeOverhead)",
  "createPool (alone, from the timelock)":
    "EIP-1167 clone by CREATE2 + initialize: 12 fresh slots (initializer flag, governance, treasury, token, the packed cap/end/threshold/epoch, the committee's length and 3 addresses, 3 member epochs); PoolCreated, PoolOpened with name and mandate, CommitteeSet",
  "setAllowance (alone, from the timelock)":
    "2 fresh slots (the pool's allowance, the token's reserved total — nothing was reserved before), the treasury's token balance read, the spender's committed(token) read by staticcall (an allowance may not fall below what the spender owes), AllowanceSet",
  "top-up: execute (increaseAllowance)":
    "increaseAllowance rewrites the same 2 slots (non-zero to non-zero: ~2.9k each instead of ~22k) after the same committed(token) staticcall, inside the governor's execute",
  "proposeGrant (the pool's first)": "as proposeGrant, and the pool's grant counter is written from zero",
  proposeGrant:
    "committee and open checks, remaining() (a call to the treasury), the payee check (treasury.payees() and the registry), the grant record (3 fresh slots), the proposer's approval (a fresh slot); GrantProposed carries the 47-byte reason",
  "approveGrant (not paying)":
    "committee, open and epoch checks, the approval (a fresh slot), the approval count (same slot as the amount); GrantApproved",
  "approveGrant (pays: the pool's and the payee's first payment)":
    "as steady, and two slots written from zero: the pool's spent total and the payee's DKKT balance",
  "approveGrant (pays: the payee's first payment)": "as steady, and the payee's DKKT balance is written from zero",
  "approveGrant (pays, steady)":
    "the approval, then status and spent; treasury.spend: the payee check, the pool's allowance and the reserved total rewritten, the balance read, AllowanceSpent and Paid, the DKKT transfer",
  "attest (first)":
    "one fresh slot (validUntil, the revoked flag and who revoked, packed), read first to see whether a revocation stands; the 8 digits checked one by one; PayeeAttested carries the legal name and number (the registry keeps them only in the event)",
  "attest (renewal)": "as the first, but the slot is rewritten (non-zero to non-zero)",
  revoke:
    "rewrites the attestation's slot (the revoked flag and the revoking verifier); PayeeRevoked carries the reason",
  "milestone grant: execute (increaseAllowance + createGrant, 3 milestones)":
    "the governor's execute: the milestone contract's allowance (a fresh slot; the reserved total rewritten), then createGrant: the payee check, the grant counter (first grant) and record (2 fresh slots), 3 milestone slots, the committed total (fresh), the allowance read back; MilestoneGrantCreated and 3 MilestonePlanned with their descriptions",
  markDelivered:
    "the steward's role read, the milestone's slot rewritten (status, releasableAt); MilestoneDelivered carries the 66-byte evidence URI and its hash",
  "release milestone (the payee's first payment)":
    "as release milestone, and the payee's DKKT balance is written from zero",
  "release milestone":
    "status and the committed total rewritten, MilestoneReleased; treasury.spend as for a micro-grant (payee check, allowance, reserved total, Paid, the transfer)",
  "cancelRest (1 milestone left, from the timelock)":
    "reads the grant's 3 milestones, cancels the one still planned, lowers the committed total; treasury.returnAllowance clears the contract's allowance (a refund) and lowers the reserved total. Sent by the impersonated timelock: inside a proposal it is part of execute",
};

/** Why each overhead is what it is. */
const OVERHEAD_NOTES: Record<OverheadRow, string> = {
  "treasury grant: execute (pay)":
    "checkPayee reads two more cold slots when verification is required (the payee's fund-account flag, then its attestation: 2 × 2,100) and compares; without it the call and the verificationRequired read are already paid",
  "budget round: release": "the same check, called by the round (treasury.payees(), then the registry)",
  "quick pool: proposeGrant":
    "the same check, made when the grant is proposed so a committee learns at once that the payee is not accepted",
  "quick pool: approveGrant (pays)":
    "the same check again in treasury.spend: a micro-grant pays it twice (proposeGrant and the paying approval), since an attestation can lapse or be revoked in between",
  "milestone: release": "the same check in treasury.spend",
};

/** The method, for the results file and the printed header. */
function methodNotes(measured: StewardsMeasured, c: Comparison): Record<string, string> {
  const r = c.governance.rules;
  return {
    method:
      "receipt.gasUsed on the in-process Hardhat network; the fund is built by deployFund from config/demo.json (its 16 members and rules, verifier, steward, 2-day veto window; verified payees not required) with 10,000,000 DKKT in the treasury; the chain starts at a fixed date so every date sent (end dates, validity, the round's schedule) is the same calldata every run",
    proposals:
      "pool creation, top-up, the milestone grant and the comparison's treasury grant are real proposals built by sdk/proposals/stewards.ts and sdk/proposals/governance.ts: Anna proposes, members vote For until quorum (4 of 16), queue, execute, each step as early as the rules allow; the task group, the budget round and cancelRest are sent by the impersonated timelock (setup, or a call measured alone)",
    pools:
      "the quick pool is the demo's (Anna, Emma, Ida; 2 of 3; cap 5,000 DKKT): Anna proposes, Emma's approval pays; the task group has 5 members and threshold 3, so its second approval does not pay; every micro-grant is 2,500 DKKT",
    comparison: `2,500 DKKT to Skovlunde Ungdomsklub, paid before on both paths: the quick path is propose + k−1 approvals, all of which the contract lets happen at once; the vote is propose + the ${c.governance.votes.length} For votes quorum needs (the first on a proposal caches its quorum, the last reaches it and stores the late-quorum deadline) + queue + execute, and cannot finish before voting delay ${durationText(r.votingDelay)} + voting period ${durationText(r.votingPeriod)} + timelock delay ${durationText(r.timelockDelay)} (checked on chain: propose to execute took that plus seconds); quorum reached in the last ${durationText(r.lateQuorumExtension)} of the vote extends it by that much, and a member may have only one proposal pending or active at a time`,
    overheads:
      "each paying path measured twice from one snapshot: once as the demo runs (verified payees not required), once after the timelock turned the requirement on, the payee attested either way",
    executeOverhead: executeOverheadText(measured),
  };
}

/** The governor's and timelock's share of executing the pool-creation proposal. */
function executeOverheadText(measured: StewardsMeasured): string {
  const execute = measured["create pool: execute (createPool + setAllowance)"];
  const create = measured["createPool (alone, from the timelock)"];
  const allowance = measured["setAllowance (alone, from the timelock)"];
  if (execute === undefined || create === undefined || allowance === undefined) return "not measured";
  // The two calls alone are two transactions: one 21,000 base is not part of what execute runs.
  const share = execute - (create + allowance - 21_000n);
  return `executing the pool-creation proposal costs ${gasText(share)} more than its two calls sent alone as one transaction would (execute − (createPool + setAllowance − 21,000)): the governor's state and quorum checks, marking the proposal and the timelock operation executed, and the actions' calldata passed on twice`;
}

const DAY = 86_400;

function durationText(seconds: number): string {
  if (seconds % DAY === 0) return seconds === DAY ? "1 day" : `${seconds / DAY} days`;
  return `${(seconds / 3_600).toFixed(1)} hours`;
}

function sum(values: bigint[]): bigint {
  return values.reduce((a, b) => a + b, 0n);
}

/** operation | gas | why. */
export function stewardsTable(measured: StewardsMeasured): string {
  const rows = STEWARDS_OPERATIONS.map((op) => [op, gasText(measured[op]), NOTES[op]]);
  return textTable(["operation", "gas", "why"], rows, [false, true, false]);
}

/** One path of the comparison: its transactions, gas, waiting and steps. */
interface PathRow {
  path: string;
  transactions: number;
  gas: bigint;
  waiting: string;
  steps: string;
}

function comparisonRows(c: Comparison): PathRow[] {
  const g = c.governance;
  const votes = sum(g.votes);
  const quickPath = (name: string, p: Comparison["quick"], k: number): PathRow => ({
    path: name,
    transactions: 1 + p.approvals.length,
    gas: p.propose + sum(p.approvals),
    waiting: `none: paid when the ${ordinal(k)} member approves (minutes)`,
    steps: `proposeGrant ${gasText(p.propose)} + ${p.approvals.map(gasText).join(" + ")} approveGrant`,
  });
  return [
    {
      path: "treasury grant through the vote",
      transactions: 3 + g.votes.length,
      gas: g.propose + votes + g.queue + g.execute,
      waiting: `${durationText(leastSeconds(g.rules))} (${durationText(g.rules.votingDelay)} delay + ${durationText(g.rules.votingPeriod)} vote + ${durationText(g.rules.timelockDelay)} timelock)`,
      steps: `propose ${gasText(g.propose)} + ${g.votes.length} votes ${gasText(votes)} (${g.votes.map(gasText).join(" + ")}) + queue ${gasText(g.queue)} + execute ${gasText(g.execute)}`,
    },
    quickPath("quick pool, 2 of 3 (the demo's)", c.quick, 2),
    quickPath("task group, 3 of 5", c.taskGroup, 3),
  ];
}

function leastSeconds(r: GovernanceRules): number {
  return r.votingDelay + r.votingPeriod + r.timelockDelay;
}

function ordinal(n: number): string {
  return n === 2 ? "2nd" : n === 3 ? "3rd" : `${n}th`;
}

/** path | transactions | gas | waiting | steps, plus how many times the vote costs the quick path. */
export function comparisonTable(c: Comparison): string {
  const rows = comparisonRows(c);
  const quick = rows[1].gas;
  return textTable(
    ["path", "transactions", "gas (sum)", "× quick pool", "waiting the rules impose", "steps"],
    rows.map((r) => [
      r.path,
      String(r.transactions),
      gasText(r.gas),
      (Number(r.gas) / Number(quick)).toFixed(2),
      r.waiting,
      r.steps,
    ]),
    [false, true, true, true, false, false],
  );
}

function overheadPercent(o: Overheads[OverheadRow]): string {
  return ((Number(o.required - o.notRequired) / Number(o.notRequired)) * 100).toFixed(1);
}

/** operation | not required | required | overhead | why. */
export function overheadTable(overheads: Overheads): string {
  const rows = OVERHEAD_ROWS.map((row) => {
    const o = overheads[row];
    return [
      row,
      gasText(o.notRequired),
      gasText(o.required),
      `${gasText(o.required - o.notRequired)} (${overheadPercent(o)} %)`,
      OVERHEAD_NOTES[row],
    ];
  });
  return textTable(["operation", "not required", "required (payee attested)", "overhead", "why"], rows, [
    false,
    true,
    true,
    true,
    false,
  ]);
}

/** The results file: rows in table order, no timestamps or run times (two runs must match). */
export function stewardsJson(measured: StewardsMeasured, comparison: Comparison, overheads: Overheads): string {
  const rows = Object.fromEntries(
    STEWARDS_OPERATIONS.filter((op) => measured[op] !== undefined).map((op) => [op, Number(measured[op])]),
  );
  const paths = comparisonRows(comparison).map((r) => ({
    path: r.path,
    transactions: r.transactions,
    gas: Number(r.gas),
    waiting: r.waiting,
    steps: r.steps,
  }));
  const g = comparison.governance;
  return (
    JSON.stringify(
      {
        ours: rows,
        comparison: {
          amount: "2,500 DKKT to a payee paid before",
          governance: {
            propose: Number(g.propose),
            votes: g.votes.map(Number),
            queue: Number(g.queue),
            execute: Number(g.execute),
            leastSeconds: leastSeconds(g.rules),
            rules: g.rules,
          },
          quickPool: { propose: Number(comparison.quick.propose), approvals: comparison.quick.approvals.map(Number) },
          taskGroup: {
            propose: Number(comparison.taskGroup.propose),
            approvals: comparison.taskGroup.approvals.map(Number),
          },
          paths,
        },
        payeeCheckOverhead: Object.fromEntries(
          OVERHEAD_ROWS.map((row) => {
            const o = overheads[row];
            return [
              row,
              {
                notRequired: Number(o.notRequired),
                required: Number(o.required),
                overhead: Number(o.required - o.notRequired),
                overheadPercent: Number(overheadPercent(o)),
              },
            ];
          }),
        ),
        notes: { ...methodNotes(measured, comparison), ...NOTES, ...prefixed(OVERHEAD_NOTES) },
      },
      null,
      2,
    ) + "\n"
  );
}

function prefixed(notes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(notes).map(([k, v]) => [`overhead: ${k}`, v]));
}

/** The method notes, one per line, for the printed header. */
export function methodText(measured: StewardsMeasured, comparison: Comparison): string {
  return Object.entries(methodNotes(measured, comparison))
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n");
}
