import type { Address, Hex } from "viem";
import { CANCEL_REASONS, REVIEW_REASONS, type CancelReason, type ReviewReason } from "../../model/rounds";
import type { EventDecoders } from "../entry";
import type { RowWriters } from "../row";

/** Budget rounds: created by the factory, then each round's ideas, reviews, ballots, results and payouts. */
export type RoundsEntry =
  | { kind: "roundCreated"; round: Address; salt: Hex; asset: Address; total: bigint }
  | {
      kind: "idea";
      ideaId: bigint;
      district: number;
      proposer: Address;
      cost: bigint;
      /** The commitment to its title and description (the content service holds them). */
      text: Hex;
    }
  | { kind: "ideaWithdrawn"; ideaId: bigint }
  | {
      kind: "review";
      ideaId: bigint;
      reviewer: Address;
      feasible: boolean;
      previousCost: bigint;
      cost: bigint;
      payee: Address;
      code: ReviewReason;
      reason: Hex;
    }
  | { kind: "ballot"; voter: Address; district: number; ideaIds: readonly bigint[]; replaced: boolean }
  | { kind: "ideaFunded"; ideaId: bigint; district: number; cost: bigint; approvals: number }
  | { kind: "roundFinalized"; allocated: bigint; challengeEndsAt: bigint }
  | { kind: "winnerCancelled"; ideaId: bigint; guardian: Address; code: CancelReason; reason: Hex }
  | { kind: "release"; ideaId: bigint; payee: Address; amount: bigint }
  | { kind: "unspentReturned"; treasury: Address; amount: bigint }
  | { kind: "roundClosed"; governance: Address }
  | { kind: "roundInfo"; name: string; details: string };

export const ROUNDS_KINDS = [
  "roundCreated",
  "idea",
  "ideaWithdrawn",
  "review",
  "ballot",
  "ideaFunded",
  "roundFinalized",
  "winnerCancelled",
  "release",
  "unspentReturned",
  "roundClosed",
  "roundInfo",
] as const satisfies readonly RoundsEntry["kind"][];

/** A round's settings, told once when it opens: kept as name=value pairs. */
const info: EventDecoders<RoundsEntry>[string] = (a, { eventName }) => ({
  kind: "roundInfo",
  name: eventName,
  details: Object.entries(a)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(" "),
});

export const roundsEvents: EventDecoders<RoundsEntry> = {
  RoundCreated: (a) => ({
    kind: "roundCreated",
    round: a.round as Address,
    salt: a.salt as Hex,
    asset: a.asset as Address,
    total: a.total as bigint,
  }),
  IdeaSubmitted: (a) => ({
    kind: "idea",
    ideaId: a.ideaId as bigint,
    district: Number(a.district),
    proposer: a.proposer as Address,
    cost: a.cost as bigint,
    text: a.text as Hex,
  }),
  IdeaWithdrawn: (a) => ({ kind: "ideaWithdrawn", ideaId: a.ideaId as bigint }),
  IdeaReviewed: (a) => ({
    kind: "review",
    ideaId: a.ideaId as bigint,
    reviewer: a.reviewer as Address,
    feasible: a.feasible as boolean,
    previousCost: a.previousCost as bigint,
    cost: a.cost as bigint,
    payee: a.payee as Address,
    code: REVIEW_REASONS[Number(a.code)],
    reason: a.reason as Hex,
  }),
  BallotCast: (a) => ({
    kind: "ballot",
    voter: a.voter as Address,
    district: Number(a.district),
    ideaIds: a.ideaIds as readonly bigint[],
    replaced: a.replaced as boolean,
  }),
  IdeaFunded: (a) => ({
    kind: "ideaFunded",
    ideaId: a.ideaId as bigint,
    district: Number(a.district),
    cost: a.cost as bigint,
    approvals: Number(a.approvals),
  }),
  RoundFinalized: (a) => ({
    kind: "roundFinalized",
    allocated: a.allocated as bigint,
    challengeEndsAt: BigInt(a.challengeEndsAt as number),
  }),
  WinnerCancelled: (a) => ({
    kind: "winnerCancelled",
    ideaId: a.ideaId as bigint,
    guardian: a.guardian as Address,
    code: CANCEL_REASONS[Number(a.code)],
    reason: a.reason as Hex,
  }),
  IdeaReleased: (a) => ({
    kind: "release",
    ideaId: a.ideaId as bigint,
    payee: a.payee as Address,
    amount: a.amount as bigint,
  }),
  UnspentReturned: (a) => ({ kind: "unspentReturned", treasury: a.treasury as Address, amount: a.amount as bigint }),
  RoundClosed: (a) => ({ kind: "roundClosed", governance: a.governance as Address }),
  RoundOpened: info,
  RoundScheduled: info,
  BallotRulesSet: info,
  DistrictBudgetSet: info,
  DistrictFinalized: info,
  ReviewerAdded: info,
  BallotSignaturesCancelled: info,
};

// Round entries fill the columns every row has, and the commitment of their text.
export const roundsRows: RowWriters<RoundsEntry> = {
  roundCreated: () => {},
  idea: (e, { row }) => {
    row.text_commitment = e.text;
  },
  ideaWithdrawn: () => {},
  review: (e, { row }) => {
    row.details = `${e.feasible ? "feasible" : "not feasible"} (${e.code})`;
    row.text_commitment = e.reason;
  },
  ballot: () => {},
  ideaFunded: () => {},
  roundFinalized: () => {},
  winnerCancelled: (e, { row }) => {
    row.details = `cancelled (${e.code})`;
    row.text_commitment = e.reason;
  },
  release: () => {},
  unspentReturned: () => {},
  roundClosed: (e, { row }) => {
    row.account = e.governance;
    row.details = "closed by the members; what it held went back";
  },
  roundInfo: () => {},
};
