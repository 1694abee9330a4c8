import type { Address } from "viem";
import { TEXT_KINDS } from "@sdk/content/kinds";
import { ConfigError } from "@sdk/config/fields";
import { parseMilestoneConfig, type MilestoneConfig } from "@sdk/config/stewards";
import type { FieldError } from "../../governance/grantForm";
import { proposerError, writtenAmount, type ProposerContext } from "../pools/poolForm";

/**
 * The form behind a new milestone grant. Its draft is turned into the very object a grant file
 * holds (config/milestone-demo.json) and checked by the SDK's parseMilestoneConfig, as
 * `milestone:propose` does: one set of rules. Each problem the parser names is put at its
 * field (a milestone's at its row), in the visitor's language.
 */
export interface MilestoneRowDraft {
  amount: string;
  description: string;
}

export interface MilestoneGrantDraft {
  /** The fund's asset it pays in (an address; the first of the treasury's when empty). */
  asset: string;
  payee: string;
  /** The grant's title: also the proposal's. */
  title: string;
  /** Why the members should agree: the proposal's text. */
  description: string;
  milestones: MilestoneRowDraft[];
  /** The proposer accepts that the title stays on chain for ever. */
  publicTitle: boolean;
}

export const EMPTY_MILESTONE_ROW: MilestoneRowDraft = { amount: "", description: "" };

export const EMPTY_MILESTONE_GRANT: MilestoneGrantDraft = {
  asset: "",
  payee: "",
  title: "",
  description: "",
  milestones: [EMPTY_MILESTONE_ROW],
  publicTitle: false,
};

/** As many milestones as the contract takes in one grant. */
export const MAX_MILESTONES = 16;

/**
 * The fields an error can be put at: `amount.<i>` and `milestone.<i>` for a milestone's amount
 * and description (counted from 0), `milestones` for their number.
 */
export type MilestoneGrantField =
  "payee" | "title" | "description" | "milestones" | `amount.${number}` | `milestone.${number}` | "form";
export type MilestoneGrantErrors = Partial<Record<MilestoneGrantField, FieldError>>;

/**
 * The longest title both the grant's text and the proposal's take, the proposal's text, and a
 * milestone's description, as the content service keeps them.
 */
export const TITLE_MAX = Math.min(TEXT_KINDS.milestoneGrant.fields.title, TEXT_KINDS.proposal.fields.title);
export const DESCRIPTION_MAX = TEXT_KINDS.proposal.fields.body;
export const MILESTONE_MAX = TEXT_KINDS.milestonePlan.fields.description;

export interface MilestoneGrantContext extends ProposerContext {
  /** The fund's asset the grant pays in. */
  asset: { address: Address; decimals: number };
  /** False when the payee may not be paid now under the fund's rule (null while unknown). */
  payeeAllowed: boolean | null;
}

/** The grant file the draft stands for. */
export function milestoneFileOf(draft: MilestoneGrantDraft) {
  return {
    title: draft.title,
    description: draft.description,
    payee: draft.payee.trim(),
    milestones: draft.milestones.map((m) => ({ amount: writtenAmount(m.amount), description: m.description })),
  };
}

/** A parser's problem ("milestones[1].amount: …") as the field it is at and the form's message. */
function problemAt(problem: string, decimals: number): [MilestoneGrantField, FieldError] | null {
  const at = problem.indexOf(": ");
  const path = problem.slice(0, at);
  const message = problem.slice(at + 2);
  const row = /^milestones\[(\d+)\]\.(amount|description)$/.exec(path);
  if (row) {
    if (row[2] === "description") return [`milestone.${Number(row[1])}`, { key: "milestoneForm.error.milestone" }];
    return [
      `amount.${Number(row[1])}`,
      message.startsWith("has more than")
        ? { key: "poolForm.error.decimals", vars: { decimals: String(decimals) } }
        : { key: "poolForm.error.amount" },
    ];
  }
  if (path === "payee")
    return [
      "payee",
      message.startsWith("has a wrong checksum")
        ? { key: "milestoneForm.error.payeeChecksum" }
        : { key: "milestoneForm.error.payee" },
    ];
  if (path === "title") return ["title", { key: "milestoneForm.error.title" }];
  if (path === "milestones")
    return ["milestones", { key: "milestoneForm.error.count", vars: { max: String(MAX_MILESTONES) } }];
  return null;
}

/**
 * Every check made before a milestone grant is proposed: the SDK's (title, payee, 1–16
 * milestones each with a positive amount and a description), the content service's lengths and
 * its need of a text, whether the fund may pay the payee, and the proposer's votes. The grant
 * as the proposal will create it when there is no problem, null otherwise.
 */
export function validateMilestoneGrant(
  draft: MilestoneGrantDraft,
  context: MilestoneGrantContext,
): { errors: MilestoneGrantErrors; grant: MilestoneConfig | null } {
  let grant: MilestoneConfig | null = null;
  const errors: MilestoneGrantErrors = {};
  try {
    grant = parseMilestoneConfig(milestoneFileOf(draft), context);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) {
      const found = problemAt(problem, context.asset.decimals);
      if (found && !errors[found[0]]) errors[found[0]] = found[1];
    }
  }
  if (!errors.payee && context.payeeAllowed === false) errors.payee = { key: "newGrant.error.unverified" };
  if (!errors.title && draft.title.trim().length > TITLE_MAX)
    errors.title = { key: "poolForm.error.tooLong", vars: { max: String(TITLE_MAX) } };
  // The content service keeps a proposal's title with its text, and takes no empty text.
  if (draft.description.trim() === "") errors.description = { key: "milestoneForm.error.description" };
  else if (draft.description.trim().length > DESCRIPTION_MAX)
    errors.description = { key: "poolForm.error.tooLong", vars: { max: String(DESCRIPTION_MAX) } };
  draft.milestones.forEach((m, i) => {
    if (!errors[`milestone.${i}`] && m.description.trim().length > MILESTONE_MAX)
      errors[`milestone.${i}`] = { key: "poolForm.error.tooLong", vars: { max: String(MILESTONE_MAX) } };
  });
  const form = proposerError(context);
  if (form) errors.form = form;
  return { errors, grant: Object.keys(errors).length === 0 ? grant : null };
}

/** What the grant reserves in all: the sum of its milestones. */
export const grantTotal = (grant: Pick<MilestoneConfig, "milestones">) =>
  grant.milestones.reduce((sum, m) => sum + m.amount, 0n);
