import { TEXT_KINDS } from "@sdk/content/kinds";
import type { FieldError } from "../governance/grantForm";

export interface RevocationDraft {
  /** The member whose membership should end (an address picked from the list of members). */
  member: string;
  /** Why: the proposal's text, public. */
  reason: string;
}

export const EMPTY_REVOCATION: RevocationDraft = { member: "", reason: "" };

/** The longest reason the content service keeps as a proposal's text. */
export const REASON_MAX = TEXT_KINDS.proposal.fields.body;

export interface RevocationContext {
  connected: boolean;
  /** The connected account (null when nobody is logged in). */
  self: string | null;
  /** The current members' addresses. */
  members: readonly string[];
  /** Whether the proposer is a member: the governor takes proposals only on a stake of one's own. */
  proposerIsMember: boolean | undefined;
  /** Votes as propose() counts them: at the second before the latest block. */
  votes: bigint;
  /** Votes now; more than `votes` right after joining or a delegation back. */
  votesNow: bigint;
  threshold: bigint;
}

export type RevocationErrors = Partial<Record<keyof RevocationDraft | "form", FieldError>>;

/**
 * Every check made before a revocation is proposed, each at its field: a current member other
 * than oneself (one's own membership is ended by leaving), a reason the text service will keep,
 * and a proposer the governor accepts (a member, with enough votes counted).
 */
export function validateRevocation(draft: RevocationDraft, context: RevocationContext): RevocationErrors {
  const errors: RevocationErrors = {};
  const member = draft.member.trim().toLowerCase();
  if (member === "") errors.member = { key: "revocation.error.member" };
  else if (context.self !== null && member === context.self.toLowerCase())
    errors.member = { key: "revocation.error.self" };
  else if (!context.members.some((m) => m.toLowerCase() === member))
    errors.member = { key: "revocation.error.notMember" };

  if (draft.reason.trim() === "") errors.reason = { key: "revocation.error.reason" };
  else if (draft.reason.length > REASON_MAX)
    errors.reason = { key: "revocation.error.reasonLong", vars: { max: String(REASON_MAX) } };

  if (!context.connected) errors.form = { key: "newGrant.error.connect" };
  else if (context.proposerIsMember === false) errors.form = { key: "revocation.error.proposerNotMember" };
  else if (context.votes < context.threshold)
    errors.form =
      context.votesNow >= context.threshold
        ? { key: "newGrant.error.votesNotYet" }
        : {
            key: "newGrant.error.threshold",
            vars: { votes: String(context.votes), threshold: String(context.threshold) },
          };
  return errors;
}
