import { describe, expect, it } from "vitest";
import { EMPTY_ATTESTATION, endOfDay, validateAttestation } from "./attestationForm";

const GARDEN = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199";

describe("the attestation form", () => {
  const now = Date.UTC(2026, 10, 25) / 1000;
  const draft = {
    ...EMPTY_ATTESTATION,
    payee: GARDEN,
    legalName: "Ballerup Nord Fællesskabshave",
    number: "DK-2425 6790",
    validUntil: "2027-11-25",
  };

  it("turns a checked draft into the registry's arguments", () => {
    expect(validateAttestation(draft, { now, isVerifier: true })).toEqual({
      errors: {},
      attestation: {
        payee: GARDEN,
        legalName: "Ballerup Nord Fællesskabshave",
        scheme: 0,
        payeeKind: 0,
        number: "24256790",
        validUntil: endOfDay("2027-11-25"),
      },
    });
    expect(endOfDay("2027-11-25")).toBe(Date.UTC(2027, 10, 25, 23, 59, 59) / 1000);
  });

  it("checks the number against the chosen register, the date against today, and the role", () => {
    const swedish = validateAttestation({ ...draft, scheme: "SwedishOrgNumber" }, { now, isVerifier: true });
    expect(swedish.errors.number).toEqual({
      key: "payees.error.numberLength.SwedishOrgNumber",
      vars: { length: 10, typed: 8 },
    });
    expect(
      validateAttestation({ ...draft, validUntil: "2026-11-24" }, { now, isVerifier: true }).errors.validUntil,
    ).toEqual({
      key: "payees.error.datePast",
    });
    expect(validateAttestation({ ...draft, validUntil: "" }, { now, isVerifier: true }).errors.validUntil).toEqual({
      key: "payees.error.date",
    });
    expect(validateAttestation({ ...draft, legalName: " " }, { now, isVerifier: false })).toEqual({
      errors: { legalName: { key: "payees.error.legalName" }, form: { key: "payees.error.notVerifier" } },
      attestation: null,
    });
  });
});
