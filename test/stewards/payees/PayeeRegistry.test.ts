import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, mine, time } from "@nomicfoundation/hardhat-network-helpers";
import { ZeroAddress, ZeroHash } from "ethers";
import type { Address } from "viem";
import { PAYEE_KINDS, registrationProblem } from "../../../sdk/model/stewards";
import { fundAccountActions, verificationRuleActions } from "../../../sdk/proposals/stewards";
import { PayeeKind, RevocationReason } from "../../helpers/codes";
import { DAY } from "../../helpers/fixtures";
import { attest, identity, pass, Scheme, stewardsFund, verifiedFund } from "../../helpers/stewards";
import { text } from "../../helpers/texts";

const VERIFIER_ROLE = ethers.id("VERIFIER_ROLE");
/** The commitment to Bach ApS's legal name and registration number, which stay off chain. */
const BACH = identity("Bach ApS");
const COMPANY = PayeeKind.Company;

describe("PayeeRegistry", () => {
  describe("deployment", () => {
    it("is governed by the timelock, with the config's verifiers and rule", async () => {
      const f = await loadFixture(stewardsFund);
      const payees = f.fund.payees;
      expect(await payees.hasRole(ZeroHash, await f.fund.timelock.getAddress())).to.equal(true);
      expect(await payees.hasRole(ZeroHash, f.deployer.address)).to.equal(false);
      expect(await payees.hasRole(VERIFIER_ROLE, f.verifier.address)).to.equal(true);
      expect(await payees.hasRole(VERIFIER_ROLE, f.deployer.address)).to.equal(false);
      expect(await payees.verificationRequired()).to.equal(false);
      expect(await f.fund.treasury.payees()).to.equal(await payees.getAddress());
      const v = await loadFixture(verifiedFund);
      expect(await v.fund.payees.verificationRequired()).to.equal(true);
    });
  });

  describe("attest", () => {
    const registered: [keyof typeof Scheme, string][] = [
      ["DanishCvr", "24256790"],
      ["SwedishOrgNumber", "5560125790"],
      ["NorwegianOrgNumber", "923609016"],
    ];
    for (const [scheme, number] of registered) {
      for (const kind of PAYEE_KINDS) {
        it(`attests a ${kind} in the ${scheme} register, with an event carrying the register, kind and identity commitment`, async () => {
          const f = await loadFixture(stewardsFund);
          const [payee] = f.payees;
          const validUntil = (await time.latest()) + 30 * DAY;
          const who = text(`Måløv Grundejerforening, ${scheme} ${number}`);
          await expect(
            f.fund.payees.connect(f.verifier).attest(payee, Scheme[scheme], PayeeKind[kind], who, validUntil),
          )
            .to.emit(f.fund.payees, "PayeeAttested")
            .withArgs(payee.address, f.verifier.address, Scheme[scheme], PayeeKind[kind], who, validUntil);
          expect(await f.fund.payees.attestationOf(payee)).to.deep.equal([BigInt(validUntil), false, ZeroAddress]);
          expect(await f.fund.payees.isVerified(payee)).to.equal(true);
        });
      }
    }

    const wellFormed: [keyof typeof Scheme, string][] = [...registered, ["DanishCvr", "00000000"]];
    const malformed: [keyof typeof Scheme, string][] = [
      ["DanishCvr", "24256791"], // a wrong check digit: one digit mistyped
      ["SwedishOrgNumber", "5560125791"],
      ["NorwegianOrgNumber", "923609017"],
      ["DanishCvr", ""],
      ["DanishCvr", "1234567"],
      ["DanishCvr", "123456789"],
      ["DanishCvr", "1234567a"],
      ["DanishCvr", "DK123456"],
      ["DanishCvr", "1234 567"],
      ["DanishCvr", "5560123456"], // a Swedish number under the Danish register
      ["SwedishOrgNumber", "556012-3456"],
      ["SwedishOrgNumber", "556012345"],
      ["SwedishOrgNumber", "55601234567"],
      ["NorwegianOrgNumber", "92360901"],
      ["NorwegianOrgNumber", "9236090160"],
      ["NorwegianOrgNumber", "923/09016"], // '/' is just below '0'
      ["NorwegianOrgNumber", "92360901:"], // ':' is just above '9'
    ];
    // The chain never sees the number, only the commitment to it: its form is checked off chain,
    // by the SDK's model, before the identity is committed to.
    it("leaves a number's form to the SDK, which takes each register's digits and check digit and nothing else", () => {
      for (const [scheme, number] of wellFormed) expect(registrationProblem(scheme, number), number).to.equal(null);
      for (const [scheme, number] of malformed) expect(registrationProblem(scheme, number), number).to.not.equal(null);
    });

    it("refuses a zero identity commitment, the zero address, and an end that is not in the future", async () => {
      const f = await loadFixture(stewardsFund);
      const payees = f.fund.payees.connect(f.verifier);
      const [payee] = f.payees;
      const later = (await time.latest()) + DAY;
      for (const kind of [PayeeKind.Company, PayeeKind.SoleTrader]) {
        await expect(payees.attest(payee, Scheme.DanishCvr, kind, ZeroHash, later))
          .to.be.revertedWithCustomError(payees, "PayeeRegistryInvalidAttestation")
          .withArgs(payee.address, later);
      }
      expect(await payees.attestationOf(payee)).to.deep.equal([0n, false, ZeroAddress]);
      await expect(payees.attest(ZeroAddress, Scheme.DanishCvr, COMPANY, BACH, later))
        .to.be.revertedWithCustomError(payees, "PayeeRegistryInvalidAttestation")
        .withArgs(ZeroAddress, later);
      const past = (await time.latest()) - 1;
      await expect(payees.attest(payee, Scheme.DanishCvr, COMPANY, BACH, past))
        .to.be.revertedWithCustomError(payees, "PayeeRegistryInvalidAttestation")
        .withArgs(payee.address, past);
      // Ending in the very block that attests it is not in the future either.
      const now = (await time.latest()) + 10;
      await time.setNextBlockTimestamp(now);
      await expect(payees.attest(payee, Scheme.DanishCvr, COMPANY, BACH, now))
        .to.be.revertedWithCustomError(payees, "PayeeRegistryInvalidAttestation")
        .withArgs(payee.address, now);
      await time.setNextBlockTimestamp(now + 1);
      await expect(payees.attest(payee, Scheme.DanishCvr, COMPANY, BACH, now + 2)).to.emit(payees, "PayeeAttested");
    });

    it("renews an attestation, and restores one it revoked itself, with the new end date", async () => {
      const f = await loadFixture(stewardsFund);
      const [payee] = f.payees;
      const first = await attest(f, payee.address, 10);
      const second = first + 355 * DAY;
      // Renewed as what it has become since: a sole trader under a new number.
      const renewed = identity("Bach, sole trader, 87654321");
      await expect(
        f.fund.payees.connect(f.verifier).attest(payee, Scheme.DanishCvr, PayeeKind.SoleTrader, renewed, second),
      )
        .to.emit(f.fund.payees, "PayeeAttested")
        .withArgs(payee.address, f.verifier.address, Scheme.DanishCvr, PayeeKind.SoleTrader, renewed, second);
      expect(await f.fund.payees.attestationOf(payee)).to.deep.equal([BigInt(second), false, ZeroAddress]);

      await f.fund.payees
        .connect(f.verifier)
        .revoke(payee, RevocationReason.RegistrationEnded, text("Struck off the register"));
      expect(await f.fund.payees.isVerified(payee)).to.equal(false);
      const third = await attest(f, payee.address, 30);
      expect(await f.fund.payees.attestationOf(payee)).to.deep.equal([BigInt(third), false, ZeroAddress]);
      expect(await f.fund.payees.isVerified(payee)).to.equal(true);
    });

    it("is for verifiers only, and governance names new verifiers", async () => {
      const f = await loadFixture(stewardsFund);
      const later = (await time.latest()) + DAY;
      for (const who of [f.outsider, f.guardian, f.timelock, f.deployer]) {
        await expect(f.fund.payees.connect(who).attest(f.payees[0], Scheme.DanishCvr, COMPANY, BACH, later))
          .to.be.revertedWithCustomError(f.fund.payees, "AccessControlUnauthorizedAccount")
          .withArgs(who.address, VERIFIER_ROLE);
      }
      await expect(f.fund.payees.connect(f.verifier).grantRole(VERIFIER_ROLE, f.outsider))
        .to.be.revertedWithCustomError(f.fund.payees, "AccessControlUnauthorizedAccount")
        .withArgs(f.verifier.address, ZeroHash);
      await f.fund.payees.connect(f.timelock).grantRole(VERIFIER_ROLE, f.outsider);
      await expect(
        f.fund.payees.connect(f.outsider).attest(f.payees[0], Scheme.DanishCvr, COMPANY, BACH, later),
      ).to.emit(f.fund.payees, "PayeeAttested");
    });
  });

  describe("revoke", () => {
    it("revokes an attestation in force once, with the reason's code and commitment in the event", async () => {
      const f = await loadFixture(stewardsFund);
      const [payee] = f.payees;
      const validUntil = await attest(f, payee.address);
      const bankrupt = text("Bankrupt since 3 March");
      await expect(f.fund.payees.connect(f.verifier).revoke(payee, RevocationReason.RegistrationEnded, bankrupt))
        .to.emit(f.fund.payees, "PayeeRevoked")
        .withArgs(payee.address, f.verifier.address, RevocationReason.RegistrationEnded, bankrupt);
      expect(await f.fund.payees.attestationOf(payee)).to.deep.equal([BigInt(validUntil), true, f.verifier.address]);
      expect(await f.fund.payees.isVerified(payee)).to.equal(false);
      await expect(f.fund.payees.connect(f.verifier).revoke(payee, RevocationReason.Other, text("again")))
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryNothingToRevoke")
        .withArgs(payee.address);
    });

    it("refuses to revoke a payee that was never attested", async () => {
      const f = await loadFixture(stewardsFund);
      await expect(
        f.fund.payees.connect(f.verifier).revoke(f.payees[1], RevocationReason.DetailsWrong, text("unknown")),
      )
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryNothingToRevoke")
        .withArgs(f.payees[1].address);
    });

    it("revokes an expired attestation too, so a renewal is a fresh decision", async () => {
      const f = await loadFixture(stewardsFund);
      const [payee] = f.payees;
      const validUntil = await attest(f, payee.address, 1);
      await time.increaseTo(validUntil + 1);
      const struckOff = text("Expired and struck off");
      await expect(f.fund.payees.connect(f.verifier).revoke(payee, RevocationReason.RegistrationEnded, struckOff))
        .to.emit(f.fund.payees, "PayeeRevoked")
        .withArgs(payee.address, f.verifier.address, RevocationReason.RegistrationEnded, struckOff);
    });

    it("is for verifiers only", async () => {
      const f = await loadFixture(stewardsFund);
      await attest(f, f.payees[0].address);
      for (const who of [f.outsider, f.timelock, f.payees[0]]) {
        await expect(f.fund.payees.connect(who).revoke(f.payees[0], RevocationReason.Misconduct, text("no")))
          .to.be.revertedWithCustomError(f.fund.payees, "AccessControlUnauthorizedAccount")
          .withArgs(who.address, VERIFIER_ROLE);
      }
    });
  });

  describe("a revocation stands", () => {
    /** payees[0] attested and then revoked by the registrar; f.outsider is a second verifier. */
    async function revoked() {
      const f = await stewardsFund();
      await f.fund.payees.connect(f.timelock).grantRole(VERIFIER_ROLE, f.outsider);
      const [payee] = f.payees;
      const validUntil = await attest(f, payee.address);
      await f.fund.payees
        .connect(f.verifier)
        .revoke(payee, RevocationReason.RegistrationEnded, text("Struck off the register"));
      return { ...f, payee, validUntil, other: f.outsider };
    }

    it("against another verifier's attestation; the revoking verifier may attest again", async () => {
      const f = await loadFixture(revoked);
      const later = (await time.latest()) + 30 * DAY;
      await expect(f.fund.payees.connect(f.other).attest(f.payee, Scheme.DanishCvr, COMPANY, BACH, later))
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryRevocationStands")
        .withArgs(f.payee.address, f.verifier.address);
      expect(await f.fund.payees.attestationOf(f.payee)).to.deep.equal([
        BigInt(f.validUntil),
        true,
        f.verifier.address,
      ]);
      await expect(f.fund.payees.connect(f.verifier).attest(f.payee, Scheme.DanishCvr, COMPANY, BACH, later))
        .to.emit(f.fund.payees, "PayeeAttested")
        .withArgs(f.payee.address, f.verifier.address, Scheme.DanishCvr, COMPANY, BACH, later);
      expect(await f.fund.payees.attestationOf(f.payee)).to.deep.equal([BigInt(later), false, ZeroAddress]);
    });

    it("until the revoking verifier lifts it, after which another verifier may attest", async () => {
      const f = await loadFixture(revoked);
      await expect(f.fund.payees.connect(f.verifier).liftRevocation(f.payee))
        .to.emit(f.fund.payees, "RevocationLifted")
        .withArgs(f.payee.address, f.verifier.address);
      // Lifting does not reinstate the attestation; it only lets a verifier attest again.
      expect(await f.fund.payees.attestationOf(f.payee)).to.deep.equal([BigInt(f.validUntil), true, ZeroAddress]);
      expect(await f.fund.payees.isVerified(f.payee)).to.equal(false);
      await expect(f.fund.payees.connect(f.verifier).liftRevocation(f.payee))
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryNothingToLift")
        .withArgs(f.payee.address);
      const later = (await time.latest()) + 30 * DAY;
      await expect(f.fund.payees.connect(f.other).attest(f.payee, Scheme.DanishCvr, COMPANY, BACH, later))
        .to.emit(f.fund.payees, "PayeeAttested")
        .withArgs(f.payee.address, f.other.address, Scheme.DanishCvr, COMPANY, BACH, later);
      expect(await f.fund.payees.isVerified(f.payee)).to.equal(true);
    });

    it("has nothing to lift for a payee never revoked, or never attested", async () => {
      const f = await loadFixture(revoked);
      await attest(f, f.payees[1].address);
      for (const payee of [f.payees[1], f.payees[2]]) {
        await expect(f.fund.payees.connect(f.verifier).liftRevocation(payee))
          .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryNothingToLift")
          .withArgs(payee.address);
      }
    });

    it("cannot be lifted by another verifier, anyone else, or its verifier once no longer one", async () => {
      const f = await loadFixture(revoked);
      for (const who of [f.other, f.payee, f.guardian, f.deployer]) {
        await expect(f.fund.payees.connect(who).liftRevocation(f.payee))
          .to.be.revertedWithCustomError(f.fund.payees, "AccessControlUnauthorizedAccount")
          .withArgs(who.address, ZeroHash);
      }
      await f.fund.payees.connect(f.timelock).revokeRole(VERIFIER_ROLE, f.verifier);
      await expect(f.fund.payees.connect(f.verifier).liftRevocation(f.payee))
        .to.be.revertedWithCustomError(f.fund.payees, "AccessControlUnauthorizedAccount")
        .withArgs(f.verifier.address, ZeroHash);
      expect((await f.fund.payees.attestationOf(f.payee)).revokedBy).to.equal(f.verifier.address);
    });

    it("is lifted by governance, whoever revoked", async () => {
      const f = await loadFixture(revoked);
      await f.fund.payees.connect(f.timelock).revokeRole(VERIFIER_ROLE, f.verifier);
      await expect(f.fund.payees.connect(f.timelock).liftRevocation(f.payee))
        .to.emit(f.fund.payees, "RevocationLifted")
        .withArgs(f.payee.address, f.timelock.address);
      expect(await f.fund.payees.attestationOf(f.payee)).to.deep.equal([BigInt(f.validUntil), true, ZeroAddress]);
    });
  });

  describe("isVerified and checkPayee over time", () => {
    it("holds until the second before validUntil and ends exactly at validUntil", async () => {
      const f = await loadFixture(verifiedFund);
      const [payee] = f.payees;
      const validUntil = await attest(f, payee.address, 14);
      await time.increaseTo(validUntil - 1);
      // Views run on the latest block: its timestamp is validUntil − 1.
      expect(await f.fund.payees.isVerified(payee)).to.equal(true);
      await f.fund.payees.checkPayee(payee);
      await mine(1); // the next block is at validUntil
      expect(await time.latest()).to.equal(validUntil);
      expect(await f.fund.payees.isVerified(payee)).to.equal(false);
      await expect(f.fund.payees.checkPayee(payee))
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryAttestationExpired")
        .withArgs(payee.address, validUntil);
    });

    it("accepts anyone when verification is not required", async () => {
      const f = await loadFixture(stewardsFund);
      const [never, revoked, expired] = f.payees;
      await attest(f, revoked.address);
      await f.fund.payees.connect(f.verifier).revoke(revoked, RevocationReason.Other, text("gone"));
      const end = await attest(f, expired.address, 1);
      await time.increaseTo(end + 1);
      for (const payee of [never, revoked, expired]) {
        expect(await f.fund.payees.isVerified(payee)).to.equal(false);
        await f.fund.payees.checkPayee(payee); // does not revert
      }
    });

    it("names why a payee is refused when verification is required", async () => {
      const f = await loadFixture(verifiedFund);
      const [never, revoked, expired, good] = f.payees;
      await attest(f, revoked.address);
      await f.fund.payees.connect(f.verifier).revoke(revoked, RevocationReason.Other, text("gone"));
      const end = await attest(f, expired.address, 1);
      await attest(f, good.address, 30);
      await time.increaseTo(end + 1);
      const payees = f.fund.payees;
      await expect(payees.checkPayee(never))
        .to.be.revertedWithCustomError(payees, "PayeeRegistryNotVerified")
        .withArgs(never.address);
      await expect(payees.checkPayee(revoked))
        .to.be.revertedWithCustomError(payees, "PayeeRegistryAttestationRevoked")
        .withArgs(revoked.address);
      await expect(payees.checkPayee(expired))
        .to.be.revertedWithCustomError(payees, "PayeeRegistryAttestationExpired")
        .withArgs(expired.address, end);
      await payees.checkPayee(good);
    });
  });

  describe("governance", () => {
    it("turns the requirement on and off by a passed proposal", async () => {
      const f = await loadFixture(stewardsFund);
      const registry = f.contracts.payeeRegistry;
      const on = await pass(f, verificationRuleActions(registry, true), "Require verified payees");
      await expect(on.tx).to.emit(f.fund.payees, "VerificationRequirementSet").withArgs(false, true);
      expect(await f.fund.payees.verificationRequired()).to.equal(true);
      await expect(f.fund.payees.checkPayee(f.payees[0]))
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryNotVerified")
        .withArgs(f.payees[0].address);
      const off = await pass(f, verificationRuleActions(registry, false), "Drop the requirement", 1);
      await expect(off.tx).to.emit(f.fund.payees, "VerificationRequirementSet").withArgs(true, false);
      await f.fund.payees.checkPayee(f.payees[0]);
    });

    it("marks and unmarks a fund account, which is paid without an attestation", async () => {
      const f = await loadFixture(verifiedFund);
      const escrow = f.payees[2];
      const registry = f.contracts.payeeRegistry;
      const { tx } = await pass(f, fundAccountActions(registry, escrow.address as Address), "Mark the round's escrow");
      await expect(tx).to.emit(f.fund.payees, "FundAccountSet").withArgs(escrow.address, true);
      expect(await f.fund.payees.isFundAccount(escrow)).to.equal(true);
      await f.fund.payees.checkPayee(escrow);
      expect(await f.fund.payees.isVerified(escrow)).to.equal(false); // a fund account is not a verified payee
      await expect(f.fund.payees.connect(f.timelock).setFundAccount(escrow, false))
        .to.emit(f.fund.payees, "FundAccountSet")
        .withArgs(escrow.address, false);
      await expect(f.fund.payees.checkPayee(escrow))
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryNotVerified")
        .withArgs(escrow.address);
    });

    it("lets only the timelock set the rule and fund accounts", async () => {
      const f = await loadFixture(stewardsFund);
      for (const who of [f.verifier, f.outsider, f.guardian, f.voters[0], f.deployer]) {
        await expect(f.fund.payees.connect(who).setVerificationRequired(true))
          .to.be.revertedWithCustomError(f.fund.payees, "AccessControlUnauthorizedAccount")
          .withArgs(who.address, ZeroHash);
        await expect(f.fund.payees.connect(who).setFundAccount(who, true))
          .to.be.revertedWithCustomError(f.fund.payees, "AccessControlUnauthorizedAccount")
          .withArgs(who.address, ZeroHash);
      }
      await expect(f.fund.payees.connect(f.timelock).setVerificationRequired(true))
        .to.emit(f.fund.payees, "VerificationRequirementSet")
        .withArgs(false, true);
    });
  });
});
