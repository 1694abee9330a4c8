import type { MilestonesEntry } from "@sdk/history/kinds/stewards/milestones";
import type { LineWriters } from "../context";

// Milestones are numbered from 1 for people; the contract counts from 0.
export const milestonesLines: LineWriters<MilestonesEntry> = {
  milestoneGrantCreated: (e, { t, number, money, account, text }) =>
    t("history.line.milestoneGrantCreated", {
      id: String(e.grantId),
      title: text("title"),
      payee: account(e.payee),
      amount: money(e.asset, e.total),
      count: number(e.milestones),
    }),
  milestonePlanned: (e, { t, grantName, grantMoney, text }) =>
    t("history.line.milestonePlanned", {
      grant: grantName(e.grantId),
      index: String(e.index + 1),
      amount: grantMoney(e.grantId, e.amount),
      description: text("description"),
    }),
  milestoneDelivered: (e, { t, dateTime, account, grantName, text }) =>
    t("history.line.milestoneDelivered", {
      steward: account(e.steward),
      grant: grantName(e.grantId),
      index: String(e.index + 1),
      uri: text("uri"),
      releasable: dateTime(e.releasableAt),
    }),
  milestoneStopped: (e, { t, account, grantName, text }) =>
    t("history.line.milestoneStopped", {
      guardian: account(e.guardian),
      grant: grantName(e.grantId),
      index: String(e.index + 1),
      reason: `${t(`texts.stopReason.${e.code}`)}: ${text("reason")}`,
    }),
  milestoneReleased: (e, { t, account, grantName, grantMoney }) =>
    t("history.line.milestoneReleased", {
      grant: grantName(e.grantId),
      index: String(e.index + 1),
      amount: grantMoney(e.grantId, e.amount),
      payee: account(e.payee),
    }),
  milestoneGrantCancelled: (e, { t, grantName, grantMoney }) =>
    t("history.line.milestoneGrantCancelled", {
      grant: grantName(e.grantId),
      amount: grantMoney(e.grantId, e.returned),
    }),
};
