import { describe, expect, it } from "vitest";
import {
  APPLICATION_PURPOSE_MAX,
  APPLICATION_TITLE_MAX,
  applicationPayee,
  decisionReasonError,
  EMPTY_APPLICATION,
  validateApplication,
  type ApplicationContext,
} from "./applicationForm";

const CLUB = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199";
const context: ApplicationContext = {
  decimals: 6,
  cap: 5_000_000_000n,
  capText: "5.000 kr.",
  isMember: true,
  isOpen: true,
};
const good = { title: "Nye mål til banen", purpose: "To mål til fodboldbanen i Måløv.", amount: "4500", payee: CLUB };

describe("the application form", () => {
  it("accepts a member's application within the cap, and gives the checksummed payee", () => {
    expect(validateApplication(good, context)).toEqual({});
    expect(validateApplication({ ...good, amount: "5000" }, context)).toEqual({});
    expect(applicationPayee({ ...good, payee: ` ${CLUB.toLowerCase()} ` })).toBe(CLUB);
  });

  it("says at each field what is missing", () => {
    expect(validateApplication(EMPTY_APPLICATION, context)).toEqual({
      title: { key: "application.error.title" },
      amount: { key: "newGrant.error.amount" },
      purpose: { key: "application.error.purpose" },
      payee: { key: "application.error.payee" },
    });
  });

  it("refuses an amount over the cap, zero, or not a number", () => {
    expect(validateApplication({ ...good, amount: "5000,000001" }, context)).toEqual({
      amount: { key: "pool.form.error.overCap", vars: { cap: "5.000 kr." } },
    });
    expect(validateApplication({ ...good, amount: "0" }, context)).toEqual({
      amount: { key: "newGrant.error.amount" },
    });
    expect(validateApplication({ ...good, amount: "fire tusind" }, context)).toEqual({
      amount: { key: "newGrant.error.amountFormat" },
    });
  });

  it("refuses texts longer than the content service keeps", () => {
    expect(APPLICATION_TITLE_MAX).toBe(120);
    expect(APPLICATION_PURPOSE_MAX).toBe(4_000);
    expect(
      validateApplication(
        { ...good, title: "a".repeat(APPLICATION_TITLE_MAX + 1), purpose: "b".repeat(APPLICATION_PURPOSE_MAX + 1) },
        context,
      ),
    ).toEqual({
      title: { key: "application.error.tooLong", vars: { max: 120 } },
      purpose: { key: "application.error.tooLong", vars: { max: 4_000 } },
    });
    expect(validateApplication({ ...good, title: "a".repeat(APPLICATION_TITLE_MAX) }, context)).toEqual({});
  });

  it("refuses a non-member (or one not logged in) and a closed pool, for the whole form", () => {
    expect(validateApplication(good, { ...context, isMember: false })).toEqual({
      form: { key: "application.error.notMember" },
    });
    expect(validateApplication(good, { ...context, isMember: null })).toEqual({
      form: { key: "application.error.notMember" },
    });
    expect(validateApplication(good, { ...context, isOpen: false, isMember: false })).toEqual({
      form: { key: "pool.form.error.closed" },
    });
  });

  it("requires the committee's reason to grant or decline", () => {
    expect(decisionReasonError("  ", "grant")).toEqual({ key: "application.error.grantReason" });
    expect(decisionReasonError("", "decline")).toEqual({ key: "application.error.declineReason" });
    expect(decisionReasonError("Uden for puljens formål.", "decline")).toBeNull();
    expect(decisionReasonError("x".repeat(2_001), "decline")).toEqual({
      key: "application.error.tooLong",
      vars: { max: 2_000 },
    });
  });
});
