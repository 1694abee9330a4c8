import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import { parseEther, ZeroAddress } from "ethers";
import type { Address } from "viem";
import { mintActions } from "../../sdk/proposals/governance";
import { CommunityToken__factory } from "../../typechain-types";
import { HOLDER_BALANCE, tokenFund } from "../helpers/fixtures";
import { ProposalDriver } from "../helpers/governance";

describe("CommunityToken (token-weighted mode)", () => {
  async function fixture() {
    const f = await tokenFund();
    return { ...f, token: f.fund.token! };
  }

  it("distributes the initial balances, each counting as votes without a delegation step", async () => {
    const { token, voters } = await loadFixture(fixture);
    expect(await token.totalSupply()).to.equal(8n * HOLDER_BALANCE);
    expect(await token.delegates(voters[0].address)).to.equal(voters[0].address);
    expect(await token.getVotes(voters[0].address)).to.equal(HOLDER_BALANCE);
    expect(await token.CLOCK_MODE()).to.equal("mode=timestamp");
    expect(await token.clock()).to.equal(BigInt(await time.latest()));
  });

  it("moves votes with transfers, to the receiver's delegate", async () => {
    const { token, voters, outsider } = await loadFixture(fixture);
    await token.connect(voters[0]).transfer(outsider.address, parseEther("40"));
    expect(await token.getVotes(voters[0].address)).to.equal(parseEther("60"));
    expect(await token.getVotes(outsider.address)).to.equal(parseEther("40"));
    await token.connect(outsider).delegate(voters[1].address);
    await token.connect(voters[0]).transfer(outsider.address, parseEther("10"));
    expect(await token.getVotes(voters[1].address)).to.equal(parseEther("150"));
    expect(await token.getVotes(outsider.address)).to.equal(0n);
  });

  it("delegates and comes back; the zero address means oneself", async () => {
    const { token, voters } = await loadFixture(fixture);
    await expect(token.connect(voters[0]).delegate(voters[1].address))
      .to.emit(token, "DelegateChanged")
      .withArgs(voters[0].address, voters[0].address, voters[1].address);
    expect(await token.getVotes(voters[1].address)).to.equal(2n * HOLDER_BALANCE);
    await token.connect(voters[0]).delegate(ZeroAddress);
    expect(await token.delegates(voters[0].address)).to.equal(voters[0].address);
    expect(await token.getVotes(voters[0].address)).to.equal(HOLDER_BALANCE);
    expect(await token.getVotes(voters[1].address)).to.equal(HOLDER_BALANCE);
  });

  it("mints only by a members' decision", async () => {
    const f = await loadFixture(fixture);
    await expect(f.token.connect(f.voters[0]).mint(f.voters[0].address, 1n))
      .to.be.revertedWithCustomError(f.token, "OwnableUnauthorizedAccount")
      .withArgs(f.voters[0].address);
    const p = new ProposalDriver(
      f.fund,
      f.voters[0],
      mintActions(f.contracts.token!, f.outsider.address as Address, parseEther("50")),
      "Welcome a new creator",
    );
    await p.passAndExecute(f.voters.slice(0, 3));
    expect(await f.token.balanceOf(f.outsider.address)).to.equal(parseEther("50"));
    expect(await f.token.getVotes(f.outsider.address)).to.equal(parseEther("50"));
  });

  it("caps the supply at 2^128 - 1, the size of the governor's tallies", async () => {
    const [deployer, holder] = await ethers.getSigners();
    const max = 2n ** 128n - 1n;
    const token = await new CommunityToken__factory(deployer).deploy(
      "Cap",
      "CAP",
      deployer.address,
      [holder.address],
      [max],
    );
    await expect(token.mint(holder.address, 1n))
      .to.be.revertedWithCustomError(token, "ERC20ExceededSafeSupply")
      .withArgs(max + 1n, max);
  });

  it("refuses an initial distribution of mismatched lengths", async () => {
    const [deployer, holder] = await ethers.getSigners();
    const factory = new CommunityToken__factory(deployer);
    await expect(factory.deploy("X", "X", deployer.address, [holder.address], []))
      .to.be.revertedWithCustomError(factory, "CommunityTokenLengthMismatch")
      .withArgs(1, 0);
  });

  it("supports EIP-2612 permits, with nonces shared with nothing else", async () => {
    const { token, voters, outsider } = await loadFixture(fixture);
    const owner = voters[0];
    const deadline = (await time.latest()) + 3600;
    const domain = {
      name: "Creators Fund Vote",
      version: "1",
      chainId: (await ethers.provider.getNetwork()).chainId,
      verifyingContract: await token.getAddress(),
    };
    const types = {
      Permit: [
        { name: "owner", type: "address" },
        { name: "spender", type: "address" },
        { name: "value", type: "uint256" },
        { name: "nonce", type: "uint256" },
        { name: "deadline", type: "uint256" },
      ],
    };
    const sig = ethers.Signature.from(
      await owner.signTypedData(domain, types, {
        owner: owner.address,
        spender: outsider.address,
        value: 5n,
        nonce: 0,
        deadline,
      }),
    );
    await token.permit(owner.address, outsider.address, 5n, deadline, sig.v, sig.r, sig.s);
    expect(await token.allowance(owner.address, outsider.address)).to.equal(5n);
    expect(await token.nonces(owner.address)).to.equal(1n);
  });
});
