import { describe, expect, it } from "vitest";
import { EMPTY_DEPOSIT, MEMO_MAX, validateDeposit, type DepositContext } from "./depositForm";

const context: DepositContext = {
  connected: true,
  decimals: 6,
  balance: 850_000_000_000n,
  balanceText: "DKK 850,000.00",
};
const valid = { ...EMPTY_DEPOSIT, amount: "2500,75", memo: "Borgermillion 2027" };

describe("depositing into the treasury", () => {
  it("accepts an amount within what the depositor holds, with or without a memo", () => {
    expect(validateDeposit(valid, context)).toEqual({});
    expect(validateDeposit({ ...valid, memo: "" }, context)).toEqual({});
    expect(validateDeposit({ ...valid, amount: "850000" }, context)).toEqual({});
  });

  it("says at the amount what is wrong with it", () => {
    const amountError = (amount: string) => validateDeposit({ ...valid, amount }, context).amount;
    expect(amountError("")).toEqual({ key: "newGrant.error.amount" });
    expect(amountError("0")).toEqual({ key: "newGrant.error.amount" });
    expect(amountError("ti kroner")).toEqual({ key: "newGrant.error.amountFormat" });
    expect(amountError("1.0000001")).toEqual({ key: "newGrant.error.amountFormat" });
    expect(amountError("850000,000001")).toEqual({
      key: "deposit.error.amountTooHigh",
      vars: { balance: "DKK 850,000.00" },
    });
  });

  it("leaves the balance check to the chain while the balance is still being read", () => {
    expect(validateDeposit({ ...valid, amount: "9999999" }, { ...context, balance: undefined })).toEqual({});
  });

  it("keeps a memo within what the text service keeps", () => {
    expect(validateDeposit({ ...valid, memo: "m".repeat(MEMO_MAX) }, context)).toEqual({});
    expect(validateDeposit({ ...valid, memo: "m".repeat(MEMO_MAX + 1) }, context).memo).toEqual({
      key: "deposit.error.memoLong",
      vars: { max: "500" },
    });
  });

  it("asks a visitor who is not logged in to log in", () => {
    expect(validateDeposit(valid, { ...context, connected: false })).toEqual({
      form: { key: "deposit.error.connect" },
    });
  });
});
