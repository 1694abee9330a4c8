import { describe, expect, it } from "vitest";
import {
  DESCRIPTION_MAX,
  MILESTONE_MAX,
  TITLE_MAX,
  grantTotal,
  validateMilestoneGrant,
  type MilestoneGrantContext,
  type MilestoneGrantDraft,
} from "./milestoneForm";

const BACH = "0x553BC17A05702530097c3677091C5BB47a3a7931";
const DKKT = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

const context: MilestoneGrantContext = {
  asset: { address: DKKT, decimals: 2 },
  payeeAllowed: true,
  connected: true,
  votes: 1n,
  votesNow: 1n,
  threshold: 1n,
};
const valid: MilestoneGrantDraft = {
  asset: DKKT,
  payee: ` ${BACH.toLowerCase()} `,
  title: " Ny bro over Harrestrup Å ",
  description: "En gangbro ved Skovlunde, betalt i to dele.",
  milestones: [
    { amount: "30 000", description: "Fundament støbt" },
    { amount: "45000,50", description: "Broen monteret og godkendt" },
  ],
  publicTitle: false,
};
const errorsOf = (draft: Partial<MilestoneGrantDraft>, ctx: Partial<MilestoneGrantContext> = {}) =>
  validateMilestoneGrant({ ...valid, ...draft }, { ...context, ...ctx }).errors;

describe("proposing a milestone grant", () => {
  it("turns a valid draft into the grant the proposal creates, as a grant file would", () => {
    const { errors, grant } = validateMilestoneGrant(valid, context);
    expect(errors).toEqual({});
    expect(grant).toEqual({
      title: "Ny bro over Harrestrup Å",
      description: "En gangbro ved Skovlunde, betalt i to dele.",
      payee: BACH,
      asset: DKKT,
      milestones: [
        { amount: 3_000_000n, description: "Fundament støbt" },
        { amount: 4_500_050n, description: "Broen monteret og godkendt" },
      ],
    });
    expect(grantTotal(grant!)).toBe(7_500_050n);
  });

  it("wants a payee's address, typed without mistakes, that the fund may pay", () => {
    expect(errorsOf({ payee: "" })).toEqual({ payee: { key: "milestoneForm.error.payee" } });
    expect(errorsOf({ payee: "0x553B" })).toEqual({ payee: { key: "milestoneForm.error.payee" } });
    expect(errorsOf({ payee: `0x${"0".repeat(40)}` })).toEqual({ payee: { key: "milestoneForm.error.payee" } });
    expect(errorsOf({ payee: BACH.replace("BC", "bc") })).toEqual({
      payee: { key: "milestoneForm.error.payeeChecksum" },
    });
    expect(errorsOf({}, { payeeAllowed: false })).toEqual({ payee: { key: "newGrant.error.unverified" } });
    // While the registry is being read the payee is not refused.
    expect(errorsOf({}, { payeeAllowed: null })).toEqual({});
  });

  it("wants a title and a text the content service keeps", () => {
    expect(errorsOf({ title: "  ", description: " " })).toEqual({
      title: { key: "milestoneForm.error.title" },
      description: { key: "milestoneForm.error.description" },
    });
    expect(errorsOf({ title: "x".repeat(TITLE_MAX + 1), description: "x".repeat(DESCRIPTION_MAX + 1) })).toEqual({
      title: { key: "poolForm.error.tooLong", vars: { max: "120" } },
      description: { key: "poolForm.error.tooLong", vars: { max: "20000" } },
    });
    expect(errorsOf({ title: "x".repeat(TITLE_MAX) })).toEqual({});
  });

  it("puts each milestone's problem at its row: an amount above 0 in the asset's decimals, and a description", () => {
    expect(
      errorsOf({
        milestones: [
          { amount: "0", description: "Fundament støbt" },
          { amount: "12,345", description: " " },
          { amount: "ti tusind", description: "x".repeat(MILESTONE_MAX + 1) },
          { amount: "", description: "Afsluttende syn" },
        ],
      }),
    ).toEqual({
      "amount.0": { key: "poolForm.error.amount" },
      "amount.1": { key: "poolForm.error.decimals", vars: { decimals: "2" } },
      "milestone.1": { key: "milestoneForm.error.milestone" },
      "amount.2": { key: "poolForm.error.amount" },
      "milestone.2": { key: "poolForm.error.tooLong", vars: { max: "2000" } },
      "amount.3": { key: "poolForm.error.amount" },
    });
  });

  it("takes 1 to 16 milestones, as the contract does", () => {
    expect(errorsOf({ milestones: [] })).toEqual({
      milestones: { key: "milestoneForm.error.count", vars: { max: "16" } },
    });
    const row = { amount: "100", description: "Et trin" };
    expect(errorsOf({ milestones: Array.from({ length: 16 }, () => row) })).toEqual({});
    expect(errorsOf({ milestones: Array.from({ length: 17 }, () => row) })).toEqual({
      milestones: { key: "milestoneForm.error.count", vars: { max: "16" } },
    });
  });

  it("says at the form when the proposer is not logged in or has too few votes", () => {
    expect(validateMilestoneGrant(valid, { ...context, connected: false })).toEqual({
      errors: { form: { key: "newGrant.error.connect" } },
      grant: null,
    });
    expect(errorsOf({}, { votes: 0n, votesNow: 0n })).toEqual({
      form: { key: "newGrant.error.threshold", vars: { votes: "0", threshold: "1" } },
    });
    expect(errorsOf({}, { votes: 0n, votesNow: 1n })).toEqual({ form: { key: "newGrant.error.votesNotYet" } });
  });
});
