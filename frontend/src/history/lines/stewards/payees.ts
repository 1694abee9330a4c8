import type { PayeesEntry } from "@sdk/history/kinds/stewards/payees";
import type { LineWriters } from "../context";

export const payeesLines: LineWriters<PayeesEntry> = {
  payeeAttested: (e, { t, account, dateTime }) =>
    t("history.line.payeeAttested", {
      verifier: account(e.verifier),
      payee: account(e.payee),
      name: e.legalName,
      scheme: t(`history.scheme.${e.scheme}`),
      number: e.number,
      until: dateTime(e.validUntil),
    }),
  payeeRevoked: (e, { t, account }) =>
    t("history.line.payeeRevoked", { verifier: account(e.verifier), payee: account(e.payee), reason: e.reason }),
  revocationLifted: (e, { t, account }) =>
    t("history.line.revocationLifted", { payee: account(e.payee), by: account(e.by) }),
  verificationRule: (e, { t }) =>
    t(e.required ? "history.line.verificationRequired" : "history.line.verificationNotRequired"),
  fundAccount: (e, { t, account }) =>
    t(e.isFundAccount ? "history.line.fundAccount" : "history.line.fundAccountRemoved", {
      account: account(e.account),
    }),
};
