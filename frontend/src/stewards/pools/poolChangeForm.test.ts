import { describe, expect, it } from "vitest";
import { validatePoolChange, type PoolChangeContext, type PoolChangeDraft } from "./poolChangeForm";

const A = "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955";
const B = "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f";

const context: PoolChangeContext = {
  decimals: 2,
  closed: false,
  connected: true,
  votes: 1n,
  votesNow: 1n,
  threshold: 1n,
};
const draft: PoolChangeDraft = {
  change: "topUp",
  amount: "2 500,5",
  committee: "",
  threshold: "",
  reason: "Flere ansøgninger end ventet.",
};
const check = (d: Partial<PoolChangeDraft>, ctx: Partial<PoolChangeContext> = {}) =>
  validatePoolChange({ ...draft, ...d }, { ...context, ...ctx });

describe("proposing a change to a pool", () => {
  it("tops it up by a positive amount in the asset's decimals", () => {
    expect(check({})).toEqual({ errors: {}, change: { change: "topUp", amount: 250_050n } });
    expect(check({ amount: "" }).errors).toEqual({ amount: { key: "poolForm.error.amount" } });
    expect(check({ amount: "1.001" }).errors).toEqual({
      amount: { key: "poolForm.error.decimals", vars: { decimals: "2" } },
    });
  });

  it("changes the committee by the rules a new pool's follows", () => {
    expect(check({ change: "committee", committee: `${A}\n${B.toLowerCase()}`, threshold: "1" })).toEqual({
      errors: {},
      change: { change: "committee", committee: [A, B], threshold: 1 },
    });
    expect(check({ change: "committee", committee: `${A}\nhans`, threshold: "3" }).errors).toEqual({
      committee: { key: "poolForm.error.committeeAddress", vars: { place: "2" } },
      threshold: { key: "poolForm.error.threshold", vars: { size: "2" } },
    });
  });

  it("closes it early with nothing but a reason", () => {
    expect(check({ change: "close", amount: "" })).toEqual({ errors: {}, change: { change: "close" } });
    expect(check({ change: "close", reason: " " })).toEqual({
      errors: { reason: { key: "poolChange.error.reason" } },
      change: null,
    });
  });

  it("takes no change to a closed pool, and no proposer the governor would refuse", () => {
    expect(check({ change: "close" }, { closed: true }).errors).toEqual({ change: { key: "poolChange.error.closed" } });
    expect(check({}, { votes: 0n, votesNow: 0n }).errors).toEqual({
      form: { key: "newGrant.error.threshold", vars: { votes: "0", threshold: "1" } },
    });
  });
});
