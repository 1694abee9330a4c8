import { describe, expect, it } from "vitest";
import { en } from "../../i18n/messages/en";
import { translate } from "../../i18n/translate";
import { normaliseRegistration, payeeMayBePaid, payeeStanding } from "./payeeModel";
import type { Sentence } from "../stewardModel";

const DAY = 86_400;
const say = (s: Sentence) => translate(en, s.key, s.vars);

describe("registration numbers", () => {
  it("keeps the digits of a well-formed number, without spaces, dashes or a country prefix", () => {
    expect(normaliseRegistration("DanishCvr", "DK 24 25 67 90")).toEqual({ ok: true, number: "24256790" });
    expect(normaliseRegistration("SwedishOrgNumber", "556012-5790")).toEqual({ ok: true, number: "5560125790" });
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

  it("refuses a number whose check digit does not match, naming the register to check it in", () => {
    const typo = normaliseRegistration("DanishCvr", "24256791");
    expect(typo.ok ? "" : say(typo.error)).toBe(
      "This CVR number's last digit does not match the others (modulus 11): check it against the CVR register.",
    );
    const swapped = normaliseRegistration("SwedishOrgNumber", "556102-5790");
    expect(swapped.ok ? "" : say(swapped.error)).toBe(
      "This organisation number's last digit does not match the others (Luhn): check it against Bolagsverket.",
    );
    const norwegian = normaliseRegistration("NorwegianOrgNumber", "923 609 017");
    expect(norwegian.ok ? "" : say(norwegian.error)).toBe(
      "This organisation number's last digit does not match the others (modulus 11): check it against Brønnøysundregistrene.",
    );
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
