import { expect } from "chai";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import hre, { ethers } from "hardhat";
import { loadFixture } from "@nomicfoundation/hardhat-network-helpers";
import { parseEther } from "ethers";
import type { Address, Hex, Log, PublicClient } from "viem";
import { auditFund } from "../../audit/audit";
import type { DeploymentRecord } from "../../sdk/deployment";
import { hardhatClient, recordWithDkkt } from "../helpers/audit";
import { toCsv, toJson } from "../../sdk/history/export";
import { FileHistoryCache } from "../../audit/fileCache";
import { summaryMarkdown } from "../../audit/summary";
import { ETH_ADDRESS } from "../../sdk/model/treasury";
import { concatActions } from "../../sdk/proposals/actions";
import { revokeMemberActions, roleActions, ruleChangeActions } from "../../sdk/proposals/governance";
import { ForceEther__factory } from "../../typechain-types";
import { DAY, membershipFund, stablecoin } from "../helpers/fixtures";
import { ProposalDriver } from "../helpers/governance";
import { reasonReference, text } from "../helpers/texts";

const DKKT = (n: bigint) => n * 10n ** 6n;

/**
 * A history with every kind of event: deposits of ETH and a token, grants executed, defeated
 * and cancelled, votes with and without reasons, admissions, a departure, a revocation, a
 * delegation, a rule change and a registrar appointed by proposal.
 */
async function everyKindOfEvent() {
  const f = await membershipFund();
  const { fund, contracts, voters, outsider, registrar, guardian, recipient } = f;
  const dkkt = await stablecoin(f.deployer, outsider.address);
  const treasury = await fund.treasury.getAddress();
  await fund.treasury.connect(outsider).deposit(text("Budget 2026"), { value: parseEther("10") });
  await dkkt.connect(outsider).approve(treasury, DKKT(100_000n));
  await fund.treasury.connect(outsider).depositToken(await dkkt.getAddress(), DKKT(100_000n), text("Citizen million"));
  await fund.membership!.connect(voters[1]).delegate(voters[0].address);
  await fund.membership!.connect(registrar).addMember(outsider.address, 3);

  const ethGrant = await ProposalDriver.grant(
    fund,
    voters[0],
    { asset: ETH_ADDRESS, recipient: recipient.address, amount: parseEther("2.5") },
    "Lights",
  );
  const tokenGrant = await ProposalDriver.grant(
    fund,
    voters[2],
    { asset: await dkkt.getAddress(), recipient: recipient.address, amount: DKKT(25_000n) },
    "Benches",
  );
  const lost = await ProposalDriver.grant(
    fund,
    voters[3],
    { asset: ETH_ADDRESS, recipient: recipient.address, amount: parseEther("9") },
    "Too much",
  );
  const vetoed = await ProposalDriver.grant(
    fund,
    voters[4],
    { asset: ETH_ADDRESS, recipient: recipient.address, amount: 1n },
    "Vetoed",
  );
  const membership = contracts.membership!;
  const rules = new ProposalDriver(
    fund,
    voters[5],
    concatActions(
      ruleChangeActions(contracts, [{ rule: "votingPeriod", value: BigInt(7 * DAY) }]),
      roleActions(
        membership,
        "membership",
        "grant",
        (await fund.membership!.REGISTRAR_ROLE()) as Hex,
        guardian.address as Address,
      ),
    ),
    "New rules and a second registrar",
  );
  for (const p of [ethGrant, tokenGrant, lost, vetoed, rules]) await p.propose();
  await vetoed.cancel(guardian);
  await ethGrant.waitForSnapshot();
  await ethGrant.vote(voters[0], "for", reasonReference("Winter light")); // two votes: voter 1 delegated
  await ethGrant.vote(voters[2], "for");
  await tokenGrant.vote(voters[0], "for");
  await tokenGrant.vote(voters[2], "abstain");
  await tokenGrant.vote(voters[3], "against");
  await lost.vote(voters[0], "against");
  await lost.vote(voters[3], "for");
  await rules.vote(voters[0], "for");
  await rules.vote(voters[5], "for");
  await fund.membership!.connect(voters[7]).leave();
  await rules.waitForDeadline(); // proposed last, so its vote closes last
  for (const p of [ethGrant, tokenGrant, rules]) await p.queue();
  await rules.waitForEta();
  for (const p of [ethGrant, tokenGrant, rules]) await p.execute();
  const revoke = new ProposalDriver(
    fund,
    voters[6],
    revokeMemberActions(membership, voters[6].address as Address),
    "Revoke",
  );
  await revoke.passAndExecute([voters[0], voters[2]]);
  return { ...f, dkkt, tokenGrant };
}

async function auditedDeployment(f: Awaited<ReturnType<typeof everyKindOfEvent>>): Promise<DeploymentRecord> {
  return recordWithDkkt(f.fund, await f.dkkt.getAddress());
}

/** A client whose eth_getLogs refuses ranges wider than `limit` blocks, like public providers do. */
function limitedClient(limit: bigint, calls: [bigint, bigint][]): PublicClient {
  const base = hardhatClient();
  return new Proxy(base, {
    get(target, property, receiver) {
      if (property !== "getLogs") return Reflect.get(target, property, receiver);
      return async (args: { fromBlock: bigint; toBlock: bigint }) => {
        calls.push([args.fromBlock, args.toBlock]);
        if (args.toBlock - args.fromBlock + 1n > limit) throw new Error(`query exceeds max block range ${limit}`);
        return target.getLogs(args as Parameters<PublicClient["getLogs"]>[0]);
      };
    },
  });
}

describe("audit", () => {
  it("reconciles a history with every kind of event exactly, figure by figure, and passes every check", async () => {
    const f = await loadFixture(everyKindOfEvent);
    const result = await auditFund(hardhatClient(), await auditedDeployment(f), { reorgDepth: 0n });
    const count = (kind: string) => result.entries.filter((e) => e.kind === kind).length;
    expect([
      count("deposit"),
      count("payment"),
      count("proposal"),
      count("vote"),
      count("queue"),
      count("execution"),
      count("cancellation"),
    ]).to.deep.equal([2, 2, 6, 11, 4, 4, 1]);
    // Memos and the one written vote reason are commitments; the other ten votes gave none.
    expect(result.entries.flatMap((e) => (e.kind === "deposit" ? [e.memo] : []))).to.deep.equal([
      text("Budget 2026"),
      text("Citizen million"),
    ]);
    const reasons = result.entries.flatMap((e) => (e.kind === "vote" ? [e.reason] : []));
    expect(reasons.filter((r) => r !== null)).to.deep.equal([text("Winter light")]);
    expect(reasons).to.have.length(11);
    expect(
      result.entries.filter((e) => e.kind === "membership").map((e) => e.kind === "membership" && e.change),
    ).to.deep.equal([...Array(8).fill("added"), "added", "left", "revoked"]);
    const dkkt = (await f.dkkt.getAddress()) as `0x${string}`;
    expect(result.reconciliation).to.deep.equal([
      {
        asset: ETH_ADDRESS,
        deposits: parseEther("10"),
        payments: parseEther("2.5"),
        explained: parseEther("7.5"),
        balance: parseEther("7.5"),
        unexplained: 0n,
      },
      {
        asset: dkkt,
        deposits: DKKT(100_000n),
        payments: DKKT(25_000n),
        explained: DKKT(75_000n),
        balance: DKKT(75_000n),
        unexplained: 0n,
      },
    ]);
    expect(result.checks.map((c) => [c.id, c.passed])).to.deep.equal([
      [1, true],
      [2, true],
      [3, true],
      [4, true],
      [5, true],
    ]);
    expect(result.checks[1].evidence).to.deep.equal([
      `payment of 2.5 ETH to ${f.recipient.address} (tx ${result.entries.find((e) => e.kind === "payment")!.tx.slice(0, 10)}…) ← proposal #1, action 1`,
      `payment of 25000 DKKT to ${f.recipient.address} (tx ${result.entries.filter((e) => e.kind === "payment")[1].tx.slice(0, 10)}…) ← proposal #2, action 1`,
    ]);
    // The registrar appointed by proposal #5 is accepted as a members' decision.
    expect(result.checks[3].evidence).to.include.members([
      `membership REGISTRAR_ROLE: ${f.guardian.address} (appointed by an executed proposal, tx ${result.entries.find((e) => e.kind === "execution" && e.proposalId === 5n)!.tx.slice(0, 10)}…)`,
    ]);
    expect(result.passed).to.equal(true);
  });

  describe("catches tampering", () => {
    it("ETH forced into the treasury: check 1 fails with the unexplained amount", async () => {
      const f = await loadFixture(everyKindOfEvent);
      await new ForceEther__factory(f.deployer).deploy(await f.fund.treasury.getAddress(), { value: 777n });
      const result = await auditFund(hardhatClient(), await auditedDeployment(f), { reorgDepth: 0n });
      expect(result.checks[0].passed).to.equal(false);
      expect(result.reconciliation[0].unexplained).to.equal(777n);
      expect(result.checks[0].evidence[0]).to.equal(
        "balance 7.500000000000000777 ETH; deposits 10 ETH − payments 2.5 ETH = 7.5 ETH: UNEXPLAINED INFLOW of 0.000000000000000777 ETH (arrived without a Deposited event, e.g. ETH forced in or a token sent directly)",
      );
      expect(result.passed).to.equal(false);
    });

    it("a token sent straight to the treasury without deposit: check 1 fails for that token", async () => {
      const f = await loadFixture(everyKindOfEvent);
      await f.dkkt.connect(f.outsider).transfer(await f.fund.treasury.getAddress(), DKKT(500n));
      const result = await auditFund(hardhatClient(), await auditedDeployment(f), { reorgDepth: 0n });
      expect(result.checks[0].passed).to.equal(false);
      expect(result.reconciliation[1].unexplained).to.equal(DKKT(500n));
      expect(result.checks[0].evidence[1]).to.contain("UNEXPLAINED INFLOW of 500 DKKT");
    });

    it("a role granted to an outsider outside any proposal: check 4 fails and names the account", async () => {
      const f = await loadFixture(everyKindOfEvent);
      const timelock = await ethers.getImpersonatedSigner(await f.fund.timelock.getAddress());
      await ethers.provider.send("hardhat_setBalance", [timelock.address, "0xde0b6b3a7640000"]);
      await f.fund
        .membership!.connect(timelock)
        .grantRole(await f.fund.membership!.REGISTRAR_ROLE(), f.outsider.address);
      const result = await auditFund(hardhatClient(), await auditedDeployment(f), { reorgDepth: 0n });
      expect(result.checks[3].passed).to.equal(false);
      expect(result.checks[3].evidence.filter((e) => e.includes("NOT NAMED"))).to.have.length(1);
      expect(result.checks[3].evidence.find((e) => e.includes("NOT NAMED"))).to.match(
        new RegExp(`^membership REGISTRAR_ROLE: ${f.outsider.address}: NOT NAMED in the README`),
      );
    });

    it("a payment made outside a proposal: check 2 fails", async () => {
      const f = await loadFixture(everyKindOfEvent);
      const timelock = await ethers.getImpersonatedSigner(await f.fund.timelock.getAddress());
      await ethers.provider.send("hardhat_setBalance", [timelock.address, "0xde0b6b3a7640000"]);
      await f.fund.treasury.connect(timelock).pay(ETH_ADDRESS, f.outsider.address, 5n, ethers.ZeroHash);
      const result = await auditFund(hardhatClient(), await auditedDeployment(f), { reorgDepth: 0n });
      expect(result.checks[0].passed).to.equal(true); // the ledger still explains the balance
      expect(result.checks[1].passed).to.equal(false);
      expect(result.checks[1].evidence.at(-1)).to.match(
        /^payment of 0\.000000000000000005 ETH to 0x[0-9a-fA-F]{40} \(tx 0x[0-9a-f]{8}…\): NO executed proposal in that transaction$/,
      );
    });
  });

  describe("reading the chain", () => {
    it("gives the same ledger through a provider that refuses wide ranges, splitting them", async () => {
      const f = await loadFixture(everyKindOfEvent);
      const deployment = await auditedDeployment(f);
      const whole = await auditFund(hardhatClient(), deployment, { reorgDepth: 0n });
      const calls: [bigint, bigint][] = [];
      const chunked = await auditFund(limitedClient(8n, calls), deployment, { reorgDepth: 0n, rangeSize: 1_000n });
      expect(chunked.entries).to.deep.equal(whole.entries);
      expect(
        calls.every(([from, to]) => to - from + 1n <= 8n || calls.some(([f2, t2]) => f2 === from && t2 < to)),
      ).to.equal(true);
      const accepted = calls.filter(([from, to]) => to - from + 1n <= 8n);
      expect(accepted[0][0]).to.equal(BigInt(deployment.deploymentBlock));
      expect(accepted.at(-1)![1]).to.equal(whole.toBlock);
    });

    it("resumes from the cache after an interruption, with the same ledger, reading only what is left", async () => {
      const f = await loadFixture(everyKindOfEvent);
      const deployment = await auditedDeployment(f);
      const whole = await auditFund(hardhatClient(), deployment, { reorgDepth: 0n });
      const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "pulje-audit-cache-"));

      // The first run dies after three ranges of 10 blocks (a crash, not a retryable error).
      let served = 0;
      const dying = new Proxy(hardhatClient(), {
        get(target, property, receiver) {
          if (property !== "getLogs") return Reflect.get(target, property, receiver);
          return async (args: Parameters<PublicClient["getLogs"]>[0]): Promise<Log[]> => {
            if (++served > 3) throw new Error("killed");
            return target.getLogs(args);
          };
        },
      });
      let error: Error | null = null;
      await auditFund(dying, deployment, {
        reorgDepth: 0n,
        rangeSize: 10n,
        cache: new FileHistoryCache(cacheDir, deployment),
      }).catch((e: Error) => (error = e));
      expect(error!.message).to.equal("killed");

      const calls: [bigint, bigint][] = [];
      const resumed = await auditFund(limitedClient(1_000n, calls), deployment, {
        reorgDepth: 0n,
        rangeSize: 10n,
        cache: new FileHistoryCache(cacheDir, deployment),
      });
      expect(resumed.entries).to.deep.equal(whole.entries);
      expect(calls[0][0]).to.equal(BigInt(deployment.deploymentBlock) + 30n);

      // A warm run reads nothing it already has.
      const warmCalls: [bigint, bigint][] = [];
      const warm = await auditFund(limitedClient(1_000n, warmCalls), deployment, {
        reorgDepth: 0n,
        rangeSize: 10n,
        cache: new FileHistoryCache(cacheDir, deployment),
      });
      expect(warm.entries).to.deep.equal(whole.entries);
      expect(warmCalls).to.deep.equal([]);
    });

    it("writes the same bytes twice: CSV, JSON and Markdown", async () => {
      const f = await loadFixture(everyKindOfEvent);
      const deployment = await auditedDeployment(f);
      const outputs = async () => {
        const result = await auditFund(hardhatClient(), deployment, { reorgDepth: 0n });
        const context = { assets: result.assets, districts: f.config.districts };
        return [
          toCsv(result.entries, context, { separator: ";" }),
          toJson(result.entries, context),
          summaryMarkdown(result),
        ];
      };
      expect(await outputs()).to.deep.equal(await outputs());
    });
  });

  describe("npm run audit (the task)", () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "pulje-audit-task-"));
      process.env.PULJE_DEPLOYMENTS_DIR = dir;
    });
    after(() => {
      delete process.env.PULJE_DEPLOYMENTS_DIR;
    });

    async function runTask(out: string) {
      const original = console.log;
      const printed: string[] = [];
      console.log = (...parts: unknown[]) => printed.push(parts.join(" "));
      try {
        await hre.run("audit", {
          out,
          format: "csv,json,md",
          separator: ";",
          cacheDir: path.join(dir, "cache"),
          noCache: false,
          range: 10_000,
          reorgDepth: 0,
          voteTimes: false,
        });
        return { printed: printed.join("\n"), error: null as string | null };
      } catch (error) {
        return { printed: printed.join("\n"), error: (error as Error).message };
      } finally {
        console.log = original;
      }
    }

    it("writes the report files, the same on a warm run, and fails (non-zero) when a check fails", async () => {
      const f = await loadFixture(everyKindOfEvent);
      const { writeDeployment } = await import("../../deploy/deployments");
      writeDeployment(await auditedDeployment(f), dir);

      const first = await runTask(path.join(dir, "out1"));
      expect(first.error).to.equal(null);
      expect(first.printed).to.contain("**Result: all checks passed**");
      expect(fs.readdirSync(path.join(dir, "out1")).sort()).to.deep.equal(["ledger.csv", "ledger.json", "summary.md"]);
      const csv = fs.readFileSync(path.join(dir, "out1", "ledger.csv"), "utf8");
      expect(csv.startsWith("\uFEFFtime;block;transaction;kind")).to.equal(true);
      // The payment names the proposal it carried out (#2) and the decision hash it recorded.
      expect(csv).to.contain(
        `;payment;treasury;2;${f.tokenGrant.descriptionHash}${";".repeat(8)}${f.recipient.address};DKKT;25000;25000000000;;;\r\n`,
      );

      await runTask(path.join(dir, "out2"));
      for (const file of ["ledger.csv", "ledger.json", "summary.md"]) {
        expect(fs.readFileSync(path.join(dir, "out2", file), "utf8")).to.equal(
          fs.readFileSync(path.join(dir, "out1", file), "utf8"),
        );
      }

      await new ForceEther__factory(f.deployer).deploy(await f.fund.treasury.getAddress(), { value: 1n });
      const tampered = await runTask(path.join(dir, "out3"));
      expect(tampered.error).to.equal("The audit found problems: check 1 failed (see above).");
      expect(tampered.printed).to.contain("✗ FAILED: 1. Every asset's balance equals deposits − payments");
    });
  });
});
