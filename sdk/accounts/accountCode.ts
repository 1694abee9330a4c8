import { getAddress, isAddress, keccak256, type Address } from "viem";

/** Hex digits per group of the code: four, so it reads aloud in short runs. */
const GROUP = 4;
/** Hex digits of the check at the end: one mistyped digit anywhere changes it (1 in 65,536 slips by). */
const CHECK = 4;

/** The check of an address: the first two bytes of the keccak-256 of its 20 bytes. */
function checkOf(address: Address): string {
  return keccak256(address)
    .slice(2, 2 + CHECK)
    .toUpperCase();
}

/**
 * An account's address as a code a person can read out, type or compare: its 40 hex digits and
 * a 4-digit check, in groups of four ("A1B2-C3D4-…-9F3C"). The whole address is in it, so the
 * registrar admits exactly this account; the check catches a digit read or typed wrong.
 */
export function accountCode(address: Address): string {
  const digits = address.slice(2).toUpperCase() + checkOf(address);
  const groups: string[] = [];
  for (let i = 0; i < digits.length; i += GROUP) groups.push(digits.slice(i, i + GROUP));
  return groups.join("-");
}

export type AccountCodeProblem = "characters" | "length" | "check" | "checksum";

/**
 * The account a pasted or scanned code names: an account code (with or without its dashes and
 * spaces, in either case), or a plain address (0x and 40 hex digits, its EIP-55 checksum checked
 * when written in mixed case). Otherwise what is wrong with it.
 */
export function parseAccountCode(
  text: string,
): { ok: true; address: Address } | { ok: false; problem: AccountCodeProblem } {
  const trimmed = text.trim();
  if (/^0x[0-9a-fA-F]{40}$/.test(trimmed)) {
    // Mixed case carries an EIP-55 checksum; all lower or all upper case carries none.
    const mixed = /[a-f]/.test(trimmed.slice(2)) && /[A-F]/.test(trimmed.slice(2));
    if (mixed && !isAddress(trimmed, { strict: true })) return { ok: false, problem: "checksum" };
    return { ok: true, address: getAddress(trimmed.toLowerCase()) };
  }
  const digits = trimmed.replace(/[\s-]/g, "");
  if (!/^[0-9a-fA-F]*$/.test(digits)) return { ok: false, problem: "characters" };
  if (digits.length !== 40 + CHECK) return { ok: false, problem: "length" };
  const address = getAddress(`0x${digits.slice(0, 40).toLowerCase()}`);
  if (checkOf(address) !== digits.slice(40).toUpperCase()) return { ok: false, problem: "check" };
  return { ok: true, address };
}
