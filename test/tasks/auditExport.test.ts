import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import { AbiCoder, keccak256, toUtf8Bytes } from "ethers";
import { formatUnits } from "viem";
import { BudgetRound__factory, StewardPool__factory } from "../../typechain-types";
import { QUICK_POOL, TASK_GROUP } from "../../scripts/demo/stewards";
import { runTask } from "../helpers/runTask";
import { taskChain } from "../helpers/taskChain";

type Row = Record<string, string>;

/** The columns that say what a money row paid, to whom, and under which decision. */
const MONEY = [
  "kind",
  "proposal",
  "decision",
  "round",
  "idea",
  "pool",
  "pool_grant",
  "milestone_grant",
  "milestone",
  "account",
  "counterparty",
  "asset",
  "amount",
  "amount_raw",
] as const;
const pick = (row: Row | undefined) => row && Object.fromEntries(MONEY.map((c) => [c, row[c]]));
const dkkt = (raw: bigint) => ({ asset: "DKKT", amount: formatUnits(raw, 6), amount_raw: String(raw) });
const none = { round: "", idea: "", pool: "", pool_grant: "", milestone_grant: "", milestone: "" };

/**
 * `npm run audit` on the seeded demo (a round paid out and its rest returned, a second round
 * open, pools paying micro-grants, a milestone paid), with the expected figures read from the
 * contracts' own events: every money row names its payee, asset, amount and the proposal it
 * traces to, and the escrow table splits released from returned.
 */
describe("Audit task: what the exports say about every payment", function () {
  const chain = taskChain("demo");
  let rows: Row[];
  let csv: string[];
  let summary: string;
  /** The proposal each transaction executed, from the governor's ProposalExecuted events. */
  const executedIn = new Map<string, string>();

  before(async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "pulje-audit-export-"));
    const { error } = await runTask("audit", { out, format: "csv,json,md", noCache: true });
    expect(error).to.equal(null);
    rows = JSON.parse(fs.readFileSync(path.join(out, "ledger.json"), "utf8")) as Row[];
    csv = fs.readFileSync(path.join(out, "ledger.csv"), "utf8").slice(1).trimEnd().split("\r\n");
    summary = fs.readFileSync(path.join(out, "summary.md"), "utf8");
    const { governor } = chain.fund;
    for (const e of await governor.queryFilter(governor.filters.ProposalExecuted()))
      executedIn.set(e.transactionHash, String(e.args.proposalId));
  });

  const row = (kind: string, tx: string, where: (r: Row) => boolean = () => true) =>
    rows.filter((r) => r.kind === kind && r.transaction === tx && where(r));

  it("writes the same columns in CSV and JSON, one row per entry", () => {
    expect(csv[0]).to.equal(Object.keys(rows[0]).join(","));
    expect(csv[0]).to.equal(
      "time,block,transaction,kind,contract,proposal,decision,round,idea,pool,pool_grant,milestone_grant,milestone," +
        "account,counterparty,asset,amount,amount_raw,details,text_commitment,text",
    );
    expect(csv.length - 1).to.equal(rows.length);
  });

  it("ties a round's opening, funded ideas, releases and return to the proposal that opened it", async () => {
    const { roundFactory, governor, treasury } = chain.fund;
    const [created] = await roundFactory!.queryFilter(roundFactory!.filters.RoundCreated());
    const { round: address, salt, total } = created.args;
    const opener = executedIn.get(created.transactionHash)!;
    // The salt is the opening proposal's description hash: the tie the export follows.
    const opening = (await governor.queryFilter(governor.filters.ProposalCreated())).find(
      (p) => String(p.args.proposalId) === opener,
    )!;
    expect(keccak256(toUtf8Bytes(opening.args.description))).to.equal(salt);
    const ofRound = { ...none, proposal: opener, decision: salt, round: address };
    const intoEscrow = { ...ofRound, account: "", counterparty: address, ...dkkt(total) };

    const tx = created.transactionHash;
    expect(row("payment", tx).map(pick)).to.deep.equal([{ kind: "payment", ...intoEscrow }]);
    expect(row("roundInfo", tx, (r) => r.details.startsWith("RoundOpened:")).map(pick)).to.deep.equal([
      { kind: "roundInfo", ...intoEscrow },
    ]);
    expect(row("roundCreated", tx).map(pick)).to.deep.equal([{ kind: "roundCreated", ...intoEscrow }]);

    const round = BudgetRound__factory.connect(address, chain.fund.governor.runner);
    const funded = await round.queryFilter(round.filters.IdeaFunded());
    const released = await round.queryFilter(round.filters.IdeaReleased());
    const [returned] = await round.queryFilter(round.filters.UnspentReturned());
    expect(funded.length).to.be.greaterThan(1);
    expect(released.length).to.equal(funded.length);
    for (const e of funded) {
      const { payee } = await round.ideaOf(e.args.ideaId);
      expect(row("ideaFunded", e.transactionHash, (r) => r.idea === String(e.args.ideaId)).map(pick)).to.deep.equal([
        {
          kind: "ideaFunded",
          ...ofRound,
          idea: String(e.args.ideaId),
          account: "",
          counterparty: payee,
          ...dkkt(e.args.cost),
        },
      ]);
    }
    for (const e of released)
      expect(row("release", e.transactionHash).map(pick)).to.deep.equal([
        {
          kind: "release",
          ...ofRound,
          idea: String(e.args.ideaId),
          account: "",
          counterparty: e.args.payee,
          ...dkkt(e.args.amount),
        },
      ]);
    const treasuryAddress = await treasury.getAddress();
    expect(row("unspentReturned", returned.transactionHash).map(pick)).to.deep.equal([
      {
        kind: "unspentReturned",
        ...ofRound,
        account: "",
        counterparty: treasuryAddress,
        ...dkkt(returned.args.amount),
      },
    ]);
    // The treasury records the return as a deposit from the round.
    expect(row("deposit", returned.transactionHash).map(pick)).to.deep.equal([
      { kind: "deposit", ...ofRound, account: address, counterparty: "", ...dkkt(returned.args.amount) },
    ]);

    // The escrow table keeps what went to winners apart from what went back.
    const releasedTotal = released.reduce((sum, e) => sum + e.args.amount, 0n);
    expect(releasedTotal + returned.args.amount).to.equal(total);
    const whole = (raw: bigint) => `${formatUnits(raw, 6)} DKKT`;
    expect(summary).to.contain(
      "| round | opened by | paid in | released | returned | in − released − returned | balance | unexplained |",
    );
    expect(summary).to.contain(
      `| ${address} | proposal #${opener} | ${whole(total)} | ${whole(releasedTotal)} | ${whole(returned.args.amount)} | 0 DKKT | 0 DKKT | 0 DKKT |`,
    );
  });

  it("ties each micro-grant's payment to its pool and grant and the proposal that created the pool", async () => {
    const { poolFactory } = chain.fund;
    let paid = 0;
    for (const created of await poolFactory.queryFilter(poolFactory.filters.PoolCreated())) {
      const pool = StewardPool__factory.connect(created.args.pool, chain.fund.governor.runner);
      const ofPool = { ...none, proposal: executedIn.get(created.transactionHash)!, pool: created.args.pool };
      for (const e of await pool.queryFilter(pool.filters.GrantPaid())) {
        paid++;
        const grant = { ...ofPool, pool_grant: String(e.args.grantId), ...dkkt(e.args.amount) };
        const decision = keccak256(
          AbiCoder.defaultAbiCoder().encode(["address", "uint256"], [created.args.pool, e.args.grantId]),
        );
        expect(row("poolGrantPaid", e.transactionHash).map(pick)).to.deep.equal([
          { kind: "poolGrantPaid", ...grant, decision: "", account: "", counterparty: e.args.payee },
        ]);
        expect(row("payment", e.transactionHash).map(pick)).to.deep.equal([
          { kind: "payment", ...grant, decision, account: "", counterparty: e.args.payee },
        ]);
      }
    }
    // Every micro-grant the demo's pools paid (one more still waits for its second approval).
    expect(paid).to.equal(QUICK_POOL.grants.length + TASK_GROUP.grants.length);
  });

  it("ties a milestone's payment to its grant, its number (from 1) and the proposal that created the grant", async () => {
    const { milestones } = chain.fund;
    const [created] = await milestones.queryFilter(milestones.filters.MilestoneGrantCreated());
    const [released] = await milestones.queryFilter(milestones.filters.MilestoneReleased());
    const { grantId, index, payee, amount } = released.args;
    const paid = {
      ...none,
      proposal: executedIn.get(created.transactionHash)!,
      milestone_grant: String(grantId),
      milestone: String(Number(index) + 1),
      account: "",
      counterparty: payee,
      ...dkkt(amount),
    };
    const decision = keccak256(
      AbiCoder.defaultAbiCoder().encode(
        ["address", "uint256", "uint8"],
        [await milestones.getAddress(), grantId, index],
      ),
    );
    expect(paid.milestone).to.equal("1");
    expect(row("milestoneReleased", released.transactionHash).map(pick)).to.deep.equal([
      { kind: "milestoneReleased", ...paid, decision: "" },
    ]);
    expect(row("payment", released.transactionHash).map(pick)).to.deep.equal([{ kind: "payment", ...paid, decision }]);
  });
});
