import { decodeErrorResult, toFunctionSelector, type Abi, type AbiFunction, type Hex } from "viem";
import { ABIS } from "../contracts/kinds";

type AbiError = Extract<Abi[number], { type: "error" }>;

/** A contract's custom error: its name and arguments as the ABI decodes them. */
export interface FundError {
  name: string;
  args: readonly unknown[];
}

/**
 * Every custom error any of the fund's contracts can raise, OpenZeppelin's included, each once
 * (by selector). An error raised deep inside a call chain — the timelock calling the treasury
 * calling the payee registry — comes back unchanged as the outer call's revert data, so only
 * the union of all the ABIs can name it.
 */
export const FUND_ERRORS_ABI: readonly AbiError[] = (() => {
  const bySelector = new Map<Hex, AbiError>();
  for (const abi of Object.values(ABIS) as Abi[]) {
    for (const item of abi) {
      if (item.type !== "error") continue;
      const selector = toFunctionSelector(item as unknown as AbiFunction);
      if (!bySelector.has(selector)) bySelector.set(selector, item);
    }
  }
  return [...bySelector.values()];
})();

/** Where wallets, JSON-RPC providers, ethers and viem put a revert's data inside the error they raise. */
const NESTING_KEYS = ["data", "raw", "error", "info", "cause", "payload", "originalError"] as const;
const REVERT_DATA = /^0x[0-9a-fA-F]{8,}$/;
const HARDHAT_MESSAGE = /reverted with custom error '(\w+)\((.*)\)'/;
/** Solidity's built-in reverts: a reason string or a panic code, not a custom error of the fund. */
const BUILT_IN = new Set(["Error", "Panic"]);

/**
 * Finds the custom error behind any failed call or transaction: viem's decoded revert, else its
 * raw revert data; revert data anywhere in a nested provider error; or Hardhat's "reverted with
 * custom error" message when only the node decoded it. Null when there is none (a rejected
 * signature, a network failure, a reason string).
 */
export function decodeFundError(error: unknown): FundError | null {
  for (const e of causes(error)) {
    const decoded = (e as { name?: unknown; data?: { errorName?: unknown; args?: readonly unknown[] } }).data;
    if (e.name === "ContractFunctionRevertedError" && typeof decoded?.errorName === "string") {
      if (!BUILT_IN.has(decoded.errorName)) return { name: decoded.errorName, args: decoded.args ?? [] };
    }
  }
  for (const data of revertDataIn(error)) {
    const found = decodeRevertData(data);
    if (found) return found;
  }
  for (const e of causes(error)) {
    const match = typeof e.message === "string" ? HARDHAT_MESSAGE.exec(e.message) : null;
    if (match) return { name: match[1], args: splitArgs(match[2]) };
  }
  return null;
}

/** Decodes revert data against every fund error; null for data that is no error of the fund's. */
export function decodeRevertData(data: Hex): FundError | null {
  try {
    const { errorName, args } = decodeErrorResult({ abi: FUND_ERRORS_ABI, data });
    return BUILT_IN.has(errorName) ? null : { name: errorName, args: args ?? [] };
  } catch {
    return null;
  }
}

/** The error and the causes it wraps, outermost first. */
function causes(error: unknown): Record<string, unknown>[] {
  const chain: Record<string, unknown>[] = [];
  for (let e = error; e && typeof e === "object" && chain.length < 10; e = (e as { cause?: unknown }).cause) {
    chain.push(e as Record<string, unknown>);
  }
  return chain;
}

function revertDataIn(value: unknown, depth = 0): Hex[] {
  if (!value || typeof value !== "object" || depth > 6) return [];
  const found: Hex[] = [];
  for (const key of NESTING_KEYS) {
    const inner = (value as Record<string, unknown>)[key];
    if (typeof inner === "string" && REVERT_DATA.test(inner)) found.push(inner as Hex);
    else found.push(...revertDataIn(inner, depth + 1));
  }
  return found;
}

/** Hardhat prints the arguments comma-separated, strings and hex in double quotes. */
function splitArgs(text: string): string[] {
  return text === "" ? [] : text.split(/,\s*/).map((arg) => arg.replace(/^"|"$/g, ""));
}
