import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import { ZeroAddress } from "ethers";
import type { Address, Hex } from "viem";
import type { ProposalActions } from "../../sdk/proposals/actions";
import { addDistrictActions, revokeMemberActions, roleActions } from "../../sdk/proposals/governance";
import { Membership__factory, type Membership } from "../../typechain-types";
import { DAY, DISTRICTS, membershipFund } from "../helpers/fixtures";
import { ProposalDriver, State } from "../helpers/governance";

describe("Membership", () => {
  async function fixture() {
    const f = await membershipFund();
    return { ...f, membership: f.fund.membership! };
  }

  /** A fund whose registrars admit at most 2 members a day; the timelock, impersonated, stands for a passed proposal. */
  async function limited() {
    const f = await membershipFund({ admissionLimit: { count: 2, period: "1 day" } });
    const timelock = await ethers.getImpersonatedSigner(await f.fund.timelock.getAddress());
    await ethers.provider.send("hardhat_setBalance", [timelock.address, "0xde0b6b3a7640000"]);
    // Accounts no fixture role uses: the newcomers.
    const newcomers = (await ethers.getSigners()).slice(13, 20);
    return { ...f, membership: f.fund.membership!, timelock, newcomers };
  }

  /** Passes a proposal doing `actions` (calls on the membership). */
  async function governanceCalls(f: Awaited<ReturnType<typeof fixture>>, actions: ProposalActions, title: string) {
    const proposal = new ProposalDriver(f.fund, f.voters[0], actions, title);
    await proposal.passAndExecute(f.voters.slice(0, 3));
    expect(await proposal.state()).to.equal(State.Executed);
  }

  describe("deployment", () => {
    it("names the districts in order and admits the configured members with their districts", async () => {
      const { membership, voters } = await loadFixture(fixture);
      expect(await membership.districtCount()).to.equal(4n);
      for (let i = 0; i < DISTRICTS.length; i++) expect(await membership.districtName(i)).to.equal(DISTRICTS[i]);
      expect(await membership.memberCount()).to.equal(8n);
      const [district] = await membership.memberOf(voters[5].address);
      expect(district).to.equal(1n);
      expect(await membership.CLOCK_MODE()).to.equal("mode=timestamp");
      expect(await membership.clock()).to.equal(BigInt(await time.latest()));
    });

    it("uses the member's address as the token id", async () => {
      const { membership, voters } = await loadFixture(fixture);
      expect(await membership.ownerOf(BigInt(voters[0].address))).to.equal(voters[0].address);
    });

    it("refuses an unknown district id when reading a name", async () => {
      const { membership } = await loadFixture(fixture);
      await expect(membership.districtName(4))
        .to.be.revertedWithCustomError(membership, "MembershipUnknownDistrict")
        .withArgs(4, 4);
    });

    /** A deployment's Setup with one district and no founders, governed by `governance`. */
    const setup = (governance: string, overrides: Partial<Membership.SetupStruct>): Membership.SetupStruct => ({
      governance,
      registrars: [],
      districtNames: ["Skovlunde"],
      admissionLimit: 100,
      admissionPeriod: 7 * DAY,
      members: [],
      memberDistricts: [],
      ...overrides,
    });

    it("refuses founding members without exactly one district each, naming both counts", async () => {
      const [deployer, alice, bob] = await ethers.getSigners();
      const factory = new Membership__factory(deployer);
      await expect(
        factory.deploy(
          "Fund",
          "F",
          setup(deployer.address, { members: [alice.address, bob.address], memberDistricts: [0] }),
        ),
      )
        .to.be.revertedWithCustomError(factory, "MembershipFoundersMismatch")
        .withArgs(2, 1);
      await expect(
        factory.deploy("Fund", "F", setup(deployer.address, { members: [alice.address], memberDistricts: [0, 0] })),
      )
        .to.be.revertedWithCustomError(factory, "MembershipFoundersMismatch")
        .withArgs(1, 2);
    });

    it("refuses an admission period of zero seconds at construction", async () => {
      const [deployer] = await ethers.getSigners();
      const factory = new Membership__factory(deployer);
      await expect(
        factory.deploy("Fund", "F", setup(deployer.address, { admissionPeriod: 0 })),
      ).to.be.revertedWithCustomError(factory, "MembershipInvalidAdmissionPeriod");
    });
  });

  describe("addMember", () => {
    it("admits a member who can vote at once: self-delegated, one vote, joined now", async () => {
      const { membership, registrar, outsider } = await loadFixture(fixture);
      const tx = membership.connect(registrar).addMember(outsider.address, 2);
      await expect(tx).to.emit(membership, "MemberAdded").withArgs(outsider.address, 2, registrar.address);
      await expect(tx)
        .to.emit(membership, "Transfer")
        .withArgs(ZeroAddress, outsider.address, BigInt(outsider.address));
      await expect(tx).to.emit(membership, "DelegateVotesChanged").withArgs(outsider.address, 0, 1);
      expect(await membership.isMember(outsider.address)).to.equal(true);
      expect(await membership.delegates(outsider.address)).to.equal(outsider.address);
      expect(await membership.getVotes(outsider.address)).to.equal(1n);
      expect(await membership.memberOf(outsider.address)).to.deep.equal([2n, BigInt(await time.latest())]);
      expect(await membership.memberCount()).to.equal(9n);
    });

    it("refuses a second membership for the same address", async () => {
      const { membership, registrar, voters } = await loadFixture(fixture);
      await expect(membership.connect(registrar).addMember(voters[0].address, 0))
        .to.be.revertedWithCustomError(membership, "MembershipAlreadyMember")
        .withArgs(voters[0].address);
    });

    it("refuses an unknown district", async () => {
      const { membership, registrar, outsider } = await loadFixture(fixture);
      await expect(membership.connect(registrar).addMember(outsider.address, 4))
        .to.be.revertedWithCustomError(membership, "MembershipUnknownDistrict")
        .withArgs(4, 4);
    });

    it("refuses the zero address", async () => {
      const { membership, registrar } = await loadFixture(fixture);
      await expect(membership.connect(registrar).addMember(ZeroAddress, 0))
        .to.be.revertedWithCustomError(membership, "ERC721InvalidOwner")
        .withArgs(ZeroAddress);
    });

    it("is for registrars only: not members, not the deployer, not the governance itself", async () => {
      const { membership, voters, deployer, outsider, fund } = await loadFixture(fixture);
      const role = await membership.REGISTRAR_ROLE();
      for (const caller of [voters[0], deployer]) {
        await expect(membership.connect(caller).addMember(outsider.address, 0))
          .to.be.revertedWithCustomError(membership, "AccessControlUnauthorizedAccount")
          .withArgs(caller.address, role);
      }
      expect(await membership.hasRole(role, await fund.timelock.getAddress())).to.equal(false);
    });
  });

  describe("admission limit", () => {
    /** Makes the next block the first second of a period (periods are whole days since 1970). */
    async function atNextPeriod() {
      const periodStart = (Math.floor((await time.latest()) / DAY) + 1) * DAY;
      await time.setNextBlockTimestamp(periodStart);
      return periodStart;
    }

    it("lets a registrar admit up to the limit a period, then names the limit and when the period ends", async () => {
      const f = await loadFixture(limited);
      expect([await f.membership.admissionLimit(), await f.membership.admissionPeriod()]).to.deep.equal([2n, 86_400n]);
      const periodStart = await atNextPeriod();
      const registrar = f.membership.connect(f.registrar);
      await expect(registrar.addMember(f.newcomers[0].address, 0))
        .to.emit(f.membership, "MemberAdded")
        .withArgs(f.newcomers[0].address, 0, f.registrar.address);
      await registrar.addMember(f.newcomers[1].address, 1);
      await expect(registrar.addMember(f.newcomers[2].address, 2))
        .to.be.revertedWithCustomError(f.membership, "MembershipAdmissionLimitReached")
        .withArgs(2, periodStart + DAY);
      expect(await f.membership.memberCount()).to.equal(10n);
      expect(await f.membership.isMember(f.newcomers[2].address)).to.equal(false);
    });

    it("starts counting again in the next period", async () => {
      const f = await loadFixture(limited);
      const periodStart = await atNextPeriod();
      const registrar = f.membership.connect(f.registrar);
      await registrar.addMember(f.newcomers[0].address, 0);
      await registrar.addMember(f.newcomers[1].address, 0);
      await expect(registrar.addMember(f.newcomers[2].address, 0))
        .to.be.revertedWithCustomError(f.membership, "MembershipAdmissionLimitReached")
        .withArgs(2, periodStart + DAY);

      await time.increaseTo(periodStart + DAY); // the first second of the next period
      await expect(registrar.addMember(f.newcomers[2].address, 0))
        .to.emit(f.membership, "MemberAdded")
        .withArgs(f.newcomers[2].address, 0, f.registrar.address);
      await registrar.addMember(f.newcomers[3].address, 0);
      await expect(registrar.addMember(f.newcomers[4].address, 0))
        .to.be.revertedWithCustomError(f.membership, "MembershipAdmissionLimitReached")
        .withArgs(2, periodStart + 2 * DAY);
      expect(await f.membership.memberCount()).to.equal(12n);
    });

    it("does not bind the members' governance, which admits beyond it without using it up", async () => {
      const f = await loadFixture(limited);
      const periodStart = await atNextPeriod();
      const registrar = f.membership.connect(f.registrar);
      await registrar.addMember(f.newcomers[0].address, 0);
      await registrar.addMember(f.newcomers[1].address, 0);
      for (const [i, newcomer] of f.newcomers.slice(2, 5).entries()) {
        await expect(f.membership.connect(f.timelock).addMember(newcomer.address, i))
          .to.emit(f.membership, "MemberAdded")
          .withArgs(newcomer.address, i, f.timelock.address);
      }
      expect(await f.membership.memberCount()).to.equal(13n);
      expect(await f.membership.getVotes(f.newcomers[4].address)).to.equal(1n);
      // The registrar's count is still at the limit: governance's admissions were not counted.
      await expect(registrar.addMember(f.newcomers[5].address, 0))
        .to.be.revertedWithCustomError(f.membership, "MembershipAdmissionLimitReached")
        .withArgs(2, periodStart + DAY);
    });

    it("is changed only by the members' governance, with the old and new values in the event", async () => {
      const f = await loadFixture(limited);
      for (const who of [f.registrar, f.voters[0], f.deployer]) {
        await expect(f.membership.connect(who).setAdmissionLimit(50, DAY))
          .to.be.revertedWithCustomError(f.membership, "AccessControlUnauthorizedAccount")
          .withArgs(who.address, await f.membership.DEFAULT_ADMIN_ROLE());
      }
      await expect(f.membership.connect(f.timelock).setAdmissionLimit(50, 7 * DAY))
        .to.emit(f.membership, "AdmissionLimitSet")
        .withArgs(2, 50, DAY, 7 * DAY);
      expect([await f.membership.admissionLimit(), await f.membership.admissionPeriod()]).to.deep.equal([
        50n,
        604_800n,
      ]);
    });

    it("refuses a period of zero seconds, keeping the limit it had", async () => {
      const f = await loadFixture(limited);
      await expect(f.membership.connect(f.timelock).setAdmissionLimit(50, 0)).to.be.revertedWithCustomError(
        f.membership,
        "MembershipInvalidAdmissionPeriod",
      );
      expect([await f.membership.admissionLimit(), await f.membership.admissionPeriod()]).to.deep.equal([2n, 86_400n]);
    });
  });

  describe("non-transferable", () => {
    it("refuses transfers, safe transfers and approvals with MembershipNonTransferable", async () => {
      const { membership, voters, outsider } = await loadFixture(fixture);
      const holder = voters[0];
      const id = BigInt(holder.address);
      const m = membership.connect(holder);
      await expect(m.transferFrom(holder.address, outsider.address, id)).to.be.revertedWithCustomError(
        membership,
        "MembershipNonTransferable",
      );
      await expect(
        m["safeTransferFrom(address,address,uint256)"](holder.address, outsider.address, id),
      ).to.be.revertedWithCustomError(membership, "MembershipNonTransferable");
      await expect(
        m["safeTransferFrom(address,address,uint256,bytes)"](holder.address, outsider.address, id, "0x"),
      ).to.be.revertedWithCustomError(membership, "MembershipNonTransferable");
      await expect(m.approve(outsider.address, id)).to.be.revertedWithCustomError(
        membership,
        "MembershipNonTransferable",
      );
      await expect(m.setApprovalForAll(outsider.address, true)).to.be.revertedWithCustomError(
        membership,
        "MembershipNonTransferable",
      );
      expect(await membership.ownerOf(id)).to.equal(holder.address);
    });
  });

  describe("delegation (liquid democracy)", () => {
    it("moves the vote to a delegate and back, with events", async () => {
      const { membership, voters, outsider } = await loadFixture(fixture);
      const [alice, bob] = voters;
      await expect(membership.connect(alice).delegate(bob.address))
        .to.emit(membership, "DelegateChanged")
        .withArgs(alice.address, alice.address, bob.address);
      expect(await membership.getVotes(alice.address)).to.equal(0n);
      expect(await membership.getVotes(bob.address)).to.equal(2n);

      // To a non-member the community trusts, then back to herself.
      await membership.connect(alice).delegate(outsider.address);
      expect(await membership.getVotes(bob.address)).to.equal(1n);
      expect(await membership.getVotes(outsider.address)).to.equal(1n);
      await expect(membership.connect(alice).delegate(alice.address))
        .to.emit(membership, "DelegateChanged")
        .withArgs(alice.address, outsider.address, alice.address);
      expect(await membership.getVotes(alice.address)).to.equal(1n);
      expect(await membership.getVotes(outsider.address)).to.equal(0n);
    });

    it("treats delegating to the zero address as delegating to oneself (votes are never burnt)", async () => {
      const { membership, voters } = await loadFixture(fixture);
      const [alice, bob] = voters;
      await membership.connect(alice).delegate(bob.address);
      await expect(membership.connect(alice).delegate(ZeroAddress))
        .to.emit(membership, "DelegateChanged")
        .withArgs(alice.address, bob.address, alice.address);
      expect(await membership.delegates(alice.address)).to.equal(alice.address);
      expect(await membership.getVotes(alice.address)).to.equal(1n);
      expect(await membership.getVotes(bob.address)).to.equal(1n);
      expect(await membership.getVotes(ZeroAddress)).to.equal(0n);
    });

    it("accepts a delegation signed off-chain (EIP-712) exactly once", async () => {
      const { membership, voters } = await loadFixture(fixture);
      const [alice, bob, relayer] = voters;
      const expiry = (await time.latest()) + 3600;
      const domain = {
        name: "Pulje Membership",
        version: "1",
        chainId: (await ethers.provider.getNetwork()).chainId,
        verifyingContract: await membership.getAddress(),
      };
      const types = {
        Delegation: [
          { name: "delegatee", type: "address" },
          { name: "nonce", type: "uint256" },
          { name: "expiry", type: "uint256" },
        ],
      };
      const sig = ethers.Signature.from(
        await alice.signTypedData(domain, types, { delegatee: bob.address, nonce: 0, expiry }),
      );
      await membership.connect(relayer).delegateBySig(bob.address, 0, expiry, sig.v, sig.r, sig.s);
      expect(await membership.delegates(alice.address)).to.equal(bob.address);
      await expect(membership.connect(relayer).delegateBySig(bob.address, 0, expiry, sig.v, sig.r, sig.s))
        .to.be.revertedWithCustomError(membership, "InvalidAccountNonce")
        .withArgs(alice.address, 1);
    });
  });

  describe("leave", () => {
    it("lets a member leave: the vote disappears and the next membership starts self-delegated", async () => {
      const { membership, voters, registrar } = await loadFixture(fixture);
      const [alice, bob] = voters;
      await membership.connect(alice).delegate(bob.address);
      const tx = membership.connect(alice).leave();
      await expect(tx).to.emit(membership, "MemberLeft").withArgs(alice.address, 0);
      await expect(tx).to.emit(membership, "DelegateChanged").withArgs(alice.address, bob.address, alice.address);
      expect(await membership.isMember(alice.address)).to.equal(false);
      expect(await membership.getVotes(bob.address)).to.equal(1n);
      expect(await membership.memberCount()).to.equal(7n);
      await expect(membership.memberOf(alice.address))
        .to.be.revertedWithCustomError(membership, "MembershipNotMember")
        .withArgs(alice.address);

      await membership.connect(registrar).addMember(alice.address, 3);
      expect(await membership.getVotes(alice.address)).to.equal(1n);
      expect((await membership.memberOf(alice.address))[0]).to.equal(3n);
    });

    it("refuses a non-member", async () => {
      const { membership, outsider } = await loadFixture(fixture);
      await expect(membership.connect(outsider).leave())
        .to.be.revertedWithCustomError(membership, "MembershipNotMember")
        .withArgs(outsider.address);
    });
  });

  describe("governance powers (the timelock)", () => {
    it("revokes a membership only by a members' decision", async () => {
      const f = await loadFixture(fixture);
      const target = f.voters[7];
      await expect(f.membership.connect(f.registrar).revoke(target.address))
        .to.be.revertedWithCustomError(f.membership, "AccessControlUnauthorizedAccount")
        .withArgs(f.registrar.address, await f.membership.DEFAULT_ADMIN_ROLE());

      await governanceCalls(
        f,
        revokeMemberActions(f.contracts.membership!, target.address as Address),
        "Revoke a membership",
      );
      expect(await f.membership.isMember(target.address)).to.equal(false);
      expect(await f.membership.memberCount()).to.equal(7n);
    });

    it("emits MemberRevoked with the district, and refuses to revoke a non-member", async () => {
      const f = await loadFixture(fixture);
      const timelock = await ethers.getImpersonatedSigner(await f.fund.timelock.getAddress());
      await ethers.provider.send("hardhat_setBalance", [timelock.address, "0xde0b6b3a7640000"]);
      await expect(f.membership.connect(timelock).revoke(f.voters[6].address))
        .to.emit(f.membership, "MemberRevoked")
        .withArgs(f.voters[6].address, 2);
      await expect(f.membership.connect(timelock).revoke(f.outsider.address))
        .to.be.revertedWithCustomError(f.membership, "MembershipNotMember")
        .withArgs(f.outsider.address);
    });

    it("adds districts and appoints registrars only through proposals", async () => {
      const f = await loadFixture(fixture);
      await expect(f.membership.connect(f.registrar).addDistrict("Herlev")).to.be.revertedWithCustomError(
        f.membership,
        "AccessControlUnauthorizedAccount",
      );
      await governanceCalls(f, addDistrictActions(f.contracts.membership!, "Herlev"), "Add Herlev");
      expect(await f.membership.districtCount()).to.equal(5n);
      expect(await f.membership.districtName(4)).to.equal("Herlev");

      const grant = roleActions(
        f.contracts.membership!,
        "membership",
        "grant",
        (await f.membership.REGISTRAR_ROLE()) as Hex,
        f.outsider.address as Address,
      );
      await governanceCalls(f, grant, "A second registrar");
      await f.membership.connect(f.outsider).addMember(f.recipient.address, 4);
      expect((await f.membership.memberOf(f.recipient.address))[0]).to.equal(4n);
    });

    it("refuses a district without a name", async () => {
      const f = await loadFixture(fixture);
      const timelock = await ethers.getImpersonatedSigner(await f.fund.timelock.getAddress());
      await ethers.provider.send("hardhat_setBalance", [timelock.address, "0xde0b6b3a7640000"]);
      await expect(f.membership.connect(timelock).addDistrict("")).to.be.revertedWithCustomError(
        f.membership,
        "MembershipEmptyDistrictName",
      );
      await expect(f.membership.connect(timelock).addDistrict("Herlev"))
        .to.emit(f.membership, "DistrictAdded")
        .withArgs(4, "Herlev");
    });
  });

  describe("interfaces", () => {
    it("supports ERC-165, ERC-721 and AccessControl", async () => {
      const { membership } = await loadFixture(fixture);
      for (const id of ["0x01ffc9a7", "0x80ac58cd", "0x5b5e139f", "0x7965db0b"])
        expect(await membership.supportsInterface(id)).to.equal(true);
      expect(await membership.supportsInterface("0xffffffff")).to.equal(false);
    });

    it("can be constructed without registrars or districts (a fund that grows by proposals)", async () => {
      const [deployer] = await ethers.getSigners();
      const m = await new Membership__factory(deployer).deploy("Empty", "E", {
        governance: deployer.address,
        registrars: [],
        districtNames: [],
        admissionLimit: 0,
        admissionPeriod: 1,
        members: [],
        memberDistricts: [],
      });
      expect(await m.districtCount()).to.equal(0n);
      expect(await m.memberCount()).to.equal(0n);
    });
  });
});
