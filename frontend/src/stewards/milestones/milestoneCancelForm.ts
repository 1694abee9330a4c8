import type { FieldError } from "../../governance/grantForm";
import { REASON_MAX } from "../pools/poolChangeForm";
import { proposerError, type ProposerContext } from "../pools/poolForm";

/**
 * The form behind cancelling the rest of a milestone grant, proposed to the members: only a
 * reason (the proposal's text, public), as closing a pool early asks; what it cancels follows
 * from the grant (cancellableRest).
 */
export interface MilestoneCancelDraft {
  reason: string;
}

export const EMPTY_MILESTONE_CANCEL: MilestoneCancelDraft = { reason: "" };

export type MilestoneCancelErrors = Partial<Record<"reason" | "form", FieldError>>;

export interface MilestoneCancelContext extends ProposerContext {
  /** What is left to cancel: nothing once every milestone is paid or cancelled. */
  rest: bigint;
}

/** Every check made before cancelling is proposed, each at its field. */
export function validateMilestoneCancel(
  draft: MilestoneCancelDraft,
  context: MilestoneCancelContext,
): MilestoneCancelErrors {
  const errors: MilestoneCancelErrors = {};
  if (draft.reason.trim() === "") errors.reason = { key: "poolChange.error.reason" };
  else if (draft.reason.length > REASON_MAX)
    errors.reason = { key: "poolForm.error.tooLong", vars: { max: String(REASON_MAX) } };
  const form = context.rest === 0n ? { key: "milestoneCancel.error.nothing" as const } : proposerError(context);
  if (form) errors.form = form;
  return errors;
}
