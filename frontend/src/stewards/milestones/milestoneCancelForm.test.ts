import { describe, expect, it } from "vitest";
import { validateMilestoneCancel, type MilestoneCancelContext } from "./milestoneCancelForm";

const context: MilestoneCancelContext = { rest: 8_000_000n, connected: true, votes: 1n, votesNow: 1n, threshold: 1n };

describe("proposing to cancel the rest of a milestone grant", () => {
  it("wants a reason the content service keeps", () => {
    expect(validateMilestoneCancel({ reason: "Firmaet er gået konkurs." }, context)).toEqual({});
    expect(validateMilestoneCancel({ reason: "  " }, context)).toEqual({ reason: { key: "poolChange.error.reason" } });
    expect(validateMilestoneCancel({ reason: "x".repeat(20_001) }, context)).toEqual({
      reason: { key: "poolForm.error.tooLong", vars: { max: "20000" } },
    });
  });

  it("is refused at the form when nothing is left to cancel, or the proposer cannot propose", () => {
    expect(validateMilestoneCancel({ reason: "Færdig." }, { ...context, rest: 0n })).toEqual({
      form: { key: "milestoneCancel.error.nothing" },
    });
    expect(validateMilestoneCancel({ reason: "Færdig." }, { ...context, connected: false })).toEqual({
      form: { key: "newGrant.error.connect" },
    });
    expect(validateMilestoneCancel({ reason: "Færdig." }, { ...context, votes: 0n, votesNow: 1n })).toEqual({
      form: { key: "newGrant.error.votesNotYet" },
    });
  });
});
