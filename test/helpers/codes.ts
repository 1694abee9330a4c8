/**
 * The contracts' reason codes and kinds as numbers by name, in the SDK's order (sdk/model, whose
 * own tests hold it to the ABIs): what a test passes beside a text's commitment and expects back
 * in the event.
 */
import { CANCEL_REASONS, REVIEW_REASONS } from "../../sdk/model/rounds";
import { PAYEE_KINDS, REVOCATION_REASONS, STOP_REASONS } from "../../sdk/model/stewards";

function numbered<const T extends string>(names: readonly T[]): Record<T, number> {
  return Object.fromEntries(names.map((name, i) => [name, i])) as Record<T, number>;
}

/** IBudgetRound.ReviewReason: Feasible for a feasible idea, another code for an infeasible one. */
export const ReviewReason = numbered(REVIEW_REASONS);
/** IBudgetRound.CancelReason. */
export const CancelReason = numbered(CANCEL_REASONS);
/** IMilestoneGrants.StopReason. */
export const StopReason = numbered(STOP_REASONS);
/** IPayeeRegistry.PayeeKind. */
export const PayeeKind = numbered(PAYEE_KINDS);
/** IPayeeRegistry.RevocationReason. */
export const RevocationReason = numbered(REVOCATION_REASONS);
