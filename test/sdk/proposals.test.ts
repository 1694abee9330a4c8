import { expect } from "chai";
import { ethers } from "hardhat";
import { ZeroAddress } from "ethers";
import { Treasury__factory } from "../../typechain-types";
import { descriptionHash, ETH, grantActions, parseDescription, proposalDescription } from "../../harness/proposals";

const ANNA = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const TREASURY = "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9";

describe("harness: proposals", () => {
  it("writes a description with a title line, the body and the proposer suffix", () => {
    const text = proposalDescription("  Lys på skaterbanen ", "Vinterlys\n\n- 6 master ", ANNA.toLowerCase());
    expect(text).to.equal(`# Lys på skaterbanen\n\nVinterlys\n\n- 6 master\n\n#proposer=${ANNA}`);
    expect(proposalDescription("Kun titel", "", ANNA)).to.equal(`# Kun titel\n\n#proposer=${ANNA}`);
  });

  it("reads the title and body back without the suffix", () => {
    expect(parseDescription(proposalDescription("Bænke", "Ti bænke", ANNA))).to.deep.equal({
      title: "Bænke",
      body: "Ti bænke",
    });
    expect(parseDescription("Plain text proposal")).to.deep.equal({ title: "Plain text proposal", body: "" });
  });

  it("builds one treasury payment carrying the description hash as the decision", () => {
    const description = proposalDescription("Bænke", "", ANNA);
    const actions = grantActions(TREASURY, { token: ETH, recipient: ANNA, amount: 5n }, description);
    expect(actions.targets).to.deep.equal([TREASURY]);
    expect(actions.values).to.deep.equal([0n]);
    const decoded = Treasury__factory.createInterface().decodeFunctionData("pay", actions.calldatas[0]);
    expect([...decoded]).to.deep.equal([ZeroAddress, ANNA, 5n, descriptionHash(description)]);
    expect(descriptionHash(description)).to.equal(ethers.id(description));
  });
});
