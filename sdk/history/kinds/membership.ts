import type { Address } from "viem";
import type { EventDecoders } from "../entry";
import type { RowWriters } from "../row";

/** Who is a member where, the districts, and who votes for whom. */
export type MembershipEntry =
  | {
      kind: "membership";
      change: "added" | "revoked" | "left";
      account: Address;
      district: number;
      registrar: Address | null;
    }
  | { kind: "district"; district: number; name: string }
  | { kind: "delegation"; delegator: Address; from: Address; to: Address };

export const MEMBERSHIP_KINDS = [
  "membership",
  "district",
  "delegation",
] as const satisfies readonly MembershipEntry["kind"][];

const change =
  (kind: "added" | "revoked" | "left"): EventDecoders<MembershipEntry>[string] =>
  (a) => ({
    kind: "membership",
    change: kind,
    account: a.account as Address,
    district: Number(a.district),
    registrar: kind === "added" ? (a.registrar as Address) : null,
  });

export const membershipEvents: EventDecoders<MembershipEntry> = {
  MemberAdded: change("added"),
  MemberRevoked: change("revoked"),
  MemberLeft: change("left"),
  DistrictAdded: (a) => ({ kind: "district", district: Number(a.district), name: a.name as string }),
  DelegateChanged: (a) => ({
    kind: "delegation",
    delegator: a.delegator as Address,
    from: a.fromDelegate as Address,
    to: a.toDelegate as Address,
  }),
};

export const membershipRows: RowWriters<MembershipEntry> = {
  membership: (e, { row, district }) => {
    row.account = e.account;
    row.counterparty = e.registrar ?? "";
    row.details = `${e.change} ${district(e.district)}`;
  },
  district: (e, { row }) => {
    row.details = e.name;
  },
  delegation: (e, { row }) => {
    row.account = e.delegator;
    row.counterparty = e.to;
  },
};
