import { getAddress, isAddress, parseUnits, ZeroAddress } from "ethers";
import type { FundConfigJson } from "../sdk/deployment";
import { parseDuration } from "./duration";

/** How votes are counted: one member one vote, or by holdings of a community token. */
export type VotingMode = "membership" | "token";

export interface MemberEntry {
  account: string;
  district: string;
}

export interface TokenHolder {
  account: string;
  /** In the token's smallest unit (18 decimals). */
  amount: bigint;
}

/** An ERC-20 the fund keeps (its balance is shown and reconciled), besides ETH. */
export interface TrackedAsset {
  symbol: string;
  address: string;
}

/** A validated, normalised fund configuration: durations in seconds, amounts in base units. */
export interface FundConfig {
  name: string;
  votingMode: VotingMode;
  districts: string[];
  votingDelay: number;
  votingPeriod: number;
  lateQuorumExtension: number;
  timelockDelay: number;
  quorumPercent: number;
  /** Votes needed to propose, in the voting source's units (members, or token base units). */
  proposalThreshold: bigint;
  registrars: string[];
  /** How a resident asks to join (shown by the dApp to non-members). */
  registrarContact: string;
  guardian: string | null;
  members: MemberEntry[];
  token: { name: string; symbol: string; holders: TokenHolder[] } | null;
  assets: TrackedAsset[];
  /** Who may attest payees (staff who check a business register). */
  verifiers: string[];
  /** Whether every payout needs a verified payee from the start (governance can change it). */
  requireVerifiedPayees: boolean;
  /** Who may mark milestones delivered. */
  stewards: string[];
  /** Seconds between a milestone's delivery and its release, in which the guardian can stop it. */
  milestoneVetoWindow: number;
}

export const TOKEN_DECIMALS = 18;
const MAX_UINT32 = 2 ** 32 - 1;
const MAX_UINT48 = 2 ** 48 - 1;

/** One or more problems in a configuration, each naming the field it is about. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid fund configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

type Json = Record<string, unknown>;

/**
 * Checks a configuration read from JSON and returns it normalised. Throws a ConfigError that
 * lists every problem found (not just the first), before anything touches a chain.
 */
export function parseFundConfig(raw: unknown): FundConfig {
  const problems: string[] = [];
  const fail = (field: string, message: string) => problems.push(`${field}: ${message}`);
  const input: Json = isObject(raw) ? raw : (fail("(root)", "must be a JSON object"), {});

  const name = text(input, "name", fail);
  signingDomainName(name, "name", fail);
  const votingMode = input.votingMode ?? "membership";
  if (votingMode !== "membership" && votingMode !== "token") {
    fail("votingMode", `must be "membership" or "token", got ${JSON.stringify(votingMode)}`);
  }
  const isToken = votingMode === "token";

  const districts = list(input, "districts", fail, isToken ? [] : undefined).map((d, i) => {
    if (typeof d !== "string" || d.trim() === "") fail(`districts[${i}]`, "must be a non-empty name");
    return String(d).trim();
  });
  reportDuplicates(districts, "districts", fail);
  if (!isToken && districts.length === 0) fail("districts", "a membership fund needs at least one district");

  const votingDelay = duration(input, "votingDelay", fail, { min: 1, max: MAX_UINT48 });
  const votingPeriod = duration(input, "votingPeriod", fail, { min: 1, max: MAX_UINT32 });
  const lateQuorumExtension = duration(input, "lateQuorumExtension", fail, { min: 0, max: MAX_UINT48 });
  const timelockDelay = duration(input, "timelockDelay", fail, { min: 1, max: MAX_UINT48 });
  if (votingPeriod !== undefined && lateQuorumExtension !== undefined && lateQuorumExtension > votingPeriod) {
    fail("lateQuorumExtension", `must not be longer than votingPeriod (${votingPeriod} s)`);
  }

  const quorumPercent = input.quorumPercent;
  if (
    typeof quorumPercent !== "number" ||
    !Number.isInteger(quorumPercent) ||
    quorumPercent < 1 ||
    quorumPercent > 100
  ) {
    fail("quorumPercent", `must be a whole number from 1 to 100, got ${JSON.stringify(quorumPercent)}`);
  }

  const proposalThreshold = amount(input, "proposalThreshold", fail, isToken ? TOKEN_DECIMALS : 0);

  const registrars = list(input, "registrars", fail, []).map((a, i) => address(a, `registrars[${i}]`, fail));
  reportDuplicates(registrars, "registrars", fail);
  if (!isToken && registrars.length === 0) {
    fail("registrars", "a membership fund needs at least one registrar to admit members");
  }
  const registrarContact = input.registrarContact === undefined ? "" : text(input, "registrarContact", fail);

  const guardian =
    input.guardian === undefined || input.guardian === null ? null : address(input.guardian, "guardian", fail);

  const members = list(input, "members", fail, []).map((m, i): MemberEntry => {
    const field = `members[${i}]`;
    if (!isObject(m))
      return (fail(field, "must be an object with account and district"), { account: "", district: "" });
    const account = address(m.account, `${field}.account`, fail);
    const district = typeof m.district === "string" ? m.district.trim() : "";
    if (!districts.includes(district)) {
      fail(
        `${field}.district`,
        `unknown district ${JSON.stringify(m.district)} (known: ${districts.join(", ") || "none"})`,
      );
    }
    return { account, district };
  });
  reportDuplicates(
    members.map((m) => m.account),
    "members",
    fail,
    (i) => `members[${i}].account`,
  );
  if (isToken && members.length > 0) fail("members", "a token-weighted fund has holders (token.holders), not members");

  let token: FundConfig["token"] = null;
  if (isToken) {
    const t = isObject(input.token) ? input.token : (fail("token", "a token-weighted fund needs a token section"), {});
    const holders = list(t, "holders", (f, m) => fail(`token.${f}`, m), []).map((h, i): TokenHolder => {
      const field = `token.holders[${i}]`;
      if (!isObject(h)) return (fail(field, "must be an object with account and amount"), { account: "", amount: 0n });
      return {
        account: address(h.account, `${field}.account`, fail),
        amount: amount(h, "amount", (f, msg) => fail(`${field}.${f}`, msg), TOKEN_DECIMALS) ?? 0n,
      };
    });
    reportDuplicates(
      holders.map((h) => h.account),
      "token.holders",
      fail,
      (i) => `token.holders[${i}].account`,
    );
    const tokenName = text(t, "name", (f, m) => fail(`token.${f}`, m));
    signingDomainName(tokenName, "token.name", fail);
    token = {
      name: tokenName,
      symbol: text(t, "symbol", (f, m) => fail(`token.${f}`, m)),
      holders,
    };
  } else if (input.token !== undefined) {
    fail("token", 'only a token-weighted fund (votingMode "token") has a token section');
  }

  const assets = list(input, "assets", fail, []).map((a, i): TrackedAsset => {
    const field = `assets[${i}]`;
    if (!isObject(a)) return (fail(field, "must be an object with symbol and address"), { symbol: "", address: "" });
    return {
      symbol: text(a, "symbol", (f, m) => fail(`${field}.${f}`, m)),
      address: address(a.address, `${field}.address`, fail),
    };
  });

  const verifiers = list(input, "verifiers", fail, []).map((a, i) => address(a, `verifiers[${i}]`, fail));
  reportDuplicates(verifiers, "verifiers", fail);
  const requireVerifiedPayees = input.requireVerifiedPayees ?? false;
  if (typeof requireVerifiedPayees !== "boolean") {
    fail("requireVerifiedPayees", `must be true or false, got ${JSON.stringify(requireVerifiedPayees)}`);
  } else if (requireVerifiedPayees && verifiers.length === 0) {
    fail("requireVerifiedPayees", "needs at least one verifier (verifiers), or nobody could ever be paid");
  }
  const stewards = list(input, "stewards", fail, []).map((a, i) => address(a, `stewards[${i}]`, fail));
  reportDuplicates(stewards, "stewards", fail);
  const milestoneVetoWindow =
    input.milestoneVetoWindow === undefined
      ? 2 * 24 * 3600
      : duration(input, "milestoneVetoWindow", fail, { min: 0, max: MAX_UINT48 });

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    name,
    votingMode: votingMode as VotingMode,
    districts,
    votingDelay: votingDelay!,
    votingPeriod: votingPeriod!,
    lateQuorumExtension: lateQuorumExtension!,
    timelockDelay: timelockDelay!,
    quorumPercent: quorumPercent as number,
    proposalThreshold: proposalThreshold!,
    registrars,
    registrarContact,
    guardian,
    members,
    token,
    assets,
    verifiers,
    requireVerifiedPayees: requireVerifiedPayees as boolean,
    stewards,
    milestoneVetoWindow: milestoneVetoWindow!,
  };
}

/** The configuration as plain JSON (bigints as decimal strings), for the deployments file. */
export function configToJson(config: FundConfig): FundConfigJson {
  return JSON.parse(JSON.stringify(config, (_key, value) => (typeof value === "bigint" ? value.toString() : value)));
}

/* ------------------------------------ field readers ------------------------------------ */

type Fail = (field: string, message: string) => void;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(input: Json, field: string, fail: Fail): string {
  const value = input[field];
  if (typeof value !== "string" || value.trim() === "") {
    fail(field, "must be a non-empty string");
    return "";
  }
  return value.trim();
}

/** The governor and the token use their names as EIP-712 domain names, which OpenZeppelin caps at 31 bytes. */
function signingDomainName(name: string, field: string, fail: Fail): void {
  const bytes = Buffer.byteLength(name, "utf8");
  if (bytes > 31) fail(field, `must be at most 31 bytes (it names the contract's signing domain), got ${bytes}`);
}

function list(input: Json, field: string, fail: Fail, fallback?: unknown[]): unknown[] {
  const value = input[field];
  if (value === undefined && fallback !== undefined) return fallback;
  if (!Array.isArray(value)) {
    fail(field, "must be a list");
    return [];
  }
  return value;
}

function address(value: unknown, field: string, fail: Fail): string {
  if (typeof value !== "string" || !/^0x[0-9a-fA-F]{40}$/.test(value)) {
    fail(field, `must be an address (0x followed by 40 hex digits), got ${JSON.stringify(value)}`);
    return "";
  }
  const written: string = value; // isAddress narrows `value` to never when it fails
  if (!isAddress(written)) {
    fail(field, `has a wrong checksum (did you mean ${getAddress(value.toLowerCase())}?)`);
    return "";
  }
  const checksummed = getAddress(value);
  if (checksummed === ZeroAddress) fail(field, "must not be the zero address");
  return checksummed;
}

function duration(input: Json, field: string, fail: Fail, range: { min: number; max: number }): number | undefined {
  const value = input[field];
  let seconds: number;
  try {
    seconds = parseDuration(value);
  } catch (error) {
    fail(field, (error as Error).message);
    return undefined;
  }
  if (seconds < range.min) {
    fail(field, range.min === 1 ? "must be longer than zero" : `must be at least ${range.min} s`);
    return undefined;
  }
  if (seconds > range.max) {
    fail(field, `must be at most ${range.max} s`);
    return undefined;
  }
  return seconds;
}

function amount(input: Json, field: string, fail: Fail, decimals: number): bigint | undefined {
  const value = input[field];
  const written = typeof value === "number" ? String(value) : value;
  if (typeof written !== "string" || !/^\d+(\.\d+)?$/.test(written.trim())) {
    fail(field, `must be a non-negative number${decimals === 0 ? " of votes" : ""}, got ${JSON.stringify(value)}`);
    return undefined;
  }
  if (decimals === 0 && written.includes(".")) {
    fail(field, "must be a whole number of votes");
    return undefined;
  }
  try {
    return parseUnits(written.trim(), decimals);
  } catch {
    fail(field, `has more than ${decimals} decimals`);
    return undefined;
  }
}

function reportDuplicates(values: string[], field: string, fail: Fail, at = (i: number) => `${field}[${i}]`): void {
  const seen = new Map<string, number>();
  values.forEach((value, i) => {
    if (value === "") return;
    const key = value.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else fail(at(i), `duplicate of ${at(first)} (${value})`);
  });
}
