import { zeroHash, type Address, type Hex } from "viem";
import type { EventDecoders } from "../entry";
import type { RowWriters } from "../row";

/** The treasury's money: deposits, payments, and allowances reserved for spenders (pools, milestone grants). */
export type TreasuryEntry =
  | { kind: "deposit"; from: Address; asset: Address; amount: bigint; memo: Hex }
  | { kind: "payment"; asset: Address; to: Address; amount: bigint; decision: Hex }
  | { kind: "allowanceSet"; spender: Address; asset: Address; previous: bigint; amount: bigint }
  | { kind: "allowanceSpent"; spender: Address; asset: Address; amount: bigint; remaining: bigint }
  | { kind: "allowanceReturned"; spender: Address; asset: Address; amount: bigint };

export const TREASURY_KINDS = [
  "deposit",
  "payment",
  "allowanceSet",
  "allowanceSpent",
  "allowanceReturned",
] as const satisfies readonly TreasuryEntry["kind"][];

export const treasuryEvents: EventDecoders<TreasuryEntry> = {
  Deposited: (a) => ({
    kind: "deposit",
    from: a.from as Address,
    asset: a.token as Address,
    amount: a.amount as bigint,
    memo: a.memo as Hex,
  }),
  Paid: (a) => ({
    kind: "payment",
    asset: a.token as Address,
    to: a.to as Address,
    amount: a.amount as bigint,
    decision: a.decision as Hex,
  }),
  AllowanceSet: (a) => ({
    kind: "allowanceSet",
    spender: a.spender as Address,
    asset: a.token as Address,
    previous: a.previous as bigint,
    amount: a.current as bigint,
  }),
  AllowanceSpent: (a) => ({
    kind: "allowanceSpent",
    spender: a.spender as Address,
    asset: a.token as Address,
    amount: a.amount as bigint,
    remaining: a.remaining as bigint,
  }),
  AllowanceReturned: (a) => ({
    kind: "allowanceReturned",
    spender: a.spender as Address,
    asset: a.token as Address,
    amount: a.amount as bigint,
  }),
};

export const treasuryRows: RowWriters<TreasuryEntry> = {
  deposit: (e, { row, money }) => {
    row.account = e.from;
    money(e.asset, e.amount);
    // Zero: a deposit without a note (plain transfers, a round's returns).
    if (e.memo !== zeroHash) row.text_commitment = e.memo;
  },
  payment: (e, { row, money }) => {
    // The decision hash has its own column, beside the proposal (or pool or milestone) it names.
    row.counterparty = e.to;
    money(e.asset, e.amount);
  },
  allowanceSet: (e, { row, money }) => {
    row.account = e.spender;
    money(e.asset, e.amount);
    row.details = `allowance set (was ${e.previous})`;
  },
  allowanceSpent: (e, { row, money }) => {
    row.account = e.spender;
    money(e.asset, e.amount);
    row.details = `spent from allowance (${e.remaining} left)`;
  },
  allowanceReturned: (e, { row, money }) => {
    row.account = e.spender;
    money(e.asset, e.amount);
    row.details = "returned from allowance";
  },
};
