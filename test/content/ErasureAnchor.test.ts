import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture } from "@nomicfoundation/hardhat-network-helpers";
import { ZeroAddress, ZeroHash } from "ethers";
import { ErasureAnchor__factory } from "../../typechain-types";
import { membershipFund } from "../helpers/fixtures";

const ANCHOR_ROLE = ethers.id("ANCHOR_ROLE");
const ROOT_1 = `0x${"a1".repeat(32)}`;
const ROOT_2 = `0x${"b2".repeat(32)}`;

/** A fund's timelock as the anchor's admin (impersonated: "a passed proposal"), and the service's signer. */
async function anchorFixture() {
  const f = await membershipFund();
  const timelockAddress = await f.fund.timelock.getAddress();
  const timelock = await ethers.getImpersonatedSigner(timelockAddress);
  await ethers.provider.send("hardhat_setBalance", [timelockAddress, "0xde0b6b3a7640000"]);
  const [service] = f.voters;
  const anchor = await new ErasureAnchor__factory(f.deployer).deploy(timelockAddress, [service.address]);
  return { ...f, anchor, timelock, service };
}

describe("ErasureAnchor", () => {
  it("is governed by the timelock alone, with the service's signer as its only anchorer", async () => {
    const f = await loadFixture(anchorFixture);
    expect(await f.anchor.hasRole(ZeroHash, f.timelock.address)).to.equal(true);
    expect(await f.anchor.hasRole(ZeroHash, f.deployer.address)).to.equal(false);
    expect(await f.anchor.hasRole(ANCHOR_ROLE, f.service.address)).to.equal(true);
    expect(await f.anchor.hasRole(ANCHOR_ROLE, f.deployer.address)).to.equal(false);
    expect(await f.anchor.ANCHOR_ROLE()).to.equal(ANCHOR_ROLE);
    expect(await f.anchor.latest()).to.deep.equal([ZeroHash, 0n]);
  });

  it("refuses a zero admin at deployment", async () => {
    const f = await loadFixture(anchorFixture);
    const factory = new ErasureAnchor__factory(f.deployer);
    await expect(factory.deploy(ZeroAddress, [f.service.address])).to.be.revertedWithCustomError(
      factory,
      "ErasureAnchorZeroAdmin",
    );
  });

  it("records each root with the number of entries it covers, and says who anchored it", async () => {
    const f = await loadFixture(anchorFixture);
    await expect(f.anchor.connect(f.service).anchor(ROOT_1, 3))
      .to.emit(f.anchor, "ErasureLogAnchored")
      .withArgs(ROOT_1, 3n, f.service.address);
    expect(await f.anchor.latest()).to.deep.equal([ROOT_1, 3n]);
    await expect(f.anchor.connect(f.service).anchor(ROOT_2, 4))
      .to.emit(f.anchor, "ErasureLogAnchored")
      .withArgs(ROOT_2, 4n, f.service.address);
    expect(await f.anchor.latest()).to.deep.equal([ROOT_2, 4n]);
  });

  it("refuses a root that does not cover more entries than the last one: the log only grows", async () => {
    const f = await loadFixture(anchorFixture);
    await expect(f.anchor.connect(f.service).anchor(ROOT_1, 0))
      .to.be.revertedWithCustomError(f.anchor, "ErasureAnchorNotAhead")
      .withArgs(0n, 0n);
    await f.anchor.connect(f.service).anchor(ROOT_1, 5);
    for (const entries of [5, 4, 1]) {
      await expect(f.anchor.connect(f.service).anchor(ROOT_2, entries))
        .to.be.revertedWithCustomError(f.anchor, "ErasureAnchorNotAhead")
        .withArgs(5n, BigInt(entries));
    }
    expect(await f.anchor.latest()).to.deep.equal([ROOT_1, 5n]);
  });

  it("refuses a zero root", async () => {
    const f = await loadFixture(anchorFixture);
    await expect(f.anchor.connect(f.service).anchor(ZeroHash, 1)).to.be.revertedWithCustomError(
      f.anchor,
      "ErasureAnchorZeroRoot",
    );
  });

  it("lets nobody but an anchorer anchor: not the timelock, the deployer, members or the guardian", async () => {
    const f = await loadFixture(anchorFixture);
    for (const who of [f.timelock, f.deployer, f.voters[1], f.guardian, f.registrar]) {
      await expect(f.anchor.connect(who).anchor(ROOT_1, 1))
        .to.be.revertedWithCustomError(f.anchor, "AccessControlUnauthorizedAccount")
        .withArgs(who.address, ANCHOR_ROLE);
    }
  });

  it("lets only the timelock name and remove anchorers; a removed anchorer can anchor no more", async () => {
    const f = await loadFixture(anchorFixture);
    const [, newcomer] = f.voters;
    for (const who of [f.service, f.deployer, newcomer]) {
      await expect(f.anchor.connect(who).grantRole(ANCHOR_ROLE, newcomer.address))
        .to.be.revertedWithCustomError(f.anchor, "AccessControlUnauthorizedAccount")
        .withArgs(who.address, ZeroHash);
    }
    await f.anchor.connect(f.timelock).grantRole(ANCHOR_ROLE, newcomer.address);
    await expect(f.anchor.connect(newcomer).anchor(ROOT_1, 1))
      .to.emit(f.anchor, "ErasureLogAnchored")
      .withArgs(ROOT_1, 1n, newcomer.address);
    await f.anchor.connect(f.timelock).revokeRole(ANCHOR_ROLE, f.service.address);
    await expect(f.anchor.connect(f.service).anchor(ROOT_2, 2))
      .to.be.revertedWithCustomError(f.anchor, "AccessControlUnauthorizedAccount")
      .withArgs(f.service.address, ANCHOR_ROLE);
  });
});
