import { describe, expect, it } from "vitest";
import { getAddress, zeroAddress } from "viem";
import type { RoundContext } from "@sdk/config/round";
import { checkRoundDraft, defaultRoundDraft, localDateTime, roundFileOf, type RoundDraft } from "./roundForm";

const DISTRICTS = ["Skovlunde", "Måløv", "Ballerup Nord", "Ballerup Syd"];
const DKKT = getAddress("0x5fbdb2315678afecb367f032d93f642f64180aa3");
const GUARDIAN = getAddress("0x90f79bf6eb2c4f870365e785982e1f101e93b906");
const REVIEWER = getAddress("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
const RULE = getAddress("0x0165878a594ca255338adfa4d48449f69242eb8f");
const DAY = 86_400;
// A chain time on the hour, so the defaults' rounding up to the next hour changes nothing.
const NOW = Math.floor(new Date(2027, 0, 4, 9, 0).getTime() / 1000);
const EARLIEST = NOW + 8 * DAY;

const context: RoundContext = {
  districts: DISTRICTS,
  asset: { address: DKKT, decimals: 6 },
  now: NOW,
  earliestExecution: EARLIEST,
  guardian: GUARDIAN,
  rule: RULE,
};
const formatTime = (s: number) => `@${s}`;

/** The defaults filled in as a steward would: two districts with budgets, texts and a reviewer. */
function filled(changes: Partial<RoundDraft> = {}): RoundDraft {
  const draft = defaultRoundDraft({
    districts: DISTRICTS,
    asset: DKKT,
    earliestExecution: EARLIEST,
    guardian: GUARDIAN,
  });
  return {
    ...draft,
    title: "Borgermillion 2027",
    description: "Fire bydele.",
    criteria: "Gavner bydelen.",
    budgets: { ...draft.budgets, Skovlunde: "250 000", "Ballerup Syd": "1,5" },
    reviewers: `${REVIEWER}\n`,
    ...changes,
  };
}

describe("the round form's defaults", () => {
  it("opens ideas for four weeks after the earliest execution, then two weeks of review and two of voting", () => {
    const draft = defaultRoundDraft({
      districts: DISTRICTS,
      asset: DKKT,
      earliestExecution: EARLIEST,
      guardian: GUARDIAN,
    });
    expect(draft.ideasEnd).toBe("2027-02-09T09:00");
    expect(draft.reviewEnd).toBe("2027-02-23T09:00");
    expect(draft.votingEnd).toBe("2027-03-09T09:00");
    expect(draft.budgets).toEqual({ Skovlunde: "", Måløv: "", "Ballerup Nord": "", "Ballerup Syd": "" });
    expect(draft.guardian).toBe(GUARDIAN);
    expect([
      draft.challengeDays,
      draft.maxIdeasPerDistrict,
      draft.maxIdeasPerMember,
      draft.minPicks,
      draft.maxPicks,
    ]).toEqual(["2", "16", "3", "1", "5"]);
  });

  it("rounds each end up to the next full hour", () => {
    const draft = defaultRoundDraft({ districts: [], asset: DKKT, earliestExecution: EARLIEST + 61, guardian: "" });
    expect(draft.ideasEnd).toBe("2027-02-09T10:00");
  });

  it("writes a time as the browser's local date and time, to the minute", () => {
    expect(localDateTime(Math.floor(new Date(2027, 11, 31, 23, 59, 30).getTime() / 1000))).toBe("2027-12-31T23:59");
  });
});

describe("the draft as the round file", () => {
  it("is the object config/round-demo.json holds", () => {
    expect(roundFileOf(filled({ guardian: "", challengeDays: " 3 " }))).toEqual({
      title: "Borgermillion 2027",
      description: "Fire bydele.",
      criteria: "Gavner bydelen.",
      asset: DKKT,
      districts: { Skovlunde: "250000", "Ballerup Syd": "1.5" },
      ideasEnd: "2027-02-09T09:00",
      reviewEnd: "2027-02-23T09:00",
      votingEnd: "2027-03-09T09:00",
      challengeDelay: "3 days",
      minPicks: 1,
      maxPicks: 5,
      maxIdeasPerDistrict: 16,
      maxIdeasPerMember: 3,
      minApprovals: 1,
      anyMemberMaySubmit: false,
      reviewers: [REVIEWER],
      guardian: null,
    });
  });

  it("becomes the round the task would open from the same file", () => {
    const { round, errors } = checkRoundDraft(filled(), context, formatTime);
    expect(errors).toBeNull();
    const ideasEnd = Math.floor(new Date(2027, 1, 9, 9, 0).getTime() / 1000);
    expect(round).toEqual({
      title: "Borgermillion 2027",
      description: "Fire bydele.",
      criteria: "Gavner bydelen.",
      params: {
        asset: DKKT,
        districts: [0, 3],
        budgets: [250_000_000_000n, 1_500_000n],
        ideasEnd,
        reviewEnd: ideasEnd + 14 * DAY,
        votingEnd: ideasEnd + 28 * DAY,
        challengeDelay: 2 * DAY,
        payoutWindow: 90 * DAY,
        minPicks: 1,
        maxPicks: 5,
        maxIdeasPerDistrict: 16,
        maxIdeasPerMember: 3,
        minApprovals: 1,
        anyMemberMaySubmit: false,
        reviewers: [REVIEWER],
        guardian: GUARDIAN,
        rule: RULE,
      },
    });
  });

  it("has no guardian when the field is left empty", () => {
    expect(checkRoundDraft(filled({ guardian: " " }), context, formatTime).round?.params.guardian).toBe(zeroAddress);
  });
});

describe("the round check's problems at the form's fields", () => {
  const errorsOf = (changes: Partial<RoundDraft>) => checkRoundDraft(filled(changes), context, formatTime).errors;

  it("asks for a name, a description and criteria", () => {
    expect(errorsOf({ title: " ", description: "", criteria: "\n" })).toEqual({
      title: { key: "roundForm.error.title" },
      description: { key: "roundForm.error.description" },
      criteria: { key: "roundForm.error.criteria" },
    });
  });

  it("refuses criteria longer than the content service keeps", () => {
    expect(errorsOf({ criteria: "x".repeat(4001) })).toEqual({
      criteria: { key: "roundForm.error.criteriaLong", vars: { max: "4000" } },
    });
  });

  it("puts a bad budget at its district, and no budget at all at the first district", () => {
    const budgets = { Skovlunde: "", Måløv: "0", "Ballerup Nord": "mange", "Ballerup Syd": "1.0000001" };
    expect(errorsOf({ budgets })).toEqual({
      "budget.Måløv": { key: "roundForm.error.budget" },
      "budget.Ballerup Nord": { key: "roundForm.error.budget" },
      "budget.Ballerup Syd": { key: "roundForm.error.budget" },
    });
    expect(errorsOf({ budgets: { Skovlunde: "", Måløv: "", "Ballerup Nord": "", "Ballerup Syd": "" } })).toEqual({
      "budget.Skovlunde": { key: "roundForm.error.noBudget" },
    });
  });

  it("refuses phases out of order, or closing ideas before the proposal could be carried out", () => {
    expect(errorsOf({ ideasEnd: localDateTime(EARLIEST), reviewEnd: localDateTime(EARLIEST) })).toEqual({
      ideasEnd: { key: "roundForm.error.ideasEndEarly", vars: { earliest: `@${EARLIEST}` } },
      reviewEnd: { key: "roundForm.error.afterIdeas" },
    });
    expect(errorsOf({ votingEnd: "2027-02-23T09:00" })).toEqual({ votingEnd: { key: "roundForm.error.afterReview" } });
    expect(errorsOf({ reviewEnd: "" })).toEqual({ reviewEnd: { key: "roundForm.error.date" } });
  });

  it("refuses limits out of range, with the range", () => {
    expect(errorsOf({ maxIdeasPerDistrict: "65", challengeDays: "to" })).toEqual({
      challengeDays: { key: "roundForm.error.days" },
      maxIdeasPerDistrict: { key: "roundForm.error.number", vars: { min: "1", max: "64" } },
    });
    expect(errorsOf({ maxPicks: "4", minPicks: "5", maxIdeasPerMember: "0", minApprovals: "1.5" })).toEqual({
      minPicks: { key: "roundForm.error.number", vars: { min: "1", max: "4" } },
      maxIdeasPerMember: { key: "roundForm.error.number", vars: { min: "1", max: "16" } },
      minApprovals: { key: "roundForm.error.number", vars: { min: "1", max: "4294967295" } },
    });
  });

  it("asks for reviewers' addresses, each once, and a guardian's address or none", () => {
    expect(errorsOf({ reviewers: "" })).toEqual({ reviewers: { key: "roundForm.error.noReviewer" } });
    expect(errorsOf({ reviewers: `${REVIEWER}\nborgerservice` })).toEqual({
      reviewers: { key: "roundForm.error.reviewer" },
    });
    expect(errorsOf({ reviewers: `${REVIEWER}\n${REVIEWER.toLowerCase()}` })).toEqual({
      reviewers: { key: "roundForm.error.reviewerTwice" },
    });
    expect(errorsOf({ guardian: "0x1234" })).toEqual({ guardian: { key: "roundForm.error.guardian" } });
  });
});
