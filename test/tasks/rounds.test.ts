import { expect } from "chai";
import { ethers } from "hardhat";
import { time } from "@nomicfoundation/hardhat-network-helpers";
import { parseDescription } from "../../sdk/model/description";
import { ROUND_PHASES } from "../../sdk/model/rounds";
import { BudgetRound__factory, IERC20__factory } from "../../typechain-types";
import { ContentClient } from "../../sdk/content/client";
import { CancelReason, ReviewReason } from "../helpers/codes";
import { runTask as run } from "../helpers/runTask";
import { DKKT, iso, taskChain } from "../helpers/taskChain";

// Demo accounts (config/demo.json): 1 registrar and reviewer, 2 guardian, 3–6 Skovlunde, 7–10 Måløv, 19 a payee, 23 a resident.
const REVIEWER = "1";
const GUARDIAN = "2";
const ANNA = "3";
const EMMA = "7";
const HANS = "10";

/** A round small enough for what the demo leaves in the treasury: 4 × 50,000 DKKT. */
const ROUND_FILE = {
  title: "Borgermillion (test)",
  description: "Fire bydele, 50.000 kr. hver.",
  criteria: "- gavner bydelen\n- holder sig inden for budgettet",
  asset: "DKKT",
  districts: { Skovlunde: "50000", Måløv: "50000", "Ballerup Nord": "50000", "Ballerup Syd": "50000" },
  ideasEnd: "+10 days",
  reviewEnd: "+12 days",
  votingEnd: "+14 days",
  challengeDelay: "2 days",
  maxPicks: 3,
  reviewers: ["0x70997970C51812dc3A010C7d01b50e0d17dc79C8"],
};

describe("Budget round tasks (a round from proposal to payout on a live chain)", function () {
  const chain = taskChain("demo");
  let roundAddress: string;

  const round = () => BudgetRound__factory.connect(roundAddress, ethers.provider);
  const phase = async () => ROUND_PHASES[Number(await round().phase())];
  /** The fields the content service publishes under `commitment`, as anyone reads them. */
  const published = async (commitment: string) => {
    const record = await new ContentClient({ url: chain.content!.service.url }).readText(commitment as `0x${string}`);
    return record.status === "published" ? record.text.fields : record.status;
  };

  it("refuses a round file with every problem named by field, before sending anything", async () => {
    const file = chain.write("bad.json", {
      ...ROUND_FILE,
      districts: { Herlev: "10" },
      ideasEnd: "+1 day",
      maxPicks: 0,
      reviewers: [],
      criteria: 7,
    });
    const nonce = await (await ethers.provider.getSigner(10)).getNonce();
    const { error } = await run("round:open", { file, from: HANS });
    expect(error).to.match(/^Invalid round:\n/);
    expect(error).to.contain(
      "  - districts.Herlev: unknown district (known: Skovlunde, Måløv, Ballerup Nord, Ballerup Syd)",
    );
    expect(error).to.contain("  - ideasEnd: must be after the proposal can be executed");
    expect(error).to.contain("  - maxPicks: must be a whole number from 1 to 16, got 0");
    expect(error).to.contain("  - reviewers: a round needs at least one reviewer");
    expect(error).to.contain("  - criteria: must be a text, got 7");
    expect(await (await ethers.provider.getSigner(10)).getNonce()).to.equal(nonce);
  });

  it("proposes a round whose proposal pays its budget in and opens it", async () => {
    const opened = await run("round:open", { file: chain.write("round.json", ROUND_FILE), from: HANS });
    expect(opened.error).to.equal(null);
    roundAddress = opened.result.round;
    expect(opened.output).to.equal(
      `Proposal 24: open budget round ${roundAddress} with 200000.0 DKKT over 4 district(s)`,
    );
    expect(await ethers.provider.getCode(roundAddress)).to.equal("0x"); // not yet: only if the members approve
    // The allocation criteria are kept with the proposal's text, fixed before any idea is collected.
    const { governor } = chain.fund;
    const [created] = await governor.queryFilter(governor.filters.ProposalCreated(), "latest");
    const text = parseDescription(created.args.description).text!;
    expect(await published(text)).to.deep.equal({
      title: ROUND_FILE.title,
      body: ROUND_FILE.description,
      criteria: ROUND_FILE.criteria,
    });

    const { fund } = chain;
    const dkkt = chain.dkkt();
    const treasuryBefore = await fund.treasury.balanceOf(await dkkt.getAddress());
    await chain.pass(24);

    expect(await dkkt.balanceOf(roundAddress)).to.equal(DKKT("200000"));
    expect(await fund.treasury.balanceOf(await dkkt.getAddress())).to.equal(treasuryBefore - DKKT("200000"));
    expect(await phase()).to.equal("Ideas");
  });

  it("warns at proposal time when the treasury cannot pay the round's budget, and proposes it all the same", async () => {
    const million = {
      ...ROUND_FILE,
      title: "Borgermillion (for stor)",
      districts: {
        Skovlunde: "250000",
        Måløv: "250000",
        "Ballerup Nord": "250000",
        "Ballerup Syd": "250000",
      },
    };
    const opened = await run("round:open", { file: chain.write("million.json", million), from: EMMA });
    expect(opened.error).to.equal(null);
    // 722,000 DKKT was unreserved after the demo; the round above took 200,000 of it.
    expect(opened.output.split("\n")).to.deep.equal([
      `Proposal 25: open budget round ${opened.result.round} with 1000000.0 DKKT over 4 district(s)`,
      "Warning: the treasury has 522,000 DKKT available (not reserved for pools or milestone grants); this needs 1,000,000 DKKT. The members can pass it, but it cannot be carried out until enough is deposited.",
    ]);
  });

  it("takes ideas from members of the district only, and says why not", async () => {
    const shelter = await run("round:idea", {
      district: "Skovlunde",
      cost: "20000",
      title: "Shelter i Harrestrup Ådal",
      description: "Et shelter til fire ved åen, med bålplads.",
      round: "3",
      from: ANNA,
    });
    expect(shelter.output).to.equal("Idea 1 submitted to Skovlunde");
    expect(shelter.result).to.equal(1n);
    const [submitted] = await round().queryFilter(round().filters.IdeaSubmitted(1n));
    expect(await published(submitted.args.text)).to.deep.equal({
      title: "Shelter i Harrestrup Ådal",
      description: "Et shelter til fire ved åen, med bålplads.",
    });
    // The service would refuse a blank description: the task names it before sending anything.
    const nonce = await (await ethers.provider.getSigner(3)).getNonce();
    expect(
      (await run("round:idea", { district: "0", cost: "1", title: "Bænk", description: " ", from: ANNA })).error,
    ).to.equal("Not a valid idea text: description is missing");
    expect(await (await ethers.provider.getSigner(3)).getNonce()).to.equal(nonce);
    expect(
      (
        await run("round:idea", {
          district: "1",
          cost: "30000",
          title: "Bålplads",
          description: "Ved spejderhytten",
          from: EMMA,
        })
      ).output,
    ).to.equal("Idea 2 submitted to Måløv");
    expect(
      (await run("round:idea", { district: "Måløv", cost: "1000", title: "Bænk", description: "Ved søen", from: ANNA }))
        .error,
    ).to.equal(`0x90F7…b906 lives in Skovlunde and may send ideas only there, not to Måløv.`);
    expect(
      (
        await run("round:idea", {
          district: "Skovlunde",
          cost: "1000",
          title: "Bænk",
          description: "Ved søen",
          from: "23",
        })
      ).error,
    ).to.equal(
      `0x5E66…43F1 is not a member, and only members take part in budget rounds: ask a registrar for membership.`,
    );
    expect(
      (
        await run("round:idea", {
          district: "Skovlunde",
          cost: "60000",
          title: "Bænk",
          description: "Ved søen",
          from: ANNA,
        })
      ).error,
    ).to.equal("The cost must be more than zero and at most the district's budget of 50,000 DKKT; got 60,000 DKKT.");
    expect(
      (await run("round:idea", { district: "Herlev", cost: "1", title: "x", description: "Ved søen", from: ANNA }))
        .error,
    ).to.equal('Unknown district "Herlev" (known: Skovlunde, Måløv, Ballerup Nord, Ballerup Syd)');
    expect(
      (
        await run("round:idea", {
          district: "0",
          cost: "1",
          title: "x",
          description: "Ved søen",
          round: "9",
          from: ANNA,
        })
      ).error,
    ).to.equal('Unknown round "9" (there are 3)');
  });

  it("lets only reviewers assess, in the review phase, with a payee for what is feasible", async () => {
    const signers = await ethers.getSigners();
    const review = {
      idea: "1",
      feasible: "yes",
      reason: "Tilbud indhentet",
      payee: signers[19].address,
      from: REVIEWER,
    };
    expect((await run("round:review", review)).error).to.equal(
      "The round is in its Ideas phase; this step belongs to the Review phase.",
    );
    await time.increaseTo((await round().ideasEnd()) + 1n);
    expect((await run("round:review", { ...review, from: ANNA })).error).to.equal(
      `0x90F7…b906 is not a reviewer of this round: only its reviewers can assess ideas.`,
    );
    expect((await run("round:review", { ...review, payee: undefined })).error).to.equal(
      "A feasible idea needs a payee: who is paid if it wins.",
    );
    expect((await run("round:review", review)).output).to.equal("Idea 1 reviewed: feasible");
    expect(
      (await run("round:review", { ...review, idea: "2", cost: "25000", payee: signers[20].address })).output,
    ).to.equal("Idea 2 reviewed: feasible");
    expect((await round().ideaOf(2)).cost).to.equal(DKKT("25000"));
    const [reviewed] = await round().queryFilter(round().filters.IdeaReviewed(1n));
    expect(reviewed.args.code).to.equal(BigInt(ReviewReason.Feasible));
    expect(await published(reviewed.args.reason)).to.deep.equal({ reason: "Tilbud indhentet" });
  });

  it("takes ballots from each district's members for that district's ideas", async () => {
    await time.increaseTo((await round().reviewEnd()) + 1n);
    expect((await run("round:ballot", { ideas: "1", from: ANNA })).output).to.equal("Ballot cast for ideas 1");
    expect((await run("round:ballot", { ideas: "1", from: "5" })).error).to.equal(null);
    expect((await run("round:ballot", { ideas: "2", from: EMMA })).error).to.equal(null);
    expect((await run("round:ballot", { ideas: "1", from: EMMA })).error).to.equal(
      "Idea #1 belongs to Skovlunde, and members vote only for ideas in their own district (Måløv).",
    );
    expect((await run("round:ballot", { ideas: "1,1", from: "6" })).error).to.equal(
      "Idea #1 is picked twice: pick each idea once.",
    );
    expect((await run("round:ballot", { ideas: "1", from: "23" })).error).to.equal(
      `0x5E66…43F1 is not a member, and only members take part in budget rounds: ask a registrar for membership.`,
    );
    expect((await run("round:finalize")).error).to.equal(
      "The round is in its Voting phase; this step belongs to the Tally phase.",
    );
  });

  it("finalizes, lets the guardian cancel a winner with a reason, pays the rest and returns what is left", async () => {
    const signers = await ethers.getSigners();
    const { fund } = chain;
    await time.increaseTo((await round().votingEnd()) + 1n);
    expect((await run("round:finalize", { district: "Ballerup Nord" })).output).to.equal(
      "Ballerup Nord allocated 0.0 DKKT; other districts still to go",
    );
    expect((await run("round:finalize", { district: "2" })).error).to.equal(
      "The results for Ballerup Nord are already allocated and published.",
    );
    expect((await run("round:finalize")).output).to.match(
      /^Round finalized: winners can be released after \d{4}-\d\d-\d\dT/,
    );
    expect((await run("round:release", { idea: "1" })).error).to.equal(
      "The round is in its Challenge phase; this step belongs to the Payout phase.",
    );
    expect(
      (await run("round:cancel", { idea: "2", reason: "Kræver tilladelse", code: "NoLongerPossible", from: ANNA }))
        .error,
    ).to.equal(
      `0x90F7…b906 is not the round's guardian: only the guardian (during the objections) or the members (by a proposal) can stop a winner.`,
    );
    expect(
      (
        await run("round:cancel", {
          idea: "2",
          reason: "Kræver tilladelse fra kommunen",
          code: "NoLongerPossible",
          from: GUARDIAN,
        })
      ).output,
    ).to.equal("Idea 2 cancelled: its money stays in the round and goes back to the treasury with the rest");
    const [cancelled] = await round().queryFilter(round().filters.WinnerCancelled(2n));
    expect([cancelled.args.guardian, cancelled.args.code]).to.deep.equal([
      signers[2].address,
      BigInt(CancelReason.NoLongerPossible),
    ]);
    expect(await published(cancelled.args.reason)).to.deep.equal({ reason: "Kræver tilladelse fra kommunen" });

    await time.increaseTo((await round().finalizedAt()) + (await round().challengeDelay()) + 1n);
    const dkkt = IERC20__factory.connect(await round().asset(), ethers.provider);
    const payeeBefore = await dkkt.balanceOf(signers[19].address);
    expect((await run("round:release", { idea: "1" })).output).to.equal(
      `Idea 1 paid: 20000.0 DKKT to ${signers[19].address}`,
    );
    expect(await dkkt.balanceOf(signers[19].address)).to.equal(payeeBefore + DKKT("20000"));
    expect((await run("round:release", { idea: "2" })).error).to.equal(
      "Idea #2 has the status Cancelled; this step needs Funded.",
    );

    const treasuryBefore = await fund.treasury.balanceOf(await dkkt.getAddress());
    expect((await run("round:return")).output).to.equal("Returned 180000.0 DKKT to the treasury");
    expect(await fund.treasury.balanceOf(await dkkt.getAddress())).to.equal(treasuryBefore + DKKT("180000"));
    expect(await dkkt.balanceOf(roundAddress)).to.equal(0n);
    expect((await run("round:return")).error).to.equal("Nothing is left in the round to return to the treasury.");
  });

  it("shows a round's phase, districts and ideas with their titles", async () => {
    const [heading, schedule, ...rest] = (await run("round:status", { round: roundAddress })).output.split("\n");
    expect(heading).to.equal(`Round 3 of 3 at ${roundAddress}: Payout`);
    expect(schedule).to.equal(
      `  ideas until ${iso(await round().ideasEnd())}, review until ${iso(await round().reviewEnd())}, voting until ${iso(await round().votingEnd())}`,
    );
    expect(rest).to.deep.equal([
      "  Skovlunde: budget 50000.0 DKKT, allocated 20000.0 DKKT, 1 idea(s)",
      "  Måløv: budget 50000.0 DKKT, allocated 25000.0 DKKT, 1 idea(s)",
      "  Ballerup Nord: budget 50000.0 DKKT, allocated 0.0 DKKT, 0 idea(s)",
      "  Ballerup Syd: budget 50000.0 DKKT, allocated 0.0 DKKT, 0 idea(s)",
      "  #1   Released       20000.0 DKKT    2 approval(s)  Skovlunde: Shelter i Harrestrup Ådal",
      "  #2   Cancelled      25000.0 DKKT    1 approval(s)  Måløv: Bålplads",
    ]);
  });
});
