import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture } from "@nomicfoundation/hardhat-network-helpers";
import { parseEther, ZeroAddress, ZeroHash } from "ethers";
import {
  CallbackRecipient__factory,
  FalseReturningToken__factory,
  FeeOnTransferToken__factory,
  ForceEther__factory,
  ReentrantToken__factory,
} from "../../typechain-types";
import { ETH_ADDRESS } from "../../sdk/model/treasury";
import { membershipFund, stablecoin } from "../helpers/fixtures";
import { ProposalDriver, State } from "../helpers/governance";
import { text } from "../helpers/texts";

describe("Treasury", () => {
  async function fixture() {
    const f = await membershipFund();
    const treasury = f.fund.treasury;
    const dkkt = await stablecoin(f.deployer, f.outsider.address);
    // The timelock, impersonated, stands for "a passed proposal" where a test is about the treasury alone.
    const timelock = await ethers.getImpersonatedSigner(await f.fund.timelock.getAddress());
    await ethers.provider.send("hardhat_setBalance", [timelock.address, "0xde0b6b3a7640000"]);
    return { ...f, treasury, dkkt, timelock, treasuryAddress: await treasury.getAddress() };
  }

  describe("deposits", () => {
    it("records plain ETH transfers as deposits without a memo", async () => {
      const { treasury, outsider, treasuryAddress } = await loadFixture(fixture);
      await expect(outsider.sendTransaction({ to: treasuryAddress, value: 123n }))
        .to.emit(treasury, "Deposited")
        .withArgs(outsider.address, ETH_ADDRESS, 123n, ZeroHash);
      expect(await treasury.balanceOf(ETH_ADDRESS)).to.equal(123n);
    });

    it("records ETH deposits with their memo's commitment or none, and refuses zero", async () => {
      const { treasury, outsider } = await loadFixture(fixture);
      const memo = text("Municipal budget 2026");
      await expect(treasury.connect(outsider).deposit(memo, { value: parseEther("3") }))
        .to.emit(treasury, "Deposited")
        .withArgs(outsider.address, ETH_ADDRESS, parseEther("3"), memo);
      await expect(treasury.connect(outsider).deposit(ZeroHash, { value: 1n }))
        .to.emit(treasury, "Deposited")
        .withArgs(outsider.address, ETH_ADDRESS, 1n, ZeroHash);
      await expect(treasury.connect(outsider).deposit(text("nothing"))).to.be.revertedWithCustomError(
        treasury,
        "TreasuryZeroAmount",
      );
    });

    it("pulls ERC-20 deposits after an approval", async () => {
      const { treasury, outsider, dkkt, treasuryAddress } = await loadFixture(fixture);
      await dkkt.connect(outsider).approve(treasuryAddress, 5_000_000n);
      const memo = text("Grant pot");
      await expect(treasury.connect(outsider).depositToken(await dkkt.getAddress(), 5_000_000n, memo))
        .to.emit(treasury, "Deposited")
        .withArgs(outsider.address, await dkkt.getAddress(), 5_000_000n, memo);
      expect(await treasury.balanceOf(await dkkt.getAddress())).to.equal(5_000_000n);
    });

    it("refuses a zero token deposit, the zero address as token, and a deposit without allowance", async () => {
      const { treasury, outsider, dkkt, treasuryAddress } = await loadFixture(fixture);
      const token = await dkkt.getAddress();
      await expect(treasury.connect(outsider).depositToken(token, 0, ZeroHash)).to.be.revertedWithCustomError(
        treasury,
        "TreasuryZeroAmount",
      );
      await expect(treasury.connect(outsider).depositToken(ZeroAddress, 1, ZeroHash))
        .to.be.revertedWithCustomError(treasury, "TreasuryInvalidToken")
        .withArgs(ZeroAddress);
      await expect(treasury.connect(outsider).depositToken(token, 1, ZeroHash))
        .to.be.revertedWithCustomError(dkkt, "ERC20InsufficientAllowance")
        .withArgs(treasuryAddress, 0, 1);
    });

    it("records what actually arrived from a fee-on-transfer token", async () => {
      const { treasury, outsider, deployer, treasuryAddress } = await loadFixture(fixture);
      const fee = await new FeeOnTransferToken__factory(deployer).deploy();
      await fee.mint(outsider.address, 1000n);
      await fee.connect(outsider).approve(treasuryAddress, 1000n);
      await expect(treasury.connect(outsider).depositToken(await fee.getAddress(), 1000n, ZeroHash))
        .to.emit(treasury, "Deposited")
        .withArgs(outsider.address, await fee.getAddress(), 990n, ZeroHash);
      expect(await treasury.balanceOf(await fee.getAddress())).to.equal(990n);
    });

    it("refuses a token that re-enters a deposit mid-transfer (no double counting)", async () => {
      const { treasury, outsider, deployer, treasuryAddress } = await loadFixture(fixture);
      const hook = await new ReentrantToken__factory(deployer).deploy();
      const token = await hook.getAddress();
      await hook.mint(outsider.address, 1000n);
      await hook.connect(outsider).approve(treasuryAddress, 1000n);
      await hook.setHook(
        treasuryAddress,
        treasury.interface.encodeFunctionData("depositToken", [token, 10n, text("inner")]),
      );
      await expect(treasury.connect(outsider).depositToken(token, 100n, text("outer"))).to.be.revertedWithCustomError(
        treasury,
        "ReentrancyGuardReentrantCall",
      );
      expect(await treasury.balanceOf(token)).to.equal(0n);
    });

    it("holds ETH forced in without an event (an auditor sees it as unexplained)", async () => {
      const { treasury, deployer, treasuryAddress } = await loadFixture(fixture);
      const forced = await new ForceEther__factory(deployer).deploy(treasuryAddress, { value: 77n });
      const receipt = await forced.deploymentTransaction()!.wait();
      expect(receipt!.logs).to.have.length(0);
      expect(await treasury.balanceOf(ETH_ADDRESS)).to.equal(77n);
    });
  });

  describe("pay", () => {
    it("pays ETH and tokens when the timelock asks, with the decision in the event", async () => {
      const { treasury, timelock, outsider, recipient, dkkt, treasuryAddress } = await loadFixture(fixture);
      await treasury.connect(outsider).deposit(ZeroHash, { value: parseEther("2") });
      await dkkt.connect(outsider).approve(treasuryAddress, 1000n);
      await treasury.connect(outsider).depositToken(await dkkt.getAddress(), 1000n, ZeroHash);
      const decision = ethers.id("a decision");

      const tx = treasury.connect(timelock).pay(ETH_ADDRESS, recipient.address, parseEther("0.5"), decision);
      await expect(tx).to.emit(treasury, "Paid").withArgs(ETH_ADDRESS, recipient.address, parseEther("0.5"), decision);
      await expect(tx).to.changeEtherBalances([treasury, recipient], [-parseEther("0.5"), parseEther("0.5")]);
      await expect(
        treasury.connect(timelock).pay(await dkkt.getAddress(), recipient.address, 400n, decision),
      ).to.changeTokenBalances(dkkt, [treasury, recipient], [-400n, 400n]);
    });

    it("pays nobody but the timelock: not members, the guardian, registrars or the deployer", async () => {
      const { treasury, voters, guardian, registrar, deployer, outsider, recipient } = await loadFixture(fixture);
      await treasury.connect(outsider).deposit(ZeroHash, { value: 10n });
      for (const caller of [voters[0], guardian, registrar, deployer, recipient]) {
        await expect(treasury.connect(caller).pay(ETH_ADDRESS, caller.address, 1n, ZeroHash))
          .to.be.revertedWithCustomError(treasury, "OwnableUnauthorizedAccount")
          .withArgs(caller.address);
      }
    });

    it("refuses a zero amount, the zero address as recipient, and more than it holds", async () => {
      const { treasury, timelock, outsider, recipient, dkkt } = await loadFixture(fixture);
      await treasury.connect(outsider).deposit(ZeroHash, { value: 10n });
      await expect(
        treasury.connect(timelock).pay(ETH_ADDRESS, recipient.address, 0, ZeroHash),
      ).to.be.revertedWithCustomError(treasury, "TreasuryZeroAmount");
      await expect(treasury.connect(timelock).pay(ETH_ADDRESS, ZeroAddress, 1, ZeroHash))
        .to.be.revertedWithCustomError(treasury, "TreasuryInvalidRecipient")
        .withArgs(ZeroAddress);
      await expect(treasury.connect(timelock).pay(ETH_ADDRESS, recipient.address, 11, ZeroHash))
        .to.be.revertedWithCustomError(treasury, "TreasuryInsufficientBalance")
        .withArgs(ETH_ADDRESS, 10, 11);
      await expect(treasury.connect(timelock).pay(await dkkt.getAddress(), recipient.address, 1, ZeroHash))
        .to.be.revertedWithCustomError(treasury, "TreasuryInsufficientBalance")
        .withArgs(await dkkt.getAddress(), 0, 1);
    });

    it("fails loudly when a token returns false instead of paying (SafeERC20)", async () => {
      const { treasury, timelock, deployer, recipient, treasuryAddress } = await loadFixture(fixture);
      const bad = await new FalseReturningToken__factory(deployer).deploy();
      await bad.mint(treasuryAddress, 100n);
      await bad.setFailTransfers(true);
      await expect(treasury.connect(timelock).pay(await bad.getAddress(), recipient.address, 50n, ZeroHash))
        .to.be.revertedWithCustomError(treasury, "SafeERC20FailedOperation")
        .withArgs(await bad.getAddress());
      expect(await bad.balanceOf(treasuryAddress)).to.equal(100n);
    });

    it("fails the payment when the recipient refuses ETH", async () => {
      const { treasury, timelock, outsider, fund } = await loadFixture(fixture);
      await treasury.connect(outsider).deposit(ZeroHash, { value: 10n });
      // The governor refuses plain ETH, so it stands in for a recipient that cannot receive.
      await expect(
        treasury.connect(timelock).pay(ETH_ADDRESS, await fund.governor.getAddress(), 1n, ZeroHash),
      ).to.be.revertedWithCustomError(fund.governor, "GovernorDisabledDeposit");
    });

    it("cannot be made to pay twice by a recipient re-entering during a grant", async () => {
      const f = await loadFixture(fixture);
      const { fund, voters, deployer, outsider, treasury } = f;
      await treasury.connect(outsider).deposit(ZeroHash, { value: parseEther("10") });
      const evil = await new CallbackRecipient__factory(deployer).deploy();
      const p = await ProposalDriver.grant(fund, voters[0], {
        asset: ETH_ADDRESS,
        recipient: await evil.getAddress(),
        amount: parseEther("1"),
      });
      // On payment it tries to execute the same proposal again through the governor.
      await evil.setCallback(
        await fund.governor.getAddress(),
        fund.governor.interface.encodeFunctionData("execute(address[],uint256[],bytes[],bytes32)", [
          p.actions.targets,
          p.actions.values,
          p.actions.calldatas,
          p.descriptionHash,
        ]),
      );
      await p.passAndExecute(voters.slice(0, 2));
      expect(await evil.attempted()).to.equal(true);
      expect(await evil.callbackSucceeded()).to.equal(false);
      expect(await p.state()).to.equal(State.Executed);
      expect(await ethers.provider.getBalance(await evil.getAddress())).to.equal(parseEther("1"));
      expect(await treasury.balanceOf(ETH_ADDRESS)).to.equal(parseEther("9"));
    });

    it("cannot be made to pay by a recipient calling pay directly during a payment", async () => {
      const { treasury, timelock, outsider, deployer } = await loadFixture(fixture);
      await treasury.connect(outsider).deposit(ZeroHash, { value: 10n });
      const evil = await new CallbackRecipient__factory(deployer).deploy();
      const evilAddress = await evil.getAddress();
      await evil.setCallback(
        await treasury.getAddress(),
        treasury.interface.encodeFunctionData("pay", [ETH_ADDRESS, evilAddress, 5n, ZeroHash]),
      );
      await treasury.connect(timelock).pay(ETH_ADDRESS, evilAddress, 1n, ZeroHash);
      expect(await evil.callbackSucceeded()).to.equal(false);
      expect(await ethers.provider.getBalance(evilAddress)).to.equal(1n);
      expect(await treasury.balanceOf(ETH_ADDRESS)).to.equal(9n);
    });
  });

  describe("ownership", () => {
    it("belongs to the timelock and can never be renounced", async () => {
      const { treasury, timelock, voters } = await loadFixture(fixture);
      expect(await treasury.owner()).to.equal(timelock.address);
      await expect(treasury.connect(timelock).renounceOwnership()).to.be.revertedWithCustomError(
        treasury,
        "TreasuryOwnershipNotRenounceable",
      );
      await expect(treasury.connect(voters[0]).renounceOwnership())
        .to.be.revertedWithCustomError(treasury, "OwnableUnauthorizedAccount")
        .withArgs(voters[0].address);
      await expect(treasury.connect(voters[0]).transferOwnership(voters[0].address))
        .to.be.revertedWithCustomError(treasury, "OwnableUnauthorizedAccount")
        .withArgs(voters[0].address);
    });
  });
});
