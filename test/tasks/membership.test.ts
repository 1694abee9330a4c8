import { expect } from "chai";
import { runTask as run } from "../helpers/runTask";
import { taskChain } from "../helpers/taskChain";

// Demo accounts (config/demo.json): 1 registrar, 3–18 members, 23 a resident.
const REGISTRAR = "1";
const ANNA = "3";
const RESIDENT = 23;

describe("Membership task (registrars admit members with membership:add)", function () {
  const chain = taskChain("deployed");

  it("admits a member, and explains a refusal in a sentence", async () => {
    const { fund, signers } = chain;
    const resident = signers[RESIDENT].address;
    expect((await run("membership:add", { account: resident, district: "Måløv", from: REGISTRAR })).output).to.match(
      /^Admitted 0x5E661B79FE2D3F6cE70F5AAC07d8Cd9abb2743F1 to Måløv \(tx 0x[0-9a-f]{64}\)$/,
    );
    expect(await fund.membership!.isMember(resident)).to.equal(true);
    expect(await fund.membership!.memberCount()).to.equal(17n);
    expect((await run("membership:add", { account: resident, district: "Måløv", from: REGISTRAR })).error).to.equal(
      "0x5E66…43F1 is already a member.",
    );
    expect((await run("membership:add", { account: resident, district: "Herlev", from: REGISTRAR })).error).to.equal(
      'Unknown district "Herlev" (known: Skovlunde, Måløv, Ballerup Nord, Ballerup Syd)',
    );
    expect((await run("membership:add", { account: signers[24].address, district: "0", from: ANNA })).error).to.equal(
      `Only a registrar may do this, not 0x90F7…b906: use an account with that role, or ask the members to grant it by a proposal.`,
    );
  });
});
