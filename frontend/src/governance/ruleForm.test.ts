import { describe, expect, it } from "vitest";
import { EMPTY_RULE_DRAFT, ruleChanges } from "./ruleForm";

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

  it("refuses what the contracts would refuse", () => {
    expect(ruleChanges({ ...EMPTY_RULE_DRAFT, quorumPercent: "101", votingDelayHours: "1.5" }).errors).toEqual({
      quorumPercent: "rules.error.quorum",
      votingDelayHours: "rules.error.number",
    });
  });
});
