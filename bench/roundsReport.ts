import { gasText, textTable } from "./textTable";

/** Rows, notes, the printed tables and the results file of the budget-round benchmark (bench/rounds.ts). */

/** The rows, in the order they are printed and written. */
export const ROUNDS_OPERATIONS = [
  "createRound (4 districts, from the timelock)",
  "submitIdea (first of the round)",
  "submitIdea",
  "reviewIdea (feasible, revised cost)",
  "castBallot (1 pick)",
  "castBallot (5 picks)",
  "castBallot (10 picks)",
  "castBallotBySig (5 picks)",
  "castBallot (replace 5 picks with 5 others)",
  "finalize (4 districts × 16 ideas)",
  "finalize (4 districts × 64 ideas)",
  "finalizeDistrict (one district, 64 ideas)",
  "release (payee's first payment)",
  "release",
  "returnUnspent",
] as const;

export type RoundsOperation = (typeof ROUNDS_OPERATIONS)[number];

/** Gas per operation (receipt.gasUsed). */
export type RoundsMeasured = Partial<Record<RoundsOperation, bigint>>;

/** finalize with the same ideas after few and after many ballots. */
export interface FinalizeByBallots {
  few: { ballots: number; gas: bigint };
  many: { ballots: number; gas: bigint };
}

/** What the run found that the notes report (deterministic: same every run). */
export interface BenchFacts {
  funded16: number;
  funded64: number;
  /** finalize (4 districts × 64 ideas). */
  finalize64: bigint;
  /** finalizeDistrict of the busiest district of that round, alone. */
  district64: bigint;
}

/** EIP-7825 (Osaka, Hardhat's default hardfork): the most gas one transaction may use. */
const TX_GAS_CAP = 16_777_216n;

/** Why each row costs what it does, from the contracts' code. */
const NOTES: Record<RoundsOperation, string> = {
  "createRound (4 districts, from the timelock)":
    "EIP-1167 clone + initialize (schedule, ballot rules, 4 district budgets, 1 reviewer, an event for each); sent by the impersonated timelock as a transaction of its own — inside a proposal it is part of execute",
  "submitIdea (first of the round)":
    "as submitIdea, plus the round's idea counter and the proposer's idea count written from zero",
  submitIdea:
    "membership lookup, 3 fresh slots (idea record, proposer, slot → id), the district's and the proposer's idea counts (maxIdeasPerMember); IdeaSubmitted carries the text's 32-byte commitment (the title and description live in the content service)",
  "reviewIdea (feasible, revised cost)":
    "rewrites the idea's packed slot (status, cost) and writes its payee (a fresh slot); IdeaReviewed carries the reason code and the written reason's commitment",
  "castBallot (1 pick)":
    "membership lookup (isMember + memberOf); per pick one cold idea read and one approval increment; the voter's ballot slot is fresh",
  "castBallot (5 picks)":
    "≈ 9.8k per extra pick: a cold idea read, a cold slot → id read (approvals are counted from the ballot's bit set) and the approval write, plus the id in calldata and in the event",
  "castBallot (10 picks)": "as 5 picks: ≈ 10k per extra pick",
  "castBallotBySig (5 picks)":
    "castBallot (5 picks) plus the EIP-712 digest of the ids, ECDSA recovery and the voter's nonce, packed into the ballot's slot (no slot of its own)",
  "castBallot (replace 5 picks with 5 others)":
    "takes back the 5 old approvals (each a cold slot → id read, a cold idea read and a write) before adding the 5 new ones; the ballot slot is overwritten rather than written fresh, which pays back part of it",
  "finalize (4 districts × 16 ideas)":
    "measured after the 100 crowd ballots; per district: reads its 16 ideas, calls the rule (insertion sort, at most 64 candidates), marks the winners; independent of the number of ballots (see finalizeByBallots)",
  "finalize (4 districts × 64 ideas)":
    "after the same 100 crowd ballots, with 4× the ideas: the reads and writes grow linearly, the rule's insertion sort (one memory word per idea) quadratically — ideas in its worst order; see finalizeLimit",
  "finalizeDistrict (one district, 64 ideas)":
    "district 1 of the 64-idea round on its own, from the same state: one approval on every idea, so its ideas stay in the rule's worst order — the most one district's results cost, and a district holds at most 64 ideas",
  "release (payee's first payment)": "as release, and the payee's token balance is written from zero",
  release: "status and outstanding updated, then the ERC-20 transfer to the payee",
  returnUnspent: "balance read, forceApprove, then the treasury's depositToken (transferFrom and its record)",
};

/** The method, for the results file and the printed header. */
function methodNotes(facts: BenchFacts): Record<string, string> {
  return {
    method:
      "receipt.gasUsed on the in-process Hardhat network; the fund is built by deployFund (membership mode); rounds are opened with roundOpeningActions (pay the escrow, createRound) sent by the impersonated timelock, not through a vote, since the opening is not what is measured",
    round:
      "4 districts × 250,000 DKKT, minPicks 1, maxPicks 10; ideas cost 25,000 down to about 10,000 DKKT, dearest first, so with equal approvals every idea ranks before all earlier ones (the rule's worst case); every idea reviewed feasible",
    ballots:
      "measured ballots are cast by fresh members of district 0 (their first ballot, except the replacement); crowd ballots pick up to 3 of district 0's ideas by a fixed pattern of 100 distinct ballots; in districts 1–3 generated supporters approve ten consecutive ideas each, so every idea there has exactly one approval (minApprovals is 1: an idea without approvals is not counted)",
    finalizeByBallots:
      "two fresh chain states (snapshots) of one reviewed round with identical ideas and costs; generated members (hardhat_impersonateAccount + hardhat_setBalance) are admitted to district 0 by the registrar before the snapshot (reviewEnd) and cast the pattern once (100) or 50 times over (5,000), so the ranking is the same and only the count differs; sent with automine off and mined 4 per block (bigger blocks were slower on this Hardhat), every receipt checked and every approval count verified",
    funded: `${facts.funded16} ideas funded with 16 ideas per district, ${facts.funded64} with 64`,
    finalizeLimit: limitText(facts),
  };
}

function limitText(facts: BenchFacts): string {
  const cap = `the ${gasText(TX_GAS_CAP)}-gas per-transaction cap (EIP-7825)`;
  const share = (gas: bigint) => ((Number(gas) / Number(TX_GAS_CAP)) * 100).toFixed(1);
  const districts = Number(TX_GAS_CAP / facts.district64);
  return `finalize of 4 districts × 64 ideas uses ${share(facts.finalize64)} % of ${cap}; one district of 64 ideas uses ${share(facts.district64)} %, so finalize() fits about ${districts} full districts at once, and a round of the allowed 16 districts × 64 ideas is finalized with finalizeDistrict, one district a transaction (finalize() then does the rest)`;
}

/** (many − few) / few, in percent, to three decimals. */
export function differencePercent(byBallots: FinalizeByBallots): number {
  const { few, many } = byBallots;
  return Math.round((Number(many.gas - few.gas) / Number(few.gas)) * 100_000) / 1000;
}

/** operation | gas | why. */
export function roundsTable(ours: RoundsMeasured): string {
  const rows = ROUNDS_OPERATIONS.map((op) => [op, gasText(ours[op]), NOTES[op]]);
  return textTable(["operation", "gas", "why"], rows, [false, true, false]);
}

/** ballots | finalize gas | difference. */
export function byBallotsTable(byBallots: FinalizeByBallots): string {
  const { few, many } = byBallots;
  const rows = [
    [few.ballots.toLocaleString("en-US"), gasText(few.gas), ""],
    [many.ballots.toLocaleString("en-US"), gasText(many.gas), `${differencePercent(byBallots).toFixed(3)} %`],
  ];
  return textTable(["ballots", "finalize (4 × 16 ideas)", `vs ${few.ballots}`], rows, [true, true, true]);
}

/** The results file: rows in table order, no timestamps or run times (two runs must match). */
export function roundsJson(ours: RoundsMeasured, byBallots: FinalizeByBallots, facts: BenchFacts): string {
  const rows = Object.fromEntries(
    ROUNDS_OPERATIONS.filter((op) => ours[op] !== undefined).map((op) => [op, Number(ours[op])]),
  );
  return (
    JSON.stringify(
      {
        ours: rows,
        finalizeByBallots: {
          [String(byBallots.few.ballots)]: Number(byBallots.few.gas),
          [String(byBallots.many.ballots)]: Number(byBallots.many.gas),
          differencePercent: differencePercent(byBallots),
        },
        notes: { ...methodNotes(facts), ...NOTES },
      },
      null,
      2,
    ) + "\n"
  );
}

/** The method notes, one per line, for the printed header. */
export function methodText(facts: BenchFacts): string {
  return Object.entries(methodNotes(facts))
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n");
}
