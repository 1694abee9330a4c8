import { getAddress, isAddress, parseUnits } from "ethers";
import { parseDuration } from "../deploy/duration";
import type { RoundParams } from "./rounds";

/** A round as a JSON file describes it (see config/round-demo.json); `parseRoundConfig` checks it. */
export interface RoundConfig {
  title: string;
  description: string;
  params: RoundParams;
}

export interface RoundContext {
  /** The membership's district names, in id order. */
  districts: readonly string[];
  /** The asset: its address and decimals (already resolved from a symbol or address). */
  asset: { address: string; decimals: number };
  /** Unix seconds now, and the earliest a proposal made now can be executed. */
  now: number;
  earliestExecution: number;
  /** The governor's guardian, used when the file names none. */
  guardian: string;
  /** The fund's default allocation rule. */
  rule: string;
}

/** A time as an ISO date ("2026-12-20T12:00:00Z") or as a duration from now ("+12 days"). */
function time(value: unknown, now: number): number {
  if (typeof value === "string" && value.trim().startsWith("+"))
    return now + parseDuration(value.trim().slice(1).trim());
  if (typeof value === "string" && !Number.isNaN(Date.parse(value))) return Math.floor(Date.parse(value) / 1000);
  throw new Error(`must be an ISO date or "+<duration>", got ${JSON.stringify(value)}`);
}

/**
 * Checks a round file and turns it into the parameters the factory takes. Every problem is
 * reported with its field, before anything is sent: an unknown district, a schedule that
 * would start before the proposal could pass, picks out of range.
 */
export function parseRoundConfig(raw: unknown, context: RoundContext): RoundConfig {
  const problems: string[] = [];
  const fail = (field: string, message: string) => problems.push(`${field}: ${message}`);
  const input = (typeof raw === "object" && raw !== null && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;

  const title =
    typeof input.title === "string" && input.title.trim()
      ? input.title.trim()
      : (fail("title", "must be a non-empty string"), "");
  const description = typeof input.description === "string" ? input.description : "";

  const districts: number[] = [];
  const budgets: bigint[] = [];
  const budgetInput = input.districts;
  if (
    typeof budgetInput !== "object" ||
    budgetInput === null ||
    Array.isArray(budgetInput) ||
    Object.keys(budgetInput).length === 0
  ) {
    fail("districts", 'must map district names to budgets, e.g. { "Skovlunde": "250000" }');
  } else {
    for (const [name, amount] of Object.entries(budgetInput)) {
      const id = context.districts.indexOf(name);
      if (id < 0) fail(`districts.${name}`, `unknown district (known: ${context.districts.join(", ")})`);
      try {
        const value = parseUnits(String(amount), context.asset.decimals);
        if (value <= 0n) throw new Error();
        districts.push(id);
        budgets.push(value);
      } catch {
        fail(`districts.${name}`, `must be a positive amount, got ${JSON.stringify(amount)}`);
      }
    }
  }

  const times: Record<string, number> = {};
  for (const field of ["ideasEnd", "reviewEnd", "votingEnd"]) {
    try {
      times[field] = time(input[field], context.now);
    } catch (error) {
      fail(field, (error as Error).message);
    }
  }
  if (times.ideasEnd !== undefined && times.ideasEnd <= context.earliestExecution) {
    fail(
      "ideasEnd",
      `must be after the proposal can be executed (${new Date(context.earliestExecution * 1000).toISOString()}), or the round could never open`,
    );
  }
  if (times.reviewEnd !== undefined && times.ideasEnd !== undefined && times.reviewEnd <= times.ideasEnd)
    fail("reviewEnd", "must be after ideasEnd");
  if (times.votingEnd !== undefined && times.reviewEnd !== undefined && times.votingEnd <= times.reviewEnd)
    fail("votingEnd", "must be after reviewEnd");

  let challengeDelay = 0;
  try {
    challengeDelay = parseDuration(input.challengeDelay ?? "2 days");
  } catch (error) {
    fail("challengeDelay", (error as Error).message);
  }

  const integer = (field: string, fallback: number, min: number, max: number) => {
    const value = input[field] ?? fallback;
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      fail(field, `must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
      return fallback;
    }
    return value;
  };
  const maxIdeasPerDistrict = integer("maxIdeasPerDistrict", 16, 1, 64);
  const maxPicks = integer("maxPicks", 5, 1, maxIdeasPerDistrict);
  const minPicks = integer("minPicks", 1, 1, maxPicks);

  const address = (value: unknown, field: string) => {
    if (typeof value !== "string" || !isAddress(value)) {
      fail(field, `must be an address, got ${JSON.stringify(value)}`);
      return "";
    }
    return getAddress(value);
  };
  const reviewers = Array.isArray(input.reviewers) ? input.reviewers.map((r, i) => address(r, `reviewers[${i}]`)) : [];
  if (reviewers.length === 0) fail("reviewers", "a round needs at least one reviewer");
  const guardian =
    input.guardian === undefined
      ? context.guardian
      : input.guardian === null
        ? "0x0000000000000000000000000000000000000000"
        : address(input.guardian, "guardian");

  if (problems.length > 0) throw new Error(`Invalid round:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  return {
    title,
    description,
    params: {
      asset: context.asset.address,
      districts,
      budgets,
      ideasEnd: times.ideasEnd,
      reviewEnd: times.reviewEnd,
      votingEnd: times.votingEnd,
      challengeDelay,
      minPicks,
      maxPicks,
      maxIdeasPerDistrict,
      anyMemberMaySubmit: input.anyMemberMaySubmit === true,
      reviewers,
      guardian,
      rule: context.rule,
    },
  };
}
