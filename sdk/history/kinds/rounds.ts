import type { Address, Hex } from "viem";
import { CANCEL_REASONS, REVIEW_REASONS, type CancelReason, type ReviewReason } from "../../model/rounds";
import type { EventDecoders } from "../entry";
import { isoDate, type RowWriters } from "../row";
import { ideaPayee } from "../trail";

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
  | {
      kind: "roundInfo";
      name: string;
      details: string;
      /** What a RoundOpened says the round holds (null for the other settings). */
      money: { asset: Address; amount: bigint } | null;
    };

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
  money: eventName === "RoundOpened" ? { asset: a.asset as Address, amount: a.total as bigint } : null,
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

// Round entries count in the round's asset (known from its opening); their links (round, idea,
// the opening proposal and its salt) come from the trail.
export const roundsRows: RowWriters<RoundsEntry> = {
  roundCreated: (e, { row, money }) => {
    row.counterparty = e.round;
    money(e.asset, e.total);
  },
  idea: (e, { row, held, district }) => {
    row.account = e.proposer;
    held(e.cost);
    row.details = district(e.district);
    row.text_commitment = e.text;
  },
  ideaWithdrawn: () => {},
  review: (e, { row, held }) => {
    row.account = e.reviewer;
    row.counterparty = e.payee;
    held(e.cost);
    row.details = `${e.feasible ? "feasible" : "not feasible"} (${e.code})`;
    row.text_commitment = e.reason;
  },
  ballot: () => {},
  ideaFunded: (e, { row, held, district, trail }) => {
    // The event names no payee: the one the idea's review named is paid on release.
    row.counterparty = ideaPayee(trail, e.address, e.ideaId) ?? "";
    held(e.cost);
    row.details = `${district(e.district)} (approvals: ${e.approvals})`;
  },
  roundFinalized: (e, { row, held }) => {
    held(e.allocated);
    row.details = `objections until ${isoDate(e.challengeEndsAt)}`;
  },
  winnerCancelled: (e, { row }) => {
    row.account = e.guardian;
    row.details = `cancelled (${e.code})`;
    row.text_commitment = e.reason;
  },
  release: (e, { row, held }) => {
    row.counterparty = e.payee;
    held(e.amount);
  },
  unspentReturned: (e, { row, held }) => {
    row.counterparty = e.treasury;
    held(e.amount);
  },
  roundClosed: (e, { row }) => {
    row.account = e.governance;
    row.details = "closed by the members; what it held went back";
  },
  roundInfo: (e, { row, money }) => {
    if (e.money) {
      row.counterparty = e.address;
      money(e.money.asset, e.money.amount);
    }
    row.details = `${e.name}: ${e.details}`;
  },
};
