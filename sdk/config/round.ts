import { zeroAddress, type Address } from "viem";
import { TEXT_KINDS } from "../content/kinds";
import type { RoundParams } from "../proposals/rounds";
import { FieldReader, MAX_UINT32 } from "./fields";

/** A round as a JSON file describes it (see config/round-demo.json); `parseRoundConfig` checks it. */
export interface RoundConfig {
  title: string;
  description: string;
  /** How ideas are chosen (allocation criteria), fixed before ideas are collected; "" for none. */
  criteria: string;
  params: RoundParams;
}

export interface RoundContext {
  /** The membership's district names, in id order. */
  districts: readonly string[];
  /** The asset: its address and decimals (already resolved from a symbol or address). */
  asset: { address: Address; decimals: number };
  /** Unix seconds now, and the earliest a proposal made now can be executed. */
  now: number;
  earliestExecution: number;
  /** The governor's guardian, used when the file names none. */
  guardian: Address;
  /** The fund's default allocation rule. */
  rule: Address;
}

/** The most ideas a district may take in one round (BudgetRound checks the same). */
const MAX_IDEAS_PER_DISTRICT = 64;
const TWO_DAYS = 2 * 24 * 3600;
const NINETY_DAYS = 90 * 24 * 3600;

/**
 * Checks a round file and turns it into the parameters the factory takes. Every problem is
 * reported with its field, before anything is sent ("Invalid round"): an unknown district, a
 * schedule that would start before the proposal could pass, picks out of range.
 */
export function parseRoundConfig(raw: unknown, context: RoundContext): RoundConfig {
  const f = new FieldReader("round");
  const input = f.object(raw, "(root)", "a JSON object");

  const title = f.text(input.title, "title");
  const description = f.optionalText(input.description, "description");
  // Kept with the proposal's text in the content service (TEXT_KINDS.roundProposal): checked
  // here too, so a long one is named by its field before anything is written.
  const criteria = f.optionalText(input.criteria, "criteria").trim();
  const maxCriteria = TEXT_KINDS.roundProposal.fields.criteria;
  if ([...criteria.normalize("NFC")].length > maxCriteria)
    f.fail("criteria", `must be at most ${maxCriteria} characters, got ${[...criteria.normalize("NFC")].length}`);

  const districts: number[] = [];
  const budgets: bigint[] = [];
  const budgetInput = input.districts;
  if (
    typeof budgetInput !== "object" ||
    budgetInput === null ||
    Array.isArray(budgetInput) ||
    !Object.keys(budgetInput).length
  ) {
    f.fail("districts", 'must map district names to budgets, e.g. { "Skovlunde": "250000" }');
  } else {
    for (const [name, written] of Object.entries(budgetInput)) {
      const id = context.districts.indexOf(name);
      if (id < 0) f.fail(`districts.${name}`, `unknown district (known: ${context.districts.join(", ")})`);
      const budget = f.amount(written, `districts.${name}`, { decimals: context.asset.decimals, positive: true });
      if (budget !== undefined) {
        districts.push(id);
        budgets.push(budget);
      }
    }
  }

  const ideasEnd = f.time(input.ideasEnd, "ideasEnd", context.now);
  const reviewEnd = f.time(input.reviewEnd, "reviewEnd", context.now);
  const votingEnd = f.time(input.votingEnd, "votingEnd", context.now);
  if (ideasEnd !== undefined && ideasEnd <= context.earliestExecution)
    f.fail(
      "ideasEnd",
      `must be after the proposal can be executed (${new Date(context.earliestExecution * 1000).toISOString()}), or the round could never open`,
    );
  if (reviewEnd !== undefined && ideasEnd !== undefined && reviewEnd <= ideasEnd)
    f.fail("reviewEnd", "must be after ideasEnd");
  if (votingEnd !== undefined && reviewEnd !== undefined && votingEnd <= reviewEnd)
    f.fail("votingEnd", "must be after reviewEnd");

  const challengeDelay = f.duration(input.challengeDelay, "challengeDelay", {
    min: 0,
    max: MAX_UINT32,
    fallback: TWO_DAYS,
  });

  // Winners not paid within the payout window (a payee that cannot be paid) go back to the treasury.
  const payoutWindow = f.duration(input.payoutWindow, "payoutWindow", {
    min: 1,
    max: MAX_UINT32,
    fallback: NINETY_DAYS,
  });

  const maxIdeasPerDistrict =
    f.wholeNumber(input.maxIdeasPerDistrict, "maxIdeasPerDistrict", {
      min: 1,
      max: MAX_IDEAS_PER_DISTRICT,
      fallback: 16,
    }) ?? 16;
  const maxPicks = f.wholeNumber(input.maxPicks, "maxPicks", { min: 1, max: maxIdeasPerDistrict, fallback: 5 }) ?? 5;
  const minPicks = f.wholeNumber(input.minPicks, "minPicks", { min: 1, max: maxPicks, fallback: 1 }) ?? 1;
  // No member can fill a district's slots; an idea needs support to be funded.
  const maxIdeasPerMember =
    f.wholeNumber(input.maxIdeasPerMember, "maxIdeasPerMember", {
      min: 1,
      max: maxIdeasPerDistrict,
      fallback: Math.min(3, maxIdeasPerDistrict),
    }) ?? 1;
  const minApprovals = f.wholeNumber(input.minApprovals, "minApprovals", { min: 1, max: MAX_UINT32, fallback: 1 }) ?? 1;

  const reviewers = f
    .list(input.reviewers, "reviewers", { fallback: [] })
    .map((r, i) => f.address(r, `reviewers[${i}]`));
  if (reviewers.length === 0) f.fail("reviewers", "a round needs at least one reviewer");
  f.duplicates(reviewers, "reviewers");
  const guardian: Address =
    input.guardian === undefined
      ? context.guardian
      : input.guardian === null
        ? zeroAddress
        : f.address(input.guardian, "guardian");
  const anyMemberMaySubmit = f.boolean(input.anyMemberMaySubmit, "anyMemberMaySubmit", false);

  f.done();
  return {
    title,
    description,
    criteria,
    params: {
      asset: context.asset.address,
      districts,
      budgets,
      ideasEnd: ideasEnd!,
      reviewEnd: reviewEnd!,
      votingEnd: votingEnd!,
      challengeDelay: challengeDelay!,
      payoutWindow: payoutWindow!,
      minPicks,
      maxPicks,
      maxIdeasPerDistrict,
      maxIdeasPerMember,
      minApprovals,
      anyMemberMaySubmit,
      reviewers,
      guardian,
      rule: context.rule,
    },
  };
}
