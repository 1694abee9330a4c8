import type { RoundsEntry } from "@sdk/history/kinds/rounds";
import type { LineWriters } from "./context";

export const roundsLines: LineWriters<RoundsEntry> = {
  roundCreated: (e, { t, money, account }) =>
    t("history.line.roundCreated", { round: account(e.round), amount: money(e.asset, e.total) }),
  idea: (e, { t, account, district, roundMoney, text }) =>
    t("history.line.idea", {
      id: String(e.ideaId),
      title: text("title"),
      district: district(e.district),
      proposer: account(e.proposer),
      amount: roundMoney(e.cost),
    }),
  ideaWithdrawn: (e, { t }) => t("history.line.ideaWithdrawn", { id: String(e.ideaId) }),
  review: (e, { t, account, roundMoney, text }) =>
    t("history.line.review", {
      reviewer: account(e.reviewer),
      id: String(e.ideaId),
      verdict: t(e.feasible ? "history.feasible" : "history.infeasible"),
      amount: roundMoney(e.cost),
      reason: `${t(`texts.reviewReason.${e.code}`)}: ${text("reason")}`,
    }),
  ballot: (e, { t, account, district }) =>
    t("history.line.ballot", {
      voter: account(e.voter),
      ideas: e.ideaIds.map((id) => `#${id}`).join(", "),
      district: district(e.district),
    }),
  ideaFunded: (e, { t, number, roundMoney }) =>
    t("history.line.ideaFunded", { id: String(e.ideaId), amount: roundMoney(e.cost), approvals: number(e.approvals) }),
  roundFinalized: (e, { t, roundMoney }) => t("history.line.roundFinalized", { amount: roundMoney(e.allocated) }),
  winnerCancelled: (e, { t, text }) =>
    t("history.line.winnerCancelled", {
      id: String(e.ideaId),
      reason: `${t(`texts.cancelReason.${e.code}`)}: ${text("reason")}`,
    }),
  release: (e, { t, account, roundMoney }) =>
    t("history.line.release", { amount: roundMoney(e.amount), payee: account(e.payee), id: String(e.ideaId) }),
  unspentReturned: (e, { t, roundMoney }) => t("history.line.unspentReturned", { amount: roundMoney(e.amount) }),
  roundClosed: (e, { t, account }) => t("history.line.roundClosed", { by: account(e.governance) }),
  roundInfo: (e, { t }) => t("history.line.roundInfo", { name: e.name, details: e.details }),
};
