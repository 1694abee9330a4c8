import type { PayeesEntry } from "@sdk/history/kinds/stewards/payees";
import type { LineWriters } from "../context";

export const payeesLines: LineWriters<PayeesEntry> = {
  // The legal name and number only where the content service shows them (never a sole trader's).
  payeeAttested: (e, { t, account, dateTime, text }) =>
    t("history.line.payeeAttested", {
      verifier: account(e.verifier),
      payee: account(e.payee),
      name: `${text("legalName")}, ${t(`texts.payeeKind.${e.payeeKind}`)}`,
      scheme: t(`history.scheme.${e.scheme}`),
      number: text("number"),
      until: dateTime(e.validUntil),
    }),
  payeeRevoked: (e, { t, account, text }) =>
    t("history.line.payeeRevoked", {
      verifier: account(e.verifier),
      payee: account(e.payee),
      reason: `${t(`texts.revocationReason.${e.code}`)}: ${text("reason")}`,
    }),
  revocationLifted: (e, { t, account }) =>
    t("history.line.revocationLifted", { payee: account(e.payee), by: account(e.by) }),
  verificationRule: (e, { t }) =>
    t(e.required ? "history.line.verificationRequired" : "history.line.verificationNotRequired"),
  fundAccount: (e, { t, account }) =>
    t(e.isFundAccount ? "history.line.fundAccount" : "history.line.fundAccountRemoved", {
      account: account(e.account),
    }),
};
