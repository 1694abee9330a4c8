import { describe, expect, it } from "vitest";
import { MANDATE_MAX, NAME_MAX, validatePool, type PoolDraft, type PoolFormContext } from "./poolForm";

const A = "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955";
const B = "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f";
const C = "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720";
const DKKT = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

const NOW = Date.parse("2026-12-05T12:00:00Z") / 1000;
const context: PoolFormContext = {
  asset: { address: DKKT, decimals: 2 },
  now: NOW,
  earliestExecution: NOW + 3 * 86_400,
  connected: true,
  votes: 1n,
  votesNow: 1n,
  threshold: 1n,
};
const valid: PoolDraft = {
  asset: DKKT,
  kind: "TaskGroup",
  name: "Lys i Måløv Bypark",
  mandate: "Belysning af stierne i Måløv Bypark.",
  committee: `${A}\n${B.toLowerCase()}, ${C}\n`,
  threshold: "2",
  capPerGrant: "7 500",
  budget: "15000,50",
  endsOn: "2027-03-05",
  publicTitle: false,
};
const errorsOf = (draft: Partial<PoolDraft>, ctx: Partial<PoolFormContext> = {}) =>
  validatePool({ ...valid, ...draft }, { ...context, ...ctx }).errors;

describe("proposing a quick pool or task group", () => {
  it("turns a valid draft into the pool the proposal creates, as a pool file would", () => {
    const { errors, pool } = validatePool(valid, context);
    expect(errors).toEqual({});
    expect(pool).toEqual({
      title: "Lys i Måløv Bypark",
      description: "",
      name: "Lys i Måløv Bypark",
      mandate: "Belysning af stierne i Måløv Bypark.",
      budget: 1_500_050n,
      settings: {
        kind: 1,
        token: DKKT,
        capPerGrant: 750_000n,
        endsAt: Math.floor(new Date("2027-03-05T23:59:59").getTime() / 1000),
        committee: [A, B, C],
        threshold: 2,
      },
    });
  });

  it("wants a name and a mandate the text service keeps", () => {
    expect(errorsOf({ name: " ", mandate: "" })).toEqual({
      name: { key: "poolForm.error.name" },
      mandate: { key: "poolForm.error.mandate" },
    });
    expect(errorsOf({ name: "x".repeat(NAME_MAX + 1), mandate: "x".repeat(MANDATE_MAX + 1) })).toEqual({
      name: { key: "poolForm.error.tooLong", vars: { max: "120" } },
      mandate: { key: "poolForm.error.tooLong", vars: { max: "4000" } },
    });
  });

  it("refuses a kind that is neither", () => {
    expect(errorsOf({ kind: "Other" as PoolDraft["kind"] })).toEqual({ kind: { key: "poolForm.error.kind" } });
  });

  it("wants positive amounts in the asset's decimals, and a cap within the budget", () => {
    expect(errorsOf({ budget: "", capPerGrant: "0" })).toEqual({
      budget: { key: "poolForm.error.amount" },
      capPerGrant: { key: "poolForm.error.amount" },
    });
    expect(errorsOf({ budget: "100.125", capPerGrant: "ten" })).toEqual({
      budget: { key: "poolForm.error.decimals", vars: { decimals: "2" } },
      capPerGrant: { key: "poolForm.error.amount" },
    });
    expect(errorsOf({ budget: "5000", capPerGrant: "5000.01" })).toEqual({
      capPerGrant: { key: "poolForm.error.capOverBudget" },
    });
  });

  it("wants an end date after the proposal can be carried out", () => {
    expect(errorsOf({ endsOn: "" })).toEqual({ endsOn: { key: "poolForm.error.endsOn" } });
    expect(errorsOf({ endsOn: "2026-12-07" })).toEqual({
      endsOn: { key: "poolForm.error.endsTooSoon", vars: { at: String(NOW + 3 * 86_400) } },
    });
  });

  it("says which address of the committee is wrong, counted from 1", () => {
    expect(errorsOf({ committee: "" })).toEqual({
      committee: { key: "poolForm.error.committeeSize" },
      threshold: { key: "poolForm.error.threshold", vars: { size: "0" } },
    });
    expect(errorsOf({ committee: `${A}\n0x1234` })).toEqual({
      committee: { key: "poolForm.error.committeeAddress", vars: { place: "2" } },
    });
    expect(errorsOf({ committee: `${A} ${B} ${A.toLowerCase()}` })).toEqual({
      committee: { key: "poolForm.error.committeeDuplicate", vars: { place: "3" } },
    });
    // One letter of a mixed-case address in the wrong case: a typo its checksum catches.
    const wrongCase = `${B.slice(0, 7)}E${B.slice(8)}`;
    expect(errorsOf({ committee: `${A} ${wrongCase}` })).toEqual({
      committee: { key: "poolForm.error.committeeChecksum", vars: { place: "2" } },
    });
  });

  it("wants a threshold from 1 to the committee's size", () => {
    for (const threshold of ["", "0", "4", "1.5", "two"])
      expect(errorsOf({ threshold })).toEqual({
        threshold: { key: "poolForm.error.threshold", vars: { size: "3" } },
      });
  });

  it("refuses a proposer the governor would refuse, and returns no pool then", () => {
    expect(validatePool(valid, { ...context, connected: false })).toEqual({
      errors: { form: { key: "newGrant.error.connect" } },
      pool: null,
    });
    expect(errorsOf({}, { votes: 0n })).toEqual({ form: { key: "newGrant.error.votesNotYet" } });
    expect(errorsOf({}, { votes: 0n, votesNow: 0n })).toEqual({
      form: { key: "newGrant.error.threshold", vars: { votes: "0", threshold: "1" } },
    });
  });
});
