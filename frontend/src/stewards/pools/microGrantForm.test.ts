import { describe, expect, it } from "vitest";
import { EMPTY_MICRO_GRANT, validateMicroGrant, type MicroGrantContext } from "./microGrantForm";

const GARDEN = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199";
const context: MicroGrantContext = {
  decimals: 6,
  cap: 5_000_000_000n,
  remaining: 40_000_000_000n,
  capText: "5,000 DKKT",
  remainingText: "40,000 DKKT",
  isCommitteeMember: true,
  isOpen: true,
  payeeAllowed: true,
};

describe("the micro-grant form", () => {
  it("accepts a grant within the cap and what is left", () => {
    expect(validateMicroGrant({ payee: GARDEN, amount: "2500", reason: "Frø og redskaber" }, context)).toEqual({});
  });

  it("says at each field what is wrong: address, cap, budget, reason", () => {
    expect(validateMicroGrant(EMPTY_MICRO_GRANT, context)).toEqual({
      payee: { key: "newGrant.error.recipient" },
      amount: { key: "newGrant.error.amount" },
      reason: { key: "pool.form.error.reason" },
    });
    expect(
      validateMicroGrant({ payee: GARDEN.toLowerCase().replace("f69", "F69"), amount: "5000,5", reason: "x" }, context),
    ).toEqual({
      payee: { key: "newGrant.error.checksum" },
      amount: { key: "pool.form.error.overCap", vars: { cap: "5,000 DKKT" } },
    });
    expect(
      validateMicroGrant({ payee: GARDEN, amount: "4000", reason: "x" }, { ...context, remaining: 3_999_999_999n })
        .amount,
    ).toEqual({ key: "pool.form.error.overBudget", vars: { remaining: "40,000 DKKT" } });
  });

  it("refuses an unverified payee when the fund requires it, and anyone but an open pool's committee", () => {
    const draft = { payee: GARDEN, amount: "100", reason: "x" };
    expect(validateMicroGrant(draft, { ...context, payeeAllowed: false }).payee).toEqual({
      key: "pool.form.error.unverified",
    });
    expect(validateMicroGrant(draft, { ...context, isCommitteeMember: false }).form).toEqual({
      key: "pool.form.error.notCommittee",
    });
    expect(validateMicroGrant(draft, { ...context, isOpen: false }).form).toEqual({ key: "pool.form.error.closed" });
  });
});
