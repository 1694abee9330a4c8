import type { GovernanceEntry } from "@sdk/history/kinds/governance";
import { parseDescription } from "@sdk/model/description";
import { choiceOf } from "@sdk/model/governance";
import { majorityOfText, majorityPhrase } from "../../governance/majorityText";
import { dashed, type LineWriters } from "./context";

export const governanceLines: LineWriters<GovernanceEntry> = {
  proposal: (e, { t, account, text }) =>
    t("history.line.proposal", {
      id: String(e.proposalId),
      // A permanent public title is the chain's own; otherwise the content service's.
      title: parseDescription(e.description).publicTitle ?? text("title"),
      proposer: account(e.proposer),
    }),
  vote: (e, { t, number, account, text }) =>
    t("history.line.vote", {
      voter: account(e.voter),
      choice: t(`vote.${choiceOf(e.support)}`),
      id: String(e.proposalId),
      weight: number(e.weight),
      reason: dashed(e.reason !== null, text("reason")),
    }),
  queue: (e, { t, dateTime }) => t("history.line.queue", { id: String(e.proposalId), eta: dateTime(e.eta) }),
  execution: (e, { t }) => t("history.line.execution", { id: String(e.proposalId) }),
  cancellation: (e, { t }) => t("history.line.cancellation", { id: String(e.proposalId) }),
  extension: (e, { t, dateTime }) =>
    t("history.line.extension", { id: String(e.proposalId), deadline: dateTime(e.deadline) }),
  rule: (e, { t, number, account }) => {
    if (e.rule === "majority") {
      const [before, after] = [majorityOfText(e.oldValue), majorityOfText(e.newValue)];
      const words = (m: typeof before) => (m ? majorityPhrase(m, { t, number }) : "");
      // The deployment sets the first majority: there is none before it.
      return before
        ? t("history.line.majority", { old: words(before), new: words(after) })
        : t("history.line.majoritySet", { new: words(after) });
    }
    // Guardians are accounts: shown by name, like every other account.
    const value = (v: string) => (e.rule === "milestoneGuardian" || e.rule === "guardian" ? account(v) : v);
    return t("history.line.rule", { rule: e.rule, old: value(e.oldValue), new: value(e.newValue) });
  },
  role: (e, { t, account, contract }) => t(`history.line.role.${e.change}`, { account: account(e.account), contract }),
  ownership: (e, { t, account, contract }) => t("history.line.ownership", { owner: account(e.newOwner), contract }),
  ownershipOffered: (e, { t, account, contract }) =>
    t("history.line.ownershipOffered", { owner: account(e.newOwner), contract }),
};
