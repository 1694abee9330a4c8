import { describe, expect, it } from "vitest";
import type { Address } from "viem";
import type { DemoAccount } from "../config/deployment";
import { demoRoles, type ChainRoles } from "./demoRoles";

const ADDRESS: Address = "0x1234567890AbcdEF1234567890aBcdef12345678";
const person = (role: DemoAccount["role"], district?: string): DemoAccount => ({
  index: 1,
  address: ADDRESS,
  name: "Someone",
  role,
  ...(district ? { district } : {}),
});
const nothing: ChainRoles = { member: null, registrar: false, guardian: false, verifier: false, steward: false };

describe("what the demo account picker says a demo person is", () => {
  it("follows the chain: a resident the registrar admitted is a member of the district the chain says", () => {
    const sofie = person("resident", "Måløv");
    expect(demoRoles(sofie, nothing)).toEqual([{ role: "resident" }]);
    expect(demoRoles(sofie, { ...nothing, member: "Måløv" })).toEqual([{ role: "member", district: "Måløv" }]);
  });

  it("drops a role the chain no longer gives, and adds one it gives", () => {
    // A member revoked, now a verifier: the record's "member in Skovlunde" is not shown.
    expect(demoRoles(person("member", "Skovlunde"), { ...nothing, verifier: true })).toEqual([{ role: "verifier" }]);
    expect(demoRoles(person("registrar"), { ...nothing, member: "Ballerup Syd", registrar: true })).toEqual([
      { role: "member", district: "Ballerup Syd" },
      { role: "registrar" },
    ]);
    expect(demoRoles(person("guardian"), nothing)).toEqual([{ role: "resident" }]);
  });

  it("keeps what no contract records: the deployer, a grant recipient, the text service's people", () => {
    expect(demoRoles(person("deployer"), nothing)).toEqual([{ role: "deployer" }]);
    expect(demoRoles(person("payee"), { ...nothing, member: "Måløv" })).toEqual([
      { role: "member", district: "Måløv" },
      { role: "payee" },
    ]);
    expect(demoRoles(person("moderator"), nothing)).toEqual([{ role: "moderator" }]);
  });

  it("shows the demo's record until the chain has answered", () => {
    expect(demoRoles(person("member", "Måløv"), null)).toEqual([{ role: "member", district: "Måløv" }]);
  });

  it("says a holder in a fund that votes by token holds voting tokens while the chain says so", () => {
    expect(demoRoles(person("holder"), { ...nothing, holder: true })).toEqual([{ role: "holder" }]);
    expect(demoRoles(person("holder"), { ...nothing, holder: false })).toEqual([{ role: "resident" }]);
    expect(demoRoles(person("resident"), { ...nothing, holder: true })).toEqual([{ role: "holder" }]);
  });
});
