import { zeroHash, type Address, type Hex } from "viem";
import { STOP_REASONS, type StopReason } from "../../../model/stewards";
import type { EventDecoders } from "../../entry";
import { isoDate, type RowWriters } from "../../row";
import type { RuleEntry } from "../governance";

/** Milestone grants (one contract for all of them): planned, delivered with evidence, stopped or released. */
export type MilestonesEntry =
  | {
      kind: "milestoneGrantCreated";
      grantId: bigint;
      payee: Address;
      asset: Address;
      total: bigint;
      milestones: number;
      /** The commitment to the grant's title. */
      title: Hex;
    }
  | { kind: "milestonePlanned"; grantId: bigint; index: number; amount: bigint; description: Hex }
  | {
      kind: "milestoneDelivered";
      grantId: bigint;
      index: number;
      steward: Address;
      /** The commitment to the evidence's link and note. */
      evidence: Hex;
      /** The hash of the document the link points to. */
      documentHash: Hex;
      releasableAt: bigint;
    }
  | {
      kind: "milestoneStopped";
      grantId: bigint;
      index: number;
      guardian: Address;
      code: StopReason;
      reason: Hex;
    }
  | { kind: "milestoneReleased"; grantId: bigint; index: number; payee: Address; amount: bigint }
  | { kind: "milestoneGrantCancelled"; grantId: bigint; returned: bigint };

export const MILESTONES_KINDS = [
  "milestoneGrantCreated",
  "milestonePlanned",
  "milestoneDelivered",
  "milestoneStopped",
  "milestoneReleased",
  "milestoneGrantCancelled",
] as const satisfies readonly MilestonesEntry["kind"][];

/** Milestones are numbered from 1 for people; the contract counts from 0. */
const milestone = (e: { grantId: bigint; index: number }) => `grant #${e.grantId} milestone ${e.index + 1}`;

// The milestone grants' own settings are rules too (kind "rule", as the governor's are).
export const milestonesEvents: EventDecoders<MilestonesEntry | RuleEntry> = {
  MilestoneGrantCreated: (a) => ({
    kind: "milestoneGrantCreated",
    grantId: a.grantId as bigint,
    payee: a.payee as Address,
    asset: a.token as Address,
    total: a.total as bigint,
    milestones: Number(a.milestones),
    title: a.title as Hex,
  }),
  MilestonePlanned: (a) => ({
    kind: "milestonePlanned",
    grantId: a.grantId as bigint,
    index: Number(a.index),
    amount: a.amount as bigint,
    description: a.description as Hex,
  }),
  MilestoneDelivered: (a) => ({
    kind: "milestoneDelivered",
    grantId: a.grantId as bigint,
    index: Number(a.index),
    steward: a.steward as Address,
    evidence: a.evidence as Hex,
    documentHash: a.documentHash as Hex,
    releasableAt: BigInt(a.releasableAt as number),
  }),
  MilestoneStopped: (a) => ({
    kind: "milestoneStopped",
    grantId: a.grantId as bigint,
    index: Number(a.index),
    guardian: a.guardian as Address,
    code: STOP_REASONS[Number(a.code)],
    reason: a.reason as Hex,
  }),
  MilestoneReleased: (a) => ({
    kind: "milestoneReleased",
    grantId: a.grantId as bigint,
    index: Number(a.index),
    payee: a.payee as Address,
    amount: a.amount as bigint,
  }),
  MilestoneGrantCancelled: (a) => ({
    kind: "milestoneGrantCancelled",
    grantId: a.grantId as bigint,
    returned: a.returned as bigint,
  }),
  MilestoneGuardianSet: (a) => ({
    kind: "rule",
    rule: "milestoneGuardian",
    oldValue: String(a.oldGuardian),
    newValue: String(a.newGuardian),
  }),
  VetoWindowSet: (a) => ({
    kind: "rule",
    rule: "vetoWindow",
    oldValue: String(a.oldVetoWindow),
    newValue: String(a.newVetoWindow),
  }),
};

export const milestonesRows: RowWriters<MilestonesEntry> = {
  milestoneGrantCreated: (e, { row, money }) => {
    row.counterparty = e.payee;
    money(e.asset, e.total);
    row.details = `grant #${e.grantId} in ${e.milestones} milestones`;
    row.text_commitment = e.title;
  },
  milestonePlanned: (e, { row, held }) => {
    held(e.amount);
    row.details = milestone(e);
    row.text_commitment = e.description;
  },
  milestoneDelivered: (e, { row }) => {
    row.account = e.steward;
    row.details = `${milestone(e)} delivered: document ${e.documentHash}; releasable ${isoDate(e.releasableAt)}`;
    row.text_commitment = e.evidence;
  },
  milestoneStopped: (e, { row }) => {
    row.account = e.guardian;
    row.details = `${milestone(e)} stopped (${e.code})`;
    // Zero: stopped without a written reason.
    if (e.reason !== zeroHash) row.text_commitment = e.reason;
  },
  milestoneReleased: (e, { row, held }) => {
    row.counterparty = e.payee;
    held(e.amount);
    row.details = `${milestone(e)} released`;
  },
  milestoneGrantCancelled: (e, { row, held }) => {
    row.details = `grant #${e.grantId}: the rest cancelled`;
    held(e.returned);
  },
};
