import { describe, expect, it } from "vitest";
import { cancellableRest, grantFinished, milestoneReleaseState, validateEvidence } from "./milestoneModel";

describe("milestones", () => {
  it("can be released only once the veto window is over", () => {
    expect(milestoneReleaseState("Planned", 0, 100)).toBe("planned");
    expect(milestoneReleaseState("Delivered", 101, 100)).toBe("inWindow");
    expect(milestoneReleaseState("Delivered", 100, 100)).toBe("releasable");
    expect(milestoneReleaseState("Released", 50, 100)).toBe("done");
  });

  it("needs a link and a 32-byte hash as evidence", () => {
    expect(validateEvidence("", "0x12")).toEqual({
      uri: { key: "stewards.deliver.error.uri" },
      hash: { key: "stewards.deliver.error.hash" },
    });
    expect(validateEvidence("https://example.dk/syn.pdf", `0x${"ab".repeat(32)}`)).toEqual({});
  });

  it("cancels the rest: what is planned or delivered, not what was paid", () => {
    const grant = [
      { index: 0, amount: 4_000_000n, status: "Released" as const },
      { index: 1, amount: 6_000_000n, status: "Delivered" as const },
      { index: 2, amount: 2_000_000n, status: "Planned" as const },
    ];
    expect(cancellableRest(grant)).toEqual({ numbers: [2, 3], rest: 8_000_000n });
    expect(grantFinished(grant)).toBe(false);
    const after = grant.map((m) => (m.index === 0 ? m : { ...m, status: "Cancelled" as const }));
    expect(cancellableRest(after)).toEqual({ numbers: [], rest: 0n });
    expect(grantFinished(after)).toBe(true);
  });
});
