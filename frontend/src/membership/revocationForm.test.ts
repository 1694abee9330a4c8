import { describe, expect, it } from "vitest";
import { REASON_MAX, validateRevocation, type RevocationContext } from "./revocationForm";

const ANNA = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const HANS = "0xBcd4042DE499D14e55001CcbB24a551F3b954096";
const REGISTRAR = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

const context: RevocationContext = {
  connected: true,
  self: ANNA,
  members: [ANNA, HANS],
  proposerIsMember: true,
  votes: 1n,
  votesNow: 1n,
  threshold: 1n,
};
const valid = { member: HANS, reason: "Flyttet fra kommunen i 2024." };

describe("proposing to end a membership", () => {
  it("accepts a current member and a reason, whatever the address's letter case", () => {
    expect(validateRevocation(valid, context)).toEqual({});
    expect(validateRevocation({ ...valid, member: HANS.toLowerCase() }, context)).toEqual({});
  });

  it("says at the member field when none is chosen, it is oneself, or not a member", () => {
    expect(validateRevocation({ ...valid, member: "" }, context).member).toEqual({ key: "revocation.error.member" });
    expect(validateRevocation({ ...valid, member: ANNA.toLowerCase() }, context).member).toEqual({
      key: "revocation.error.self",
    });
    expect(validateRevocation({ ...valid, member: REGISTRAR }, context).member).toEqual({
      key: "revocation.error.notMember",
    });
  });

  it("wants a reason the text service keeps: not blank, at most its longest", () => {
    expect(validateRevocation({ ...valid, reason: "  \n" }, context).reason).toEqual({
      key: "revocation.error.reason",
    });
    expect(validateRevocation({ ...valid, reason: "x".repeat(REASON_MAX) }, context)).toEqual({});
    expect(validateRevocation({ ...valid, reason: "x".repeat(REASON_MAX + 1) }, context).reason).toEqual({
      key: "revocation.error.reasonLong",
      vars: { max: "20000" },
    });
  });

  it("refuses a proposer the governor would refuse: logged out, not a member, too few votes yet", () => {
    expect(validateRevocation(valid, { ...context, connected: false, self: null })).toEqual({
      form: { key: "newGrant.error.connect" },
    });
    expect(validateRevocation(valid, { ...context, self: REGISTRAR, proposerIsMember: false })).toEqual({
      form: { key: "revocation.error.proposerNotMember" },
    });
    expect(validateRevocation(valid, { ...context, votes: 0n, votesNow: 1n })).toEqual({
      form: { key: "newGrant.error.votesNotYet" },
    });
    expect(validateRevocation(valid, { ...context, votes: 0n, votesNow: 0n })).toEqual({
      form: { key: "newGrant.error.threshold", vars: { votes: "0", threshold: "1" } },
    });
  });
});
