import { describe, expect, it } from "vitest";
import { registrationCheckDigitValid, registrationProblem } from "./stewards";

// Real registrations in each register's own format: companies' numbers are public.
const VALID = {
  DanishCvr: ["24256790", "31415926", "27182801"], // Novo Nordisk A/S; the demo's payees
  SwedishOrgNumber: ["5560125790", "2021005489"], // AB Volvo; Stockholms kommun
  NorwegianOrgNumber: ["923609016", "974760673"], // Equinor ASA; Brønnøysundregistrene
} as const;

describe("registration numbers' check digits", () => {
  it("takes real numbers of each register", () => {
    for (const [scheme, numbers] of Object.entries(VALID))
      for (const number of numbers) {
        expect(registrationCheckDigitValid(scheme as keyof typeof VALID, number), `${scheme} ${number}`).toBe(true);
        expect(registrationProblem(scheme as keyof typeof VALID, number)).toBe(null);
      }
  });

  it("refuses every single mistyped digit and every swap of two neighbours that changes the number", () => {
    for (const [scheme, numbers] of Object.entries(VALID))
      for (const number of numbers) {
        for (let i = 0; i < number.length; i++)
          for (let digit = 0; digit <= 9; digit++) {
            if (String(digit) === number[i]) continue;
            const typo = number.slice(0, i) + digit + number.slice(i + 1);
            // Modulus 11 and Luhn catch every single wrong digit.
            expect(registrationCheckDigitValid(scheme as keyof typeof VALID, typo), `${scheme} ${typo}`).toBe(false);
          }
      }
    // Neighbours swapped: Luhn misses only 09 ↔ 90; modulus 11 catches them all.
    expect(registrationCheckDigitValid("DanishCvr", "42256790")).toBe(false);
    expect(registrationCheckDigitValid("SwedishOrgNumber", "5561025790")).toBe(false);
    expect(registrationCheckDigitValid("NorwegianOrgNumber", "926309016")).toBe(false);
  });

  it("says what is wrong: the length first, then the check digit", () => {
    expect(registrationProblem("DanishCvr", "2425679")).toBe("must be 8 digits");
    expect(registrationProblem("DanishCvr", "24256791")).toBe("has a wrong check digit (mistyped?)");
    expect(registrationProblem("SwedishOrgNumber", "5560125791")).toBe("has a wrong check digit (mistyped?)");
    expect(registrationProblem("NorwegianOrgNumber", "923609017")).toBe("has a wrong check digit (mistyped?)");
  });

  it("knows Norway's edge cases: a remainder of 0 gives the check digit 0, and of 1 no number", () => {
    // 3·1 + 2·4 = 11 ≡ 0: 11 − 0 = 11, written 0.
    expect(registrationCheckDigitValid("NorwegianOrgNumber", "100000040")).toBe(true);
    // 3·1 = 3: the check digit is 11 − 3 = 8.
    expect(registrationCheckDigitValid("NorwegianOrgNumber", "100000008")).toBe(true);
    // 2·6 = 12 ≡ 1: the check would be 10, so no ninth digit makes a number.
    for (let digit = 0; digit <= 9; digit++)
      expect(registrationCheckDigitValid("NorwegianOrgNumber", `00000006${digit}`)).toBe(false);
  });
});
