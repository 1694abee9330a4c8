import { formatUnits, getAddress, isAddress, type Address } from "viem";
import { explainFundError, textFrom, type ErrorFacts } from "../sdk/errors/catalogue";
import { decodeFundError } from "../sdk/errors/decode";
import { en } from "../sdk/errors/messages/en";
import { ETH_ADDRESS } from "../sdk/model/treasury";

/** An asset amounts can be written in: its symbol and decimals. */
export interface KnownAsset {
  address: string;
  symbol: string;
  decimals: number;
}

/** What the command line knows about the fund, to write an error's facts the way people read them. */
export interface ErrorContext {
  /** The fund's assets with their decimals (ETH is always known). */
  assets?: readonly KnownAsset[];
  /**
   * The asset of the amounts an error does not name (a round's budget, a pool's cap, an ERC-20's
   * balance): the one the task was working in, else the fund's main one.
   */
  mainAsset?: string;
  /** The fund's districts, in the membership's order. */
  districts?: readonly string[];
  /** In a token-weighted fund, votes are the community token's amounts. */
  voteToken?: { symbol: string; decimals: number };
}

const ETH: KnownAsset = { address: ETH_ADDRESS, symbol: "ETH", decimals: 18 };
const english = textFrom(en);

/** 722000 → "722,000"; keeps every decimal the amount has. */
function grouped(decimal: string): string {
  const [whole, fraction] = decimal.split(".");
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${digits}.${fraction}` : digits;
}

/** 0x90F7…b906, checksummed, as the dApp shows an address. */
const shortAddress = (address: string) => {
  const full = isAddress(address, { strict: false }) ? getAddress(address) : address;
  return `${full.slice(0, 6)}…${full.slice(-4)}`;
};

/** The facts as the command line writes them: short addresses, whole units with symbols, UTC times. */
export function cliFacts(context: ErrorContext = {}): ErrorFacts {
  const assets = [ETH, ...(context.assets ?? [])];
  const find = (address: string | undefined) =>
    address === undefined ? undefined : assets.find((a) => a.address.toLowerCase() === address.toLowerCase());
  return {
    // A token by its symbol as well: "DKKT (0x0DCd…CD82)".
    account: (address) => {
      const token = address.toLowerCase() === ETH_ADDRESS ? undefined : find(address);
      return token ? `${token.symbol} (${shortAddress(address)})` : shortAddress(address);
    },
    amount: (asset, value) => {
      const known = find(asset ?? context.mainAsset);
      return known ? `${grouped(formatUnits(value, known.decimals))} ${known.symbol}` : grouped(value.toString());
    },
    votes: (value) =>
      context.voteToken
        ? `${grouped(formatUnits(value, context.voteToken.decimals))} ${context.voteToken.symbol}`
        : grouped(value.toString()),
    number: (value) => grouped(value.toString()),
    feePerGas: (wei) => `${grouped(formatUnits(wei, 9))} gwei`,
    // As the tasks print times: ISO 8601 in UTC.
    time: (seconds) => new Date(Number(seconds) * 1000).toISOString().replace(".000Z", "Z"),
    milestone: (index) => String(index + 1), // the contract counts from 0, people from 1
    district: (index) => context.districts?.[index] ?? `district ${index}`,
    state: (_kind, name) => name,
    alternatives: (items) => new Intl.ListFormat("en-GB", { type: "disjunction" }).format(items),
  };
}

/**
 * One English sentence that says what went wrong, for the steward's command line: a contract
 * error by its meaning with the facts it carries, a failure of the chain, the node or a file in
 * plain words, anything else by its own message.
 */
export function explainError(error: unknown, context?: ErrorContext): string {
  const decoded = decodeFundError(error);
  if (decoded) return explainFundError(decoded, english, cliFacts(context));
  return explainOther(error) ?? messageOf(error);
}

const NO_CONTRACT =
  "No contract answered at the fund's address: the deployments file does not match this network (was the local chain restarted?); deploy again with npx hardhat deploy.";

/** What ethers, Hardhat and Node put on the errors this recognises, at any depth. */
interface Raised {
  code?: unknown;
  value?: unknown;
  path?: unknown;
  reason?: unknown;
  data?: unknown;
  message?: unknown;
}

/** The error and the errors it wraps (ethers: `error`, `info.error`; Hardhat: `parent`; `cause`). */
function chainOf(error: unknown): Raised[] {
  const found: Raised[] = [];
  const visit = (e: unknown, depth: number) => {
    if (!e || typeof e !== "object" || depth > 5 || found.includes(e)) return;
    found.push(e);
    const { error: inner, info, parent, cause } = e as Record<string, unknown>;
    for (const next of [inner, (info as { error?: unknown } | undefined)?.error, parent, cause]) visit(next, depth + 1);
  };
  visit(error, 0);
  return found;
}

/** The sentence for a failure that is no contract error of the fund, if it is one this knows. */
function explainOther(error: unknown): string | null {
  const chain = chainOf(error);
  const messages = chain.map((e) => (typeof e.message === "string" ? e.message : "")).join("\n");
  // ethers reading a contract where there is no code: the deployments file is not this chain's.
  if (chain.some((e) => e.code === "BAD_DATA" && e.value === "0x")) return NO_CONTRACT;

  // The sender cannot pay the transaction: Hardhat and geth give the amounts in wei.
  if (/doesn't have enough funds|insufficient funds/i.test(messages)) {
    const hardhat = /upfront cost is: (\d+) and the sender's (?:account only has|balance is): (\d+)/.exec(messages);
    const geth = /have (\d+) want (\d+)/.exec(messages);
    const [needed, held] = hardhat ? [hardhat[1], hardhat[2]] : geth ? [geth[2], geth[1]] : [];
    const eth = (wei: string) => `${grouped(formatUnits(BigInt(wei), 18))} ETH`;
    return needed
      ? `The sending account has ${eth(held!)}, less than the ${eth(needed)} this transaction and its fee need: send it ETH, or send from another account (--from).`
      : "The sending account has too little ETH for this transaction and its fee: send it ETH, or send from another account (--from).";
  }

  const unreachable = /Cannot connect to the network (\S+?)\./.exec(messages);
  if (unreachable || chain.some((e) => e.code === "ECONNREFUSED"))
    return `No node answers on the network ${unreachable?.[1] ?? "chosen"}: start it (npm start runs one on localhost), or check its address (LOCAL_RPC_URL, RPC_URL).`;

  const file = chain.find((e) => typeof e.path === "string" && typeof e.code === "string");
  if (file?.code === "ENOENT") return `There is no file ${String(file.path)}: check its name and folder.`;
  if (file?.code === "EISDIR") return `${String(file.path)} is a folder: give a file.`;
  if (file?.code === "EACCES") return `${String(file.path)} cannot be read: this user may not open it.`;

  // A revert with no custom error of the fund: a reason string, a panic, another contract's error, or nothing.
  const reason =
    /reverted with reason string '(.*)'/.exec(messages)?.[1] ??
    /reverted with panic code \S+ \((.*)\)/.exec(messages)?.[1] ??
    chain.map((e) => (e.code === "CALL_EXCEPTION" ? e.reason : undefined)).find((r) => typeof r === "string");
  if (reason !== undefined) return english("unknown", { name: reason });
  const data = chain.map((e) => e.data).find((d): d is string => typeof d === "string" && /^0x[0-9a-f]{8}/i.test(d));
  if (data) return english("unknown", { name: `error ${data.slice(0, 10)}` });
  if (/reverted without a reason|execution reverted/.test(messages))
    return english("unknown", { name: "without giving a reason" });
  return null;
}

/** Any other error by its own words: ethers' message without its (code=…, version=…) details. */
function messageOf(error: unknown): string {
  const { shortMessage, message } = (error ?? {}) as { shortMessage?: unknown; message?: unknown };
  if (typeof shortMessage === "string") return shortMessage;
  return typeof message === "string" ? message : String(error);
}

/** Addresses among a contract error's arguments: the tokens an amount may be in. */
export function addressesIn(error: unknown): Address[] {
  return (decodeFundError(error)?.args ?? []).filter((arg): arg is Address => isAddress(String(arg))) as Address[];
}
