import { describe, expect, it } from "vitest";
import { decodeFunctionData } from "viem";
import { ABIS } from "@sdk/contracts/kinds";
import { ROLE_REASON_MAX } from "./roleForm";
import {
  EMPTY_SETTINGS_DRAFT,
  settingsActions,
  validateSettings,
  type SettingsContext,
  type SettingsDraft,
} from "./settingsForm";

const CONTRACTS = {
  payeeRegistry: "0x3333333333333333333333333333333333333333",
  milestoneGrants: "0x4444444444444444444444444444444444444444",
} as const;
const context: SettingsContext = {
  connected: true,
  votes: 1n,
  votesNow: 1n,
  threshold: 1n,
  verificationRequired: true,
  vetoWindow: 259_200,
};
const draft = (d: Partial<SettingsDraft>): SettingsDraft => ({ ...EMPTY_SETTINGS_DRAFT, reason: "Færre trin.", ...d });

describe("stewards' rules form", () => {
  it("changes only what is asked: verification, the veto window in days and hours, or both", () => {
    expect(validateSettings(draft({ verification: "optional" }), context)).toEqual({
      errors: {},
      change: { verificationRequired: false, vetoWindow: null },
    });
    expect(validateSettings(draft({ vetoDays: "2", vetoHours: "12" }), context).change).toEqual({
      verificationRequired: null,
      vetoWindow: 216_000,
    });
    // Hours alone, or zero (no veto window), are a window too.
    expect(validateSettings(draft({ vetoHours: "6" }), context).change?.vetoWindow).toBe(21_600);
    expect(validateSettings(draft({ vetoDays: "0" }), context).change?.vetoWindow).toBe(0);
    expect(
      validateSettings(draft({ verification: "required", vetoDays: "1" }), { ...context, verificationRequired: false })
        .change,
    ).toEqual({ verificationRequired: true, vetoWindow: 86_400 });
  });

  it("refuses each bad field at its field, with the exact message", () => {
    expect(validateSettings({ ...EMPTY_SETTINGS_DRAFT }, context).errors).toEqual({
      verification: { key: "settingsForm.error.nothing" },
      reason: { key: "roleForm.error.reason" },
    });
    expect(validateSettings(draft({ vetoDays: "1.5", vetoHours: "24" }), context)).toEqual({
      errors: { vetoDays: { key: "settingsForm.error.days" }, vetoHours: { key: "settingsForm.error.hours" } },
      change: null,
    });
    expect(validateSettings(draft({ vetoDays: "366" }), context).errors).toEqual({
      vetoDays: { key: "settingsForm.error.days" },
    });
    expect(validateSettings(draft({ vetoDays: "3" }), context).errors).toEqual({
      vetoDays: { key: "settingsForm.error.vetoSame" },
    });
    expect(validateSettings(draft({ verification: "required" }), context).errors).toEqual({
      verification: { key: "settingsForm.error.alreadyRequired" },
    });
    expect(
      validateSettings(draft({ verification: "optional" }), { ...context, verificationRequired: false }).errors,
    ).toEqual({ verification: { key: "settingsForm.error.alreadyOptional" } });
    expect(
      validateSettings(draft({ verification: "optional", reason: "x".repeat(ROLE_REASON_MAX + 1) }), context).errors,
    ).toEqual({ reason: { key: "revocation.error.reasonLong", vars: { max: String(ROLE_REASON_MAX) } } });
    expect(validateSettings(draft({ verification: "optional" }), { ...context, connected: false }).errors).toEqual({
      form: { key: "newGrant.error.connect" },
    });
  });

  it("builds the verification rule, then the veto window, through the SDK's builders", () => {
    const both = settingsActions(CONTRACTS, { verificationRequired: false, vetoWindow: 216_000 });
    expect(both.targets).toEqual([CONTRACTS.payeeRegistry, CONTRACTS.milestoneGrants]);
    expect(both.values).toEqual([0n, 0n]);
    expect(decodeFunctionData({ abi: ABIS.payeeRegistry, data: both.calldatas[0] })).toEqual({
      functionName: "setVerificationRequired",
      args: [false],
    });
    expect(decodeFunctionData({ abi: ABIS.milestoneGrants, data: both.calldatas[1] })).toEqual({
      functionName: "setVetoWindow",
      args: [216_000],
    });
    expect(settingsActions(CONTRACTS, { verificationRequired: null, vetoWindow: 0 }).targets).toEqual([
      CONTRACTS.milestoneGrants,
    ]);
  });
});
