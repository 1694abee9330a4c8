import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import { AbiCoder, keccak256, parseEther, toBeHex, ZeroAddress, ZeroHash } from "ethers";
import type { Address } from "viem";
import { proposalDescription } from "../../sdk/model/description";
import { ETH_ADDRESS } from "../../sdk/model/treasury";
import { grantActions } from "../../sdk/proposals/governance";
import { CallbackRecipient__factory } from "../../typechain-types";
import { RevocationReason } from "../helpers/codes";
import { DAY } from "../helpers/fixtures";
import { ProposalDriver } from "../helpers/governance";
import {
  attest,
  DKKT,
  START_DKKT,
  START_ETH,
  stewardsFund,
  verifiedFund,
  type StewardsFixture,
} from "../helpers/stewards";
import { text } from "../helpers/texts";

/**
 * Allowances: money the members reserve on the treasury for a spender (a steward pool, the
 * milestone grants) that the spender then pays out on its own rules. Here an ordinary account
 * stands in for the spender, and the impersonated timelock for a passed proposal.
 */
describe("Treasury allowances", () => {
  const decision = ethers.id("pool 1, grant 7");

  /** f.payees[6] is the spender, f.payees[0] the payee. */
  async function fixture() {
    const f = await stewardsFund();
    return { ...f, spender: f.payees[6], payee: f.payees[0], other: f.payees[7] };
  }

  for (const asset of ["DKKT", "ETH"] as const) {
    describe(`in ${asset}`, () => {
      const tokenOf = (f: StewardsFixture) => (asset === "ETH" ? ETH_ADDRESS : f.token);
      const unit = asset === "ETH" ? parseEther("0.001") : DKKT(1n);
      const start = asset === "ETH" ? START_ETH : START_DKKT;
      const balanceOf = (f: StewardsFixture, who: string) =>
        asset === "ETH" ? ethers.provider.getBalance(who) : f.dkkt.balanceOf(who);

      it("reserves money for a spender, which no grant can then pay", async () => {
        const f = await loadFixture(fixture);
        const token = tokenOf(f);
        const treasury = f.fund.treasury;
        await expect(treasury.connect(f.timelock).setAllowance(f.spender, token, 3000n * unit))
          .to.emit(treasury, "AllowanceSet")
          .withArgs(f.spender.address, token, 0n, 3000n * unit);
        expect(await treasury.allowanceOf(f.spender, token)).to.equal(3000n * unit);
        expect(await treasury.reserved(token)).to.equal(3000n * unit);
        expect(await treasury.balanceOf(token)).to.equal(start);
        expect(await treasury.available(token)).to.equal(start - 3000n * unit);

        // A grant can pay what is free, not a unit more.
        const free = start - 3000n * unit;
        await expect(treasury.connect(f.timelock).pay(token, f.payee, free + 1n, decision))
          .to.be.revertedWithCustomError(treasury, "TreasuryInsufficientBalance")
          .withArgs(token, free, free + 1n);
        await expect(treasury.connect(f.timelock).pay(token, f.payee, free, decision))
          .to.emit(treasury, "Paid")
          .withArgs(token, f.payee.address, free, decision);
        expect(await treasury.available(token)).to.equal(0n);
        expect(await treasury.balanceOf(token)).to.equal(3000n * unit);
        await expect(treasury.connect(f.timelock).pay(token, f.payee, 1n, decision))
          .to.be.revertedWithCustomError(treasury, "TreasuryInsufficientBalance")
          .withArgs(token, 0n, 1n);
      });

      it("lets the spender pay within its allowance, exactly, and not beyond", async () => {
        const f = await loadFixture(fixture);
        const token = tokenOf(f);
        const treasury = f.fund.treasury;
        await treasury.connect(f.timelock).setAllowance(f.spender, token, 3000n * unit);
        const before = await balanceOf(f, f.payee.address);
        const tx = treasury.connect(f.spender).spend(token, f.payee, 1200n * unit, decision);
        await expect(tx)
          .to.emit(treasury, "AllowanceSpent")
          .withArgs(f.spender.address, token, 1200n * unit, 1800n * unit);
        await expect(tx)
          .to.emit(treasury, "Paid")
          .withArgs(token, f.payee.address, 1200n * unit, decision);
        expect(await balanceOf(f, f.payee.address)).to.equal(before + 1200n * unit);
        expect(await treasury.allowanceOf(f.spender, token)).to.equal(1800n * unit);
        expect(await treasury.reserved(token)).to.equal(1800n * unit);
        expect(await treasury.balanceOf(token)).to.equal(start - 1200n * unit);
        expect(await treasury.available(token)).to.equal(start - 3000n * unit);

        await expect(treasury.connect(f.spender).spend(token, f.payee, 1800n * unit + 1n, decision))
          .to.be.revertedWithCustomError(treasury, "TreasurySpenderAllowanceExceeded")
          .withArgs(f.spender.address, token, 1800n * unit, 1800n * unit + 1n);
        await expect(treasury.connect(f.spender).spend(token, f.payee, 1800n * unit, decision))
          .to.emit(treasury, "AllowanceSpent")
          .withArgs(f.spender.address, token, 1800n * unit, 0n);
        expect(await treasury.reserved(token)).to.equal(0n);
        expect(await balanceOf(f, f.payee.address)).to.equal(before + 3000n * unit);
      });

      it("lets nobody without an allowance spend, and refuses a zero amount or recipient", async () => {
        const f = await loadFixture(fixture);
        const token = tokenOf(f);
        const treasury = f.fund.treasury;
        for (const who of [f.outsider, f.timelock, f.voters[0]]) {
          await expect(treasury.connect(who).spend(token, f.payee, 1n, decision))
            .to.be.revertedWithCustomError(treasury, "TreasurySpenderAllowanceExceeded")
            .withArgs(who.address, token, 0n, 1n);
        }
        await treasury.connect(f.timelock).setAllowance(f.spender, token, 10n);
        await expect(treasury.connect(f.spender).spend(token, ZeroAddress, 1n, decision))
          .to.be.revertedWithCustomError(treasury, "TreasuryInvalidRecipient")
          .withArgs(ZeroAddress);
        await expect(treasury.connect(f.spender).spend(token, f.payee, 0n, decision)).to.be.revertedWithCustomError(
          treasury,
          "TreasuryZeroAmount",
        );
      });

      it("tops an allowance up, and lets the spender give back part of it", async () => {
        const f = await loadFixture(fixture);
        const token = tokenOf(f);
        const treasury = f.fund.treasury.connect(f.timelock);
        await treasury.setAllowance(f.spender, token, 1000n * unit);
        await expect(treasury.increaseAllowance(f.spender, token, 500n * unit))
          .to.emit(treasury, "AllowanceSet")
          .withArgs(f.spender.address, token, 1000n * unit, 1500n * unit);
        await expect(treasury.increaseAllowance(f.spender, token, 0n)).to.be.revertedWithCustomError(
          treasury,
          "TreasuryZeroAmount",
        );
        const spender = f.fund.treasury.connect(f.spender);
        await expect(spender.returnAllowance(token, 600n * unit))
          .to.emit(treasury, "AllowanceReturned")
          .withArgs(f.spender.address, token, 600n * unit);
        expect(await treasury.allowanceOf(f.spender, token)).to.equal(900n * unit);
        expect(await treasury.reserved(token)).to.equal(900n * unit);
        expect(await treasury.available(token)).to.equal(start - 900n * unit);
        await expect(spender.returnAllowance(token, 900n * unit + 1n))
          .to.be.revertedWithCustomError(treasury, "TreasurySpenderAllowanceExceeded")
          .withArgs(f.spender.address, token, 900n * unit, 900n * unit + 1n);
        await expect(spender.returnAllowance(token, 0n)).to.be.revertedWithCustomError(treasury, "TreasuryZeroAmount");
        // Returning moves no money: the balance is unchanged.
        expect(await treasury.balanceOf(token)).to.equal(start);
      });

      it("reserves only money that is not reserved for another spender", async () => {
        const f = await loadFixture(fixture);
        const token = tokenOf(f);
        const treasury = f.fund.treasury.connect(f.timelock);
        await treasury.setAllowance(f.spender, token, start - 100n * unit);
        await expect(treasury.setAllowance(f.other, token, 100n * unit + 1n))
          .to.be.revertedWithCustomError(treasury, "TreasuryInsufficientBalance")
          .withArgs(token, 100n * unit, 100n * unit + 1n);
        await expect(treasury.increaseAllowance(f.spender, token, 100n * unit + 1n))
          .to.be.revertedWithCustomError(treasury, "TreasuryInsufficientBalance")
          .withArgs(token, start, start + 1n);
        await treasury.setAllowance(f.other, token, 100n * unit);
        expect(await treasury.reserved(token)).to.equal(start);
        // A spender's own reservation counts as backing for a new amount: lowering it frees money.
        await expect(treasury.setAllowance(f.spender, token, 40n * unit))
          .to.emit(treasury, "AllowanceSet")
          .withArgs(f.spender.address, token, start - 100n * unit, 40n * unit);
        expect(await treasury.reserved(token)).to.equal(140n * unit);
        await expect(treasury.setAllowance(f.spender, token, 0n))
          .to.emit(treasury, "AllowanceSet")
          .withArgs(f.spender.address, token, 40n * unit, 0n);
        expect(await treasury.reserved(token)).to.equal(100n * unit);
        expect(await treasury.available(token)).to.equal(start - 100n * unit);
      });
    });
  }

  it("lets only the timelock set or raise an allowance, and never for the zero address", async () => {
    const f = await loadFixture(fixture);
    const treasury = f.fund.treasury;
    for (const who of [f.outsider, f.spender, f.verifier, f.guardian, f.voters[0], f.deployer]) {
      await expect(treasury.connect(who).setAllowance(f.spender, f.token, 1n))
        .to.be.revertedWithCustomError(treasury, "OwnableUnauthorizedAccount")
        .withArgs(who.address);
      await expect(treasury.connect(who).increaseAllowance(f.spender, f.token, 1n))
        .to.be.revertedWithCustomError(treasury, "OwnableUnauthorizedAccount")
        .withArgs(who.address);
    }
    await expect(treasury.connect(f.timelock).setAllowance(ZeroAddress, f.token, 1n))
      .to.be.revertedWithCustomError(treasury, "TreasuryInvalidRecipient")
      .withArgs(ZeroAddress);
  });

  it("refuses to set a milestone contract's allowance below what its open grants owe", async () => {
    const f = await loadFixture(fixture);
    const treasury = f.fund.treasury.connect(f.timelock);
    const milestones = await f.fund.milestones.getAddress();
    await treasury.setAllowance(milestones, f.token, DKKT(150_000n));
    await f.fund.milestones
      .connect(f.timelock)
      .createGrant(
        f.payee,
        f.token,
        [DKKT(40_000n), DKKT(80_000n)],
        [text("Materials"), text("Roof laid")],
        text("Nyt tag"),
      );
    expect(await f.fund.milestones.committed(f.token)).to.equal(DKKT(120_000n));
    for (const amount of [DKKT(120_000n) - 1n, 0n]) {
      await expect(treasury.setAllowance(milestones, f.token, amount))
        .to.be.revertedWithCustomError(treasury, "TreasuryAllowanceBelowOwed")
        .withArgs(milestones, f.token, amount, DKKT(120_000n));
    }
    expect(await treasury.allowanceOf(milestones, f.token)).to.equal(DKKT(150_000n));
    // Down to exactly what is owed is allowed: the rest is freed.
    await expect(treasury.setAllowance(milestones, f.token, DKKT(120_000n)))
      .to.emit(treasury, "AllowanceSet")
      .withArgs(milestones, f.token, DKKT(150_000n), DKKT(120_000n));
    expect(await treasury.available(f.token)).to.equal(START_DKKT - DKKT(120_000n));
    // Nothing is owed in another asset, so that allowance may be anything.
    await expect(treasury.setAllowance(milestones, ETH_ADDRESS, 0n))
      .to.emit(treasury, "AllowanceSet")
      .withArgs(milestones, ETH_ADDRESS, 0n, 0n);
  });

  it("keeps allowances per token: an ETH allowance does not let a spender pay DKKT", async () => {
    const f = await loadFixture(fixture);
    await f.fund.treasury.connect(f.timelock).setAllowance(f.spender, ETH_ADDRESS, 100n);
    await expect(f.fund.treasury.connect(f.spender).spend(f.token, f.payee, 1n, decision))
      .to.be.revertedWithCustomError(f.fund.treasury, "TreasurySpenderAllowanceExceeded")
      .withArgs(f.spender.address, f.token, 0n, 1n);
    expect(await f.fund.treasury.reserved(f.token)).to.equal(0n);
    expect(await f.fund.treasury.available(ETH_ADDRESS)).to.equal(START_ETH - 100n);
  });

  it("refuses to spend reserved money a token took away on its own (e.g. a rebase)", async () => {
    const f = await loadFixture(fixture);
    const treasury = f.fund.treasury;
    await treasury.connect(f.timelock).setAllowance(f.spender, f.token, START_DKKT);
    // The stable-coin's balances mapping: find its slot, then shrink the treasury's balance.
    const shrunk = DKKT(1_000n);
    for (let slot = 0; slot < 10; slot++) {
      const key = keccak256(AbiCoder.defaultAbiCoder().encode(["address", "uint256"], [f.treasuryAddress, slot]));
      const old = await ethers.provider.getStorage(f.token, key);
      await ethers.provider.send("hardhat_setStorageAt", [f.token, key, toBeHex(shrunk, 32)]);
      if ((await f.dkkt.balanceOf(f.treasuryAddress)) === shrunk) break;
      await ethers.provider.send("hardhat_setStorageAt", [f.token, key, old]);
    }
    expect(await treasury.balanceOf(f.token)).to.equal(shrunk);
    expect(await treasury.available(f.token)).to.equal(0n);
    await expect(treasury.connect(f.spender).spend(f.token, f.payee, shrunk + 1n, decision))
      .to.be.revertedWithCustomError(treasury, "TreasuryInsufficientBalance")
      .withArgs(f.token, shrunk, shrunk + 1n);
    // Nothing is free for anyone else either, even though more is reserved than held.
    await expect(treasury.connect(f.timelock).setAllowance(f.other, f.token, 1n))
      .to.be.revertedWithCustomError(treasury, "TreasuryInsufficientBalance")
      .withArgs(f.token, 0n, 1n);
    await treasury.connect(f.spender).spend(f.token, f.payee, shrunk, decision);
    expect(await treasury.reserved(f.token)).to.equal(START_DKKT - shrunk);
  });

  it("cannot be made to pay again by a payee re-entering spend while it is paid", async () => {
    const f = await loadFixture(fixture);
    const treasury = f.fund.treasury;
    const evil = await new CallbackRecipient__factory(f.deployer).deploy();
    await treasury.connect(f.timelock).setAllowance(f.spender, ETH_ADDRESS, parseEther("2"));
    await treasury.connect(f.timelock).setAllowance(evil, ETH_ADDRESS, parseEther("2"));
    await evil.setCallback(
      f.treasuryAddress,
      treasury.interface.encodeFunctionData("spend", [ETH_ADDRESS, await evil.getAddress(), parseEther("1"), decision]),
    );
    await treasury.connect(f.spender).spend(ETH_ADDRESS, evil, parseEther("1"), decision);
    expect(await evil.attempted()).to.equal(true);
    expect(await evil.callbackSucceeded()).to.equal(false);
    expect(await evil.callbackResult()).to.equal(treasury.interface.getError("ReentrancyGuardReentrantCall")!.selector);
    expect(await ethers.provider.getBalance(evil)).to.equal(parseEther("1"));
    expect(await treasury.allowanceOf(evil, ETH_ADDRESS)).to.equal(parseEther("2"));
    expect(await treasury.balanceOf(ETH_ADDRESS)).to.equal(START_ETH - parseEther("1"));
  });

  describe("with verified payees required", () => {
    async function verified() {
      const f = await verifiedFund();
      const [never, revoked, expired, good] = f.payees;
      await attest(f, revoked.address);
      await f.fund.payees
        .connect(f.verifier)
        .revoke(revoked, RevocationReason.RegistrationEnded, text("Struck off the register"));
      const expiredAt = await attest(f, expired.address, 1);
      await attest(f, good.address, 365);
      await time.increaseTo(expiredAt + 1);
      await f.fund.treasury.connect(f.timelock).setAllowance(f.payees[6], f.token, DKKT(10_000n));
      return { ...f, never, revoked, expired, good, expiredAt, spender: f.payees[6] };
    }

    it("refuses pay and spend to an unverified, revoked or expired payee, and pays a verified one", async () => {
      const f = await loadFixture(verified);
      const payees = f.fund.payees;
      for (const send of [
        (to: string) => f.fund.treasury.connect(f.timelock).pay(f.token, to, DKKT(1n), decision),
        (to: string) => f.fund.treasury.connect(f.spender).spend(f.token, to, DKKT(1n), decision),
      ]) {
        await expect(send(f.never.address))
          .to.be.revertedWithCustomError(payees, "PayeeRegistryNotVerified")
          .withArgs(f.never.address);
        await expect(send(f.revoked.address))
          .to.be.revertedWithCustomError(payees, "PayeeRegistryAttestationRevoked")
          .withArgs(f.revoked.address);
        await expect(send(f.expired.address))
          .to.be.revertedWithCustomError(payees, "PayeeRegistryAttestationExpired")
          .withArgs(f.expired.address, f.expiredAt);
        await expect(send(f.good.address)).to.emit(f.fund.treasury, "Paid");
      }
      expect(await f.dkkt.balanceOf(f.good)).to.equal(DKKT(2n));
      for (const p of [f.never, f.revoked, f.expired]) expect(await f.dkkt.balanceOf(p)).to.equal(0n);
    });

    it("makes a passed grant to an unverified payee fail at execution with the named error", async () => {
      const f = await loadFixture(verified);
      const grant = await ProposalDriver.grant(
        f.fund,
        f.voters[0],
        { asset: f.token, recipient: f.never.address, amount: DKKT(25_000n) },
        "Bænke i Måløv",
      );
      await grant.passAndQueue(f.voters.slice(0, 3));
      await expect(grant.execute())
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryNotVerified")
        .withArgs(f.never.address);
      // Once the verifier attests the payee, the same proposal can still be executed.
      await attest(f, f.never.address, 30, "Måløv Grundejerforening");
      await expect(grant.execute())
        .to.emit(f.fund.treasury, "Paid")
        .withArgs(f.token, f.never.address, DKKT(25_000n), grant.descriptionHash);
      expect(await f.dkkt.balanceOf(f.never)).to.equal(DKKT(25_000n));
    });

    it("makes a passed grant fail if the payee's attestation expires or is revoked before execution", async () => {
      const f = await loadFixture(verified);
      const [soon, later] = f.payees.slice(4, 6);
      const soonEnds = await attest(f, soon.address, 3); // runs out during the vote
      await attest(f, later.address, 365);
      const drivers = [];
      for (const [i, to] of [soon, later].entries()) {
        const description = proposalDescription(`Grant ${i}`, text(`Grant ${i}`), f.voters[i].address);
        const actions = grantActions(
          f.treasuryAddress,
          { asset: f.token, recipient: to.address as Address, amount: DKKT(1_000n) },
          description,
        );
        const d = new ProposalDriver(f.fund, f.voters[i], actions, `Grant ${i}`);
        await d.propose();
        drivers.push(d);
      }
      await drivers[0].waitForSnapshot();
      for (const d of drivers) for (const v of f.voters.slice(0, 3)) await d.vote(v);
      await drivers[0].waitForDeadline();
      for (const d of drivers) await d.queue();
      await f.fund.payees.connect(f.verifier).revoke(later, RevocationReason.RegistrationEnded, text("Bankrupt"));
      await drivers[0].waitForEta();
      expect(await time.latest()).to.be.greaterThan(soonEnds + DAY);
      await expect(drivers[0].execute())
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryAttestationExpired")
        .withArgs(soon.address, soonEnds);
      await expect(drivers[1].execute())
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryAttestationRevoked")
        .withArgs(later.address);
      expect(await f.fund.treasury.balanceOf(f.token)).to.equal(START_DKKT);
    });

    it("pays a fund account (a round's escrow) without an attestation", async () => {
      const f = await loadFixture(verified);
      await f.fund.payees.connect(f.timelock).setFundAccount(f.never, true);
      await expect(f.fund.treasury.connect(f.timelock).pay(f.token, f.never, DKKT(5n), ZeroHash))
        .to.emit(f.fund.treasury, "Paid")
        .withArgs(f.token, f.never.address, DKKT(5n), ZeroHash);
    });
  });
});
