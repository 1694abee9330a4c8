import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture } from "@nomicfoundation/hardhat-network-helpers";
import type { Address } from "viem";
import { checkBalances } from "../../audit/checks";
import { readGasFundEvents, reconcileGasFund } from "../../sdk/history/gasFund";
import { asTimelock, bundle, resident, sponsoredFund, userOp } from "../accounts/accountsFixture";
import { hardhatClient } from "../helpers/audit";

/**
 * The gas fund followed like the treasury: the paymaster's deposit at the EntryPoint is what went
 * in (Funded), less what the EntryPoint charged for each sponsored operation (UserOperationEvent
 * naming the paymaster), less what the members took back (Withdrawn).
 */
async function fixture() {
  const f = await sponsoredFund(); // deposits 10 ETH through the paymaster (Funded)
  const who = await resident(f);
  const membership = await f.fund.membership!.getAddress();
  const delegate = (to: string) => ({
    target: membership,
    data: f.fund.membership!.interface.encodeFunctionData("delegate", [to]),
  });
  // Two sponsored operations: the first deploys the account.
  let charged = 0n;
  for (const to of [f.voters[0].address, who.address]) {
    const receipt = await bundle(f, await userOp(f, who, [delegate(to)]));
    for (const log of receipt!.logs) {
      const parsed = f.entryPoint.interface.parseLog(log);
      if (parsed?.name === "UserOperationEvent") charged += parsed.args.actualGasCost as bigint;
    }
  }
  await f.paymaster.connect(await asTimelock(f)).withdraw(f.recipient.address, ethers.parseEther("1"));
  return { f, who, charged, paymaster: (await f.paymaster.getAddress()) as Address };
}

async function reconciled(f: Awaited<ReturnType<typeof fixture>>["f"], paymaster: Address) {
  const toBlock = BigInt(await ethers.provider.getBlockNumber());
  const events = await readGasFundEvents(hardhatClient(), paymaster, { fromBlock: 0n, toBlock });
  return { events, gasFund: reconcileGasFund(paymaster, events, await f.paymaster.deposited()) };
}

describe("audit: the gas fund", () => {
  it("explains the paymaster's deposit: deposited − gas of its operations − withdrawn", async () => {
    const { f, who, charged, paymaster } = await loadFixture(fixture);
    const { events, gasFund } = await reconciled(f, paymaster);
    expect(charged > 0n).to.equal(true);
    expect(events.operations.map((o) => [o.sender, o.success])).to.deep.equal([
      [who.address, true],
      [who.address, true],
    ]);
    expect(gasFund).to.deep.equal({
      paymaster,
      deposited: ethers.parseEther("10"),
      spent: charged,
      withdrawn: ethers.parseEther("1"),
      explained: ethers.parseEther("9") - charged,
      balance: ethers.parseEther("9") - charged,
      unexplained: 0n,
      operations: 2,
      sponsored: 2,
    });
    const check = checkBalances([], (_, amount) => `${amount} wei`, [], undefined, gasFund);
    expect(check.passed).to.equal(true);
    expect(check.evidence).to.deep.equal([
      `gas fund (paymaster ${paymaster} at the EntryPoint): deposit ${gasFund.balance} wei; deposited ${ethers.parseEther("10")} wei − gas paid for 2 sponsored operations ${charged} wei − withdrawn ${ethers.parseEther("1")} wei = ${gasFund.explained} wei: explained`,
    ]);
  });

  it("flags money deposited for the paymaster at the EntryPoint without a Funded event", async () => {
    const { f, paymaster } = await loadFixture(fixture);
    await f.entryPoint.depositTo(paymaster, { value: 5n });
    const { gasFund } = await reconciled(f, paymaster);
    expect(gasFund.unexplained).to.equal(5n);
    const check = checkBalances([], (_, amount) => `${amount} wei`, [], undefined, gasFund);
    expect(check.passed).to.equal(false);
    expect(check.evidence[0]).to.match(
      /: UNEXPLAINED INFLOW of 5 wei \(arrived without a Funded event, e\.g\. a deposit made at the EntryPoint directly\)$/,
    );
  });
});
