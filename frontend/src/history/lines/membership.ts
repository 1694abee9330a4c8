import type { MembershipEntry } from "@sdk/history/kinds/membership";
import type { LineWriters } from "./context";

export const membershipLines: LineWriters<MembershipEntry> = {
  membership: (e, { t, account, district }) =>
    t(`history.line.membership.${e.change}`, { account: account(e.account), district: district(e.district) }),
  district: (e, { t }) => t("history.line.district", { name: e.name }),
  delegation: (e, { t, account }) =>
    t("history.line.delegation", { delegator: account(e.delegator), to: account(e.to) }),
};
