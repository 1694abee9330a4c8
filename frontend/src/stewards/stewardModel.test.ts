import { describe, expect, it } from "vitest";
import { en, type MessageKey, type Messages } from "../i18n/messages/en";
import { da } from "../i18n/messages/da";
import { nb } from "../i18n/messages/nb";
import { sv } from "../i18n/messages/sv";
import { translate } from "../i18n/translate";
import {
  approvalConsequence,
  milestoneReleaseState,
  normaliseRegistration,
  ordinal,
  payeeMayBePaid,
  payeeStanding,
  validateEvidence,
  type ApprovalContext,
} from "./stewardModel";

const GARDEN = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199" as const;
const DAY = 86_400;
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

describe("registration numbers", () => {
  it("keeps the digits of a well-formed number, without spaces, dashes or a country prefix", () => {
    expect(normaliseRegistration("DanishCvr", "DK 12 34 56 78")).toEqual({ ok: true, number: "12345678" });
    expect(normaliseRegistration("SwedishOrgNumber", "556012-3456")).toEqual({ ok: true, number: "5560123456" });
    expect(normaliseRegistration("NorwegianOrgNumber", "923 609 016")).toEqual({ ok: true, number: "923609016" });
  });

  it("refuses letters, a missing number and the wrong length, saying which", () => {
    expect(normaliseRegistration("DanishCvr", "")).toEqual({ ok: false, error: { key: "payees.error.numberMissing" } });
    expect(normaliseRegistration("DanishCvr", "1234567A")).toEqual({
      ok: false,
      error: { key: "payees.error.numberDigits" },
    });
    const short = normaliseRegistration("DanishCvr", "1234567");
    expect(short.ok ? "" : say(short.error)).toBe("A CVR number has 8 digits; this has 7.");
    const long = normaliseRegistration("NorwegianOrgNumber", "5560123456");
    expect(long.ok ? "" : say(long.error)).toBe("A Norwegian organisation number has 9 digits; this has 10.");
  });
});

describe("payee standing", () => {
  const now = 1_800_000_000;
  it("tells verified, expiring within 30 days, expired, revoked and never attested apart", () => {
    expect(payeeStanding(null, now)).toBe("unverified");
    expect(payeeStanding({ validUntil: now + 31 * DAY, revoked: false }, now)).toBe("verified");
    expect(payeeStanding({ validUntil: now + 30 * DAY, revoked: false }, now)).toBe("expiring");
    expect(payeeStanding({ validUntil: now + 14 * DAY, revoked: false }, now)).toBe("expiring");
    expect(payeeStanding({ validUntil: now, revoked: false }, now)).toBe("expired");
    expect(payeeStanding({ validUntil: now + 100 * DAY, revoked: true }, now)).toBe("revoked");
  });

  it("lets anyone be paid unless the fund requires verification", () => {
    expect(payeeMayBePaid("unverified", false)).toBe(true);
    expect(payeeMayBePaid("unverified", true)).toBe(false);
    expect(payeeMayBePaid("expired", true)).toBe(false);
    expect(payeeMayBePaid("revoked", true)).toBe(false);
    expect(payeeMayBePaid("expiring", true)).toBe(true);
  });
});

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
