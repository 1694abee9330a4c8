import { expect } from "chai";
import { ethers } from "hardhat";
import { parseEther } from "ethers";
import { runTask as run } from "../helpers/runTask";
import { taskChain } from "../helpers/taskChain";

describe("Treasury task (anyone pays into the treasury with treasury:deposit)", function () {
  const chain = taskChain("deployed");

  it("deposits ETH with a memo", async () => {
    const { treasury } = chain.fund;
    const deposited = await run("treasury:deposit", { amount: "5", token: "ETH", memo: "Pulje 2026", from: "0" });
    expect(deposited.output).to.match(/^Deposited 5\.0 ETH into the treasury \(tx 0x[0-9a-f]{64}\)$/);
    expect(await treasury.balanceOf(ethers.ZeroAddress)).to.equal(parseEther("5"));
    const [event] = await treasury.queryFilter(treasury.filters.Deposited());
    expect([event.args.from, event.args.amount, event.args.memo]).to.deep.equal([
      chain.signers[0].address,
      parseEther("5"),
      "Pulje 2026",
    ]);
  });
});
