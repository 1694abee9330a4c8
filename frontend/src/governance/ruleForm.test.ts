import { describe, expect, it } from "vitest";
import { EMPTY_RULE_DRAFT, ruleChanges } from "./ruleForm";

describe("rule change form", () => {
  it("turns the filled-in fields into governance calls, in seconds", () => {
    const { changes, errors } = ruleChanges({
      ...EMPTY_RULE_DRAFT,
      votingPeriodHours: "168",
      quorumPercent: "30",
      timelockHours: "72",
    });
    expect(errors).toEqual({});
    expect(changes).toEqual([
      { contract: "governor", setter: "setVotingPeriod", value: 604_800n },
      { contract: "governor", setter: "updateQuorumNumerator", value: 30n },
      { contract: "timelock", setter: "updateDelay", value: 259_200n },
    ]);
  });

  it("scales a threshold to the voting source's units", () => {
    expect(ruleChanges({ ...EMPTY_RULE_DRAFT, threshold: "100" }, 10n ** 18n).changes).toEqual([
      { contract: "governor", setter: "setProposalThreshold", value: 100n * 10n ** 18n },
    ]);
  });

  it("refuses what the contracts would refuse", () => {
    expect(ruleChanges({ ...EMPTY_RULE_DRAFT, quorumPercent: "101", votingDelayHours: "1.5" }).errors).toEqual({
      quorumPercent: "rules.error.quorum",
      votingDelayHours: "rules.error.number",
    });
  });
});
