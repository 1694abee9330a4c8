/** Checks of what callers send: each returns the value in its canonical form or throws a 400. */
import { getAddress, isAddress, type Address, type Hex } from "viem";
import { badRequest } from "./errors";

const BYTES32 = /^0x[0-9a-fA-F]{64}$/;

export function bytes32(value: unknown, what: string): Hex {
  if (typeof value !== "string" || !BYTES32.test(value)) throw badRequest(`${what} must be 32 bytes as 0x-hex`);
  return value.toLowerCase() as Hex;
}

export function address(value: unknown, what: string): Address {
  if (typeof value !== "string" || !isAddress(value, { strict: false })) throw badRequest(`${what} is not an address`);
  return getAddress(value);
}

/** A BCP 47 language tag, simply: "da", "sv", "nb", "en", "en-GB". */
export function language(value: unknown): string {
  if (typeof value !== "string" || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value))
    throw badRequest("language must be a language tag such as da, sv, nb or en");
  return value;
}

export function object(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw badRequest(`${what} must be an object`);
  return value as Record<string, unknown>;
}

export function oneOf<T extends string>(value: unknown, allowed: (v: unknown) => v is T, what: string): T {
  if (!allowed(value)) throw badRequest(`${what} ${JSON.stringify(value)} is not one of the known codes`);
  return value;
}
