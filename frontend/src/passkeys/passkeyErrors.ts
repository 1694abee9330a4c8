import { BaseError, HttpRequestError } from "viem";

/** The browser or device offers no passkeys (no WebAuthn, or it refuses to make a P-256 key). */
export class NoPasskeysError extends Error {
  constructor(cause?: unknown) {
    super("This device or browser cannot use passkeys", { cause });
    this.name = "NoPasskeysError";
  }
}

/** A passkey answered, but neither of the two accounts its signature allows is known yet. */
export class PasskeyAccountUnknownError extends Error {
  constructor() {
    super("No Pulje account for this passkey was found");
    this.name = "PasskeyAccountUnknownError";
  }
}

/**
 * A sponsored operation was mined but its call reverted: `data` is the revert data the bundler
 * reported, so the error catalogue names the contract's refusal as for a wallet's transaction.
 */
export class UserOperationRevertedError extends Error {
  constructor(readonly data: string | undefined) {
    super(`The user operation reverted${data ? ` (${data})` : ""}`);
    this.name = "UserOperationRevertedError";
  }
}

/** The DOMException name behind a WebAuthn failure (wrapped by ox and viem), if there is one. */
export function webAuthnFailure(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 8; depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === "NotAllowedError" || name === "NotSupportedError" || name === "SecurityError") return name;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/** The bundler did not answer (the chain's node may be fine: that failure is the network's). */
export class BundlerUnreachableError extends Error {
  constructor(cause: unknown) {
    super("The bundler cannot be reached", { cause });
    this.name = "BundlerUnreachableError";
  }
}

/**
 * The bundler refused an operation in simulation (the account's or paymaster's validation, EntryPoint
 * code `code`, "AA33" for the paymaster) with a contract's revert `data`: the error catalogue
 * names it (the paymaster's PaymasterNotMember, PaymasterOverBudget…).
 */
export class UserOperationRefusedError extends Error {
  constructor(
    readonly code: string,
    readonly data: string,
    cause: unknown,
  ) {
    super(`The bundler refused the user operation (${code} ${data})`, { cause });
    this.name = "UserOperationRefusedError";
  }
}

/**
 * The signature relay did not accept a member's signed action (EntryPoint code AA24): the
 * signature no longer matches the contract's nonce (already used, or another action came first).
 */
export class SignatureRefusedError extends Error {
  constructor(cause: unknown) {
    super("The signature relay did not accept the signature", { cause });
    this.name = "SignatureRefusedError";
  }
}

/** Alto's words for a refusal: "…with reason: AA33 reverted 0x<revert data>". */
const REFUSAL = /reason: (AA\d\d)\b[^\n]*?(0x[0-9a-fA-F]{8,})/;

/**
 * A bundler client's failure as the dApp explains it: BundlerUnreachableError when it was the
 * bundler's URL that did not answer, UserOperationRefusedError when the bundler passed on a
 * contract's refusal (only as text, inside its message), SignatureRefusedError when the
 * signature check failed (AA24), else unchanged.
 */
export function bundlerFailure(error: unknown, bundlerUrl: string): unknown {
  if (!(error instanceof BaseError)) return error;
  const failed = error.walk((e) => e instanceof HttpRequestError);
  if (failed instanceof HttpRequestError && failed.url === bundlerUrl) return new BundlerUnreachableError(error);
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 8; depth++) {
    const words = `${(e as { details?: string }).details ?? ""}\n${e.message}`;
    const refusal = REFUSAL.exec(words);
    if (refusal) return new UserOperationRefusedError(refusal[1], refusal[2], error);
    // The account's signature check failed, without revert data: for the relay, a stale signature.
    if (/\bAA24\b/.test(words)) return new SignatureRefusedError(error);
    e = e.cause;
  }
  return error;
}
