import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture } from "@nomicfoundation/hardhat-network-helpers";
import { ETH_ADDRESS } from "../../sdk/model/treasury";
import { membershipFund, tokenFund } from "../helpers/fixtures";
import { ProposalDriver, State } from "../helpers/governance";

describe("GovernorCountingBitmap", () => {
  const grant = (f: Awaited<ReturnType<typeof membershipFund>>, proposer = f.voters[0]) =>
    ProposalDriver.grant(f.fund, proposer, { asset: ETH_ADDRESS, recipient: f.recipient.address, amount: 1n });

  it("keeps each proposal's quorum from its snapshot, whoever joins after the first vote", async () => {
    const f = await loadFixture(membershipFund);
    const p = await grant(f);
    await p.propose();
    await p.waitForSnapshot();
    await p.vote(f.voters[0], "against"); // the first vote, an Against, caches quorum = 2 (25 % of 8)
    for (const s of [f.outsider, f.recipient, f.guardian])
      await f.fund.membership!.connect(f.registrar).addMember(s.address, 0);
    expect(await f.fund.membership!.memberCount()).to.equal(11n);
    await p.vote(f.voters[1], "for");
    await p.vote(f.voters[2], "abstain"); // For + Abstain = 2: quorum reached
    await p.vote(f.voters[3], "for");
    expect(await f.fund.governor.proposalVotes(p.id)).to.deep.equal([1n, 2n, 1n]);
    await p.waitForDeadline();
    expect(await p.state()).to.equal(State.Succeeded);
  });

  it("fails quorum by one vote exactly", async () => {
    const f = await loadFixture(membershipFund);
    const p = await grant(f);
    await p.propose();
    await p.waitForSnapshot();
    await p.vote(f.voters[0], "for"); // 1 < 2
    await p.vote(f.voters[1], "against"); // Against does not count towards quorum
    await p.waitForDeadline();
    expect(await p.state()).to.equal(State.Defeated);
  });

  it("needs For strictly above Against", async () => {
    const f = await loadFixture(membershipFund);
    const p = await grant(f);
    await p.propose();
    await p.waitForSnapshot();
    for (const [i, choice] of (["for", "for", "against", "against", "abstain"] as const).entries())
      await p.vote(f.voters[i], choice);
    await p.waitForDeadline();
    expect(await p.state()).to.equal(State.Defeated);
  });

  it("still counts right when a quorum is too large to cache (2^128 - 1 votes, 100 %)", async () => {
    async function fixture() {
      const [, , , , , holder] = await ethers.getSigners(); // the fixtures' first voter
      return tokenFund({
        quorumPercent: 100,
        proposalThreshold: "0.000000000000000001", // one token unit: any holder proposes
        token: {
          name: "Huge",
          symbol: "HUGE",
          holders: [{ account: holder.address, amount: "340282366920938463463.374607431768211455" }],
        },
      });
    }
    const f = await loadFixture(fixture);
    const holder = f.voters[0];
    expect(await f.fund.token!.totalSupply()).to.equal(2n ** 128n - 1n);
    const p = await ProposalDriver.grant(f.fund, holder, {
      asset: ETH_ADDRESS,
      recipient: f.recipient.address,
      amount: 1n,
    });
    await p.propose();
    await p.waitForSnapshot();
    expect(await f.fund.governor.quorum(await f.fund.governor.proposalSnapshot(p.id))).to.equal(2n ** 128n - 1n);
    await p.vote(holder, "for");
    expect(await f.fund.governor.proposalVotes(p.id)).to.deep.equal([0n, 2n ** 128n - 1n, 0n]);
    await p.waitForDeadline();
    expect(await p.state()).to.equal(State.Succeeded);
  });
});
