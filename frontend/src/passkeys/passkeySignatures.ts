import type { Hex, TypedDataDefinition } from "viem";
import type { StoredPasskey } from "./passkeyStore";
import { passkeyAccountFor } from "./sponsored";

/**
 * `personal_sign` for the passkey account: the passkey signs the message nested in the
 * account's own domain (ERC-7739), which the account's ERC-1271 check accepts, and ERC-6492
 * wraps it while the account is not deployed yet (a sign-in before the first vote).
 */
export async function personalSign(passkey: StoredPasskey, message: Hex): Promise<Hex> {
  const account = await passkeyAccountFor(passkey);
  return account.signMessage({ message: { raw: message } });
}

/** `eth_signTypedData_v4` for the passkey account: `json` is the typed data as wallets receive it. */
export async function signTypedDataV4(passkey: StoredPasskey, json: string): Promise<Hex> {
  const account = await passkeyAccountFor(passkey);
  const { domain, types, primaryType, message } = JSON.parse(json) as TypedDataDefinition;
  // The domain's own type comes along in the JSON; the account's hashing derives it from the domain.
  const contentTypes = Object.fromEntries(Object.entries(types).filter(([name]) => name !== "EIP712Domain"));
  return account.signTypedData({ domain, types: contentTypes, primaryType, message } as never);
}
