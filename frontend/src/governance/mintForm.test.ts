import { describe, expect, it } from "vitest";
import { MAX_SUPPLY, mintShares, shareOf, validateMint, type MintDraft, type MintFormContext } from "./mintForm";

const SOFIE = "0x5E661B79FE2D3F6cE70F5AAC07d8Cd9abb2743F1";
const TOKEN = 10n ** 18n;

const context: MintFormContext = {
  connected: true,
  votes: 60n * TOKEN,
  votesNow: 60n * TOKEN,
  threshold: 10n * TOKEN,
  supply: 1000n * TOKEN,
};
const valid: MintDraft = {
  recipient: ` ${SOFIE.toLowerCase()} `,
  amount: "100,5",
  title: "Röster till Sofie",
  description: "Sofie leder spelkvällarna.",
  publicTitle: false,
};
const check = (draft: Partial<MintDraft>, ctx: Partial<MintFormContext> = {}) =>
  validateMint({ ...valid, ...draft }, { ...context, ...ctx });

describe("proposing new voting tokens", () => {
  it("turns a valid draft into the mint, the address checksummed and the amount in 18 decimals", () => {
    expect(check({})).toEqual({ errors: {}, mint: { to: SOFIE, amount: 100_500_000_000_000_000_000n } });
  });

  it("puts a wrong address at the recipient field: not one, or a wrong checksum", () => {
    expect(check({ recipient: "Sofie" }).errors).toEqual({ recipient: { key: "newGrant.error.recipient" } });
    const wrongCase = SOFIE.replace("E661", "e661");
    expect(check({ recipient: wrongCase }).errors).toEqual({ recipient: { key: "newGrant.error.checksum" } });
  });

  it("wants more than 0 tokens, written as a number of at most 18 decimals", () => {
    expect(check({ amount: "" }).errors).toEqual({ amount: { key: "mintForm.error.amount" } });
    expect(check({ amount: "0" }).errors).toEqual({ amount: { key: "mintForm.error.amount" } });
    expect(check({ amount: "fifty" }).errors).toEqual({ amount: { key: "mintForm.error.amountFormat" } });
    expect(check({ amount: `1.${"1".repeat(19)}` }).errors).toEqual({ amount: { key: "mintForm.error.amountFormat" } });
    expect(check({ amount: `1.${"1".repeat(18)}` }).mint?.amount).toBe(1_111_111_111_111_111_111n);
  });

  it("refuses an amount that would take the supply over the token's cap, and takes one that reaches it", () => {
    const atCap = check({ amount: "1" }, { supply: MAX_SUPPLY - TOKEN });
    expect(atCap.mint?.amount).toBe(TOKEN);
    expect(check({ amount: "1" }, { supply: MAX_SUPPLY - TOKEN + 1n }).errors).toEqual({
      amount: { key: "mintForm.error.tooMuch" },
    });
  });

  it("wants a title and a reason", () => {
    expect(check({ title: " ", description: "" }).errors).toEqual({
      title: { key: "mintForm.error.title" },
      description: { key: "newGrant.error.description" },
    });
  });

  it("says at the form who may not propose yet: logged out, too few votes, or votes that count in a moment", () => {
    expect(check({}, { connected: false }).errors).toEqual({ form: { key: "newGrant.error.connect" } });
    expect(check({}, { votes: 0n, votesNow: 0n }).errors).toEqual({
      form: { key: "newGrant.error.threshold", vars: { votes: "0", threshold: String(10n * TOKEN) } },
    });
    expect(check({}, { votes: 0n }).errors).toEqual({ form: { key: "newGrant.error.votesNotYet" } });
    expect(check({}, { votes: 0n }).mint).toBeNull();
  });
});

describe("how a mint changes the shares of the votes", () => {
  it("grows the recipient's share and shrinks everyone else's by supply before / supply after", () => {
    expect(mintShares(1000n * TOKEN, 0n, 100n * TOKEN)).toEqual({
      supplyAfter: 1100n * TOKEN,
      recipientBefore: 0,
      recipientAfter: 0.090909,
      othersFactor: 0.90909,
    });
    expect(mintShares(1000n * TOKEN, 40n * TOKEN, 50n * TOKEN)).toEqual({
      supplyAfter: 1050n * TOKEN,
      recipientBefore: 0.04,
      recipientAfter: 0.085714,
      othersFactor: 0.95238,
    });
  });

  it("counts a first mint into an empty supply as the whole vote", () => {
    expect(mintShares(0n, 0n, 5n)).toEqual({ supplyAfter: 5n, recipientBefore: 0, recipientAfter: 1, othersFactor: 0 });
    expect(shareOf(1n, 0n)).toBe(0);
    expect(shareOf(1n, 3n)).toBe(0.333333);
  });
});
