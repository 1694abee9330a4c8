import { expect } from "chai";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ethers } from "hardhat";
import { loadFixture } from "@nomicfoundation/hardhat-network-helpers";
import { ZeroAddress, ZeroHash, type TransactionRequest } from "ethers";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/signers";
import { parseFundConfig } from "../../sdk/config/fund";
import { deployFund } from "../../deploy/deployFund";
import { connectFund, readDeployment, toDeploymentRecord, writeDeployment } from "../../deploy/deployments";
import { findLeftoverRoles } from "../../deploy/roles";
import { membershipFund, tokenFund } from "../helpers/fixtures";

/** The deployer, except that its `stop`-th transaction (from 0) throws instead of being sent. */
function failingAt(signer: HardhatEthersSigner, stop: number): HardhatEthersSigner {
  let sent = 0;
  return new Proxy(signer, {
    get(target, property, receiver) {
      if (property === "sendTransaction")
        return async (tx: TransactionRequest) => {
          if (sent++ === stop) throw new Error(`stopped before transaction ${stop}`);
          return target.sendTransaction(tx);
        };
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Every power `account` holds over one contract, whatever the contract is: roles, ownership, a guardian seat. */
async function powersOf(contract: string, account: string): Promise<string[]> {
  const probe = new ethers.Contract(
    contract,
    [
      "function hasRole(bytes32,address) view returns (bool)",
      "function owner() view returns (address)",
      "function proposalGuardian() view returns (address)",
      "function guardian() view returns (address)",
    ],
    ethers.provider,
  );
  const roles = [
    "",
    "PROPOSER_ROLE",
    "EXECUTOR_ROLE",
    "CANCELLER_ROLE",
    "REGISTRAR_ROLE",
    "VERIFIER_ROLE",
    "STEWARD_ROLE",
    "ANCHOR_ROLE",
  ];
  const held: string[] = [];
  const same = (a: string) => a.toLowerCase() === account.toLowerCase();
  for (const role of roles) {
    const hash = role === "" ? ZeroHash : ethers.id(role);
    if (await probe.hasRole(hash, account).catch(() => false)) held.push(role || "DEFAULT_ADMIN_ROLE");
  }
  for (const seat of ["owner", "proposalGuardian", "guardian"] as const) {
    if (same(await probe[seat]().catch(() => ZeroAddress))) held.push(seat);
  }
  return held;
}

describe("deployFund", () => {
  for (const [mode, fixture] of [
    ["membership", membershipFund],
    ["token", tokenFund],
  ] as const) {
    it(`leaves the deployer without any role (${mode} mode)`, async () => {
      const f = await loadFixture(fixture);
      expect(await findLeftoverRoles(f.fund, f.deployer.address)).to.deep.equal([]);
    });
  }

  it("hands every power to the roles the README names", async () => {
    const { fund, registrar, guardian } = await loadFixture(membershipFund);
    const governor = await fund.governor.getAddress();
    const timelock = await fund.timelock.getAddress();
    const tl = fund.timelock;
    const m = fund.membership!;
    expect(await findLeftoverRoles(fund, governor)).to.deep.equal([
      "timelock PROPOSER_ROLE",
      "timelock EXECUTOR_ROLE",
      "timelock CANCELLER_ROLE",
    ]);
    expect(await findLeftoverRoles(fund, timelock)).to.deep.equal([
      "timelock DEFAULT_ADMIN_ROLE",
      "membership DEFAULT_ADMIN_ROLE",
      "treasury owner",
      "round factory owner",
      "pool factory owner",
      "payees DEFAULT_ADMIN_ROLE",
      "milestones DEFAULT_ADMIN_ROLE",
      "erasure anchor DEFAULT_ADMIN_ROLE",
    ]);
    expect(await findLeftoverRoles(fund, registrar.address)).to.deep.equal([
      "membership REGISTRAR_ROLE",
      "payees VERIFIER_ROLE",
      "milestones STEWARD_ROLE",
    ]);
    expect(await findLeftoverRoles(fund, guardian.address)).to.deep.equal([
      "milestones guardian",
      "governor proposal guardian",
    ]);
    // Nobody else: the open roles (address zero) are closed too.
    expect(await tl.hasRole(await tl.EXECUTOR_ROLE(), ZeroAddress)).to.equal(false);
    expect(await tl.getRoleAdmin(await tl.PROPOSER_ROLE())).to.equal(await tl.DEFAULT_ADMIN_ROLE());
    expect(await m.getRoleAdmin(await m.REGISTRAR_ROLE())).to.equal(await m.DEFAULT_ADMIN_ROLE());
  });

  it("gives token ownership to the timelock in token mode", async () => {
    const { fund } = await loadFixture(tokenFund);
    expect(await fund.token!.owner()).to.equal(await fund.timelock.getAddress());
    expect(fund.membership).to.equal(null);
  });

  it("refuses, before any transaction, a config naming the deployer in any role", async () => {
    const [deployer, other] = await ethers.getSigners();
    const base = {
      name: "X",
      districts: ["A"],
      votingDelay: 1,
      votingPeriod: 10,
      lateQuorumExtension: 0,
      timelockDelay: 1,
      quorumPercent: 10,
      proposalThreshold: 1,
    };
    const nonce = await deployer.getNonce();
    for (const config of [
      { ...base, registrars: [other.address], guardian: deployer.address },
      { ...base, registrars: [deployer.address] },
      { ...base, registrars: [other.address], verifiers: [deployer.address] },
      { ...base, registrars: [other.address], stewards: [deployer.address] },
      { ...base, registrars: [other.address], erasureAnchorers: [deployer.address] },
    ]) {
      const refusal = await deployFund(deployer, parseFundConfig(config)).then(
        () => null,
        (error: Error) => error.message,
      );
      expect(refusal).to.match(
        /named as guardian, registrar, verifier, steward or erasure anchorer; use another account$/,
      );
    }
    expect(await deployer.getNonce()).to.equal(nonce);
  });

  it("fails closed: a deployment stopped at any transaction leaves the deployer no power", async () => {
    const [deployer] = await ethers.getSigners();
    const raw = JSON.parse(fs.readFileSync(path.join(__dirname, "../../config/demo.json"), "utf8"));
    const config = parseFundConfig(raw);
    // A full deployment sends this many transactions; each run below stops before one of them.
    // The demo's config has passkey accounts and sponsorship: 12, then the EntryPoint (created on
    // this chain once, so deployed here first), the verifier, the account implementation and
    // factory, the signature relay and the paymaster.
    await deployFund(deployer, config);
    const start = await deployer.getNonce();
    await deployFund(deployer, config);
    const transactions = (await deployer.getNonce()) - start;
    expect(transactions).to.equal(17);
    for (let stop = 0; stop < transactions; stop++) {
      const first = await deployer.getNonce();
      const failure = await deployFund(failingAt(deployer, stop), config).then(
        () => null,
        (error: Error) => error.message,
      );
      expect(failure).to.equal(`stopped before transaction ${stop}`);
      const created = await Promise.all(
        Array.from({ length: stop }, (_, i) => ethers.getCreateAddress({ from: deployer.address, nonce: first + i })),
      );
      for (const contract of created) expect(await powersOf(contract, deployer.address)).to.deep.equal([]);
    }
  });

  it("deploys the shipped demo config as it is", async () => {
    const [deployer] = await ethers.getSigners();
    const raw = JSON.parse(fs.readFileSync(path.join(__dirname, "../../config/demo.json"), "utf8"));
    const fund = await deployFund(deployer, parseFundConfig(raw));
    expect(await fund.membership!.memberCount()).to.equal(BigInt(raw.members.length));
    expect(await fund.membership!.districtCount()).to.equal(4n);
    // The paymaster pays at most the config's "10 gwei" per gas, for 10,000,000 gas per member per 30 days.
    expect(raw.sponsorship).to.deep.equal({ gasPerPeriod: 10_000_000, period: "30 days", maxFeePerGas: "10 gwei" });
    expect(await fund.paymaster!.maxFeePerGas()).to.equal(10_000_000_000n);
    expect(await fund.paymaster!.gasBudget()).to.equal(10_000_000n);
    // The content service's signer (demo account #29) anchors the erasure log, and nothing more.
    expect(raw.erasureAnchorers).to.deep.equal(["0x9DCCe783B6464611f38631e6C851bf441907c710"]);
    expect(await findLeftoverRoles(fund, raw.erasureAnchorers[0])).to.deep.equal(["erasure anchor ANCHOR_ROLE"]);
    const anchor = fund.erasureAnchor;
    expect(await anchor.hasRole(await anchor.DEFAULT_ADMIN_ROLE(), await fund.timelock.getAddress())).to.equal(true);
  });

  it("writes a deployments file that connects back to the same contracts", async () => {
    const { fund } = await loadFixture(membershipFund);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pulje-deployments-"));
    const record = await toDeploymentRecord(fund, "hardhat");
    const file = writeDeployment(record, dir);
    expect(path.basename(file)).to.equal("31337.json");
    const read = readDeployment(31337, dir);
    expect(read).to.deep.equal(record);
    expect(read.deploymentBlock).to.be.greaterThan(0);
    expect(read.config.proposalThreshold).to.equal("1");
    const connected = connectFund(read, ethers.provider);
    expect(await connected.governor.name()).to.equal("Test Fund");
    expect(await connected.membership!.memberCount()).to.equal(8n);
    expect(connected.token).to.equal(null);
    expect(() => readDeployment(1, dir)).to.throw(/No deployment for chain 1/);
  });
});
