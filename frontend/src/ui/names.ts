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
  return FUND.demoAccounts.find((p) => p.address.toLowerCase() === lower)?.name ?? null;
}
