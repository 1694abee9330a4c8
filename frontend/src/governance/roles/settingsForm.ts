import type { Address } from "viem";
import { concatActions, type ProposalActions } from "@sdk/proposals/actions";
import { vetoWindowActions, verificationRuleActions } from "@sdk/proposals/stewards";
import type { FieldError } from "../grantForm";
import { proposerError, type ProposerContext } from "../../stewards/pools/poolForm";
import { ROLE_REASON_MAX } from "./roleForm";

/**
 * The form behind the stewards' two rules: whether the fund pays only verified payees (the
 * payee registry's setVerificationRequired) and the guardian's veto window on milestone
 * deliveries (MilestoneGrants.setVetoWindow), each changed only when the draft asks for
 * something other than what holds now. Pure, so it is unit-tested.
 */
export interface SettingsDraft {
  /** "" keeps the rule as it is. */
  verification: "" | "required" | "optional";
  /** The veto window as days and hours; both empty keep it as it is. */
  vetoDays: string;
  vetoHours: string;
  reason: string;
}

export const EMPTY_SETTINGS_DRAFT: SettingsDraft = { verification: "", vetoDays: "", vetoHours: "", reason: "" };

export type SettingsErrors = Partial<Record<"verification" | "vetoDays" | "vetoHours" | "reason" | "form", FieldError>>;

export interface SettingsContext extends ProposerContext {
  /** The rules now (undefined while read). */
  verificationRequired: boolean | undefined;
  vetoWindow: number | undefined;
}

/** A checked change: null keeps that rule. */
export interface SettingsChange {
  verificationRequired: boolean | null;
  /** Seconds. */
  vetoWindow: number | null;
}

const HOUR = 3600;
/** The longest window the form takes: a year, far inside the contract's uint48. */
const MAX_DAYS = 365;

/**
 * Every check made before the rules' change is proposed, each at its field: whole days (at most
 * a year) and hours (under a day), something that differs from the rule now, a reason the text
 * service keeps, and a proposer the governor accepts.
 */
export function validateSettings(
  draft: SettingsDraft,
  context: SettingsContext,
): { errors: SettingsErrors; change: SettingsChange | null } {
  const errors: SettingsErrors = {};
  const whole = (field: "vetoDays" | "vetoHours", max: number): number | null => {
    const text = draft[field].trim();
    if (text === "") return 0;
    if (!/^\d+$/.test(text) || Number(text) > max) {
      errors[field] = { key: field === "vetoDays" ? "settingsForm.error.days" : "settingsForm.error.hours" };
      return null;
    }
    return Number(text);
  };
  const days = whole("vetoDays", MAX_DAYS);
  const hours = whole("vetoHours", 23);
  const vetoAsked = draft.vetoDays.trim() !== "" || draft.vetoHours.trim() !== "";
  let vetoWindow: number | null = null;
  if (vetoAsked && days !== null && hours !== null) {
    const seconds = (days * 24 + hours) * HOUR;
    if (seconds === context.vetoWindow) errors.vetoDays = { key: "settingsForm.error.vetoSame" };
    else vetoWindow = seconds;
  }

  let verificationRequired: boolean | null = null;
  if (draft.verification !== "") {
    const required = draft.verification === "required";
    if (required === context.verificationRequired)
      errors.verification = {
        key: required ? "settingsForm.error.alreadyRequired" : "settingsForm.error.alreadyOptional",
      };
    else verificationRequired = required;
  }

  const fieldErrors = () => Object.keys(errors).some((f) => f !== "form");
  if (!fieldErrors() && verificationRequired === null && vetoWindow === null)
    errors.verification = { key: "settingsForm.error.nothing" };

  if (draft.reason.trim() === "") errors.reason = { key: "roleForm.error.reason" };
  else if (draft.reason.length > ROLE_REASON_MAX)
    errors.reason = { key: "revocation.error.reasonLong", vars: { max: String(ROLE_REASON_MAX) } };

  const proposer = proposerError(context);
  if (proposer) errors.form = proposer;
  return { errors, change: fieldErrors() ? null : { verificationRequired, vetoWindow } };
}

/** The proposal's actions: the verification rule, then the veto window, as asked. */
export function settingsActions(
  contracts: { payeeRegistry: Address; milestoneGrants: Address },
  change: SettingsChange,
): ProposalActions {
  return concatActions(
    ...(change.verificationRequired === null
      ? []
      : [verificationRuleActions(contracts.payeeRegistry, change.verificationRequired)]),
    ...(change.vetoWindow === null ? [] : [vetoWindowActions(contracts.milestoneGrants, change.vetoWindow)]),
  );
}
