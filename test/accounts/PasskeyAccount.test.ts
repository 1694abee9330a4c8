import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture } from "@nomicfoundation/hardhat-network-helpers";
import { TypedDataEncoder, concat, toBeHex, toUtf8Bytes, ZeroHash } from "ethers";
import { ProposalDriver } from "../helpers/governance";
import { Passkey } from "../helpers/passkeys";
import { bundle, refusal, resident, sponsoredFund, userOp, type SponsoredFund } from "./accountsFixture";

const BALLOT_TYPES = {
  Ballot: [
    { name: "proposalId", type: "uint256" },
    { name: "support", type: "uint8" },
    { name: "voter", type: "address" },
    { name: "nonce", type: "uint256" },
  ],
};

/**
 * An ERC-7739 signature for the governor's Ballot: the passkey signs the ballot nested in a
 * TypedDataSign that names the account's own domain, and the account checks it (ERC-1271).
 */
async function nestedBallotSignature(f: SponsoredFund, who: Awaited<ReturnType<typeof resident>>, ballot: object) {
  const { chainId } = await ethers.provider.getNetwork();
  const governorDomain = {
    name: "Test Fund",
    version: "1",
    chainId,
    verifyingContract: await f.fund.governor.getAddress(),
  };
  const types = {
    TypedDataSign: [
      { name: "contents", type: "Ballot" },
      { name: "name", type: "string" },
      { name: "version", type: "string" },
      { name: "chainId", type: "uint256" },
      { name: "verifyingContract", type: "address" },
      { name: "salt", type: "bytes32" },
    ],
    ...BALLOT_TYPES,
  };
  const nested = TypedDataEncoder.hash(governorDomain, types, {
    contents: ballot,
    name: "Pulje Account",
    version: "1",
    chainId,
    verifyingContract: who.address,
    salt: ZeroHash,
  });
  const contentsDescr = "Ballot(uint256 proposalId,uint8 support,address voter,uint256 nonce)";
  return concat([
    who.passkey.accountSignature(f.verifier, nested),
    TypedDataEncoder.hashDomain(governorDomain),
    TypedDataEncoder.hashStruct("Ballot", BALLOT_TYPES, ballot),
    toUtf8Bytes(contentsDescr),
    toBeHex(contentsDescr.length, 2),
  ]);
}

describe("PasskeyAccount and its factory", () => {
  it("is created at the address predicted from the passkey and salt, once", async () => {
    const f = await loadFixture(sponsoredFund);
    const passkey = new Passkey();
    const predicted = await f.factory.predictAddress(passkey.qx, passkey.qy, 0);
    expect(await ethers.provider.getCode(predicted)).to.equal("0x");
    await expect(f.factory.createAccount(passkey.qx, passkey.qy, 0))
      .to.emit(f.factory, "AccountCreated")
      .withArgs(predicted, passkey.qx, passkey.qy, 0);
    const account = await ethers.getContractAt("PasskeyAccount", predicted);
    expect(await account.isPasskey(passkey.qx, passkey.qy)).to.equal(true);
    expect(await account.entryPoint()).to.equal("0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108");
    // Again: the same account, no second creation, no event.
    await expect(f.factory.createAccount(passkey.qx, passkey.qy, 0)).not.to.emit(f.factory, "AccountCreated");
    // Another salt or key: another address.
    expect(await f.factory.predictAddress(passkey.qx, passkey.qy, 1)).not.to.equal(predicted);
    expect(await f.factory.predictAddress(passkey.qy, passkey.qx, 0)).not.to.equal(predicted);
    // Nobody can re-initialise it, nor the implementation.
    await expect(account.initialize(passkey.qx, passkey.qy)).to.be.revertedWithCustomError(
      account,
      "InvalidInitialization",
    );
    const implementation = await ethers.getContractAt("PasskeyAccount", await f.factory.implementation());
    await expect(implementation.initialize(passkey.qx, passkey.qy)).to.be.revertedWithCustomError(
      account,
      "InvalidInitialization",
    );
  });

  it("is deployed by its first user operation and runs the call its passkey signed", async () => {
    const f = await loadFixture(sponsoredFund);
    const who = await resident(f);
    const other = f.voters[3].address;
    const op = await userOp(f, who, [
      {
        target: await f.fund.membership!.getAddress(),
        data: f.fund.membership!.interface.encodeFunctionData("delegate", [other]),
      },
    ]);
    await bundle(f, op);
    expect(await ethers.provider.getCode(who.address)).not.to.equal("0x");
    expect(await f.fund.membership!.delegates(who.address)).to.equal(other);
    expect(await ethers.provider.getBalance(who.address)).to.equal(0n);
  });

  it("refuses a user operation signed by another passkey, or without user verification", async () => {
    const f = await loadFixture(sponsoredFund);
    const who = await resident(f);
    const stranger = new Passkey();
    const call = [
      {
        target: await f.fund.membership!.getAddress(),
        data: f.fund.membership!.interface.encodeFunctionData("delegate", [f.voters[0].address]),
      },
    ];
    // A stranger's key claiming to be the account's signer, and the account's key over another hash.
    const forged = await userOp(f, who, call, {
      sign: (hash) =>
        stranger.accountSignature(f.verifier, hash).replace(stranger.qx.slice(2), who.passkey.qx.slice(2)),
    });
    expect((await refusal(f, forged)).reason).to.equal("AA24 signature error");
    const strangerKey = await userOp(f, who, call, { sign: (hash) => stranger.accountSignature(f.verifier, hash) });
    expect((await refusal(f, strangerKey)).reason).to.equal("AA24 signature error");
    const otherHash = await userOp(f, who, call, { sign: () => who.passkey.accountSignature(f.verifier, ZeroHash) });
    expect((await refusal(f, otherHash)).reason).to.equal("AA24 signature error");
    const unverified = await userOp(f, who, call, {
      sign: (hash) => who.passkey.accountSignature(f.verifier, hash, 0x01),
    });
    expect((await refusal(f, unverified)).reason).to.equal("AA24 signature error");
    // The genuine signature passes.
    await bundle(f, await userOp(f, who, call));
    expect(await f.fund.membership!.delegates(who.address)).to.equal(f.voters[0].address);
  });

  it("adds a second device's passkey, which then signs alone", async () => {
    const f = await loadFixture(sponsoredFund);
    const who = await resident(f);
    const phone = new Passkey();
    await bundle(
      f,
      await userOp(f, who, [
        { target: who.address, data: who.account.interface.encodeFunctionData("addPasskey", [phone.qx, phone.qy]) },
      ]),
    );
    expect(await who.account.isPasskey(phone.qx, phone.qy)).to.equal(true);
    const delegate = f.voters[2].address;
    await bundle(
      f,
      await userOp(
        f,
        who,
        [
          {
            target: await f.fund.membership!.getAddress(),
            data: f.fund.membership!.interface.encodeFunctionData("delegate", [delegate]),
          },
        ],
        {
          sign: (hash) => phone.accountSignature(f.verifier, hash),
        },
      ),
    );
    expect(await f.fund.membership!.delegates(who.address)).to.equal(delegate);
    // Only the account itself (through the EntryPoint) manages its passkeys.
    await expect(who.account.addPasskey(phone.qy, phone.qx)).to.be.revertedWithCustomError(
      who.account,
      "AccountUnauthorized",
    );
  });

  it("votes by signature (ERC-1271 through ERC-7739): the governor counts the account's vote", async () => {
    const f = await loadFixture(sponsoredFund);
    const who = await resident(f);
    await f.factory.createAccount(who.passkey.qx, who.passkey.qy, 0);
    await f.fund.treasury.deposit(ZeroHash, { value: 1n });
    const p = await ProposalDriver.openForVotes(f.fund, f.voters[0], f.recipient.address);
    const ballot = {
      proposalId: p.id,
      support: 1,
      voter: who.address,
      nonce: await f.fund.governor.nonces(who.address),
    };
    const signature = await nestedBallotSignature(f, who, ballot);
    // A signature for another account of the same passkey does not pass for this one.
    const twin = { ...who, address: await f.factory.predictAddress(who.passkey.qx, who.passkey.qy, 1) };
    await f.factory.createAccount(who.passkey.qx, who.passkey.qy, 1);
    const twinSignature = await nestedBallotSignature(f, twin, ballot);
    await expect(f.fund.governor.connect(f.outsider).castVoteBySig(p.id, 1, who.address, twinSignature))
      .to.be.revertedWithCustomError(f.fund.governor, "GovernorInvalidSignature")
      .withArgs(who.address);
    await expect(f.fund.governor.connect(f.outsider).castVoteBySig(p.id, 1, who.address, signature))
      .to.emit(f.fund.governor, "VoteCast")
      .withArgs(who.address, p.id, 1, 1n, "");
    expect(await f.fund.governor.hasVoted(p.id, who.address)).to.equal(true);
    const [, forVotes] = await f.fund.governor.proposalVotes(p.id);
    expect(forVotes).to.equal(1n);
  });
});
