import type { EventDecoders } from "../entry";
import type { RowWriters } from "../row";
import { CONTENT_KINDS, contentEvents, contentRows, type ContentEntry } from "./content";
import { GOVERNANCE_KINDS, governanceEvents, governanceRows, type GovernanceEntry } from "./governance";
import { MEMBERSHIP_KINDS, membershipEvents, membershipRows, type MembershipEntry } from "./membership";
import { ROUNDS_KINDS, roundsEvents, roundsRows, type RoundsEntry } from "./rounds";
import { MILESTONES_KINDS, milestonesEvents, milestonesRows, type MilestonesEntry } from "./stewards/milestones";
import { PAYEES_KINDS, payeesEvents, payeesRows, type PayeesEntry } from "./stewards/payees";
import { POOLS_KINDS, poolsEvents, poolsRows, type PoolsEntry } from "./stewards/pools";
import { TREASURY_KINDS, treasuryEvents, treasuryRows, type TreasuryEntry } from "./treasury";

/**
 * Every kind of ledger entry, one domain a file: each file has its entries' types, how its events
 * decode and how its entries fill an export row. Adding an event touches one of them.
 */
export type LedgerBody =
  | TreasuryEntry
  | GovernanceEntry
  | MembershipEntry
  | RoundsEntry
  | PayeesEntry
  | PoolsEntry
  | MilestonesEntry
  | ContentEntry
  | { kind: "other"; name: string };

/** The kinds by domain, in the order people browse them (the History page's filter uses it). */
export const KIND_GROUPS = {
  treasury: TREASURY_KINDS,
  governance: GOVERNANCE_KINDS,
  membership: MEMBERSHIP_KINDS,
  rounds: ROUNDS_KINDS,
  payees: PAYEES_KINDS,
  pools: POOLS_KINDS,
  milestones: MILESTONES_KINDS,
  content: CONTENT_KINDS,
  other: ["other"],
} as const satisfies Record<string, readonly LedgerBody["kind"][]>;
export type KindGroup = keyof typeof KIND_GROUPS;

/** Every event of the fund's contracts that makes an entry, by event name. */
export const EVENT_DECODERS: EventDecoders<LedgerBody> = {
  ...treasuryEvents,
  ...governanceEvents,
  ...membershipEvents,
  ...roundsEvents,
  ...payeesEvents,
  ...poolsEvents,
  ...milestonesEvents,
  ...contentEvents,
};

export const ROW_WRITERS: RowWriters<LedgerBody> = {
  ...treasuryRows,
  ...governanceRows,
  ...membershipRows,
  ...roundsRows,
  ...payeesRows,
  ...poolsRows,
  ...milestonesRows,
  ...contentRows,
  other: (e, { row }) => {
    row.details = e.name;
  },
};
