import type { Address } from "viem";
import { POOL_KINDS } from "../model/stewards";
import type { PoolSettings } from "../proposals/stewards";
import { FieldReader } from "./fields";

/**
 * The JSON files behind `pool:propose` (config/pool-demo.json) and `milestone:propose`
 * (config/milestone-demo.json). Each is checked whole before anything is sent, and every
 * problem is reported with its field.
 */

export interface StewardsConfigContext {
  /** The asset, already resolved from its symbol or address. */
  asset: { address: Address; decimals: number };
  /** Unix seconds now, and the earliest a proposal made now can be executed. */
  now: number;
  earliestExecution: number;
}

export interface PoolConfig {
  /** The proposal's title and text. */
  title: string;
  description: string;
  /** The pool's own text (its commitment goes into `settings` once the content service holds it). */
  name: string;
  mandate: string;
  settings: PoolSettings;
  budget: bigint;
}

/** A milestone grant as written, before its texts are stored and committed to. */
export interface MilestoneConfig {
  title: string;
  description: string;
  payee: Address;
  asset: Address;
  milestones: readonly { amount: bigint; description: string }[];
}

/** The largest committee and the most milestones, as the contracts allow. */
const MAX_COMMITTEE = 15;
const MAX_MILESTONES = 16;

/** Checks a pool file ("Invalid pool"): its kind, name and mandate, budget and cap, end date and committee. */
export function parsePoolConfig(raw: unknown, context: StewardsConfigContext): PoolConfig {
  const f = new FieldReader("pool");
  const input = f.object(raw, "(root)", "a JSON object");
  const kind = f.oneOf(input.kind, "kind", POOL_KINDS);
  const name = f.text(input.name, "name");
  const mandate = f.text(input.mandate, "mandate");
  const description = f.optionalText(input.description, "description");
  const decimals = context.asset.decimals;
  const budget = f.amount(input.budget, "budget", { decimals, positive: true }) ?? 0n;
  const cap = f.amount(input.capPerGrant, "capPerGrant", { decimals, positive: true }) ?? 0n;
  if (budget > 0n && cap > budget) f.fail("capPerGrant", "must be at most the budget");

  const endsAt = f.time(input.endsAt, "endsAt", context.now) ?? 0;
  if (endsAt > 0 && endsAt <= context.earliestExecution)
    f.fail(
      "endsAt",
      `must be after the proposal can be executed (${new Date(context.earliestExecution * 1000).toISOString()}), or the pool would never be open`,
    );

  const { committee, threshold } = readCommittee(f, input);

  f.done();
  return {
    title: name,
    description,
    name,
    mandate,
    budget,
    settings: {
      kind: POOL_KINDS.indexOf(kind!),
      token: context.asset.address,
      capPerGrant: cap,
      endsAt,
      committee,
      threshold,
    },
  };
}

/** A committee of 1–15 distinct addresses and how many of them must approve a grant. */
function readCommittee(f: FieldReader, input: Record<string, unknown>) {
  const committee = f
    .list(input.committee, "committee", { fallback: [], min: 1, max: MAX_COMMITTEE, items: "addresses" })
    .map((member, i) => f.address(member, `committee[${i}]`));
  f.duplicates(committee, "committee");
  const threshold =
    f.wholeNumber(input.threshold, "threshold", {
      min: 1,
      max: committee.length,
      note: "the committee",
    }) ?? 0;
  return { committee, threshold };
}

/**
 * Checks a new committee for an existing pool ("Invalid pool committee"), with the same rules
 * as a new pool's: what the dApp's change form and a file both go through.
 */
export function parsePoolCommittee(raw: unknown): { committee: Address[]; threshold: number } {
  const f = new FieldReader("pool committee");
  const result = readCommittee(f, f.object(raw, "(root)", "a JSON object"));
  f.done();
  return result;
}

/** Checks a top-up of a pool's budget ("Invalid pool top-up"): a positive amount of its asset. */
export function parsePoolTopUp(raw: unknown, asset: { decimals: number }): bigint {
  const f = new FieldReader("pool top-up");
  const input = f.object(raw, "(root)", "a JSON object");
  const amount = f.amount(input.amount, "amount", { decimals: asset.decimals, positive: true }) ?? 0n;
  f.done();
  return amount;
}

/** Checks a milestone grant file ("Invalid milestone grant"): title, payee and 1–16 milestones with amounts and descriptions. */
export function parseMilestoneConfig(raw: unknown, context: Pick<StewardsConfigContext, "asset">): MilestoneConfig {
  const f = new FieldReader("milestone grant");
  const input = f.object(raw, "(root)", "a JSON object");
  const title = f.text(input.title, "title");
  const description = f.optionalText(input.description, "description");
  const payee = f.address(input.payee, "payee");
  const list = f.list(input.milestones, "milestones", {
    fallback: [],
    min: 1,
    max: MAX_MILESTONES,
    items: "milestones",
  });
  const milestones = list.map((m, i) => {
    const milestone = f.object(m, `milestones[${i}]`, "an object with amount and description");
    if (milestone !== m) return { amount: 0n, description: "" };
    return {
      amount:
        f.amount(milestone.amount, `milestones[${i}].amount`, { decimals: context.asset.decimals, positive: true }) ??
        0n,
      description: f.text(milestone.description, `milestones[${i}].description`),
    };
  });
  f.done();
  return { title, description, payee, asset: context.asset.address, milestones };
}
