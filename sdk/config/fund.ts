import { zeroAddress, type Address } from "viem";
import type { FundConfigJson, TrackedAsset, VotingMode } from "../deployment";
import { FieldReader, isObject, MAX_UINT32, MAX_UINT48, type Json } from "./fields";
import { parseMajority, SIMPLE_MAJORITY, type Majority } from "../model/majority";

export type { TrackedAsset, VotingMode } from "../deployment";

export interface MemberEntry {
  account: Address;
  district: string;
}

export interface TokenHolder {
  account: Address;
  /** In the token's smallest unit (18 decimals). */
  amount: bigint;
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
  /** The share of For among For + Against a proposal needs (default one half: more For than Against). */
  majority: Majority;
  /** Votes needed to propose, in the voting source's units (members, or token base units). */
  proposalThreshold: bigint;
  registrars: Address[];
  /** How a resident asks to join (shown by the dApp to non-members). */
  registrarContact: string;
  guardian: Address | null;
  members: MemberEntry[];
  token: { name: string; symbol: string; holders: TokenHolder[] } | null;
  assets: TrackedAsset[];
  /** Who may attest payees (staff who check a business register). */
  verifiers: Address[];
  /** Whether every payout needs a verified payee from the start (governance can change it). */
  requireVerifiedPayees: boolean;
  /** Who may mark milestones delivered. */
  stewards: Address[];
  /** Seconds between a milestone's delivery and its release, in which the guardian can stop it. */
  milestoneVetoWindow: number;
  /** How many members registrars may admit per period (seconds); the members admit more by proposal. */
  admissionLimit: { count: number; period: number };
  /** The content service's signers, which anchor its erasure log on chain (they can do nothing else). */
  erasureAnchorers: Address[];
  /** Whether to deploy passkey accounts (ERC-4337; needs the EntryPoint v0.8 on the chain). */
  passkeyAccounts: boolean;
  /**
   * The paymaster that pays members' gas (membership funds with passkey accounts); null: none.
   * `maxFeePerGas` (wei per gas) caps what one unit of a member's budget may cost the fund.
   */
  sponsorship: { gasPerPeriod: number; period: number; maxFeePerGas: bigint } | null;
}

export const TOKEN_DECIMALS = 18;
const TWO_DAYS = 2 * 24 * 3600;

/**
 * Checks a fund configuration read from JSON and returns it normalised. Throws a ConfigError
 * ("Invalid fund configuration") that lists every problem found, not just the first, before
 * anything touches a chain.
 */
export function parseFundConfig(raw: unknown): FundConfig {
  const f = new FieldReader("fund configuration");
  const input = f.object(raw, "(root)", "a JSON object");

  const name = f.text(input.name, "name");
  signingDomainName(f, name, "name");
  const votingMode = f.oneOf(input.votingMode ?? "membership", "votingMode", ["membership", "token"] as const);
  const isToken = votingMode === "token";

  const districts = f.list(input.districts, "districts", { fallback: isToken ? [] : undefined }).map((d, i) => {
    if (typeof d !== "string" || d.trim() === "") f.fail(`districts[${i}]`, "must be a non-empty name");
    return String(d).trim();
  });
  f.duplicates(districts, "districts");
  if (!isToken && districts.length === 0) f.fail("districts", "a membership fund needs at least one district");

  const votingDelay = f.duration(input.votingDelay, "votingDelay", { min: 1, max: MAX_UINT48 });
  const votingPeriod = f.duration(input.votingPeriod, "votingPeriod", { min: 1, max: MAX_UINT32 });
  const lateQuorumExtension = f.duration(input.lateQuorumExtension, "lateQuorumExtension", { min: 0, max: MAX_UINT48 });
  const timelockDelay = f.duration(input.timelockDelay, "timelockDelay", { min: 1, max: MAX_UINT48 });
  if (votingPeriod !== undefined && lateQuorumExtension !== undefined && lateQuorumExtension > votingPeriod)
    f.fail("lateQuorumExtension", `must not be longer than votingPeriod (${votingPeriod} s)`);

  const quorumPercent = f.wholeNumber(input.quorumPercent, "quorumPercent", { min: 1, max: 100 });
  const majority = readMajority(f, input.majority);
  const proposalThreshold = f.amount(input.proposalThreshold, "proposalThreshold", {
    decimals: isToken ? TOKEN_DECIMALS : 0,
    positive: false,
    unit: isToken ? "tokens" : "votes",
  });
  // With 0 any address could propose: the threshold is what makes proposing a stakeholder's act.
  if (proposalThreshold === 0n) f.fail("proposalThreshold", "must be at least 1: with 0 anyone could propose");

  const registrars = f
    .list(input.registrars, "registrars", { fallback: [] })
    .map((a, i) => f.address(a, `registrars[${i}]`));
  f.duplicates(registrars, "registrars");
  if (!isToken && registrars.length === 0)
    f.fail("registrars", "a membership fund needs at least one registrar to admit members");
  const registrarContact =
    input.registrarContact === undefined ? "" : f.text(input.registrarContact, "registrarContact");

  const guardian =
    input.guardian === undefined || input.guardian === null ? null : f.address(input.guardian, "guardian");

  const members = f.list(input.members, "members", { fallback: [] }).map((m, i): MemberEntry => {
    const field = `members[${i}]`;
    const member = f.object(m, field, "an object with account and district");
    if (member !== m) return { account: zeroAddress, district: "" };
    const account = f.address(member.account, `${field}.account`);
    const district = typeof member.district === "string" ? member.district.trim() : "";
    if (!districts.includes(district))
      f.fail(
        `${field}.district`,
        `unknown district ${JSON.stringify(member.district)} (known: ${districts.join(", ") || "none"})`,
      );
    return { account, district };
  });
  f.duplicates(
    members.map((m) => m.account),
    "members",
    (i) => `members[${i}].account`,
  );
  if (isToken && members.length > 0)
    f.fail("members", "a token-weighted fund has holders (token.holders), not members");

  let token: FundConfig["token"] = null;
  if (isToken) {
    const t = isObjectOrFail(f, input.token, "token", "a token-weighted fund needs a token section");
    const holders = f.list(t.holders, "token.holders", { fallback: [] }).map((h, i): TokenHolder => {
      const field = `token.holders[${i}]`;
      const holder = f.object(h, field, "an object with account and amount");
      if (holder !== h) return { account: zeroAddress, amount: 0n };
      return {
        account: f.address(holder.account, `${field}.account`),
        amount:
          f.amount(holder.amount, `${field}.amount`, { decimals: TOKEN_DECIMALS, positive: false, unit: "tokens" }) ??
          0n,
      };
    });
    f.duplicates(
      holders.map((h) => h.account),
      "token.holders",
      (i) => `token.holders[${i}].account`,
    );
    const tokenName = f.text(t.name, "token.name");
    signingDomainName(f, tokenName, "token.name");
    token = { name: tokenName, symbol: f.text(t.symbol, "token.symbol"), holders };
  } else if (input.token !== undefined) {
    f.fail("token", 'only a token-weighted fund (votingMode "token") has a token section');
  }

  const assets = f.list(input.assets, "assets", { fallback: [] }).map((a, i): TrackedAsset => {
    const field = `assets[${i}]`;
    const asset = f.object(a, field, "an object with symbol and address");
    if (asset !== a) return { symbol: "", address: zeroAddress };
    return { symbol: f.text(asset.symbol, `${field}.symbol`), address: f.address(asset.address, `${field}.address`) };
  });

  const verifiers = f
    .list(input.verifiers, "verifiers", { fallback: [] })
    .map((a, i) => f.address(a, `verifiers[${i}]`));
  f.duplicates(verifiers, "verifiers");
  const requireVerifiedPayees = f.boolean(input.requireVerifiedPayees, "requireVerifiedPayees", false);
  if (requireVerifiedPayees && verifiers.length === 0)
    f.fail("requireVerifiedPayees", "needs at least one verifier (verifiers), or nobody could ever be paid");
  const stewards = f.list(input.stewards, "stewards", { fallback: [] }).map((a, i) => f.address(a, `stewards[${i}]`));
  f.duplicates(stewards, "stewards");
  const milestoneVetoWindow = f.duration(input.milestoneVetoWindow, "milestoneVetoWindow", {
    min: 0,
    max: MAX_UINT48,
    fallback: TWO_DAYS,
  });

  const admissionLimit = readAdmissionLimit(f, input.admissionLimit);
  const erasureAnchorers = f
    .list(input.erasureAnchorers, "erasureAnchorers", { fallback: [] })
    .map((a, i) => f.address(a, `erasureAnchorers[${i}]`));
  f.duplicates(erasureAnchorers, "erasureAnchorers");

  const passkeyAccounts = f.boolean(input.passkeyAccounts, "passkeyAccounts", false);
  const sponsorship =
    input.sponsorship === undefined || input.sponsorship === null ? null : readSponsorship(f, input.sponsorship);
  if (sponsorship && isToken) f.fail("sponsorship", "the paymaster sponsors members: a membership fund only");
  if (sponsorship && !passkeyAccounts)
    f.fail("sponsorship", "needs passkeyAccounts: true (it pays for accounts' operations)");

  f.done();
  return {
    name,
    votingMode: votingMode!,
    districts,
    votingDelay: votingDelay!,
    votingPeriod: votingPeriod!,
    lateQuorumExtension: lateQuorumExtension!,
    timelockDelay: timelockDelay!,
    quorumPercent: quorumPercent!,
    majority,
    proposalThreshold: proposalThreshold!,
    registrars,
    registrarContact,
    guardian,
    members,
    token,
    assets,
    verifiers,
    requireVerifiedPayees,
    stewards,
    milestoneVetoWindow: milestoneVetoWindow!,
    admissionLimit: admissionLimit!,
    erasureAnchorers,
    passkeyAccounts,
    sponsorship,
  };
}

/** `majority`: "2/3" or "60 %"; left out, the simple majority (more For than Against). */
function readMajority(f: FieldReader, value: unknown): Majority {
  if (value === undefined) return SIMPLE_MAJORITY;
  try {
    return parseMajority(value);
  } catch (error) {
    f.fail("majority", (error as Error).message);
    return SIMPLE_MAJORITY;
  }
}

/**
 * The paymaster's fee cap when the config names none: above what Ethereum's fee usually is, far
 * above a rollup's, and bounding a member's period at `gasPerPeriod` × 10 gwei (0.1 ETH for 10
 * million gas). Members change it by proposal (`setMaxFeePerGas`).
 */
export const DEFAULT_MAX_FEE_PER_GAS = "10 gwei";

/**
 * `sponsorship`: `{ "gasPerPeriod": 3000000, "period": "30 days", "maxFeePerGas": "10 gwei" }`:
 * gas per member per period, and the most the fund pays per gas (DEFAULT_MAX_FEE_PER_GAS if left out).
 */
function readSponsorship(f: FieldReader, value: unknown): FundConfig["sponsorship"] {
  const s = f.object(
    value,
    "sponsorship",
    'an object like { "gasPerPeriod": 3000000, "period": "30 days", "maxFeePerGas": "10 gwei" }',
  );
  const gasPerPeriod = f.wholeNumber(s.gasPerPeriod, "sponsorship.gasPerPeriod", {
    min: 1,
    max: Number.MAX_SAFE_INTEGER,
  });
  const period = f.duration(s.period, "sponsorship.period", { min: 1, max: MAX_UINT48 });
  const maxFeePerGas = f.feePerGas(s.maxFeePerGas, "sponsorship.maxFeePerGas", DEFAULT_MAX_FEE_PER_GAS);
  return gasPerPeriod === undefined || period === undefined || maxFeePerGas === undefined
    ? null
    : { gasPerPeriod, period, maxFeePerGas };
}

/** By default registrars may admit 100 members a week; more take a proposal. */
const DEFAULT_ADMISSIONS = { count: 100, period: "7 days" };

/** `admissionLimit`: `{ "count": 50, "period": "7 days" }`. */
function readAdmissionLimit(f: FieldReader, value: unknown): FundConfig["admissionLimit"] | undefined {
  const limit = f.object(
    value ?? DEFAULT_ADMISSIONS,
    "admissionLimit",
    'an object like { "count": 50, "period": "7 days" }',
  );
  const count = f.wholeNumber(limit.count, "admissionLimit.count", { min: 0, max: MAX_UINT32 });
  const period = f.duration(limit.period, "admissionLimit.period", { min: 1, max: MAX_UINT32 });
  return count === undefined || period === undefined ? undefined : { count, period };
}

/** The configuration as plain JSON (bigints as decimal strings), for the deployments file. */
export function configToJson(config: FundConfig): FundConfigJson {
  return JSON.parse(JSON.stringify(config, (_key, value) => (typeof value === "bigint" ? value.toString() : value)));
}

/** A section that must be there, with its own message when it is missing or not an object. */
function isObjectOrFail(f: FieldReader, value: unknown, field: string, message: string): Json {
  if (isObject(value)) return value;
  f.fail(field, message);
  return {};
}

/** The governor and the token use their names as EIP-712 domain names, which OpenZeppelin caps at 31 bytes. */
function signingDomainName(f: FieldReader, name: string, field: string): void {
  const bytes = new TextEncoder().encode(name).length;
  if (bytes > 31) f.fail(field, `must be at most 31 bytes (it names the contract's signing domain), got ${bytes}`);
}
