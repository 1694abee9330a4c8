import { expect } from "chai";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import { summaryMarkdown } from "../../audit/summary";
import { toCsv, toRow } from "../../sdk/history/export";
import { auditTestFund } from "../helpers/audit";
import { CancelReason, ReviewReason } from "../helpers/codes";
import { DAY } from "../helpers/fixtures";
import { text } from "../helpers/texts";
import { DKKT, fundedRound, toPhase, type RoundFixture } from "../rounds/roundFixture";

/** A round from opening to payout: ideas, reviews, ballots, results, a cancelled winner, releases, the return. */
async function paidOutRound() {
  const f = await loadFixture(fundedRound);
  const [a, b, , , e] = f.voters;
  await f.round.connect(a).submitIdea(0, DKKT(100_000n), text("Bænke"));
  await f.round.connect(e).submitIdea(0, DKKT(80_000n), text("Lys"));
  await f.round.connect(b).submitIdea(1, DKKT(30_000n), text("Hundeskov"));
  await toPhase(f.round, "review");
  for (const id of [1n, 2n, 3n]) {
    const { cost } = await f.round.ideaOf(id);
    await f.round
      .connect(f.reviewer)
      .reviewIdea(id, true, cost, f.recipient.address, ReviewReason.Feasible, text(`OK ${id}`));
  }
  await toPhase(f.round, "voting");
  await f.round.connect(a).castBallot([1, 2]);
  await f.round.connect(b).castBallot([3]);
  await toPhase(f.round, "tally");
  await f.round.finalize();
  await f.round.connect(f.guardian).cancelWinner(2, CancelReason.NoLongerPossible, text("Permit refused"));
  await time.increase(DAY);
  await f.round.release(1);
  await f.round.release(3);
  await f.round.returnUnspent();
  return f;
}

async function audit(f: RoundFixture) {
  return auditTestFund(f.fund, await f.dkkt.getAddress());
}

describe("audit of budget rounds", () => {
  it("follows a round the factory opened, reconciles its escrow and traces its payments to its results", async () => {
    const f = await paidOutRound();
    const result = await audit(f);
    const round = await f.round.getAddress();
    expect(result.checks.map((c) => c.passed)).to.deep.equal([true, true, true, true, true]);
    // 1,000,000 in from proposal #1; 100,000 + 30,000 released to winners; 870,000 returned.
    expect(result.escrows).to.deep.equal([
      {
        round,
        asset: await f.dkkt.getAddress(),
        proposal: 1n,
        paidIn: DKKT(1_000_000n),
        released: DKKT(130_000n),
        returned: DKKT(870_000n),
        explained: 0n,
        balance: 0n,
        unexplained: 0n,
      },
    ]);
    expect(summaryMarkdown(result)).to.contain(
      `| ${round} | proposal #1 | 1000000 DKKT | 130000 DKKT | 870000 DKKT | 0 DKKT | 0 DKKT | 0 DKKT |`,
    );
    expect(result.checks[0].evidence).to.include(
      `round ${round}: balance 0 DKKT; paid in 1000000 DKKT − released 130000 DKKT − returned 870000 DKKT = 0 DKKT: explained`,
    );
    const kinds = result.entries.filter((e) => e.address === round).map((e) => e.kind);
    expect(kinds.filter((k) => k === "idea")).to.have.length(3);
    expect(kinds.filter((k) => k === "review")).to.have.length(3);
    expect(kinds.filter((k) => k === "ballot")).to.have.length(2);
    expect(kinds.filter((k) => k === "ideaFunded")).to.have.length(3);
    expect(kinds.filter((k) => k === "release")).to.have.length(2);
    expect(kinds).to.include.members(["roundFinalized", "winnerCancelled", "unspentReturned", "roundInfo"]);
    expect(result.checks[1].evidence.filter((line) => line.includes("← the round's results funded it"))).to.have.length(
      2,
    );
    // The opening payment into the escrow traces to the proposal that opened the round.
    expect(result.checks[1].evidence[0]).to.match(
      new RegExp(`^payment of 1000000 DKKT to ${round} .*← proposal #1, action 1$`),
    );
    // 1,000,000 in; 100,000 + 30,000 released; 870,000 returned (and recorded by the treasury as a deposit).
    const returned = result.entries.find((e) => e.kind === "deposit" && e.from === round);
    expect(returned && returned.kind === "deposit" && returned.amount).to.equal(DKKT(870_000n));
  });

  it("exports every money row of the round with its payee, asset, amount, opening proposal and salt", async () => {
    const f = await paidOutRound();
    const result = await audit(f);
    const round = await f.round.getAddress();
    const treasury = await f.fund.treasury.getAddress();
    const csv = toCsv(result.entries, { assets: result.assets, districts: f.config.districts });
    // From the proposal column on: proposal, decision, round, idea, pool, pool_grant,
    // milestone_grant, milestone, account, counterparty, asset, amount, amount_raw, details, text.
    const lines = (kind: string, where: (line: string) => boolean = () => true) =>
      csv
        .split("\r\n")
        .filter((line) => line.split(",")[3] === kind && where(line))
        .map((line) => line.split(",").slice(5).join(","));
    // The round's salt is its opening proposal's (#1) description hash.
    const ofRound = `1,${f.opening.descriptionHash},${round}`;
    const intoEscrow = `${ofRound},,,,,,,${round},DKKT,1000000,1000000000000`;
    expect(lines("payment")).to.deep.equal([`${intoEscrow},,,`]);
    expect(lines("roundCreated")).to.deep.equal([`${intoEscrow},,,`]);
    expect(lines("roundInfo", (line) => line.includes("RoundOpened:"))).to.deep.equal([
      `${intoEscrow},RoundOpened: asset=${f.params.asset} total=1000000000000 guardian=${f.guardian.address} rule=${f.params.rule},,`,
    ]);
    const payee = f.recipient.address;
    expect(lines("ideaFunded")).to.deep.equal([
      `${ofRound},1,,,,,,${payee},DKKT,100000,100000000000,Skovlunde (approvals: 1),,`,
      `${ofRound},2,,,,,,${payee},DKKT,80000,80000000000,Skovlunde (approvals: 1),,`,
      `${ofRound},3,,,,,,${payee},DKKT,30000,30000000000,Måløv (approvals: 1),,`,
    ]);
    // Idea 2's win was cancelled: only 1 and 3 are paid.
    expect(lines("release")).to.deep.equal([
      `${ofRound},1,,,,,,${payee},DKKT,100000,100000000000,,,`,
      `${ofRound},3,,,,,,${payee},DKKT,30000,30000000000,,,`,
    ]);
    expect(lines("unspentReturned")).to.deep.equal([`${ofRound},,,,,,,${treasury},DKKT,870000,870000000000,,,`]);
    expect(lines("deposit", (line) => line.includes(round))).to.deep.equal([
      `${ofRound},,,,,,${round},,DKKT,870000,870000000000,,,`,
    ]);
  });

  it("catches a token sent straight into an escrow", async () => {
    const f = await paidOutRound();
    await f.dkkt.connect(f.outsider).transfer(await f.round.getAddress(), DKKT(5n));
    const result = await audit(f);
    expect(result.checks[0].passed).to.equal(false);
    expect(result.escrows[0].unexplained).to.equal(DKKT(5n));
    expect(result.checks[0].evidence.at(-1)).to.match(
      /^round 0x[0-9a-fA-F]{40}: balance 5 DKKT; .*UNEXPLAINED INFLOW of 5 DKKT/,
    );
  });

  it("keeps each idea's, review's and cancellation's commitment and code; the export adds only texts it is given", async () => {
    const f = await paidOutRound();
    const result = await audit(f);
    const round = await f.round.getAddress();
    const entries = result.entries.filter((e) => e.address === round);
    expect(entries.flatMap((e) => (e.kind === "idea" ? [[e.ideaId, e.district, e.cost, e.text]] : []))).to.deep.equal([
      [1n, 0, DKKT(100_000n), text("Bænke")],
      [2n, 0, DKKT(80_000n), text("Lys")],
      [3n, 1, DKKT(30_000n), text("Hundeskov")],
    ]);
    expect(entries.flatMap((e) => (e.kind === "review" ? [[e.ideaId, e.code, e.reason]] : []))).to.deep.equal([
      [1n, "Feasible", text("OK 1")],
      [2n, "Feasible", text("OK 2")],
      [3n, "Feasible", text("OK 3")],
    ]);
    const cancelled = entries.find((e) => e.kind === "winnerCancelled")!;
    expect(
      cancelled.kind === "winnerCancelled" && [cancelled.ideaId, cancelled.guardian, cancelled.code, cancelled.reason],
    ).to.deep.equal([2n, f.guardian.address, "NoLongerPossible", text("Permit refused")]);

    // The content service published and verified two texts; the cancellation's reason it holds back.
    const context = {
      assets: result.assets,
      districts: f.config.districts,
      texts: new Map([
        [text("Bænke").toLowerCase(), "Bænke\n\nTi bænke ved søstien"],
        [text("OK 1").toLowerCase(), "Prisen holder"],
      ]),
    };
    const rows = entries.map((e) => toRow(e, context));
    const columns = (kind: string) =>
      rows.filter((r) => r.kind === kind).map((r) => [r.details, r.text_commitment, r.text]);
    expect(columns("idea")).to.deep.equal([
      ["Skovlunde", text("Bænke"), "Bænke\n\nTi bænke ved søstien"],
      ["Skovlunde", text("Lys"), ""],
      ["Måløv", text("Hundeskov"), ""],
    ]);
    expect(columns("review")).to.deep.equal([
      ["feasible (Feasible)", text("OK 1"), "Prisen holder"],
      ["feasible (Feasible)", text("OK 2"), ""],
      ["feasible (Feasible)", text("OK 3"), ""],
    ]);
    expect(columns("winnerCancelled")).to.deep.equal([["cancelled (NoLongerPossible)", text("Permit refused"), ""]]);
    // Rows without a text keep both columns empty, with or without texts given.
    expect(rows.filter((r) => r.kind === "release").map((r) => [r.text_commitment, r.text])).to.deep.equal([
      ["", ""],
      ["", ""],
    ]);
  });
});
