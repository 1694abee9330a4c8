import { expect } from "chai";
import { ethers } from "hardhat";
import { parseEther, parseUnits } from "ethers";
import { connectFund, readDeployment, type DeploymentRecord } from "../../deploy/deployments";
import { PROPOSAL_STATES } from "../../sdk/model/governance";
import { IERC20__factory } from "../../typechain-types";
import { taskChain } from "../helpers/taskChain";

// The token-weighted demo (PULJE_DEMO=token npm start): demo:deploy and demo with
// config/token-demo.json, through the content service, as npm start runs them.
describe("Demo task, token-weighted (the creators' fund and its seeded history)", function () {
  const chain = taskChain("tokenDemo");

  it("seeds a proposal in each state a holder meets, the last a pending mint", async () => {
    const result = chain.demo!.result as DeploymentRecord;
    expect(readDeployment(31337, chain.dir)).to.deep.equal(result);
    expect(result.votingMode).to.equal("token");
    expect(result.contracts.membership).to.equal(null);
    expect(result.assets.map((a) => a.symbol)).to.deep.equal(["SEKT"]);
    const fund = connectFund(result, ethers.provider);
    const states = [];
    for (let id = 1n; id <= 4n; id++) states.push(PROPOSAL_STATES[Number(await fund.governor.state(id))]);
    expect(states).to.deep.equal(["Executed", "Defeated", "Active", "Pending"]);
    const created = await fund.governor.queryFilter(fund.governor.filters.ProposalCreated());
    const pending = created.find((e) => e.args.proposalId === 4n)!;
    expect(pending.args.targets).to.deep.equal([result.contracts.token]);
    expect(fund.token!.interface.decodeFunctionData("mint", pending.args.calldatas[0])).to.deep.equal([
      chain.signers[8].address, // Frederik
      parseEther("50"),
    ]);
  });

  it("gives six holders different shares, two of whom delegated, and pays the executed grant", async () => {
    const { signers } = chain;
    const record = readDeployment(31337, chain.dir);
    const token = connectFund(record, ethers.provider).token!;
    expect(await token.totalSupply()).to.equal(parseEther("1000"));
    const votes = [];
    for (const i of [3, 4, 5, 6, 7, 8]) votes.push(await token.getVotes(signers[i].address));
    // Anna has Dennis's 100, Camilla Emma's 60; Dennis and Emma vote with nothing of their own.
    expect(votes).to.deep.equal(["500", "250", "210", "0", "0", "40"].map((v) => parseEther(v)));
    expect(await token.delegates(signers[7].address)).to.equal(signers[5].address);
    const sekt = IERC20__factory.connect(record.assets[0].address, ethers.provider);
    expect(await sekt.balanceOf(record.contracts.treasury)).to.equal(parseUnits("260000", 6));
    expect(await sekt.balanceOf(signers[19].address)).to.equal(parseUnits("40000", 6)); // Spelhuset Malmö
    const holders = record.demo!.accounts.filter((a) => a.role === "holder").map((a) => a.index);
    expect(holders).to.deep.equal([3, 4, 5, 6, 7, 8]);
  });
});
