import { gasText, textTable } from "./textTable";

/** The rows of the comparison, in the order they are printed and written. */
export const OPERATIONS = [
  "deploy: votes source",
  "deploy: timelock",
  "deploy: governor",
  "deploy: treasury",
  "setup total (deploy + wiring + 10 voters)",
  "add member",
  "delegate (first, to self)",
  "add voter, ready to vote (sum)",
  "delegate (change)",
  "propose (fund's first)",
  "propose",
  "castVote (first vote ever)",
  "castVote (first on a proposal)",
  "castVote (steady)",
  "castVote (reaches quorum)",
  "castVote (steady, after quorum)",
  "castVoteWithReason (steady)",
  "castVoteBySig (steady)",
  "queue",
  "execute (ETH grant)",
  "execute (ERC-20 grant)",
  "execute (rule change: majority)",
] as const;

export type Operation = (typeof OPERATIONS)[number];

/** Gas per operation for one setup; an operation the setup does not have is absent. */
export type Measured = Partial<Record<Operation, bigint>>;

export interface ContractSize {
  name: string;
  bytes: number;
  /** A Pulje contract (not the reference or demo ones): over the limit fails the run. */
  pulje: boolean;
}

/** EIP-170: the largest runtime bytecode a contract may have. */
export const SIZE_LIMIT = 24_576;

/**
 * Why a row costs what it does, written from the numbers and the contracts' code. Every row
 * where ours is higher needs one (the report warns otherwise).
 */
const NOTES: Partial<Record<Operation, string>> = {
  "deploy: votes source":
    "bigger code (200 gas a byte); constructor stores admin, 2 registrars, 4 district names, the admission limit, and admits the 10 founding members (the reference mints them in the setup)",
  "deploy: timelock":
    "the governor's proposer, canceller and executor roles are granted in the constructor (the reference grants them in three wiring transactions)",
  "deploy: governor":
    "bigger code (5 more modules, bitmap counting with a majority); constructor stores guardian, late-quorum extension, the majority's first checkpoint",
  "setup total (deploy + wiring + 10 voters)":
    "the two bigger contracts; seeding 10 members costs about the reference's 10 mints + 10 delegations",
  "add member":
    "3 more fresh slots: member record, ERC-721 owner, the member's vote checkpoint (a mint makes none); counting the registrars' admissions in the period (~8k)",
  "delegate (first, to self)": "ours: not needed, a member's vote counts from admission (SelfDelegation)",
  "add voter, ready to vote (sum)": "ours: addMember alone; reference: mint + delegate to self",
  "delegate (change)": "first explicit delegation writes the delegatee slot from zero (unset means self)",
  "propose (fund's first)": "as propose, and the id counter, id list length and proposer's latest id start from zero",
  propose:
    "GovernorStorage: 12 fresh slots (id list entry, targets, values, calldatas, description hash); sequential id slot; one-live-proposal check and the proposer's own stake (a call to the voting source, ~3.5k)",
  "castVote (first vote ever)":
    "a fresh has-voted bit word (like the reference's fresh has-voted slot), plus the late-quorum module's extended-deadline read and one read of the cached quorum",
  "castVote (first on a proposal)":
    "computes the proposal's quorum once and caches it (a fresh slot): later votes before quorum read the cache instead of the quorum history and a binary search of total-supply checkpoints",
  "castVote (steady)":
    "the voter's bitmap word is already non-zero (~5k instead of a fresh ~22k slot); the cached quorum keeps the late-quorum check to one read",
  "castVote (reaches quorum)":
    "GovernorPreventLateQuorum stores the extended deadline (a fresh slot) on the vote that reaches quorum, even when it does not move",
  "castVote (steady, after quorum)": "the bitmap saving; the late-quorum check stops once quorum is reached",
  "castVoteWithReason (steady)":
    "as castVote (steady), plus the check that the reason is a text reference (two words of hex digits checked at once)",
  "deploy: treasury":
    "the same contract on both sides: only the constructor's addresses differ, and a calldata byte costs 16 gas when non-zero, 4 when zero",
  "castVoteBySig (steady)": "as castVote (steady)",
  queue:
    "state() reads the cached quorum instead of computing it; adds the sequential id lookup (hash → id), the extended-deadline read and the majority in force at the snapshot (a checkpoint lookup, two cold slots, ~5.7k); proposing and voting never read the majority",
  "execute (ETH grant)": "as queue",
  "execute (ERC-20 grant)": "as queue",
  "execute (rule change: majority)":
    "ours sets the majority (a checkpoint push and MajoritySet), the reference its quorum (the same kind of write); plus what queue adds",
};

function ratio(ours: bigint | undefined, reference: bigint | undefined): string {
  if (ours === undefined || reference === undefined || reference === 0n) return "—";
  return (Number(ours) / Number(reference)).toFixed(2);
}

/** The rows where ours costs more and no note says why. */
export function unexplained(ours: Measured, reference: Measured): Operation[] {
  return OPERATIONS.filter((op) => {
    const a = ours[op];
    const b = reference[op];
    return a !== undefined && b !== undefined && a > b && NOTES[op] === undefined;
  });
}

/** Operation | ours | reference | ratio | why, as fixed-width text. */
export function gasTable(ours: Measured, reference: Measured): string {
  const header = ["operation", "ours", "reference", "ratio", "why"];
  const rows = OPERATIONS.map((op) => [
    op,
    gasText(ours[op]),
    gasText(reference[op]),
    ratio(ours[op], reference[op]),
    NOTES[op] ?? "",
  ]);
  return textTable(header, rows, [false, true, true, true, false]);
}

export function sizeTable(sizes: ContractSize[]): string {
  const rows = sizes.map((s) => [
    s.name,
    s.bytes.toLocaleString("en-US"),
    (SIZE_LIMIT - s.bytes).toLocaleString("en-US"),
    s.pulje ? (s.bytes > SIZE_LIMIT ? "OVER LIMIT" : "ok") : "(not Pulje)",
  ]);
  return textTable(["contract", "runtime bytes", `headroom to ${SIZE_LIMIT.toLocaleString("en-US")}`, ""], rows, [
    false,
    true,
    true,
    false,
  ]);
}

/** The results file: rows in table order, sizes by name, no timestamps (two runs must match). */
export function resultsJson(ours: Measured, reference: Measured, sizes: ContractSize[]): string {
  const pick = (m: Measured) =>
    Object.fromEntries(OPERATIONS.filter((op) => m[op] !== undefined).map((op) => [op, Number(m[op])]));
  const notes = Object.fromEntries(OPERATIONS.filter((op) => NOTES[op] !== undefined).map((op) => [op, NOTES[op]]));
  const bySize = [...sizes].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return (
    JSON.stringify(
      {
        ours: pick(ours),
        reference: pick(reference),
        sizes: Object.fromEntries(bySize.map((s) => [s.name, s.bytes])),
        notes,
      },
      null,
      2,
    ) + "\n"
  );
}
