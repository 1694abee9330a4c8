import { expect } from "chai";
import hre, { ethers } from "hardhat";
import { loadFixture } from "@nomicfoundation/hardhat-network-helpers";
import { ZeroHash } from "ethers";
import { createPublicClient, custom, encodeFunctionData, parseGwei, type Hex } from "viem";
import { hardhat } from "viem/chains";
import { toPackedUserOperation } from "viem/account-abstraction";
import * as P256 from "ox/P256";
import { ProposalDriver } from "../helpers/governance";
import { LIMITS, sponsoredFund } from "./accountsFixture";
import { toPasskeyAccount } from "../../sdk/accounts/passkeyAccount";
import { toP256Passkey } from "../../sdk/accounts/p256Passkey";
import { fundPaymaster } from "../../sdk/accounts/fundPaymaster";
import { passkeyCoordinates } from "../../sdk/accounts/webAuthnSignature";
import { puljeGovernorAbi } from "../../sdk/generated/pulje";

/**
 * The SDK's viem smart account for PasskeyAccount against the real contracts: its address, the
 * initCode that deploys it, its callData and its passkey signature over viem's user-operation hash
 * are all accepted by the EntryPoint v0.8 and the fund's paymaster. (A bundler adds only the
 * transport: scripts/bundler/altoVote.ts sends the same operation through Alto.)
 */
describe("The SDK's passkey account (viem)", () => {
  async function viemResident() {
    const f = await loadFixture(sponsoredFund);
    const client = createPublicClient({ chain: hardhat, transport: custom(hre.network.provider) });
    const owner = toP256Passkey({
      privateKey: P256.randomPrivateKey(),
      rpId: "pulje.example",
      origin: "https://pulje.example",
    });
    const account = await toPasskeyAccount({
      client,
      owner,
      factory: (await f.factory.getAddress()) as Hex,
      verifier: f.verifier as Hex,
    });
    const paymaster = fundPaymaster({ client, address: (await f.paymaster.getAddress()) as Hex });
    return { f, owner, account, paymaster };
  }

  /** The operation a bundler client would prepare, with the tests' gas limits instead of an estimate. */
  async function sponsoredVote(r: Awaited<ReturnType<typeof viemResident>>, proposalId: bigint) {
    const governor = (await r.f.fund.governor.getAddress()) as Hex;
    const { factory, factoryData } = await r.account.getFactoryArgs();
    const op = {
      sender: r.account.address,
      nonce: await r.account.getNonce(),
      factory,
      factoryData,
      callData: await r.account.encodeCalls([
        {
          to: governor,
          data: encodeFunctionData({ abi: puljeGovernorAbi, functionName: "castVote", args: [proposalId, 1] }),
        },
      ]),
      ...LIMITS,
      maxFeePerGas: parseGwei("20"),
      maxPriorityFeePerGas: parseGwei("1"),
      ...(await r.paymaster.getPaymasterData()),
      signature: "0x" as Hex,
    };
    op.signature = await r.account.signUserOperation(op);
    return toPackedUserOperation(op);
  }

  it("has the factory's predicted address and votes in its first, sponsored operation", async () => {
    const r = await viemResident();
    const { f, account } = r;
    const { x, y } = passkeyCoordinates(r.owner.publicKey);
    expect(account.address).to.equal(await f.factory.predictAddress(x, y, 0));
    await f.fund.membership!.connect(f.registrar).addMember(account.address, 0);
    await f.fund.treasury.deposit(ZeroHash, { value: 1n });
    const p = await ProposalDriver.openForVotes(f.fund, f.voters[0], f.recipient.address);

    await (await f.entryPoint.handleOps([await sponsoredVote(r, p.id)], f.bundler.address)).wait();
    expect(await f.fund.governor.hasVoted(p.id, account.address)).to.equal(true);
    const [, forVotes] = await f.fund.governor.proposalVotes(p.id);
    expect(forVotes).to.equal(1n);
    expect(await ethers.provider.getBalance(account.address)).to.equal(0n);
    expect(await account.isDeployed()).to.equal(true);
    expect(await account.getFactoryArgs()).to.deep.equal({ factory: undefined, factoryData: undefined });
    expect(await account.getNonce()).to.equal(1n);
  });

  it("is refused when the passkey signed another operation", async () => {
    const r = await viemResident();
    const { f, account } = r;
    await f.fund.membership!.connect(f.registrar).addMember(account.address, 0);
    await f.fund.treasury.deposit(ZeroHash, { value: 1n });
    const p = await ProposalDriver.openForVotes(f.fund, f.voters[0], f.recipient.address);
    const op = await sponsoredVote(r, p.id);
    const other = await sponsoredVote(r, p.id + 1n);
    await expect(f.entryPoint.handleOps([{ ...op, signature: other.signature }], f.bundler.address))
      .to.be.revertedWithCustomError(f.entryPoint, "FailedOp")
      .withArgs(0, "AA24 signature error");
  });
});
