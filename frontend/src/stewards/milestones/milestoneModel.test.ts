import { describe, expect, it } from "vitest";
import { milestoneReleaseState, validateEvidence } from "./milestoneModel";

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
});
