import {
  BaseError,
  ContractFunctionRevertedError,
  HttpRequestError,
  InsufficientFundsError,
  UserRejectedRequestError,
  type Address,
} from "viem";
import { explainFundError, type ErrorFacts, type StateKind } from "@sdk/errors/catalogue";
import { decodeFundError } from "@sdk/errors/decode";
import { ContentServiceError } from "@sdk/content/client";
import { ETH_ADDRESS } from "@sdk/model/treasury";
import { FUND } from "../config/deployment";
import { INTL_TAG, type Locale } from "../i18n/format";
import type { I18n } from "../i18n/makeI18n";
import type { MessageKey } from "../i18n/messages/en";
import { ContentStepError } from "../texts/contentErrors";
import { addressLabel } from "../ui/AddressText";
import { networkName } from "../i18n/networkName";
import { RevertedOnChainError } from "./whyReverted";
import {
  BundlerUnreachableError,
  NoPasskeysError,
  PasskeyAccountUnknownError,
  SignatureRefusedError,
  UserOperationRevertedError,
  webAuthnFailure,
} from "../passkeys/passkeyErrors";

/** What an error sentence needs from the visitor's language. */
export type ErrorI18n = Pick<I18n, "locale" | "t" | "number" | "amount" | "dateTime">;

/** An asset amounts can be written in: the treasury's, with decimals read from the chain. */
export interface AssetUnits {
  address: Address;
  symbol: string;
  decimals: number;
}

/** Raised by the dApp itself before it asks a wallet for anything. */
export class NoWalletError extends Error {
  constructor() {
    super("No wallet connected");
    this.name = "NoWalletError";
  }
}

export class WrongNetworkError extends Error {
  constructor(readonly expected: number) {
    super(`Wallet on the wrong network; expected ${expected}`);
    this.name = "WrongNetworkError";
  }
}

function hasCode(error: unknown, code: number): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 8; depth++) {
    if ((e as { code?: unknown }).code === code) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** The catalogue keys the dApp already names each enum's values by. */
const STATE_KEYS: Record<StateKind, string> = {
  proposal: "state",
  roundPhase: "round.phase",
  idea: "idea.status",
  poolGrant: "pool.status",
  poolApplication: "pool.application.status",
  milestone: "milestone.status",
};
/** How each language quotes a status name inside a sentence. */
const QUOTES: Record<Locale, [string, string]> = { en: ["“", "”"], sv: ["”", "”"], da: ["»", "«"], nb: ["«", "»"] };

/**
 * The facts of a contract error as the dApp shows them: names it knows for addresses, amounts
 * and dates in the visitor's format, districts by name, states as the rest of the page calls them.
 */
function dappFacts(i18n: ErrorI18n, assets: readonly AssetUnits[]): ErrorFacts {
  // An amount whose asset the error does not name (a round's budget, a pool's cap) is in the fund's main asset.
  const main = FUND?.assets[0]?.address ?? ETH_ADDRESS;
  const units = (asset: Address | null) => {
    const address = (asset ?? main).toLowerCase();
    if (address === ETH_ADDRESS) return { symbol: "ETH", decimals: 18 };
    return assets.find((a) => a.address.toLowerCase() === address);
  };
  const [open, close] = QUOTES[i18n.locale];
  return {
    account: (address) => addressLabel(address),
    amount: (asset, value) => {
      const known = units(asset);
      return known ? i18n.amount(value, known.decimals, known.symbol) : i18n.number(value);
    },
    votes: (value) => (FUND?.votingMode === "token" ? i18n.amount(value, 18, "").trim() : i18n.number(value)),
    number: (value) => i18n.number(value),
    feePerGas: (wei) => i18n.amount(wei, 9, "gwei"),
    time: (seconds) => i18n.dateTime(seconds),
    milestone: (index) => i18n.number(index + 1),
    district: (index) => FUND?.districts[index] ?? i18n.number(index),
    state: (kind, name) => `${open}${i18n.t(`${STATE_KEYS[kind]}.${name}` as MessageKey)}${close}`,
    alternatives: (items) => new Intl.ListFormat(INTL_TAG[i18n.locale], { type: "disjunction" }).format(items),
  };
}

/**
 * One sentence in the visitor's language for any failure: no wallet, wrong network, a rejected
 * signature, too little ETH for the fee, an unreachable network, and every custom error of the
 * fund's contracts by its name — also one raised inside another contract (the treasury refusing
 * a proposal's payment, the payee registry refusing a round's winner). `assets` gives the
 * treasury's decimals, so amounts are written in whole units.
 */
export function explainError(
  error: unknown,
  i18n: ErrorI18n,
  expectedChainId: number,
  assets: readonly AssetUnits[] = [],
): string {
  const { t } = i18n;
  if (error instanceof NoWalletError) return t("errors.noWallet");
  if (error instanceof WrongNetworkError) return t("errors.wrongNetwork", { expected: networkName(error.expected, t) });
  if (error instanceof ContentStepError) {
    const cause = error.cause;
    if (cause instanceof ContentServiceError) return t(`texts.error.${cause.code}`);
    // A refused sign-in signature is the wallet's to explain; anything else means no answer.
    if (error.step === "signIn" && !(cause instanceof TypeError)) return explainError(cause, i18n, expectedChainId);
    return t(`texts.error.unreachable.${error.step}`);
  }
  if (error instanceof RevertedOnChainError) return t("errors.revertedOnChain");
  const passkey = explainPasskeyFailure(error, i18n);
  if (passkey) return passkey;
  const refused = decodeFundError(error);
  if (refused) {
    const text = (key: string, vars?: Readonly<Record<string, string>>) =>
      t(`errors.contract.${key}` as MessageKey, vars);
    return explainFundError(refused, text, dappFacts(i18n, assets));
  }
  if (error instanceof BaseError) {
    // A revert that is no custom error of the fund: its reason string, or at least its selector.
    const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError);
    if (reverted instanceof ContractFunctionRevertedError) {
      return t("errors.contract.unknown", { name: reverted.reason ?? reverted.signature ?? reverted.shortMessage });
    }
    if (error.walk((e) => e instanceof UserRejectedRequestError)) return t("errors.rejected");
    if (error.walk((e) => e instanceof InsufficientFundsError)) return t("errors.insufficientFunds");
    if (error.name === "ChainMismatchError")
      return t("errors.wrongNetwork", { expected: networkName(expectedChainId, t) });
    if (error.walk((e) => e instanceof HttpRequestError)) return t("errors.rpcUnreachable");
  }
  if (hasCode(error, 4001)) return t("errors.rejected");
  if (error instanceof UserOperationRevertedError) return t("errors.revertedOnChain");
  const message = error instanceof Error ? error.message : String(error);
  if (/ConnectorNotConnected|not connected/i.test(message)) return t("errors.noWallet");
  if (/insufficient funds/i.test(message)) return t("errors.insufficientFunds");
  if (/failed to fetch|fetch failed|networkerror|load failed/i.test(message)) return t("errors.rpcUnreachable");
  return t("errors.unknown", { message: message.split("\n")[0].slice(0, 200) });
}

/**
 * The failures only a passkey account (or a member's signed action sent through the fund's
 * relay) has: the passkey dialog cancelled or timed out (WebAuthn's NotAllowedError), a device
 * or browser without passkeys, a passkey whose account cannot be found, a bundler that does not
 * answer, and a stale signature. Null for others.
 */
function explainPasskeyFailure(error: unknown, { t }: ErrorI18n): string | null {
  if (error instanceof NoPasskeysError) return t("errors.noPasskeys");
  if (error instanceof BundlerUnreachableError) return t("errors.bundlerUnreachable");
  if (error instanceof SignatureRefusedError) return t("errors.signatureRefused");
  if (error instanceof PasskeyAccountUnknownError) return t("errors.passkeyAccountUnknown");
  const failure = webAuthnFailure(error);
  if (failure === "NotAllowedError") return t("errors.passkeyCancelled");
  if (failure) return t("errors.noPasskeys");
  return null;
}
