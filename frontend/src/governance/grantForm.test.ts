import { describe, expect, it } from "vitest";
import { EMPTY_DRAFT, parseAmountInput, validateGrant, type GrantContext } from "./grantForm";

const context: GrantContext = {
  connected: true,
  available: 1_000_000_000n,
  decimals: 6,
  availableText: "1,000 DKKT",
  votes: 1n,
  votesNow: 1n,
  threshold: 1n,
};
const valid = {
  ...EMPTY_DRAFT,
  recipient: "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199",
  amount: "250,5",
  title: "Bænke",
  description: "To bænke ved søen.",
};

describe("grant form", () => {
  it("accepts a complete draft", () => {
    expect(validateGrant(valid, context)).toEqual({});
  });

  it("refuses a payee the fund may not pay, before anyone votes", () => {
    expect(validateGrant(valid, { ...context, payeeAllowed: false })).toEqual({
      recipient: { key: "newGrant.error.unverified" },
    });
    expect(validateGrant(valid, { ...context, payeeAllowed: null })).toEqual({});
  });

  it("reads decimal commas and points, and refuses anything else", () => {
    expect(parseAmountInput("250,5", 6)).toBe(250_500_000n);
    expect(parseAmountInput(" 1 000.25 ", 6)).toBe(1_000_250_000n);
    expect(parseAmountInput("1e3", 6)).toBe(null);
    expect(parseAmountInput("0.0000001", 6)).toBe(null);
  });

  it("says at each field what is wrong", () => {
    expect(validateGrant({ ...valid, recipient: "0x123" }, context).recipient?.key).toBe("newGrant.error.recipient");
    expect(
      validateGrant(
        { ...valid, recipient: "0x8626f6940e2eb28930efb4cef49b2d1f2c9c1199".replace("8626f", "8626F") },
        context,
      ).recipient?.key,
    ).toBe("newGrant.error.checksum");
    expect(validateGrant({ ...valid, amount: "" }, context).amount?.key).toBe("newGrant.error.amount");
    expect(validateGrant({ ...valid, amount: "0" }, context).amount?.key).toBe("newGrant.error.amount");
    expect(validateGrant({ ...valid, amount: "abc" }, context).amount?.key).toBe("newGrant.error.amountFormat");
    expect(validateGrant({ ...valid, amount: "1000.000001" }, context).amount).toEqual({
      key: "newGrant.error.amountTooHigh",
      vars: { available: "1,000 DKKT" },
    });
    expect(validateGrant({ ...valid, title: "  " }, context).title?.key).toBe("newGrant.error.title");
  });

  it("needs a wallet and enough votes", () => {
    expect(validateGrant(valid, { ...context, connected: false }).form?.key).toBe("newGrant.error.connect");
    expect(validateGrant(valid, { ...context, votes: 0n, votesNow: 0n }).form).toEqual({
      key: "newGrant.error.threshold",
      vars: { votes: "0", threshold: "1" },
    });
    // Votes gained this block count from the next one, as the governor reads them.
    expect(validateGrant(valid, { ...context, votes: 0n, votesNow: 1n }).form).toEqual({
      key: "newGrant.error.votesNotYet",
    });
  });
});
