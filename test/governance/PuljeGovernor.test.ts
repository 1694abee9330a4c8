import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import { parseEther, toUtf8Bytes, ZeroAddress } from "ethers";
import { zeroAddress, type Address } from "viem";
import { proposalDescription } from "../../sdk/model/description";
import { ETH_ADDRESS } from "../../sdk/model/treasury";
import { grantActions, guardianActions, ruleChangeActions } from "../../sdk/proposals/governance";
import { DAY, HOLDER_BALANCE, membershipFund, RULES, tokenFund } from "../helpers/fixtures";
import { ProposalDriver, State } from "../helpers/governance";
import { reasonReference, text } from "../helpers/texts";
import { memberActionTypedData, signTypedDataAs } from "../helpers/typedData";

describe("PuljeGovernor", () => {
  async function fixture() {
    const f = await membershipFund();
    await f.fund.treasury.connect(f.outsider).deposit(text("seed"), { value: parseEther("10") });
    return f;
  }
  async function withoutGuardian() {
    return membershipFund({ guardian: null });
  }
  const grant = (f: Awaited<ReturnType<typeof fixture>>, proposer = f.voters[0], title = "A grant") =>
    ProposalDriver.grant(
      f.fund,
      proposer,
      { asset: ETH_ADDRESS, recipient: f.recipient.address, amount: parseEther("1") },
      title,
    );

  describe("configuration", () => {
    it("starts with the configured rules, a timestamp clock and Bravo counting", async () => {
      const { fund, guardian } = await loadFixture(fixture);
      const g = fund.governor;
      expect(await g.name()).to.equal("Test Fund");
      expect(await g.votingDelay()).to.equal(BigInt(RULES.votingDelay));
      expect(await g.votingPeriod()).to.equal(BigInt(RULES.votingPeriod));
      expect(await g.lateQuorumVoteExtension()).to.equal(BigInt(RULES.lateQuorumExtension));
      expect(await g["quorumNumerator()"]()).to.equal(25n);
      expect(await g.proposalThreshold()).to.equal(1n);
      expect(await g.majority()).to.deep.equal([1n, 2n]); // the default: more For than Against
      expect(await g.proposalGuardian()).to.equal(guardian.address);
      expect(await g.timelock()).to.equal(await fund.timelock.getAddress());
      expect(await g.token()).to.equal(fund.votesAddress);
      expect(await g.CLOCK_MODE()).to.equal("mode=timestamp");
      expect(await g.COUNTING_MODE()).to.equal("support=bravo&quorum=for,abstain");
      expect(await fund.timelock.getMinDelay()).to.equal(BigInt(RULES.timelockDelay));
    });

    it("computes quorum from the membership at the snapshot", async () => {
      const { fund, registrar, outsider } = await loadFixture(fixture);
      const before = (await time.latest()) - 1;
      await fund.membership!.connect(registrar).addMember(outsider.address, 0);
      await time.increase(1);
      expect(await fund.governor.quorum(before)).to.equal(2n); // 25 % of 8
      expect(await fund.governor.quorum((await time.latest()) - 1)).to.equal(2n); // 25 % of 9, rounded down
    });
  });

  describe("propose", () => {
    it("numbers proposals sequentially and enumerates them on-chain", async () => {
      const f = await loadFixture(fixture);
      const first = await grant(f, f.voters[0], "First");
      const second = await grant(f, f.voters[1], "Second");
      await expect(first.propose()).to.emit(f.fund.governor, "ProposalCreated");
      await second.propose();
      expect([first.id, second.id]).to.deep.equal([1n, 2n]);
      expect(await f.fund.governor.latestProposalId()).to.equal(2n);
      expect(await f.fund.governor.proposalCount()).to.equal(2n);
      const [id, targets, values, calldatas, hash] = await f.fund.governor.proposalDetailsAt(1);
      expect(id).to.equal(2n);
      expect(targets).to.deep.equal(second.actions.targets);
      expect(values).to.deep.equal(second.actions.values);
      expect(calldatas).to.deep.equal(second.actions.calldatas);
      expect(hash).to.equal(second.descriptionHash);
      expect(await f.fund.governor.proposalProposer(2)).to.equal(f.voters[1].address);
      expect(await f.fund.governor.latestProposalIdOf(f.voters[1].address)).to.equal(2n);
    });

    it("refuses a proposer below the threshold (a non-member)", async () => {
      const f = await loadFixture(fixture);
      const p = await grant(f, f.outsider);
      await expect(p.propose())
        .to.be.revertedWithCustomError(f.fund.governor, "GovernorInsufficientProposerVotes")
        .withArgs(f.outsider.address, 0, 1);
    });

    it("refuses a non-member proposing on votes delegated to them (no stake of their own)", async () => {
      const f = await loadFixture(fixture);
      await f.fund.membership!.connect(f.voters[0]).delegate(f.outsider.address);
      expect(await f.fund.membership!.getVotes(f.outsider.address)).to.equal(1n);
      const p = await grant(f, f.outsider);
      await expect(p.propose())
        .to.be.revertedWithCustomError(f.fund.governor, "GovernorProposerWithoutStake")
        .withArgs(f.outsider.address);
    });

    it("refuses a holder whose own balance is below the threshold, however many votes are delegated to them", async () => {
      const f = await loadFixture(tokenFund);
      const token = f.fund.token!;
      const [holder, friend] = f.voters;
      // 1 wei given away leaves the holder just under the 100-token threshold; a friend's 100 votes make up for it.
      await token.connect(holder).transfer(f.outsider.address, 1n);
      await token.connect(friend).delegate(holder.address);
      expect(await token.getVotes(holder.address)).to.equal(2n * HOLDER_BALANCE - 1n);
      const p = await grant(f, holder);
      await expect(p.propose())
        .to.be.revertedWithCustomError(f.fund.governor, "GovernorProposerWithoutStake")
        .withArgs(holder.address);
      // With the wei back, the holder's own balance meets the threshold again.
      await token.connect(f.outsider).transfer(holder.address, 1n);
      await expect(p.propose()).to.emit(f.fund.governor, "ProposalCreated");
      expect(await f.fund.governor.latestProposalIdOf(holder.address)).to.equal(p.id);
    });

    it("allows at most one pending or active proposal per proposer", async () => {
      const f = await loadFixture(fixture);
      const first = await grant(f, f.voters[0], "First");
      await first.propose();
      const second = await grant(f, f.voters[0], "Second");
      await expect(second.propose())
        .to.be.revertedWithCustomError(f.fund.governor, "GovernorProposerHasLiveProposal")
        .withArgs(f.voters[0].address, 1);
      await first.waitForSnapshot();
      await expect(second.propose())
        .to.be.revertedWithCustomError(f.fund.governor, "GovernorProposerHasLiveProposal")
        .withArgs(f.voters[0].address, 1);
      await first.waitForDeadline(); // defeated: no votes
      await second.propose();
      expect(second.id).to.equal(2n);
    });

    it("lets a proposer propose again once their live proposal is cancelled", async () => {
      const f = await loadFixture(fixture);
      const first = await grant(f, f.voters[0], "First");
      await first.propose();
      await first.cancel(f.guardian);
      const second = await grant(f, f.voters[0], "Second");
      await second.propose();
      expect(await second.state()).to.equal(State.Pending);
    });

    it("lets a proposer who withdrew their own pending proposal propose again at once", async () => {
      const f = await loadFixture(fixture);
      const first = await grant(f, f.voters[0], "First");
      await first.propose();
      await expect(first.cancel(f.voters[0])).to.emit(f.fund.governor, "ProposalCanceled").withArgs(first.id);
      expect(await first.state()).to.equal(State.Canceled);
      const second = await grant(f, f.voters[0], "Second");
      await second.propose();
      expect(await second.state()).to.equal(State.Pending);
      expect(await f.fund.governor.latestProposalIdOf(f.voters[0].address)).to.equal(second.id);
    });

    it("refuses a description that names another proposer (front-running protection)", async () => {
      const f = await loadFixture(fixture);
      const description = proposalDescription("Mine", text("Mine"), f.voters[0].address);
      const actions = grantActions(
        f.contracts.treasury,
        { asset: ETH_ADDRESS, recipient: f.recipient.address as Address, amount: 1n },
        description,
      );
      await expect(
        f.fund.governor.connect(f.voters[1]).propose(actions.targets, actions.values, actions.calldatas, description),
      )
        .to.be.revertedWithCustomError(f.fund.governor, "GovernorRestrictedProposer")
        .withArgs(f.voters[1].address);
    });

    it("refuses the same proposal twice", async () => {
      const f = await loadFixture(fixture);
      const p = await grant(f);
      await p.propose();
      await p.waitForSnapshot();
      await p.waitForDeadline();
      await expect(p.propose()).to.be.revertedWithCustomError(f.fund.governor, "GovernorUnexpectedProposalState");
    });

    it("refuses actions of different lengths and empty proposals", async () => {
      const f = await loadFixture(fixture);
      const g = f.fund.governor.connect(f.voters[0]);
      await expect(g.propose([ZeroAddress], [], ["0x"], "x"))
        .to.be.revertedWithCustomError(g, "GovernorInvalidProposalLength")
        .withArgs(1, 1, 0);
      await expect(g.propose([], [], [], "x"))
        .to.be.revertedWithCustomError(g, "GovernorInvalidProposalLength")
        .withArgs(0, 0, 0);
    });
  });

  describe("castVote", () => {
    it("counts one vote per member and refuses a second", async () => {
      const f = await loadFixture(fixture);
      const p = await grant(f);
      await p.propose();
      await p.waitForSnapshot();
      const reason = reasonReference("Good for the park");
      await expect(p.vote(f.voters[1], "for", reason))
        .to.emit(f.fund.governor, "VoteCast")
        .withArgs(f.voters[1].address, p.id, 1, 1, reason);
      await expect(p.vote(f.voters[1], "against"))
        .to.be.revertedWithCustomError(f.fund.governor, "GovernorAlreadyCastVote")
        .withArgs(f.voters[1].address);
    });

    it("refuses a vote before the vote opens and after it closes", async () => {
      const f = await loadFixture(fixture);
      const p = await grant(f);
      await p.propose();
      await expect(p.vote(f.voters[1])).to.be.revertedWithCustomError(
        f.fund.governor,
        "GovernorUnexpectedProposalState",
      );
      await p.waitForSnapshot();
      await p.waitForDeadline();
      await expect(p.vote(f.voters[1])).to.be.revertedWithCustomError(
        f.fund.governor,
        "GovernorUnexpectedProposalState",
      );
    });

    it("refuses an unknown vote type and an unknown proposal", async () => {
      const f = await loadFixture(fixture);
      const p = await grant(f);
      await p.propose();
      await p.waitForSnapshot();
      await expect(f.fund.governor.connect(f.voters[1]).castVote(p.id, 3)).to.be.revertedWithCustomError(
        f.fund.governor,
        "GovernorInvalidVoteType",
      );
      await expect(f.fund.governor.connect(f.voters[1]).castVote(99, 1))
        .to.be.revertedWithCustomError(f.fund.governor, "GovernorNonexistentProposal")
        .withArgs(99);
    });

    it("refuses a member admitted after the snapshot, and counts them on the next proposal", async () => {
      const f = await loadFixture(fixture);
      const p = await grant(f);
      await p.propose();
      await p.waitForSnapshot();
      await f.fund.membership!.connect(f.registrar).addMember(f.outsider.address, 1);
      await expect(p.vote(f.outsider))
        .to.be.revertedWithCustomError(f.fund.governor, "GovernorNoVotingPower")
        .withArgs(f.outsider.address, p.id);
      expect(await f.fund.governor.hasVoted(p.id, f.outsider.address)).to.equal(false);

      const later = await grant(f, f.voters[1], "Later");
      await later.propose();
      await later.waitForSnapshot();
      await expect(later.vote(f.outsider))
        .to.emit(f.fund.governor, "VoteCast")
        .withArgs(f.outsider.address, later.id, 1, 1, "");
    });

    it("refuses a member who delegated away before the snapshot; the delegate votes for both", async () => {
      const f = await loadFixture(fixture);
      const [alice, bob] = f.voters;
      await f.fund.membership!.connect(alice).delegate(bob.address);
      const p = await grant(f, f.voters[2]);
      await p.propose();
      // Moving the delegation after the snapshot changes nothing for this proposal.
      await p.waitForSnapshot();
      await f.fund.membership!.connect(alice).delegate(alice.address);
      await expect(p.vote(alice))
        .to.be.revertedWithCustomError(f.fund.governor, "GovernorNoVotingPower")
        .withArgs(alice.address, p.id);
      await expect(p.vote(bob)).to.emit(f.fund.governor, "VoteCast").withArgs(bob.address, p.id, 1, 2, "");
    });

    it("keeps separate records for a voter across 300 proposal ids (bitmap words)", async () => {
      const f = await loadFixture(fixture);
      const g = f.fund.governor;
      for (const id of [1n, 255n, 256n, 511n]) expect(await g.hasVoted(id, f.voters[0].address)).to.equal(false);
      const p = await grant(f);
      await p.propose();
      await p.waitForSnapshot();
      await p.vote(f.voters[0]);
      expect(await g.hasVoted(1, f.voters[0].address)).to.equal(true);
      expect(await g.hasVoted(257, f.voters[0].address)).to.equal(false);
      expect(await g.hasVoted(2, f.voters[0].address)).to.equal(false);
    });
  });

  describe("castVoteBySig (EIP-712)", () => {
    /**
     * A ballot (EIP-712) as the SDK builds it for a wallet to sign, for a relayer to send; the
     * domain may be altered (`overrides`) to sign for another contract or chain.
     */
    async function signedBallot(
      f: Awaited<ReturnType<typeof fixture>>,
      signer = f.voters[1],
      voter = signer.address,
      overrides: { verifyingContract?: Address; chainId?: number } = {},
    ) {
      const p = await grant(f);
      await p.propose();
      await p.waitForSnapshot();
      const governor = (await f.fund.governor.getAddress()) as Address;
      const vote = { kind: "vote", governor, voter: voter as Address, proposalId: p.id, support: 1 } as const;
      const { typedData, nonce } = await memberActionTypedData(vote);
      // The governor's domain, read by the SDK: the fund's name, version 1, this chain, the governor.
      expect(typedData.domain).to.deep.equal({
        name: "Test Fund",
        version: "1",
        chainId: Number((await ethers.provider.getNetwork()).chainId),
        verifyingContract: governor,
      });
      expect(nonce).to.equal(await f.fund.governor.nonces(voter));
      const domain = { ...typedData.domain, ...overrides };
      const signature = await signTypedDataAs(signer.address as Address, { ...typedData, domain });
      return { p, signature };
    }

    it("counts a ballot a relayer submits for the signer", async () => {
      const f = await loadFixture(fixture);
      const { p, signature } = await signedBallot(f);
      await expect(f.fund.governor.connect(f.outsider).castVoteBySig(p.id, 1, f.voters[1].address, signature))
        .to.emit(f.fund.governor, "VoteCast")
        .withArgs(f.voters[1].address, p.id, 1, 1, "");
      expect(await f.fund.governor.nonces(f.voters[1].address)).to.equal(1n);
    });

    it("refuses the same signature replayed", async () => {
      const f = await loadFixture(fixture);
      const { p, signature } = await signedBallot(f);
      await f.fund.governor.connect(f.outsider).castVoteBySig(p.id, 1, f.voters[1].address, signature);
      await expect(f.fund.governor.connect(f.outsider).castVoteBySig(p.id, 1, f.voters[1].address, signature))
        .to.be.revertedWithCustomError(f.fund.governor, "GovernorInvalidSignature")
        .withArgs(f.voters[1].address);
    });

    it("refuses a ballot signed by someone else than the voter it names", async () => {
      const f = await loadFixture(fixture);
      const { p, signature } = await signedBallot(f, f.voters[2], f.voters[1].address);
      await expect(f.fund.governor.castVoteBySig(p.id, 1, f.voters[1].address, signature))
        .to.be.revertedWithCustomError(f.fund.governor, "GovernorInvalidSignature")
        .withArgs(f.voters[1].address);
    });

    it("refuses a signature made for another contract or another chain", async () => {
      const f = await loadFixture(fixture);
      const foreignContract = await signedBallot(f, f.voters[1], f.voters[1].address, {
        verifyingContract: (await f.fund.treasury.getAddress()) as Address,
      });
      await expect(
        f.fund.governor.castVoteBySig(foreignContract.p.id, 1, f.voters[1].address, foreignContract.signature),
      ).to.be.revertedWithCustomError(f.fund.governor, "GovernorInvalidSignature");
      const f2 = await loadFixture(fixture);
      const foreignChain = await signedBallot(f2, f2.voters[1], f2.voters[1].address, { chainId: 1 });
      await expect(
        f2.fund.governor.castVoteBySig(foreignChain.p.id, 1, f2.voters[1].address, foreignChain.signature),
      ).to.be.revertedWithCustomError(f2.fund.governor, "GovernorInvalidSignature");
    });
  });

  describe("vote reasons: only references to texts kept off chain", () => {
    const reference = reasonReference("Good for the park");
    const prefix = "pulje-text:0x";
    const digits = reference.slice(prefix.length);

    /** What a voter might send as a reason that is not a reference; each is refused with its length in bytes. */
    const refused: [string, string][] = [
      ["76 characters: a digit short", reference.slice(0, 76)],
      ["78 characters: a digit more", `${reference}0`],
      ["uppercase hex digits", `${prefix}${digits.toUpperCase()}`],
      ["a wrong prefix of the right length", `pulje-note:0x${digits}`],
      ["an uppercase 0X", `pulje-text:0X${digits}`],
      ["a non-hex digit", `${reference.slice(0, 76)}g`],
      ["the words themselves", "Good for the park"],
      ["words with letters of more than one byte", "Godt for søen — ja"],
    ];

    type Fixture = Awaited<ReturnType<typeof fixture>>;
    type Voter = Fixture["voters"][number];

    /** Signs an ExtendedBallot (EIP-712) as the SDK builds it for a wallet, for a relayer to send. */
    async function extendedBallot(f: Fixture, voter: Voter, proposalId: bigint, reason: string) {
      const governor = (await f.fund.governor.getAddress()) as Address;
      const { typedData } = await memberActionTypedData({
        kind: "voteWithReason",
        governor,
        voter: voter.address as Address,
        proposalId,
        support: 1,
        reason,
      });
      return signTypedDataAs(voter.address as Address, typedData);
    }

    /** Every vote path that takes a reason; castVote and castVoteBySig send none. */
    const paths = {
      castVoteWithReason: (f: Fixture, id: bigint, voter: Voter, reason: string) =>
        f.fund.governor.connect(voter).castVoteWithReason(id, 1, reason),
      castVoteWithReasonAndParams: (f: Fixture, id: bigint, voter: Voter, reason: string) =>
        f.fund.governor.connect(voter).castVoteWithReasonAndParams(id, 1, reason, "0x"),
      castVoteWithReasonAndParamsBySig: async (f: Fixture, id: bigint, voter: Voter, reason: string) =>
        f.fund.governor
          .connect(f.outsider)
          .castVoteWithReasonAndParamsBySig(
            id,
            1,
            voter.address,
            reason,
            "0x",
            await extendedBallot(f, voter, id, reason),
          ),
    };

    async function openVote() {
      const f = await fixture();
      const p = await grant(f);
      await p.propose();
      await p.waitForSnapshot();
      return { f, p };
    }

    it("knows a reference as the prefix and 64 lowercase hex digits, 77 characters", () => {
      expect(reference).to.match(/^pulje-text:0x[0-9a-f]{64}$/);
      expect(reference).to.have.length(77);
      expect(digits.toUpperCase()).not.to.equal(digits); // there are letters to uppercase
    });

    for (const [path, cast] of Object.entries(paths)) {
      describe(path, () => {
        for (const [what, reason] of refused) {
          it(`refuses ${what}, naming its length, and counts nothing`, async () => {
            const { f, p } = await loadFixture(openVote);
            await expect(cast(f, p.id, f.voters[1], reason))
              .to.be.revertedWithCustomError(f.fund.governor, "GovernorReasonNotReference")
              .withArgs(toUtf8Bytes(reason).length);
            expect(await f.fund.governor.hasVoted(p.id, f.voters[1].address)).to.equal(false);
            expect(await f.fund.governor.proposalVotes(p.id)).to.deep.equal([0n, 0n, 0n]);
          });
        }

        it("takes a vote without a reason", async () => {
          const { f, p } = await loadFixture(openVote);
          await expect(cast(f, p.id, f.voters[1], ""))
            .to.emit(f.fund.governor, "VoteCast")
            .withArgs(f.voters[1].address, p.id, 1, 1, "");
        });

        it("takes a reference and emits it verbatim in VoteCast", async () => {
          const { f, p } = await loadFixture(openVote);
          await expect(cast(f, p.id, f.voters[1], reference))
            .to.emit(f.fund.governor, "VoteCast")
            .withArgs(f.voters[1].address, p.id, 1, 1, reference);
          expect(await f.fund.governor.hasVoted(p.id, f.voters[1].address)).to.equal(true);
        });
      });
    }
  });

  describe("late-quorum protection", () => {
    it("extends the vote when quorum is reached in its last hours", async () => {
      const f = await loadFixture(fixture);
      const p = await grant(f);
      await p.propose();
      await p.waitForSnapshot();
      const deadline = await f.fund.governor.proposalDeadline(p.id);
      await time.increaseTo(deadline - 3600n);
      await p.vote(f.voters[0]);
      const tx = p.vote(f.voters[1]); // the vote that reaches quorum (2 of 8)
      await expect(tx).to.emit(f.fund.governor, "ProposalExtended");
      const extended = BigInt(await time.latest()) + BigInt(DAY);
      expect(await f.fund.governor.proposalDeadline(p.id)).to.equal(extended);
      await time.increaseTo(deadline + 1n);
      expect(await p.state()).to.equal(State.Active);
      await p.vote(f.voters[2], "against"); // others can still react
      await time.increaseTo(extended + 1n);
      expect(await p.state()).to.equal(State.Succeeded);
    });

    it("does not extend when quorum is reached early", async () => {
      const f = await loadFixture(fixture);
      const p = await grant(f);
      await p.propose();
      await p.waitForSnapshot();
      const deadline = await f.fund.governor.proposalDeadline(p.id);
      await p.vote(f.voters[0]);
      await expect(p.vote(f.voters[1])).not.to.emit(f.fund.governor, "ProposalExtended");
      expect(await f.fund.governor.proposalDeadline(p.id)).to.equal(deadline);
    });
  });

  describe("guardian veto", () => {
    async function atState(target: bigint) {
      const f = await loadFixture(fixture);
      const p = await grant(f);
      await p.propose();
      if (target === State.Pending) return { f, p };
      await p.waitForSnapshot();
      if (target === State.Active) return { f, p };
      await p.vote(f.voters[0]);
      await p.vote(f.voters[1]);
      await p.waitForDeadline();
      if (target === State.Succeeded) return { f, p };
      await p.queue();
      return { f, p };
    }

    for (const [name, target] of [
      ["pending", State.Pending],
      ["active", State.Active],
      ["succeeded", State.Succeeded],
      ["queued", State.Queued],
    ] as const) {
      it(`cancels a ${name} proposal, and nothing can run it afterwards`, async () => {
        const { f, p } = await atState(target);
        expect(await p.state()).to.equal(target);
        await expect(p.cancel(f.guardian)).to.emit(f.fund.governor, "ProposalCanceled").withArgs(p.id);
        expect(await p.state()).to.equal(State.Canceled);
        await time.increase(10 * DAY);
        await expect(p.execute()).to.be.revertedWithCustomError(f.fund.governor, "GovernorUnexpectedProposalState");
        expect(await f.fund.treasury.balanceOf(ETH_ADDRESS)).to.equal(parseEther("10"));
      });
    }

    it("removes a queued proposal from the timelock too", async () => {
      const { f, p } = await atState(State.Queued);
      const tx = p.cancel(f.guardian);
      await expect(tx).to.emit(f.fund.timelock, "Cancelled");
    });

    it("cannot rewrite a defeated or executed proposal", async () => {
      const f = await loadFixture(fixture);
      const lost = await grant(f, f.voters[0], "Lost");
      await lost.propose();
      await lost.waitForSnapshot();
      await lost.waitForDeadline();
      await expect(lost.cancel(f.guardian))
        .to.be.revertedWithCustomError(f.fund.governor, "GovernorUnableToCancel")
        .withArgs(lost.id, f.guardian.address);

      const done = await grant(f, f.voters[1], "Done");
      await done.passAndExecute(f.voters.slice(0, 2));
      await expect(done.cancel(f.guardian)).to.be.revertedWithCustomError(
        f.fund.governor,
        "GovernorUnexpectedProposalState",
      );
    });

    it("is the guardian's alone: members, the proposer and outsiders cannot cancel", async () => {
      const { f, p } = await atState(State.Active);
      for (const caller of [f.voters[0], f.voters[3], f.outsider, f.deployer]) {
        await expect(p.cancel(caller))
          .to.be.revertedWithCustomError(f.fund.governor, "GovernorUnableToCancel")
          .withArgs(p.id, caller.address);
      }
    });

    it("can be replaced or removed only by a proposal", async () => {
      const f = await loadFixture(fixture);
      const g = f.fund.governor;
      await expect(g.connect(f.guardian).setProposalGuardian(f.outsider.address))
        .to.be.revertedWithCustomError(g, "GovernorOnlyExecutor")
        .withArgs(f.guardian.address);
      const replace = new ProposalDriver(
        f.fund,
        f.voters[0],
        guardianActions(f.contracts.governor, f.outsider.address as Address),
        "New guardian",
      );
      await expect(replace.passAndExecute(f.voters.slice(0, 2)))
        .to.emit(g, "ProposalGuardianSet")
        .withArgs(f.guardian.address, f.outsider.address);
      expect(await g.proposalGuardian()).to.equal(f.outsider.address);

      const remove = new ProposalDriver(
        f.fund,
        f.voters[1],
        guardianActions(f.contracts.governor, zeroAddress),
        "No guardian",
      );
      await remove.passAndExecute(f.voters.slice(0, 2));
      expect(await g.proposalGuardian()).to.equal(ZeroAddress);
    });

    it("without a guardian, lets a proposer withdraw their own proposal while pending, and nobody else", async () => {
      const f = await loadFixture(withoutGuardian);
      const grant = { asset: ETH_ADDRESS, recipient: f.recipient.address, amount: 1n };
      const p = await ProposalDriver.grant(f.fund, f.voters[0], grant);
      await p.propose();
      await expect(p.cancel(f.voters[1]))
        .to.be.revertedWithCustomError(f.fund.governor, "GovernorUnableToCancel")
        .withArgs(p.id, f.voters[1].address);
      await expect(p.cancel(f.voters[0])).to.emit(f.fund.governor, "ProposalCanceled");
      // Once voting opens the proposal belongs to the members: not even its proposer withdraws it.
      const later = await ProposalDriver.grant(f.fund, f.voters[0], grant, "A later grant");
      await later.propose();
      await later.waitForSnapshot();
      await expect(later.cancel(f.voters[0]))
        .to.be.revertedWithCustomError(f.fund.governor, "GovernorUnableToCancel")
        .withArgs(later.id, f.voters[0].address);
    });
  });

  describe("rules change only by proposal", () => {
    it("refuses every setter called directly, by anyone", async () => {
      const f = await loadFixture(fixture);
      const g = f.fund.governor.connect(f.voters[0]);
      for (const call of [
        () => g.setVotingDelay(1),
        () => g.setVotingPeriod(1),
        () => g.setProposalThreshold(0),
        () => g.updateQuorumNumerator(1),
        () => g.setLateQuorumVoteExtension(0),
        () => g.setMajority(2, 3),
        () => g.setProposalGuardian(ZeroAddress),
        () => g.relay(ZeroAddress, 0, "0x"),
      ]) {
        await expect(call()).to.be.revertedWithCustomError(g, "GovernorOnlyExecutor").withArgs(f.voters[0].address);
      }
      await expect(f.fund.timelock.connect(f.voters[0]).updateDelay(1))
        .to.be.revertedWithCustomError(f.fund.timelock, "TimelockUnauthorizedCaller")
        .withArgs(f.voters[0].address);
    });

    it("changes every rule through one passed proposal, effective for later proposals", async () => {
      const f = await loadFixture(fixture);
      const g = f.fund.governor;
      const tl = f.fund.timelock;
      const actions = ruleChangeActions(f.contracts, [
        { rule: "votingDelay", value: BigInt(2 * DAY) },
        { rule: "votingPeriod", value: BigInt(7 * DAY) },
        { rule: "proposalThreshold", value: 2n },
        { rule: "quorumPercent", value: 50n },
        { rule: "lateQuorumExtension", value: BigInt(2 * DAY) },
        { rule: "timelockDelay", value: BigInt(3 * DAY) },
      ]);
      const p = new ProposalDriver(f.fund, f.voters[0], actions, "New rules of the game");
      const tx = await p.passAndExecute(f.voters.slice(0, 3));
      await expect(tx)
        .to.emit(g, "VotingDelaySet")
        .withArgs(DAY, 2 * DAY);
      await expect(tx)
        .to.emit(g, "VotingPeriodSet")
        .withArgs(5 * DAY, 7 * DAY);
      await expect(tx).to.emit(g, "ProposalThresholdSet").withArgs(1, 2);
      await expect(tx).to.emit(g, "QuorumNumeratorUpdated").withArgs(25, 50);
      await expect(tx)
        .to.emit(g, "LateQuorumVoteExtensionSet")
        .withArgs(DAY, 2 * DAY);
      await expect(tx)
        .to.emit(tl, "MinDelayChange")
        .withArgs(2 * DAY, 3 * DAY);
      expect(await g.votingDelay()).to.equal(BigInt(2 * DAY));
      expect(await g.votingPeriod()).to.equal(BigInt(7 * DAY));
      expect(await g.proposalThreshold()).to.equal(2n);
      expect(await g["quorumNumerator()"]()).to.equal(50n);
      expect(await tl.getMinDelay()).to.equal(BigInt(3 * DAY));

      // One member alone can no longer propose; a member with a delegated vote can.
      const solo = await grant(f, f.voters[1], "Solo");
      await expect(solo.propose())
        .to.be.revertedWithCustomError(g, "GovernorInsufficientProposerVotes")
        .withArgs(f.voters[1].address, 1, 2);
      await f.fund.membership!.connect(f.voters[2]).delegate(f.voters[1].address);
      await time.increase(1);
      await solo.propose();
      expect((await g.proposalDeadline(solo.id)) - (await g.proposalSnapshot(solo.id))).to.equal(BigInt(7 * DAY));
    });

    it("refuses a late-quorum extension longer than the voting period", async () => {
      const f = await loadFixture(fixture);
      const g = f.fund.governor;
      const p = new ProposalDriver(
        f.fund,
        f.voters[0],
        ruleChangeActions(f.contracts, [{ rule: "lateQuorumExtension", value: BigInt(6 * DAY) }]),
        "Too long",
      );
      await p.passAndQueue(f.voters.slice(0, 2));
      await expect(p.execute())
        .to.be.revertedWithCustomError(g, "GovernorPreventLateQuorumVoteExtensionTooLarge")
        .withArgs(6 * DAY, 5 * DAY);
    });
  });

  describe("queue and execute", () => {
    it("executes nothing before the timelock delay has passed", async () => {
      const f = await loadFixture(fixture);
      const p = await grant(f);
      await p.propose();
      await p.waitForSnapshot();
      await p.vote(f.voters[0]);
      await p.vote(f.voters[1]);
      await p.waitForDeadline();
      await p.queue();
      await p.waitForEta(-2);
      await expect(p.execute()).to.be.revertedWithCustomError(f.fund.timelock, "TimelockUnexpectedOperationState");
      await p.waitForEta(0);
      await expect(p.execute()).to.emit(f.fund.treasury, "Paid");
    });

    it("lets anyone queue and execute by id alone (enumeration storage)", async () => {
      const f = await loadFixture(fixture);
      const p = await grant(f);
      await p.propose();
      await p.waitForSnapshot();
      await p.vote(f.voters[0]);
      await p.vote(f.voters[1]);
      await p.waitForDeadline();
      await expect(f.fund.governor.connect(f.outsider)["queue(uint256)"](p.id)).to.emit(
        f.fund.governor,
        "ProposalQueued",
      );
      await p.waitForEta();
      await expect(f.fund.governor.connect(f.outsider)["execute(uint256)"](p.id))
        .to.emit(f.fund.governor, "ProposalExecuted")
        .withArgs(p.id);
      await expect(f.fund.governor["queue(uint256)"](42))
        .to.be.revertedWithCustomError(f.fund.governor, "GovernorNonexistentProposal")
        .withArgs(42);
    });

    it("runs only the actions that were voted on: altered actions are an unknown proposal", async () => {
      const f = await loadFixture(fixture);
      const p = await grant(f);
      await p.passAndQueue(f.voters.slice(0, 2));
      const altered = grantActions(
        f.contracts.treasury,
        { asset: ETH_ADDRESS, recipient: f.outsider.address as Address, amount: parseEther("9") },
        p.description,
      );
      await expect(
        f.fund.governor["execute(address[],uint256[],bytes[],bytes32)"](
          altered.targets,
          altered.values,
          altered.calldatas,
          p.descriptionHash,
        ),
      ).to.be.revertedWithCustomError(f.fund.governor, "GovernorNonexistentProposal");
      await p.execute();
      expect(await f.fund.treasury.balanceOf(ETH_ADDRESS)).to.equal(parseEther("9"));
    });

    it("refuses to execute twice", async () => {
      const f = await loadFixture(fixture);
      const p = await grant(f);
      await p.passAndExecute(f.voters.slice(0, 2));
      await expect(p.execute()).to.be.revertedWithCustomError(f.fund.governor, "GovernorUnexpectedProposalState");
    });

    it("fails the whole proposal when the treasury cannot pay, and it can be run later once funded", async () => {
      const f = await loadFixture(fixture);
      const p = await ProposalDriver.grant(f.fund, f.voters[0], {
        asset: ETH_ADDRESS,
        recipient: f.recipient.address,
        amount: parseEther("15"),
      });
      await p.passAndQueue(f.voters.slice(0, 2));
      await expect(p.execute())
        .to.be.revertedWithCustomError(f.fund.treasury, "TreasuryInsufficientBalance")
        .withArgs(ETH_ADDRESS, parseEther("10"), parseEther("15"));
      expect(await p.state()).to.equal(State.Queued);
      await f.fund.treasury.connect(f.outsider).deposit(text("top-up"), { value: parseEther("5") });
      await expect(p.execute()).to.emit(f.fund.treasury, "Paid");
      expect(await f.fund.treasury.balanceOf(ETH_ADDRESS)).to.equal(0n);
    });
  });

  describe("the timelock", () => {
    it("takes orders from the governor only", async () => {
      const f = await loadFixture(fixture);
      const tl = f.fund.timelock;
      const args = [await f.fund.treasury.getAddress(), 0, "0x", ethers.ZeroHash, ethers.ZeroHash] as const;
      for (const caller of [f.deployer, f.guardian, f.voters[0]]) {
        await expect(tl.connect(caller).schedule(...args, RULES.timelockDelay))
          .to.be.revertedWithCustomError(tl, "AccessControlUnauthorizedAccount")
          .withArgs(caller.address, await tl.PROPOSER_ROLE());
        await expect(tl.connect(caller).execute(...args))
          .to.be.revertedWithCustomError(tl, "AccessControlUnauthorizedAccount")
          .withArgs(caller.address, await tl.EXECUTOR_ROLE());
        await expect(tl.connect(caller).cancel(ethers.ZeroHash))
          .to.be.revertedWithCustomError(tl, "AccessControlUnauthorizedAccount")
          .withArgs(caller.address, await tl.CANCELLER_ROLE());
      }
    });

    it("refuses ETH sent to the governor (money belongs in the treasury)", async () => {
      const f = await loadFixture(fixture);
      await expect(
        f.outsider.sendTransaction({ to: await f.fund.governor.getAddress(), value: 1n }),
      ).to.be.revertedWithCustomError(f.fund.governor, "GovernorDisabledDeposit");
    });
  });
});
