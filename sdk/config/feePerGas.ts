import { formatUnits, parseUnits } from "viem";

/** The units a fee per gas is written in, by their decimals below one ether. */
const UNIT_DECIMALS: Record<string, number> = { wei: 0, gwei: 9 };

/**
 * Reads a fee per gas written for people, always with its unit ("10 gwei", "0.5 gwei",
 * "1500000000 wei"): a bare number could be wei or gwei, a billion times apart. Returns wei.
 */
export function parseFeePerGas(value: unknown): bigint {
  const match = typeof value === "string" ? /^\s*(\d+)(?:\.(\d+))?\s*([a-z]+)\s*$/i.exec(value) : null;
  const unit = match?.[3].toLowerCase() ?? "";
  const decimals = Object.hasOwn(UNIT_DECIMALS, unit) ? UNIT_DECIMALS[unit] : undefined;
  if (!match || decimals === undefined)
    throw new Error(
      `must be a fee per gas with its unit, like "10 gwei" (units: gwei, wei), got ${JSON.stringify(value)}`,
    );
  // viem's parseUnits rounds away extra decimals; a fee is refused instead.
  if ((match[2]?.length ?? 0) > decimals)
    throw new Error(decimals === 0 ? "must be a whole number of wei" : `has more than ${decimals} decimals`);
  return parseUnits(match[2] ? `${match[1]}.${match[2]}` : match[1], decimals);
}

/** Writes a fee per gas in gwei, the unit people quote fees in: "10 gwei", "0.5 gwei". */
export function formatFeePerGas(wei: bigint): string {
  return `${formatUnits(wei, 9)} gwei`;
}
