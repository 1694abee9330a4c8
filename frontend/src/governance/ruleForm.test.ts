import { describe, expect, it } from "vitest";
import { EMPTY_RULE_DRAFT, ruleChanges, type RuleDraft } from "./ruleForm";

describe("rule change form", () => {
  it("turns the filled-in fields into rule changes, in seconds", () => {
    const { changes, errors } = ruleChanges({
      ...EMPTY_RULE_DRAFT,
      votingPeriodHours: "168",
      quorumPercent: "30",
      timelockHours: "72",
    });
    expect(errors).toEqual({});
    expect(changes).toEqual([
      { rule: "votingPeriod", value: 604_800n },
      { rule: "quorumPercent", value: 30n },
      { rule: "timelockDelay", value: 259_200n },
    ]);
  });

  it("scales a threshold to the voting source's units", () => {
    expect(ruleChanges({ ...EMPTY_RULE_DRAFT, threshold: "100" }, 10n ** 18n).changes).toEqual([
      { rule: "proposalThreshold", value: 100n * 10n ** 18n },
    ]);
  });

  it("turns a late-quorum extension in hours into seconds, after the threshold", () => {
    expect(ruleChanges({ ...EMPTY_RULE_DRAFT, threshold: "2", lateQuorumHours: "48" })).toEqual({
      changes: [
        { rule: "proposalThreshold", value: 2n },
        { rule: "lateQuorumExtension", value: 172_800n },
      ],
      majority: null,
      errors: {},
    });
    // Zero turns the extension off, as the governor allows.
    expect(ruleChanges({ ...EMPTY_RULE_DRAFT, lateQuorumHours: "0" }).changes).toEqual([
      { rule: "lateQuorumExtension", value: 0n },
    ]);
    for (const lateQuorumHours of ["1.5", "-2", "två"])
      expect(ruleChanges({ ...EMPTY_RULE_DRAFT, lateQuorumHours }), lateQuorumHours).toEqual({
        changes: [],
        majority: null,
        errors: { lateQuorumHours: "rules.error.number" },
      });
  });

  it("leaves the majority alone unless one is chosen", () => {
    expect(ruleChanges({ ...EMPTY_RULE_DRAFT, quorumPercent: "30" }).majority).toBeNull();
    // A percent typed before choosing another share is not sent.
    expect(ruleChanges({ ...EMPTY_RULE_DRAFT, majority: "", majorityPercent: "70" }).majority).toBeNull();
  });

  it("turns each named majority into its fraction, and a percent into one in lowest terms", () => {
    const majorityOf = (draft: Partial<RuleDraft>) => ruleChanges({ ...EMPTY_RULE_DRAFT, ...draft });
    expect(majorityOf({ majority: "1/2" })).toEqual({
      changes: [],
      majority: { numerator: 1, denominator: 2 },
      errors: {},
    });
    expect(majorityOf({ majority: "3/5" }).majority).toEqual({ numerator: 3, denominator: 5 });
    expect(majorityOf({ majority: "2/3" }).majority).toEqual({ numerator: 2, denominator: 3 });
    expect(majorityOf({ majority: "3/4" }).majority).toEqual({ numerator: 3, denominator: 4 });
    expect(majorityOf({ majority: "1/1" }).majority).toEqual({ numerator: 1, denominator: 1 });
    expect(majorityOf({ majority: "other", majorityPercent: "55" }).majority).toEqual({
      numerator: 11,
      denominator: 20,
    });
    expect(majorityOf({ majority: "other", majorityPercent: "66,67" }).majority).toEqual({
      numerator: 6667,
      denominator: 10_000,
    });
    expect(majorityOf({ majority: "other", majorityPercent: "50" }).majority).toEqual({ numerator: 1, denominator: 2 });
  });

  it("refuses a majority the governor would refuse, and one left empty", () => {
    for (const majorityPercent of ["", "49.99", "100.5", "66.667", "two thirds", "-60"])
      expect(ruleChanges({ ...EMPTY_RULE_DRAFT, majority: "other", majorityPercent }), majorityPercent).toEqual({
        changes: [],
        majority: null,
        errors: { majorityPercent: "rules.error.majority" },
      });
  });

  it("refuses what the contracts would refuse", () => {
    expect(ruleChanges({ ...EMPTY_RULE_DRAFT, quorumPercent: "101", votingDelayHours: "1.5" }).errors).toEqual({
      quorumPercent: "rules.error.quorum",
      votingDelayHours: "rules.error.number",
    });
  });
});
