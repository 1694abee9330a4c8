import { describe, expect, it } from "vitest";
import { EMPTY_IDEA, ideaDistrict, validateIdea, type IdeaContext } from "./ideaForm";

const context: IdeaContext = {
  connected: true,
  memberDistrict: 1,
  anyMemberMaySubmit: false,
  maxIdeasPerDistrict: 2,
  decimals: 6,
  districts: [
    { id: 0, name: "Skovlunde", budget: 250_000_000_000n, budgetText: "250.000 DKKT", ideaCount: 0 },
    { id: 1, name: "Måløv", budget: 250_000_000_000n, budgetText: "250.000 DKKT", ideaCount: 1 },
  ],
};
const good = { ...EMPTY_IDEA, cost: "25000", title: "Bålplads", description: "Ved søen" };

describe("the idea form's checks", () => {
  it("accepts an idea for the member's own district, which is the default", () => {
    expect(ideaDistrict(good, context)).toBe(1);
    expect(validateIdea(good, context)).toEqual({});
    expect(validateIdea({ ...good, cost: "25 000,50" }, context)).toEqual({});
  });

  it("names every problem at its field", () => {
    expect(validateIdea({ ...EMPTY_IDEA, cost: "abc" }, context)).toEqual({
      cost: { key: "ideaForm.error.cost" },
      title: { key: "ideaForm.error.title" },
      description: { key: "ideaForm.error.description" },
    });
    expect(validateIdea({ ...good, cost: "0" }, context).cost).toEqual({ key: "ideaForm.error.cost" });
    expect(validateIdea({ ...good, cost: "250000.000001" }, context).cost).toEqual({
      key: "ideaForm.error.costTooHigh",
      vars: { amount: "250.000 DKKT" },
    });
    expect(validateIdea({ ...good, cost: "1.0000001" }, context).cost).toEqual({ key: "ideaForm.error.cost" });
  });

  it("keeps members to their own district unless the round allows any", () => {
    expect(validateIdea({ ...good, district: "0" }, context).district).toEqual({
      key: "ideaForm.error.notYourDistrict",
      vars: { district: "Måløv" },
    });
    expect(validateIdea({ ...good, district: "0" }, { ...context, anyMemberMaySubmit: true })).toEqual({});
    expect(validateIdea({ ...good, district: "7" }, context).district).toEqual({ key: "ideaForm.error.district" });
  });

  it("refuses a district that has all the ideas it may take", () => {
    expect(validateIdea(good, { ...context, maxIdeasPerDistrict: 1 }).district).toEqual({
      key: "ideaForm.error.full",
      vars: { district: "Måløv", max: 1 },
    });
  });

  it("asks for a wallet, then for membership", () => {
    expect(validateIdea(good, { ...context, connected: false }).form).toEqual({ key: "ideaForm.error.connect" });
    const outsider = { ...context, memberDistrict: null };
    expect(validateIdea({ ...good, district: "0" }, outsider).form).toEqual({ key: "ideaForm.error.notMember" });
  });
});
