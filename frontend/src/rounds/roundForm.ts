import { TEXT_KINDS } from "@sdk/content/kinds";
import { ConfigError } from "@sdk/config/fields";
import { parseRoundConfig, type RoundConfig, type RoundContext } from "@sdk/config/round";
import type { FieldError } from "../governance/grantForm";

/**
 * The form that proposes a budget round, as a draft of the same file `round:open` reads
 * (config/round-demo.json): the draft becomes that file's object, the SDK's parseRoundConfig
 * checks it, and each problem it names is put at the form's field. The task and the dApp so
 * accept and refuse exactly the same rounds.
 */
export interface RoundDraft {
  title: string;
  /** What the round is: the proposal's body. */
  description: string;
  /** How ideas are chosen, fixed before ideas are collected. */
  criteria: string;
  /** The asset's address (an ERC-20 the treasury holds). */
  asset: string;
  /** Budget per district name in whole units; empty for a district not taking part. */
  budgets: Record<string, string>;
  /** The phases' ends as the browser's local date and time ("2027-01-31T12:00"). */
  ideasEnd: string;
  reviewEnd: string;
  votingEnd: string;
  /** Days after the results during which the guardian may stop a winner. */
  challengeDays: string;
  maxIdeasPerDistrict: string;
  maxIdeasPerMember: string;
  minApprovals: string;
  minPicks: string;
  maxPicks: string;
  /** Reviewers' addresses, one per line. */
  reviewers: string;
  /** Who may stop a winner; empty for nobody. */
  guardian: string;
  publicTitle: boolean;
}

/** The draft's fields an error can be put at; `budget.<district>` for a district's budget. */
export type RoundField = Exclude<keyof RoundDraft, "publicTitle" | "asset"> | `budget.${string}` | "form";
export type RoundErrors = Partial<Record<RoundField, FieldError>>;

const DAY = 86_400;

/** A date and time as `<input type="datetime-local">` shows it, in the browser's time zone, to the minute. */
export function localDateTime(unixSeconds: number): string {
  const d = new Date(unixSeconds * 1000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/**
 * A new round as a steward would start one: every district with an empty budget, ideas for four
 * weeks after the proposal could first be carried out, review two weeks, voting two weeks (each
 * end on the next full hour), two days for the guardian's objections, and the file's limits.
 */
export function defaultRoundDraft(defaults: {
  districts: readonly string[];
  asset: string;
  earliestExecution: number;
  guardian: string;
}): RoundDraft {
  const hour = 3600;
  const ideasEnd = Math.ceil((defaults.earliestExecution + 28 * DAY) / hour) * hour;
  return {
    title: "",
    description: "",
    criteria: "",
    asset: defaults.asset,
    budgets: Object.fromEntries(defaults.districts.map((d) => [d, ""])),
    ideasEnd: localDateTime(ideasEnd),
    reviewEnd: localDateTime(ideasEnd + 14 * DAY),
    votingEnd: localDateTime(ideasEnd + 28 * DAY),
    challengeDays: "2",
    maxIdeasPerDistrict: "16",
    maxIdeasPerMember: "3",
    minApprovals: "1",
    minPicks: "1",
    maxPicks: "5",
    reviewers: "",
    guardian: defaults.guardian,
    publicTitle: false,
  };
}

/** A typed whole number as the file holds it (a JSON number); anything else as typed, for the check to name. */
const wholeNumber = (text: string): unknown => (/^\s*\d+\s*$/.test(text) ? Number(text) : text.trim());

/** An amount typed on a Nordic keyboard ("250 000", "1,5") as the file writes it ("250000", "1.5"). */
const amountText = (text: string) => text.replace(/\s/g, "").replace(",", ".");

/** The draft as the round file's object (what config/round-demo.json holds), with the asset's address. */
export function roundFileOf(draft: RoundDraft): Record<string, unknown> {
  const districts = Object.fromEntries(
    Object.entries(draft.budgets)
      .filter(([, budget]) => budget.trim() !== "")
      .map(([name, budget]) => [name, amountText(budget)]),
  );
  const days = draft.challengeDays.trim();
  return {
    title: draft.title,
    description: draft.description,
    criteria: draft.criteria,
    asset: draft.asset,
    districts,
    ideasEnd: draft.ideasEnd,
    reviewEnd: draft.reviewEnd,
    votingEnd: draft.votingEnd,
    challengeDelay: /^\d+$/.test(days) ? `${days} days` : days,
    minPicks: wholeNumber(draft.minPicks),
    maxPicks: wholeNumber(draft.maxPicks),
    maxIdeasPerDistrict: wholeNumber(draft.maxIdeasPerDistrict),
    maxIdeasPerMember: wholeNumber(draft.maxIdeasPerMember),
    minApprovals: wholeNumber(draft.minApprovals),
    anyMemberMaySubmit: false,
    reviewers: draft.reviewers
      .split(/[\s,;]+/)
      .map((r) => r.trim())
      .filter((r) => r !== ""),
    // Left empty, nobody may stop a winner: the file says so with null.
    guardian: draft.guardian.trim() === "" ? null : draft.guardian.trim(),
  };
}

const NUMBER_FIELDS = ["maxIdeasPerDistrict", "maxIdeasPerMember", "minApprovals", "minPicks", "maxPicks"] as const;

/**
 * One of parseRoundConfig's problems ("field: message") as the form's field and a message in
 * the visitor's language: chosen by the field (for the phases, by what the check found there),
 * with the allowed range read from the check's own words. A problem the form has no field for
 * is put at the form, as the check wrote it. `formatTime` says a time in the visitor's language.
 */
export function roundProblemAt(
  problem: string,
  context: Pick<RoundContext, "earliestExecution">,
  formatTime: (unixSeconds: number) => string,
): [RoundField, FieldError] {
  const colon = problem.indexOf(": ");
  const field = problem.slice(0, colon);
  const message = problem.slice(colon + 2);
  if (field === "title") return ["title", { key: "roundForm.error.title" }];
  if (field === "description") return ["description", { key: "roundForm.error.description" }];
  if (field === "criteria")
    return ["criteria", { key: "roundForm.error.criteriaLong", vars: { max: String(CRITERIA_MAX) } }];
  if (field === "districts") return ["budgets", { key: "roundForm.error.noBudget" }];
  if (field.startsWith("districts."))
    return [`budget.${field.slice("districts.".length)}`, { key: "roundForm.error.budget" }];
  if (field === "ideasEnd" || field === "reviewEnd" || field === "votingEnd") {
    if (message.startsWith("must be an ISO date")) return [field, { key: "roundForm.error.date" }];
    if (field === "ideasEnd")
      return [
        field,
        { key: "roundForm.error.ideasEndEarly", vars: { earliest: formatTime(context.earliestExecution) } },
      ];
    return [field, { key: field === "reviewEnd" ? "roundForm.error.afterIdeas" : "roundForm.error.afterReview" }];
  }
  if (field === "challengeDelay") return ["challengeDays", { key: "roundForm.error.days" }];
  if ((NUMBER_FIELDS as readonly string[]).includes(field)) {
    const range = /from (\d+) to (\d+)/.exec(message);
    return [
      field as (typeof NUMBER_FIELDS)[number],
      { key: "roundForm.error.number", vars: { min: range?.[1] ?? "1", max: range?.[2] ?? "" } },
    ];
  }
  if (field === "reviewers") return ["reviewers", { key: "roundForm.error.noReviewer" }];
  if (field.startsWith("reviewers["))
    return [
      "reviewers",
      { key: message.startsWith("duplicate") ? "roundForm.error.reviewerTwice" : "roundForm.error.reviewer" },
    ];
  if (field === "guardian") return ["guardian", { key: "roundForm.error.guardian" }];
  return ["form", { key: "roundForm.error.other", vars: { problem } }];
}

/** The longest allocation criteria the content service keeps with the proposal. */
export const CRITERIA_MAX = TEXT_KINDS.roundProposal.fields.criteria;

/**
 * Checks the draft the way `round:open` checks its file, and returns the round or the errors at
 * their fields (the first problem at a field wins). On top of the file's check, the form asks
 * for a description and criteria: its text is kept as a round proposal, which has both.
 */
export function checkRoundDraft(
  draft: RoundDraft,
  context: RoundContext,
  formatTime: (unixSeconds: number) => string,
): { round: RoundConfig; errors: null } | { round: null; errors: RoundErrors } {
  const errors: RoundErrors = {};
  const put = ([field, error]: [RoundField, FieldError]) => {
    errors[field] ??= error;
  };
  if (draft.description.trim() === "") put(["description", { key: "roundForm.error.description" }]);
  if (draft.criteria.trim() === "") put(["criteria", { key: "roundForm.error.criteria" }]);
  let round: RoundConfig | null = null;
  try {
    round = parseRoundConfig(roundFileOf(draft), context);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) put(roundProblemAt(problem, context, formatTime));
  }
  // No district with a budget is said at the first district's budget, where focus goes.
  const first = Object.keys(draft.budgets)[0];
  if (errors.budgets && first !== undefined) {
    errors[`budget.${first}`] ??= errors.budgets;
    delete errors.budgets;
  }
  return round && Object.keys(errors).length === 0 ? { round, errors: null } : { round: null, errors };
}
