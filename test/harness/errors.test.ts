import { expect } from "chai";
import { ethers } from "hardhat";
import { decodeRevert, explainError } from "../../harness/errors";

const ANNA = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";

describe("harness: errors", () => {
  const governor = () => ethers.getContractFactory("PuljeGovernor").then((f) => f.interface);

  it("decodes a custom error from revert data nested in a provider error", async () => {
    const data = (await governor()).encodeErrorResult("GovernorProposerHasLiveProposal", [ANNA, 3]);
    const error = { message: "execution reverted", info: { error: { data } } };
    expect(decodeRevert(error)).to.deep.equal({ name: "GovernorProposerHasLiveProposal", args: [ANNA, 3n] });
    expect(explainError(error)).to.equal(
      `${ANNA} already has proposal 3 pending or open for votes; wait until it is decided.`,
    );
  });

  it("reads Hardhat's decoded message, including the proposal states a step needs", () => {
    const error = new Error(
      "VM Exception while processing transaction: reverted with custom error 'GovernorUnexpectedProposalState(4, 3, \"0x0000000000000000000000000000000000000000000000000000000000000030\")'",
    );
    expect(explainError(error)).to.equal("Proposal 4 is Defeated; this step needs it to be Succeeded or Queued.");
  });

  it("names an error it has no sentence for, and passes other errors through", async () => {
    const data = (await governor()).encodeErrorResult("GovernorInvalidVoteType", []);
    expect(explainError({ data })).to.equal("The contract refused: GovernorInvalidVoteType().");
    expect(explainError(new Error("connection refused"))).to.equal("connection refused");
    expect(explainError("plain")).to.equal("plain");
    expect(decodeRevert({ data: "0xdeadbeef" })).to.equal(null);
  });
});
