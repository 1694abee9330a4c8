import { getAddress, isAddress, parseUnits, ZeroAddress } from "ethers";
import { parseDuration } from "../deploy/duration";
import { POOL_KINDS, type MilestoneGrantPlan, type PoolParams } from "./stewards";

/**
 * The JSON files behind `pool:propose` (config/pool-demo.json) and `milestone:propose`
 * (config/milestone-demo.json). Each is checked whole before anything is sent, and every
 * problem is reported with its field.
 */

export interface StewardsConfigContext {
  /** The asset, already resolved from its symbol or address. */
  asset: { address: string; decimals: number };
  /** Unix seconds now, and the earliest a proposal made now can be executed. */
  now: number;
  earliestExecution: number;
}

export interface PoolConfig {
  title: string;
  description: string;
  params: PoolParams;
  budget: bigint;
}

export interface MilestoneConfig {
  title: string;
  description: string;
  plan: MilestoneGrantPlan;
}

/** The largest committee and the most milestones, as the contracts allow. */
const MAX_COMMITTEE = 15;
const MAX_MILESTONES = 16;

type Fail = (field: string, message: string) => void;

function collector() {
  const problems: string[] = [];
  const fail: Fail = (field, message) => problems.push(`${field}: ${message}`);
  const done = (what: string) => {
    if (problems.length > 0) throw new Error(`Invalid ${what}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  };
  return { fail, done };
}

function object(raw: unknown): Record<string, unknown> {
  return (typeof raw === "object" && raw !== null && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
}

function text(input: Record<string, unknown>, field: string, fail: Fail): string {
  const value = input[field];
  if (typeof value === "string" && value.trim()) return value.trim();
  fail(field, "must be a non-empty text");
  return "";
}

function amount(value: unknown, field: string, decimals: number, fail: Fail): bigint {
  try {
    const parsed = parseUnits(String(value), decimals);
    if (parsed > 0n && (typeof value === "string" || typeof value === "number")) return parsed;
  } catch {
    // reported below
  }
  fail(field, `must be a positive amount in whole units, e.g. "5000", got ${JSON.stringify(value)}`);
  return 0n;
}

function address(value: unknown, field: string, fail: Fail): string {
  if (typeof value === "string" && isAddress(value) && getAddress(value) !== ZeroAddress) return getAddress(value);
  fail(field, `must be an address, got ${JSON.stringify(value)}`);
  return ZeroAddress;
}

/** A time as an ISO date ("2026-12-20T12:00:00Z") or as a duration from now ("+180 days"). */
export function parseTime(value: unknown, now: number): number {
  if (typeof value === "string" && value.trim().startsWith("+"))
    return now + parseDuration(value.trim().slice(1).trim());
  if (typeof value === "string" && !Number.isNaN(Date.parse(value))) return Math.floor(Date.parse(value) / 1000);
  throw new Error(`must be an ISO date or "+<duration>", got ${JSON.stringify(value)}`);
}

/** Checks a pool file: its kind, name and mandate, budget and cap, end date and committee. */
export function parsePoolConfig(raw: unknown, context: StewardsConfigContext): PoolConfig {
  const { fail, done } = collector();
  const input = object(raw);
  const kind = POOL_KINDS.indexOf(input.kind as (typeof POOL_KINDS)[number]);
  if (kind < 0) fail("kind", `must be ${POOL_KINDS.join(" or ")}, got ${JSON.stringify(input.kind)}`);
  const name = text(input, "name", fail);
  const mandate = text(input, "mandate", fail);
  const description = typeof input.description === "string" ? input.description : "";
  const budget = amount(input.budget, "budget", context.asset.decimals, fail);
  const cap = amount(input.capPerGrant, "capPerGrant", context.asset.decimals, fail);
  if (budget > 0n && cap > budget) fail("capPerGrant", "must be at most the budget");

  let endsAt = 0;
  try {
    endsAt = parseTime(input.endsAt, context.now);
    if (endsAt <= context.earliestExecution)
      fail(
        "endsAt",
        `must be after the proposal can be executed (${new Date(context.earliestExecution * 1000).toISOString()}), or the pool would never be open`,
      );
  } catch (error) {
    fail("endsAt", (error as Error).message);
  }

  const committee = Array.isArray(input.committee)
    ? input.committee.map((member, i) => address(member, `committee[${i}]`, fail))
    : [];
  if (committee.length === 0 || committee.length > MAX_COMMITTEE)
    fail("committee", `must list 1 to ${MAX_COMMITTEE} addresses, got ${committee.length}`);
  committee.forEach((member, i) => {
    if (member !== ZeroAddress && committee.indexOf(member) < i) fail(`committee[${i}]`, `${member} is listed twice`);
  });
  const threshold = input.threshold;
  if (typeof threshold !== "number" || !Number.isInteger(threshold) || threshold < 1 || threshold > committee.length)
    fail(
      "threshold",
      `must be a whole number from 1 to ${committee.length} (the committee), got ${JSON.stringify(threshold)}`,
    );

  done("pool");
  return {
    title: name,
    description,
    budget,
    params: {
      kind,
      name,
      mandate,
      token: context.asset.address,
      capPerGrant: cap,
      endsAt,
      committee,
      threshold: threshold as number,
    },
  };
}

/** Checks a milestone grant file: title, payee and 1–16 milestones with amounts and descriptions. */
export function parseMilestoneConfig(raw: unknown, context: Pick<StewardsConfigContext, "asset">): MilestoneConfig {
  const { fail, done } = collector();
  const input = object(raw);
  const title = text(input, "title", fail);
  const description = typeof input.description === "string" ? input.description : "";
  const payee = address(input.payee, "payee", fail);
  const list = Array.isArray(input.milestones) ? input.milestones : [];
  if (list.length === 0 || list.length > MAX_MILESTONES)
    fail("milestones", `must list 1 to ${MAX_MILESTONES} milestones, got ${list.length}`);
  const milestones = list.map((m, i) => {
    const milestone = object(m);
    return {
      amount: amount(milestone.amount, `milestones[${i}].amount`, context.asset.decimals, fail),
      description: text(milestone, "description", (field, message) => fail(`milestones[${i}].${field}`, message)),
    };
  });
  done("milestone grant");
  return { title, description, plan: { payee, token: context.asset.address, title, milestones } };
}
