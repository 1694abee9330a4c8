import { expect } from "chai";
import hre, { ethers } from "hardhat";
import { loadFixture } from "@nomicfoundation/hardhat-network-helpers";
import { ZeroHash } from "ethers";
import {
  createPublicClient,
  custom,
  encodeFunctionData,
  hashMessage,
  hashTypedData,
  isErc6492Signature,
  parseAbi,
  type Hex,
} from "viem";
import { verifyMessage, verifyTypedData } from "viem/actions";
import { hardhat } from "viem/chains";
import { toPackedUserOperation } from "viem/account-abstraction";
import * as P256 from "ox/P256";
import { ProposalDriver } from "../helpers/governance";
import { FEES, LIMITS, sponsoredFund } from "./accountsFixture";
import { accountsWithPasskey } from "../../sdk/accounts/accountsWithPasskey";
import { passkeyChangeCall, toPasskeyAccount } from "../../sdk/accounts/passkeyAccount";
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
    const accountWithSalt = async (salt: bigint) =>
      toPasskeyAccount({
        client,
        owner,
        factory: (await f.factory.getAddress()) as Hex,
        verifier: f.verifier as Hex,
        salt,
      });
    const account = await accountWithSalt(0n);
    const paymaster = fundPaymaster({ client, address: (await f.paymaster.getAddress()) as Hex });
    return { f, client, owner, account, accountWithSalt, paymaster };
  }

  type ViemResident = Awaited<ReturnType<typeof viemResident>>;

  /** The operation a bundler client would prepare, with the tests' gas limits instead of an estimate. */
  async function sponsoredOp(r: ViemResident, account: ViemResident["account"], calls: { to: Hex; data: Hex }[]) {
    const { factory, factoryData } = await account.getFactoryArgs();
    const op = {
      sender: account.address,
      nonce: await account.getNonce(),
      factory,
      factoryData,
      callData: await account.encodeCalls(calls),
      ...LIMITS,
      ...FEES,
      ...(await r.paymaster.getPaymasterData()),
      signature: "0x" as Hex,
    };
    op.signature = await account.signUserOperation(op);
    return toPackedUserOperation(op);
  }

  async function sponsoredVote(r: ViemResident, proposalId: bigint, account = r.account) {
    const governor = (await r.f.fund.governor.getAddress()) as Hex;
    const data = encodeFunctionData({ abi: puljeGovernorAbi, functionName: "castVote", args: [proposalId, 1] });
    return sponsoredOp(r, account, [{ to: governor, data }]);
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

  describe("signs messages and typed data for ERC-1271 (ERC-7739)", () => {
    const MAGIC = "0x1626ba7e";
    const ERC1271 = parseAbi(["function isValidSignature(bytes32 hash, bytes signature) view returns (bytes4)"]);
    const MESSAGE = "pulje.example wants you to sign in with your Ethereum account";
    // Nested types, so the contents description carries a dependency as OpenZeppelin decodes it.
    const MAIL = {
      domain: {
        name: "Ether Mail",
        version: "1",
        chainId: 31337,
        verifyingContract: "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC",
      },
      types: {
        Mail: [
          { name: "from", type: "Person" },
          { name: "contents", type: "string" },
        ],
        Person: [
          { name: "name", type: "string" },
          { name: "wallet", type: "address" },
        ],
      },
      primaryType: "Mail",
      message: { from: { name: "Cow", wallet: "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826" }, contents: "Hello" },
    } as const;

    async function deployed(r: ViemResident, salt = 0n) {
      const { x, y } = passkeyCoordinates(r.owner.publicKey);
      await (await r.f.factory.createAccount(x, y, salt)).wait();
      return salt === 0n ? r.account : r.accountWithSalt(salt);
    }
    const isValid = (r: ViemResident, address: Hex, hash: Hex, signature: Hex) =>
      r.client.readContract({ address, abi: ERC1271, functionName: "isValidSignature", args: [hash, signature] });

    it("a deployed account's message signature passes its isValidSignature, not another account's", async () => {
      const r = await viemResident();
      const account = await deployed(r);
      const twin = await deployed(r, 1n);
      const signature = await account.signMessage({ message: MESSAGE });
      expect(isErc6492Signature(signature)).to.equal(false);
      expect(await isValid(r, account.address, hashMessage(MESSAGE), signature)).to.equal(MAGIC);
      expect(await isValid(r, account.address, hashMessage("another message"), signature)).to.equal("0xffffffff");
      // The same passkey's other account: ERC-7739 nested the message in this account's domain.
      expect(await isValid(r, twin.address, hashMessage(MESSAGE), signature)).to.equal("0xffffffff");
      expect(await verifyMessage(r.client, { address: twin.address, message: MESSAGE, signature })).to.equal(false);
    });

    it("an undeployed account's message signature is wrapped in ERC-6492 and passes viem's verifyMessage", async () => {
      const r = await viemResident();
      const signature = await r.account.signMessage({ message: MESSAGE });
      expect(isErc6492Signature(signature)).to.equal(true);
      expect(await verifyMessage(r.client, { address: r.account.address, message: MESSAGE, signature })).to.equal(true);
      expect(await verifyMessage(r.client, { address: r.account.address, message: "other", signature })).to.equal(
        false,
      );
      // Verifying deploys nothing: it simulates the factory call.
      expect(await r.account.isDeployed()).to.equal(false);
      const twin = await r.accountWithSalt(1n);
      expect(await verifyMessage(r.client, { address: twin.address, message: MESSAGE, signature })).to.equal(false);
    });

    it("typed data: passes a deployed account's isValidSignature, and viem's verifyTypedData before deployment", async () => {
      const r = await viemResident();
      const early = await r.account.signTypedData(MAIL);
      expect(isErc6492Signature(early)).to.equal(true);
      expect(await verifyTypedData(r.client, { address: r.account.address, ...MAIL, signature: early })).to.equal(true);
      const account = await deployed(r);
      const twin = await deployed(r, 1n);
      const signature = await account.signTypedData(MAIL);
      expect(isErc6492Signature(signature)).to.equal(false);
      expect(await isValid(r, account.address, hashTypedData(MAIL), signature)).to.equal(MAGIC);
      const changed = hashTypedData({ ...MAIL, message: { ...MAIL.message, contents: "Goodbye" } });
      expect(await isValid(r, account.address, changed, signature)).to.equal("0xffffffff");
      expect(await isValid(r, twin.address, hashTypedData(MAIL), signature)).to.equal("0xffffffff");
    });

    it("typed data: the governor counts a vote the account signed (castVoteBySig), sent by someone else", async () => {
      const r = await viemResident();
      const { f } = r;
      const account = await deployed(r);
      await f.fund.membership!.connect(f.registrar).addMember(account.address, 0);
      await f.fund.treasury.deposit(ZeroHash, { value: 1n });
      const p = await ProposalDriver.openForVotes(f.fund, f.voters[0], f.recipient.address);
      const governor = (await f.fund.governor.getAddress()) as Hex;
      const domain = await r.client.readContract({
        address: governor,
        abi: puljeGovernorAbi,
        functionName: "eip712Domain",
      });
      const ballot = {
        proposalId: p.id,
        support: 1,
        voter: account.address,
        nonce: await f.fund.governor.nonces(account.address),
      };
      const signature = await account.signTypedData({
        domain: { name: domain[1], version: domain[2], chainId: Number(domain[3]), verifyingContract: domain[4] },
        types: {
          Ballot: [
            { name: "proposalId", type: "uint256" },
            { name: "support", type: "uint8" },
            { name: "voter", type: "address" },
            { name: "nonce", type: "uint256" },
          ],
        },
        primaryType: "Ballot",
        message: ballot,
      });
      await expect(f.fund.governor.connect(f.outsider).castVoteBySig(p.id, 1, account.address, signature))
        .to.emit(f.fund.governor, "VoteCast")
        .withArgs(account.address, p.id, 1, 1n, "");
      expect(await ethers.provider.getBalance(account.address)).to.equal(0n);
    });
  });

  describe("a second passkey (another device)", () => {
    const newPasskey = () =>
      toP256Passkey({ privateKey: P256.randomPrivateKey(), rpId: "pulje.example", origin: "https://pulje.example" });

    it("is added by a sponsored operation, then found by its key and votes for the same account", async () => {
      const r = await viemResident();
      const { f, client, account } = r;
      const where = { factory: (await f.factory.getAddress()) as Hex, verifier: f.verifier as Hex };
      await f.fund.membership!.connect(f.registrar).addMember(account.address, 0);
      await f.fund.treasury.deposit(ZeroHash, { value: 1n });
      const phone = newPasskey();
      expect(await accountsWithPasskey(client, { ...where, publicKey: phone.publicKey })).to.deep.equal([]);

      // The first operation deploys the account and adds the phone's passkey (a call to itself).
      const add = await sponsoredOp(r, account, [passkeyChangeCall(account.address, "addPasskey", phone.publicKey)]);
      await (await f.entryPoint.handleOps([add], f.bundler.address)).wait();
      expect(await accountsWithPasskey(client, { ...where, publicKey: phone.publicKey })).to.deep.equal([
        account.address,
      ]);
      expect(await accountsWithPasskey(client, { ...where, publicKey: r.owner.publicKey })).to.deep.equal([
        account.address,
      ]);
      expect(await accountsWithPasskey(client, { ...where, publicKey: newPasskey().publicKey })).to.deep.equal([]);

      // The phone signs for the first device's account, not for its own predicted one.
      const onPhone = await toPasskeyAccount({ client, owner: phone, ...where, address: account.address });
      expect(onPhone.address).to.equal(account.address);
      const p = await ProposalDriver.openForVotes(f.fund, f.voters[0], f.recipient.address);
      await (await f.entryPoint.handleOps([await sponsoredVote(r, p.id, onPhone)], f.bundler.address)).wait();
      expect(await f.fund.governor.hasVoted(p.id, account.address)).to.equal(true);
      const signature = await onPhone.signMessage({ message: "sign in" });
      expect(await verifyMessage(client, { address: account.address, message: "sign in", signature })).to.equal(true);
      expect(await ethers.provider.getBalance(account.address)).to.equal(0n);

      // Removed (a lost phone): its key no longer finds the account, nor signs for it.
      const remove = await sponsoredOp(r, account, [
        passkeyChangeCall(account.address, "removePasskey", phone.publicKey),
      ]);
      await (await f.entryPoint.handleOps([remove], f.bundler.address)).wait();
      expect(await accountsWithPasskey(client, { ...where, publicKey: phone.publicKey })).to.deep.equal([]);
      const late = await onPhone.signMessage({ message: "sign in" });
      expect(await verifyMessage(client, { address: account.address, message: "sign in", signature: late })).to.equal(
        false,
      );
    });

    it("an account the passkey was not added to cannot be used for it before deployment", async () => {
      const r = await viemResident();
      const other = await r.accountWithSalt(1n);
      const where = { factory: (await r.f.factory.getAddress()) as Hex, verifier: r.f.verifier as Hex };
      const stray = await toPasskeyAccount({ client: r.client, owner: newPasskey(), ...where, address: other.address });
      const refused = await stray.getFactoryArgs().then(
        () => null,
        (error: Error) => error.message,
      );
      expect(refused).to.equal(`PasskeyAccount: ${other.address} is not deployed`);
    });
  });
});
