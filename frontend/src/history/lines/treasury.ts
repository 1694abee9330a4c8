import type { TreasuryEntry } from "@sdk/history/kinds/treasury";
import { zeroHash } from "viem";
import { dashed, type LineWriters } from "./context";

export const treasuryLines: LineWriters<TreasuryEntry> = {
  deposit: (e, { t, money, account, text }) =>
    t("history.line.deposit", {
      from: account(e.from),
      amount: money(e.asset, e.amount),
      memo: dashed(e.memo !== zeroHash, text("memo")),
    }),
  payment: (e, { t, money, account, paidFor }) =>
    t("history.line.payment", { to: account(e.to), amount: money(e.asset, e.amount), proposal: paidFor(e.tx) }),
  allowanceSet: (e, { t, money, spenderName }) =>
    t("history.line.allowanceSet", {
      spender: spenderName(e.spender),
      amount: money(e.asset, e.amount),
      previous: money(e.asset, e.previous),
    }),
  allowanceSpent: (e, { t, money, spenderName }) =>
    t("history.line.allowanceSpent", {
      spender: spenderName(e.spender),
      amount: money(e.asset, e.amount),
      remaining: money(e.asset, e.remaining),
    }),
  allowanceReturned: (e, { t, money, spenderName }) =>
    t("history.line.allowanceReturned", { spender: spenderName(e.spender), amount: money(e.asset, e.amount) }),
};
