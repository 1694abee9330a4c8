import { zeroHash, type Address, type Hex } from "viem";
import { POOL_KINDS, type PoolKind } from "../../../model/stewards";
import type { EventDecoders } from "../../entry";
import { isoDate, type RowWriters } from "../../row";

/** Quick pools and task groups, each its own contract: its mandate, committee and micro-grants. */
export type PoolsEntry =
  | {
      kind: "poolOpened";
      poolKind: PoolKind;
      /** The commitment to its name and mandate. */
      text: Hex;
      asset: Address;
      cap: bigint;
      endsAt: bigint;
    }
  | { kind: "committeeSet"; committee: readonly Address[]; threshold: number; epoch: number }
  | { kind: "poolGrantProposed"; grantId: bigint; proposer: Address; payee: Address; amount: bigint; reason: Hex }
  | { kind: "poolGrantApproved"; grantId: bigint; approver: Address; approvals: number }
  | { kind: "poolGrantPaid"; grantId: bigint; payee: Address; amount: bigint }
  | { kind: "poolGrantWithdrawn"; grantId: bigint }
  | { kind: "poolClosed"; by: Address; returned: bigint }
  | {
      kind: "poolApplicationSubmitted";
      applicationId: bigint;
      applicant: Address;
      payee: Address;
      amount: bigint;
      /** The commitment to its title and purpose. */
      text: Hex;
    }
  | { kind: "poolApplicationGranted"; applicationId: bigint; grantId: bigint; by: Address }
  | { kind: "poolApplicationDeclined"; applicationId: bigint; by: Address; reason: Hex }
  | { kind: "poolInterestRegistered"; member: Address }
  | { kind: "poolInterestWithdrawn"; member: Address };

export const POOLS_KINDS = [
  "poolOpened",
  "committeeSet",
  "poolGrantProposed",
  "poolGrantApproved",
  "poolGrantPaid",
  "poolGrantWithdrawn",
  "poolClosed",
  "poolApplicationSubmitted",
  "poolApplicationGranted",
  "poolApplicationDeclined",
  "poolInterestRegistered",
  "poolInterestWithdrawn",
] as const satisfies readonly PoolsEntry["kind"][];

export const poolsEvents: EventDecoders<PoolsEntry> = {
  PoolOpened: (a) => ({
    kind: "poolOpened",
    poolKind: POOL_KINDS[Number(a.kind)] ?? (String(a.kind) as PoolKind),
    text: a.text as Hex,
    asset: a.token as Address,
    cap: a.capPerGrant as bigint,
    endsAt: BigInt(a.endsAt as number),
  }),
  CommitteeSet: (a) => ({
    kind: "committeeSet",
    committee: a.committee as readonly Address[],
    threshold: Number(a.threshold),
    epoch: Number(a.epoch),
  }),
  GrantProposed: (a) => ({
    kind: "poolGrantProposed",
    grantId: a.grantId as bigint,
    proposer: a.proposer as Address,
    payee: a.payee as Address,
    amount: a.amount as bigint,
    reason: a.reason as Hex,
  }),
  GrantApproved: (a) => ({
    kind: "poolGrantApproved",
    grantId: a.grantId as bigint,
    approver: a.approver as Address,
    approvals: Number(a.approvals),
  }),
  GrantPaid: (a) => ({
    kind: "poolGrantPaid",
    grantId: a.grantId as bigint,
    payee: a.payee as Address,
    amount: a.amount as bigint,
  }),
  GrantWithdrawn: (a) => ({ kind: "poolGrantWithdrawn", grantId: a.grantId as bigint }),
  PoolClosed: (a) => ({ kind: "poolClosed", by: a.by as Address, returned: a.returned as bigint }),
  ApplicationSubmitted: (a) => ({
    kind: "poolApplicationSubmitted",
    applicationId: a.applicationId as bigint,
    applicant: a.applicant as Address,
    payee: a.payee as Address,
    amount: a.amount as bigint,
    text: a.text as Hex,
  }),
  ApplicationGranted: (a) => ({
    kind: "poolApplicationGranted",
    applicationId: a.applicationId as bigint,
    grantId: a.grantId as bigint,
    by: a.by as Address,
  }),
  ApplicationDeclined: (a) => ({
    kind: "poolApplicationDeclined",
    applicationId: a.applicationId as bigint,
    by: a.by as Address,
    reason: a.reason as Hex,
  }),
  InterestRegistered: (a) => ({ kind: "poolInterestRegistered", member: a.member as Address }),
  InterestWithdrawn: (a) => ({ kind: "poolInterestWithdrawn", member: a.member as Address }),
};

export const poolsRows: RowWriters<PoolsEntry> = {
  poolOpened: (e, { row, money }) => {
    row.account = e.address;
    money(e.asset, e.cap);
    row.details = `${e.poolKind}: cap per grant, until ${isoDate(e.endsAt)}`;
    row.text_commitment = e.text;
  },
  committeeSet: (e, { row }) => {
    row.account = e.address;
    row.details = `committee ${e.threshold} of ${e.committee.join(" ")} (epoch ${e.epoch})`;
  },
  poolGrantProposed: (e, { row, held }) => {
    row.account = e.proposer;
    row.counterparty = e.payee;
    held(e.amount);
    row.details = `grant #${e.grantId}`;
    // Zero: proposed without a written reason.
    if (e.reason !== zeroHash) row.text_commitment = e.reason;
  },
  poolGrantApproved: (e, { row }) => {
    row.account = e.approver;
    row.details = `grant #${e.grantId}: ${e.approvals} approvals`;
  },
  poolGrantPaid: (e, { row, held }) => {
    row.counterparty = e.payee;
    held(e.amount);
    row.details = `grant #${e.grantId} paid`;
  },
  poolGrantWithdrawn: (e, { row }) => {
    row.details = `grant #${e.grantId} withdrawn`;
  },
  poolClosed: (e, { row, held }) => {
    row.account = e.by;
    held(e.returned);
    row.details = "closed; the rest returned";
  },
  poolApplicationSubmitted: (e, { row, held }) => {
    row.account = e.applicant;
    row.counterparty = e.payee;
    // Asked for, not moved: the amount is shown as the grant's would be.
    held(e.amount);
    row.details = `application #${e.applicationId}`;
    row.text_commitment = e.text;
  },
  poolApplicationGranted: (e, { row }) => {
    row.account = e.by;
    row.details = `application #${e.applicationId} made grant #${e.grantId}`;
  },
  poolApplicationDeclined: (e, { row }) => {
    row.account = e.by;
    row.details = `application #${e.applicationId} declined`;
    row.text_commitment = e.reason;
  },
  poolInterestRegistered: (e, { row }) => {
    row.account = e.member;
    row.details = "interested in the task group";
  },
  poolInterestWithdrawn: (e, { row }) => {
    row.account = e.member;
    row.details = "no longer interested in the task group";
  },
};
