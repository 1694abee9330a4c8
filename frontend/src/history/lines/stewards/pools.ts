import type { PoolsEntry } from "@sdk/history/kinds/stewards/pools";
import type { LineWriters } from "../context";

export const poolsLines: LineWriters<PoolsEntry> = {
  poolOpened: (e, { t, money, dateTime, text }) =>
    t("history.line.poolOpened", {
      type: t(`history.poolKind.${e.poolKind}`),
      name: text("name"),
      cap: money(e.asset, e.cap),
      until: dateTime(e.endsAt),
      mandate: text("mandate"),
    }),
  committeeSet: (e, { t, number, account, poolName }) =>
    t("history.line.committeeSet", {
      pool: poolName(e.address),
      members: e.committee.map((a) => account(a)).join(", "),
      threshold: number(e.threshold),
    }),
  poolGrantProposed: (e, { t, account, poolName, poolMoney, text }) =>
    t("history.line.poolGrantProposed", {
      proposer: account(e.proposer),
      id: String(e.grantId),
      pool: poolName(e.address),
      amount: poolMoney(e.amount),
      payee: account(e.payee),
      reason: text("reason"),
    }),
  poolGrantApproved: (e, { t, number, account, poolName }) =>
    t("history.line.poolGrantApproved", {
      approver: account(e.approver),
      id: String(e.grantId),
      pool: poolName(e.address),
      approvals: number(e.approvals),
    }),
  poolGrantPaid: (e, { t, account, poolName, poolMoney }) =>
    t("history.line.poolGrantPaid", {
      id: String(e.grantId),
      pool: poolName(e.address),
      amount: poolMoney(e.amount),
      payee: account(e.payee),
    }),
  poolGrantWithdrawn: (e, { t, poolName }) =>
    t("history.line.poolGrantWithdrawn", { id: String(e.grantId), pool: poolName(e.address) }),
  poolClosed: (e, { t, account, poolName, poolMoney }) =>
    t("history.line.poolClosed", { pool: poolName(e.address), by: account(e.by), amount: poolMoney(e.returned) }),
  poolApplicationSubmitted: (e, { t, account, poolName, poolMoney, text }) =>
    t("history.line.poolApplicationSubmitted", {
      applicant: account(e.applicant),
      id: String(e.applicationId),
      pool: poolName(e.address),
      amount: poolMoney(e.amount),
      payee: account(e.payee),
      title: text("title"),
    }),
  poolApplicationGranted: (e, { t, account, poolName }) =>
    t("history.line.poolApplicationGranted", {
      by: account(e.by),
      id: String(e.applicationId),
      grant: String(e.grantId),
      pool: poolName(e.address),
    }),
  poolApplicationDeclined: (e, { t, account, poolName, text }) =>
    t("history.line.poolApplicationDeclined", {
      by: account(e.by),
      id: String(e.applicationId),
      pool: poolName(e.address),
      reason: text("reason"),
    }),
  poolInterestRegistered: (e, { t, account, poolName }) =>
    t("history.line.poolInterestRegistered", { member: account(e.member), pool: poolName(e.address) }),
  poolInterestWithdrawn: (e, { t, account, poolName }) =>
    t("history.line.poolInterestWithdrawn", { member: account(e.member), pool: poolName(e.address) }),
};
