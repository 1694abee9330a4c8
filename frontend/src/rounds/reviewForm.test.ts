import { describe, expect, it } from "vitest";
import { parseReview, type ReviewDraft } from "./reviewForm";

const context = { currentCost: 30_000_000_000n, budget: 250_000_000_000n, budgetText: "250.000 DKKT", decimals: 6 };
const CLUB = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199";
const draft: ReviewDraft = {
  verdict: "feasible",
  cost: "35000",
  payee: CLUB.toLowerCase(),
  code: "",
  reason: "Tilbud indhentet",
};

describe("a reviewer's assessment", () => {
  it("gives the revised cost and the checksummed payee of a feasible idea", () => {
    expect(parseReview(draft, context)).toEqual({
      errors: {},
      result: { feasible: true, cost: 35_000_000_000n, payee: CLUB, code: 0, reason: "Tilbud indhentet" },
    });
  });

  it("keeps the submitted cost when the cost is left empty", () => {
    expect(parseReview({ ...draft, cost: " " }, context).result?.cost).toBe(30_000_000_000n);
  });

  it("keeps the cost and sets no payee for an infeasible idea", () => {
    expect(
      parseReview(
        { verdict: "infeasible", cost: "", payee: "", code: "AgainstRules", reason: " Kræver lokalplan " },
        context,
      ).result,
    ).toEqual({
      feasible: false,
      cost: 30_000_000_000n,
      payee: "0x0000000000000000000000000000000000000000",
      code: 4,
      reason: "Kræver lokalplan",
    });
  });

  it("names each missing or wrong field", () => {
    expect(parseReview({ verdict: "", cost: "", payee: "", code: "", reason: " " }, context).errors).toEqual({
      verdict: { key: "review.error.verdict" },
      reason: { key: "review.error.reason" },
    });
    // An infeasible idea needs a reason code, and not "Feasible".
    expect(parseReview({ ...draft, verdict: "infeasible", code: "Feasible" }, context).errors).toEqual({
      code: { key: "review.error.code" },
    });
    expect(parseReview({ ...draft, cost: "250000.01", payee: "0x123" }, context).errors).toEqual({
      cost: { key: "review.error.cost", vars: { amount: "250.000 DKKT" } },
      payee: { key: "review.error.payee" },
    });
    expect(parseReview({ ...draft, payee: "0x0000000000000000000000000000000000000000" }, context).errors).toEqual({
      payee: { key: "review.error.payee" },
    });
    // A mixed-case address must carry a valid checksum.
    expect(parseReview({ ...draft, payee: CLUB.replace("f6940", "F6940") }, context).errors).toEqual({
      payee: { key: "review.error.payee" },
    });
  });
});
