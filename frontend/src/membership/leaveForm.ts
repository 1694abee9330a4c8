import type { FieldError } from "../governance/grantForm";

export interface LeaveDraft {
  /** The member ticked that they understand their membership ends at once. */
  understood: boolean;
}

export interface LeaveContext {
  connected: boolean;
  /** Whether the connected account is a member now (undefined while it is read). */
  isMember: boolean | undefined;
}

export type LeaveErrors = Partial<Record<keyof LeaveDraft | "form", FieldError>>;

/**
 * What is checked before a member is asked to sign their leaving: that they are logged in and
 * a member (the contract would refuse anyone else), and that they ticked that they understand
 * it ends their membership at once.
 */
export function validateLeave(draft: LeaveDraft, context: LeaveContext): LeaveErrors {
  const errors: LeaveErrors = {};
  if (!draft.understood) errors.understood = { key: "leave.error.understood" };
  if (!context.connected) errors.form = { key: "leave.error.connect" };
  else if (context.isMember === false) errors.form = { key: "leave.error.notMember" };
  return errors;
}
