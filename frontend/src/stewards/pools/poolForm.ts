import type { Address } from "viem";
import { TEXT_KINDS } from "@sdk/content/kinds";
import { ConfigError } from "@sdk/config/fields";
import { parsePoolConfig, type PoolConfig } from "@sdk/config/stewards";
import type { FieldError } from "../../governance/grantForm";
import type { PoolKind } from "../stewardModel";

/**
 * The form behind a new quick pool or task group. Its draft is turned into the very object a
 * pool file holds (config/pool-demo.json) and checked by the SDK's parsePoolConfig, as
 * `pool:propose` does: one set of rules. Each problem the parser names is put at its field,
 * in the visitor's language.
 */
export interface PoolDraft {
  /** The fund's asset it pays in (an address; the first of the treasury's when empty). */
  asset: string;
  kind: PoolKind;
  name: string;
  /** What the pool is for: its own text, and the proposal's. */
  mandate: string;
  /** Addresses, one a line (commas and spaces also separate them). */
  committee: string;
  threshold: string;
  capPerGrant: string;
  budget: string;
  /** The last day it is open, as a date field gives it: YYYY-MM-DD. */
  endsOn: string;
  /** The proposer accepts that the title (the pool's name) stays on chain for ever. */
  publicTitle: boolean;
}

export const EMPTY_POOL: PoolDraft = {
  asset: "",
  kind: "QuickPool",
  name: "",
  mandate: "",
  committee: "",
  threshold: "",
  capPerGrant: "",
  budget: "",
  endsOn: "",
  publicTitle: false,
};

/** The fields in the order the form shows them: the first in error is focused. */
export const POOL_FIELDS = [
  "kind",
  "name",
  "mandate",
  "committee",
  "threshold",
  "capPerGrant",
  "budget",
  "endsOn",
] as const satisfies readonly (keyof PoolDraft)[];
export type PoolField = (typeof POOL_FIELDS)[number];
export type PoolErrors = Partial<Record<PoolField | "form", FieldError>>;

/** The longest name and mandate the content service keeps for a pool. */
export const NAME_MAX = TEXT_KINDS.pool.fields.name;
export const MANDATE_MAX = TEXT_KINDS.pool.fields.mandate;

/** Who proposes: checked as every proposal form does (logged in, enough votes counted). */
export interface ProposerContext {
  connected: boolean;
  /** Votes as propose() counts them: at the second before the latest block. */
  votes: bigint;
  /** Votes now; more than `votes` right after joining or a delegation back. */
  votesNow: bigint;
  threshold: bigint;
}

export interface PoolFormContext extends ProposerContext {
  /** The fund's asset the pool pays in. */
  asset: { address: Address; decimals: number };
  /** Unix seconds now on the chain, and the earliest the proposal made now can be carried out. */
  now: number;
  earliestExecution: number;
}

/** An amount as typed (spaces between thousands, a comma as decimal point) as a file writes it. */
export const writtenAmount = (text: string) => text.trim().replace(/\s/g, "").replace(",", ".");

/** Addresses as typed into a list, one a line or separated by commas or spaces. */
export const listedAddresses = (text: string) => text.split(/[\s,;]+/).filter((a) => a !== "");

/** A whole number as typed; anything else is handed on as written, for the parser to refuse. */
const writtenNumber = (text: string): unknown => (/^\s*\d+\s*$/.test(text) ? Number(text) : text);

/** The end of the chosen day in the visitor's time zone, as an ISO time. */
export function endOfDay(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const end = new Date(`${date}T23:59:59`);
  return Number.isNaN(end.getTime()) ? date : end.toISOString();
}

/** The pool file the draft stands for. */
export function poolFileOf(draft: PoolDraft) {
  return {
    kind: draft.kind,
    name: draft.name,
    mandate: draft.mandate,
    budget: writtenAmount(draft.budget),
    capPerGrant: writtenAmount(draft.capPerGrant),
    endsAt: endOfDay(draft.endsOn),
    committee: listedAddresses(draft.committee),
    threshold: writtenNumber(draft.threshold),
  };
}

/** The field of a parser's problem ("committee[2]: …") and its message. */
function splitProblem(problem: string): { path: string; message: string } {
  const at = problem.indexOf(": ");
  return { path: problem.slice(0, at), message: problem.slice(at + 2) };
}

/** An amount's problem at its field: too many decimals, or not a positive amount. */
function amountError(message: string, decimals: number): FieldError {
  return message.startsWith("has more than")
    ? { key: "poolForm.error.decimals", vars: { decimals: String(decimals) } }
    : { key: "poolForm.error.amount" };
}

/**
 * A committee's problem at the committee field: its size, or the address at a place in the
 * list (counted from 1) that is not one or repeats an earlier one.
 */
function committeeError(path: string, message: string): FieldError {
  const place = /^committee\[(\d+)\]$/.exec(path);
  if (!place) return { key: "poolForm.error.committeeSize" };
  const vars = { place: String(Number(place[1]) + 1) };
  if (message.startsWith("duplicate")) return { key: "poolForm.error.committeeDuplicate", vars };
  if (message.startsWith("has a wrong checksum")) return { key: "poolForm.error.committeeChecksum", vars };
  return { key: "poolForm.error.committeeAddress", vars };
}

/**
 * The SDK parser's problems as the form's errors, the first at each field. `size` is the
 * committee's number of addresses, for the threshold's message.
 */
export function fieldErrorsOf(
  problems: readonly string[],
  context: { decimals: number; size: number; earliestExecution?: number },
): Partial<Record<string, FieldError>> {
  const errors: Partial<Record<string, FieldError>> = {};
  for (const problem of problems) {
    const { path, message } = splitProblem(problem);
    const field = path.replace(/\[\d+\]$/, "");
    if (errors[field === "endsAt" ? "endsOn" : field]) continue;
    switch (field) {
      case "kind":
        errors.kind = { key: "poolForm.error.kind" };
        break;
      case "name":
        errors.name = { key: "poolForm.error.name" };
        break;
      case "mandate":
        errors.mandate = { key: "poolForm.error.mandate" };
        break;
      case "budget":
      case "amount":
        errors[field] = amountError(message, context.decimals);
        break;
      case "capPerGrant":
        errors.capPerGrant = message.startsWith("must be at most the budget")
          ? { key: "poolForm.error.capOverBudget" }
          : amountError(message, context.decimals);
        break;
      case "endsAt":
        errors.endsOn = message.startsWith("must be after")
          ? { key: "poolForm.error.endsTooSoon", vars: { at: String(context.earliestExecution ?? 0) } }
          : { key: "poolForm.error.endsOn" };
        break;
      case "committee":
        errors.committee = committeeError(path, message);
        break;
      case "threshold":
        errors.threshold = { key: "poolForm.error.threshold", vars: { size: String(context.size) } };
        break;
    }
  }
  return errors;
}

/** The proposer's problem, if any, said at the form as the other proposal forms say it. */
export function proposerError(context: ProposerContext): FieldError | undefined {
  if (!context.connected) return { key: "newGrant.error.connect" };
  if (context.votes >= context.threshold) return undefined;
  return context.votesNow >= context.threshold
    ? { key: "newGrant.error.votesNotYet" }
    : { key: "newGrant.error.threshold", vars: { votes: String(context.votes), threshold: String(context.threshold) } };
}

/**
 * Every check made before a pool is proposed: the SDK's (kind, name, mandate, budget and cap,
 * end date, committee and threshold), the text service's lengths, and the proposer's votes.
 * The pool as the proposal will create it when there is no problem, null otherwise.
 */
export function validatePool(
  draft: PoolDraft,
  context: PoolFormContext,
): { errors: PoolErrors; pool: PoolConfig | null } {
  const file = poolFileOf(draft);
  let pool: PoolConfig | null = null;
  let errors: PoolErrors = {};
  try {
    pool = parsePoolConfig(file, context);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    errors = fieldErrorsOf(error.problems, {
      decimals: context.asset.decimals,
      size: file.committee.length,
      earliestExecution: context.earliestExecution,
    }) as PoolErrors;
  }
  if (!errors.name && draft.name.trim().length > NAME_MAX)
    errors.name = { key: "poolForm.error.tooLong", vars: { max: String(NAME_MAX) } };
  if (!errors.mandate && draft.mandate.trim().length > MANDATE_MAX)
    errors.mandate = { key: "poolForm.error.tooLong", vars: { max: String(MANDATE_MAX) } };
  const form = proposerError(context);
  if (form) errors.form = form;
  return { errors, pool: Object.keys(errors).length === 0 ? pool : null };
}
