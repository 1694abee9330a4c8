import type { Address, Hex } from "viem";
import { CHAIN_ID } from "../config/deployment";

/** A passkey this device signs with: its credential id, its public key (x ‖ y) and the account's address. */
export interface StoredPasskey {
  id: string;
  publicKey: Hex;
  address: Address;
}

/** One passkey account per device and chain: the same device signs in again without asking which. */
const KEY = `pulje.passkey.${CHAIN_ID}`;

export function loadPasskey(): StoredPasskey | null {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? "null") as Partial<StoredPasskey> | null;
    return stored?.id && stored.publicKey && stored.address ? (stored as StoredPasskey) : null;
  } catch {
    return null;
  }
}

export function savePasskey(passkey: StoredPasskey): void {
  localStorage.setItem(KEY, JSON.stringify(passkey));
}

export function forgetPasskey(): void {
  localStorage.removeItem(KEY);
}
