import type { Address } from "viem";
import { FUND } from "../config/deployment";

/**
 * Names the dApp knows for addresses: the fund's own contracts and, on the demo chain, the
 * demo people. Everyone else is shown by address.
 */
export function knownName(address: string): string | null {
  if (!FUND) return null;
  const lower = address.toLowerCase();
  const contract = (Object.entries(FUND.contracts) as [string, Address | null][]).find(
    ([, a]) => a?.toLowerCase() === lower,
  );
  if (contract) return `Pulje ${contract[0]}`;
  const person = FUND.demoAccounts.find((p) => p.address.toLowerCase() === lower);
  return person ? personName(person.name) : null;
}

/**
 * A demo person's name without the English role the deployments file adds in brackets
 * ("Kommunens jurist (guardian)"): the dApp says the role itself, in the visitor's language.
 */
export function personName(label: string): string {
  return label.replace(/\s*\([^)]*\)$/, "");
}
