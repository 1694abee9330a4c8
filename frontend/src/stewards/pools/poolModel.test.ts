import { describe, expect, it } from "vitest";
import { en, type MessageKey, type Messages } from "../../i18n/messages/en";
import { da } from "../../i18n/messages/da";
import { nb } from "../../i18n/messages/nb";
import { sv } from "../../i18n/messages/sv";
import { translate } from "../../i18n/translate";
import { approvalConsequence, ordinal, type ApprovalContext } from "./poolModel";

const GARDEN = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199" as const;
const context: ApprovalContext = {
  threshold: 2,
  remaining: 40_000_000_000n,
  payeeAllowed: true,
  amountText: "2,500 DKKT",
  payeeText: "Ballerup Nord Fællesskabshave (0x8626…1199)",
  locale: "en",
};
const say = (s: { key: MessageKey; vars?: Record<string, string | number | bigint> }, messages: Messages = en) =>
  translate(messages, s.key, s.vars);

describe("what approving a micro-grant does", () => {
  it("pays at once when this approval reaches the threshold", () => {
    const grant = { amount: 2_500_000_000n, approvals: 1, payee: GARDEN };
    expect(say(approvalConsequence(grant, context))).toBe(
      "Approving pays 2,500 DKKT to Ballerup Nord Fællesskabshave (0x8626…1199) at once, because it is the 2nd of 2 approvals.",
    );
    expect(say(approvalConsequence(grant, { ...context, locale: "da", amountText: "2.500 DKKT" }), da)).toBe(
      "At godkende betaler 2.500 DKKT til Ballerup Nord Fællesskabshave (0x8626…1199) med det samme, fordi det er den 2. af 2 godkendelser.",
    );
  });

  it("says how many approvals are still missing below the threshold", () => {
    const grant = { amount: 2_500_000_000n, approvals: 0, payee: GARDEN };
    expect(say(approvalConsequence(grant, { ...context, threshold: 3 }))).toBe(
      "Approving adds the 1st of 3 approvals; 2 more are needed before 2,500 DKKT is paid to Ballerup Nord Fællesskabshave (0x8626…1199).",
    );
    expect(say(approvalConsequence(grant, { ...context, threshold: 3 }, "propose"))).toBe(
      "Sending counts as the 1st of 3 approvals; 2 more must come from the committee before 2,500 DKKT is paid to Ballerup Nord Fællesskabshave (0x8626…1199).",
    );
  });

  it("warns before signing when the payment would be refused", () => {
    const grant = { amount: 2_500_000_000n, approvals: 1, payee: GARDEN };
    expect(approvalConsequence(grant, { ...context, remaining: 2_499_999_999n }).key).toBe(
      "stewards.approve.overBudget",
    );
    expect(approvalConsequence(grant, { ...context, payeeAllowed: false }).key).toBe("stewards.approve.unverified");
    // Below the threshold nothing is paid yet, so nothing can be refused yet.
    expect(approvalConsequence(grant, { ...context, threshold: 3, payeeAllowed: false }).key).toBe(
      "stewards.approve.adds",
    );
  });

  it("writes ordinals as each language does", () => {
    expect([1, 2, 3, 4, 11, 12, 21, 22].map((n) => ordinal("en", n))).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "21st",
      "22nd",
    ]);
    expect([1, 2, 3, 11, 21].map((n) => ordinal("sv", n))).toEqual(["1:a", "2:a", "3:e", "11:e", "21:a"]);
    expect(ordinal("da", 2)).toBe("2.");
    expect(ordinal("nb", 3)).toBe("3.");
    expect(
      say(approvalConsequence({ amount: 1n, approvals: 1, payee: GARDEN }, { ...context, locale: "sv" }), sv),
    ).toContain("det 2:a av 2 godkännanden");
    expect(
      say(approvalConsequence({ amount: 1n, approvals: 1, payee: GARDEN }, { ...context, locale: "nb" }), nb),
    ).toContain("den 2. av 2 godkjenninger");
  });
});
