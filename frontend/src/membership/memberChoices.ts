import type { Address } from "viem";
import { addressLabel } from "../ui/AddressText";
import type { Member } from "./useMembers";

export interface MemberChoice {
  account: Address;
  /** "Anna (0x90F7…b906)", or the short address of a member the dApp has no name for. */
  label: string;
}

/**
 * The members one can give one's vote to, by district in the fund's order, each district's
 * named members first and alphabetically, so a member is found by name. Oneself is left out
 * (that is "Vote myself").
 */
export function memberChoices(
  members: readonly Member[],
  districts: readonly string[],
  self: Address,
  locale: string,
): { district: string; members: MemberChoice[] }[] {
  const collator = new Intl.Collator(locale);
  return districts
    .map((district, index) => ({
      district,
      members: members
        .filter((m) => m.district === index && m.account.toLowerCase() !== self.toLowerCase())
        .map((m) => ({ account: m.account, label: addressLabel(m.account) }))
        .sort(
          (a, b) =>
            Number(a.label.startsWith("0x")) - Number(b.label.startsWith("0x")) || collator.compare(a.label, b.label),
        ),
    }))
    .filter((group) => group.members.length > 0);
}
