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
  /** The asset a round's or a pool's budget is in, when the error does not say: the fund's main one. */
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

/** The facts as the command line writes them: checksummed addresses, whole units with symbols, UTC times. */
export function cliFacts(context: ErrorContext = {}): ErrorFacts {
  const assets = [ETH, ...(context.assets ?? [])];
  const find = (address: string | undefined) =>
    address === undefined ? undefined : assets.find((a) => a.address.toLowerCase() === address.toLowerCase());
  return {
    account: (address) => (isAddress(address, { strict: false }) ? getAddress(address) : address),
    amount: (asset, value) => {
      const known = find(asset ?? context.mainAsset);
      return known ? `${grouped(formatUnits(value, known.decimals))} ${known.symbol}` : grouped(value.toString());
    },
    votes: (value) =>
      context.voteToken
        ? `${grouped(formatUnits(value, context.voteToken.decimals))} ${context.voteToken.symbol}`
        : grouped(value.toString()),
    number: (value) => grouped(value.toString()),
    // As the tasks print times: ISO 8601 in UTC.
    time: (seconds) => new Date(Number(seconds) * 1000).toISOString().replace(".000Z", "Z"),
    // The tasks number milestones from 0 (--index), as the contract does.
    milestone: (index) => String(index + 1), // the contract counts from 0, people from 1
    district: (index) => context.districts?.[index] ?? `district ${index}`,
    state: (_kind, name) => name,
    alternatives: (items) => new Intl.ListFormat("en-GB", { type: "disjunction" }).format(items),
  };
}

/**
 * One English sentence that says what went wrong, for the steward's command line: a contract
 * error by its meaning with the facts it carries, anything else by its own message.
 */
export function explainError(error: unknown, context?: ErrorContext): string {
  const decoded = decodeFundError(error);
  if (decoded) return explainFundError(decoded, english, cliFacts(context));
  const { code, value, message } = (error ?? {}) as { code?: unknown; value?: unknown; message?: unknown };
  // ethers reading a contract where there is no code: the deployments file is not this chain's.
  if (code === "BAD_DATA" && value === "0x") return NO_CONTRACT;
  return typeof message === "string" ? message : String(error);
}

const NO_CONTRACT =
  "No contract answered at the fund's address: the deployments file does not match this network (was the local chain restarted?); deploy again with npx hardhat deploy.";

/** Addresses among a contract error's arguments: the tokens an amount may be in. */
export function addressesIn(error: unknown): Address[] {
  return (decodeFundError(error)?.args ?? []).filter((arg): arg is Address => isAddress(String(arg))) as Address[];
}
