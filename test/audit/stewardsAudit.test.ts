import { expect } from "chai";
import { ethers } from "hardhat";
import { ZeroHash } from "ethers";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import { encodeAbiParameters, keccak256, type Address } from "viem";
import { toCsv } from "../../sdk/history/export";
import { isoDate } from "../../sdk/history/row";
import { descriptionHash, proposalDescription } from "../../sdk/model/description";
import { concatActions } from "../../sdk/proposals/actions";
import { grantActions } from "../../sdk/proposals/governance";
import {
  milestoneCancelActions,
  milestoneGrantActions,
  poolCloseActions,
  verificationRuleActions,
} from "../../sdk/proposals/stewards";
import { auditTestFund } from "../helpers/audit";
import { RevocationReason, StopReason } from "../helpers/codes";
import { DAY } from "../helpers/fixtures";
import {
  attest,
  createPoolByProposal,
  DKKT,
  identity,
  pass,
  POOL_NAME,
  poolText,
  START_DKKT,
  stewardsFund,
  type StewardsFixture,
} from "../helpers/stewards";
import { text } from "../helpers/texts";

const EVIDENCE = ethers.id("delivery note");

/**
 * The stewards' money from start to end: a grant to an unverified club while verification was
 * off, the rule turned on, a quick pool paying one micro-grant (and one withdrawn, one made of a
 * resident's application and left pending, another application declined), a milestone
 * grant with one milestone released and one stopped, then the pool closed and the grant's rest
 * cancelled by one proposal, and the club's attestation revoked.
 */
async function stewardsHistory() {
  const f = await stewardsFund();
  const [club, carpenter, unverified] = f.payees;
  await attest(f, club.address, 365, "Skovlunde Ungdomsklub");
  await attest(f, carpenter.address, 365, "Tømrerfirmaet Bach ApS");

  const direct = proposalDescription("Legepladsen", text("Legepladsen"), f.voters[0].address);
  await pass(
    f,
    grantActions(
      f.treasuryAddress,
      { asset: f.token, recipient: unverified.address as Address, amount: DKKT(10_000n) },
      direct,
    ),
    "Legepladsen",
  );
  await pass(f, verificationRuleActions(f.contracts.payeeRegistry, true), "Only verified payees");

  const { pool, params: poolParams } = await createPoolByProposal(f, { budget: DKKT(50_000n) }, 1);
  await pool.connect(f.voters[0]).proposeGrant(club.address, DKKT(3_000n), text("Football nets"));
  await pool.connect(f.voters[1]).approveGrant(1);
  await pool.connect(f.voters[2]).proposeGrant(club.address, DKKT(1_000n), ZeroHash);
  await pool.connect(f.voters[2]).withdrawGrant(2);
  // A resident applies twice: one application becomes micro-grant #3 (left pending), one is declined.
  await pool.connect(f.voters[5]).applyForGrant(DKKT(2_000n), club.address, text("Application: goals"));
  await pool.connect(f.voters[5]).applyForGrant(DKKT(4_000n), club.address, text("Application: a bus trip"));
  await pool.connect(f.voters[0]).grantApplication(1, text("Goals for the pitch"));
  await pool.connect(f.voters[1]).declineApplication(2, text("Declined: trips are not in the mandate"));

  const { treasury, milestoneGrants } = f.contracts;
  await pass(
    f,
    milestoneGrantActions(
      { treasury, milestoneGrants },
      {
        payee: carpenter.address as Address,
        asset: f.token,
        title: text("Nyt tag på spejderhytten"),
        milestones: [
          { amount: DKKT(40_000n), description: text("Materials delivered") },
          { amount: DKKT(60_000n), description: text("Roof laid") },
        ],
      },
    ),
    "Roof",
    2,
  );
  await f.fund.milestones.connect(f.steward).markDelivered(1, 0, text("ipfs://materials"), EVIDENCE);
  await time.increase(2 * DAY);
  await f.fund.milestones.release(1, 0);
  await f.fund.milestones.connect(f.steward).markDelivered(1, 1, text("ipfs://roof"), EVIDENCE);
  await f.fund.milestones.connect(f.guardian).stop(1, 1, StopReason.NotDelivered, text("The roof leaks"));

  await pass(
    f,
    concatActions(poolCloseActions((await pool.getAddress()) as Address), milestoneCancelActions(milestoneGrants, 1n)),
    "Close the pool, cancel the roof",
  );
  await f.fund.payees
    .connect(f.verifier)
    .revoke(club.address, RevocationReason.RegistrationEnded, text("Club dissolved"));
  return { ...f, pool, poolParams, club, carpenter, unverified, direct };
}

async function audit(f: StewardsFixture) {
  return auditTestFund(f.fund, f.token);
}

describe("audit of stewards' money", () => {
  it("reads payees, pools, allowances and milestones and reconciles them exactly, figure by figure", async () => {
    const f = await loadFixture(stewardsHistory);
    const result = await audit(f);
    const pool = await f.pool.getAddress();
    const milestones = await f.fund.milestones.getAddress();
    const kinds = (kind: string) => result.entries.filter((e) => e.kind === kind).length;
    expect(
      [
        "payeeAttested",
        "payeeRevoked",
        "verificationRule",
        "allowanceSet",
        "allowanceSpent",
        "allowanceReturned",
        "poolOpened",
        "committeeSet",
        "poolGrantProposed",
        "poolGrantApproved",
        "poolGrantPaid",
        "poolGrantWithdrawn",
        "poolClosed",
        "poolApplicationSubmitted",
        "poolApplicationGranted",
        "poolApplicationDeclined",
        "milestoneGrantCreated",
        "milestonePlanned",
        "milestoneDelivered",
        "milestoneStopped",
        "milestoneReleased",
        "milestoneGrantCancelled",
      ].map(kinds),
    ).to.deep.equal([2, 1, 2, 2, 2, 2, 1, 1, 3, 4, 1, 1, 1, 2, 1, 1, 1, 2, 2, 1, 1, 1]);

    // 500,000 in; 10,000 granted, 3,000 by the pool, 40,000 for the materials.
    expect(result.reconciliation.find((r) => r.asset === f.token)).to.deep.equal({
      asset: f.token,
      deposits: START_DKKT,
      payments: DKKT(53_000n),
      explained: DKKT(447_000n),
      balance: DKKT(447_000n),
      unexplained: 0n,
    });
    // Pool: 50,000 reserved, 3,000 spent, 47,000 back at closing. Milestones: 100,000, 40,000, 60,000.
    expect(result.allowances.spenders).to.deep.equal([
      {
        spender: pool,
        asset: f.token,
        set: DKKT(50_000n),
        spent: DKKT(3_000n),
        returned: DKKT(47_000n),
        explained: 0n,
        onChain: 0n,
        gaps: [],
      },
      {
        spender: milestones,
        asset: f.token,
        set: DKKT(100_000n),
        spent: DKKT(40_000n),
        returned: DKKT(60_000n),
        explained: 0n,
        onChain: 0n,
        gaps: [],
      },
    ]);
    expect(result.allowances.reserved).to.deep.equal([
      { asset: f.token, onChain: 0n, explained: 0n, balance: DKKT(447_000n) },
    ]);
    expect(result.checks.map((c) => [c.id, c.passed])).to.deep.equal([
      [1, true],
      [2, true],
      [3, true],
      [4, true],
      [5, true],
    ]);

    const payments = result.entries.filter((e) => e.kind === "payment");
    const tx = (i: number) => `${payments[i].tx.slice(0, 10)}…`;
    expect(result.checks[1].evidence).to.deep.equal([
      `payment of 10000 DKKT to ${f.unverified.address} (tx ${tx(0)}) ← proposal #1, action 1`,
      `payment of 3000 DKKT to ${f.club.address} (tx ${tx(1)}) ← micro-grant #1 of pool ${pool} (created by proposal #3; allowance set by proposal #3), paid at 2 approvals`,
      `payment of 40000 DKKT to ${f.carpenter.address} (tx ${tx(2)}) ← milestone 1 of grant #1 (created by proposal #4; allowance set by proposal #4; delivered by ${f.steward.address})`,
    ]);
    // The payment decisions are the ones the pool and the milestone grants pass to the treasury.
    expect(payments.map((p) => p.kind === "payment" && p.decision).slice(1)).to.deep.equal([
      keccak256(encodeAbiParameters([{ type: "address" }, { type: "uint256" }], [pool as `0x${string}`, 1n])),
      keccak256(
        encodeAbiParameters(
          [{ type: "address" }, { type: "uint256" }, { type: "uint8" }],
          [milestones as `0x${string}`, 1n, 0],
        ),
      ),
    ]);
    expect(result.checks[0].evidence.slice(-3)).to.deep.equal([
      `allowance of ${pool} in DKKT: on chain 0 DKKT; set 50000 DKKT − spent 3000 DKKT − returned 47000 DKKT = 0 DKKT: explained`,
      `allowance of ${milestones} in DKKT: on chain 0 DKKT; set 100000 DKKT − spent 40000 DKKT − returned 60000 DKKT = 0 DKKT: explained`,
      "reserved 0 DKKT of 447000 DKKT held; allowances add up to 0 DKKT: covered",
    ]);
    // The grant to the unverified club was made while verification was off, and shows so.
    expect(result.checks[4].evidence[0]).to.equal(
      `payment of 10000 DKKT to ${f.unverified.address} (tx ${tx(0)}): verification not required then`,
    );
    // The attestation names the payee's kind and register and only the commitment to its identity.
    const attested = result.entries.find((e) => e.kind === "payeeAttested" && e.payee === f.club.address)!;
    const validUntil = attested.kind === "payeeAttested" ? attested.validUntil : 0n;
    expect(result.checks[4].evidence[1]).to.equal(
      `payment of 3000 DKKT to ${f.club.address} (tx ${tx(1)}): attested (Company, DanishCvr, identity ${identity("Skovlunde Ungdomsklub").slice(0, 10)}…) by ${f.verifier.address}, valid until ${new Date(Number(validUntil) * 1000).toISOString()}`,
    );
    expect(result.checks[3].evidence).to.include.members([
      `payeeRegistry VERIFIER_ROLE: ${f.verifier.address} (named in the README)`,
      `milestoneGrants STEWARD_ROLE: ${f.steward.address} (named in the README)`,
      `milestoneGrants guardian: ${f.guardian.address} (named in the README)`,
      `poolFactory owner: ${await f.fund.timelock.getAddress()} (named in the README)`,
      // The erasure anchor is governed by the timelock like the rest (this fund names no anchorer).
      `erasureAnchor DEFAULT_ADMIN_ROLE: ${await f.fund.timelock.getAddress()} (named in the README)`,
    ]);

    // Texts the content service published and the reader verified go beside their commitments;
    // the carpenter's identity (verifiers only) and the stop reason were not given, so stay blank.
    const texts = new Map([
      [poolText(POOL_NAME), "Hurtigpuljen 2026: små tilskud til foreninger"],
      [text("Football nets"), "Fodboldnet til klubben"],
      [text("Nyt tag på spejderhytten"), "Nyt tag på spejderhytten"],
    ]);
    const csv = toCsv(result.entries, { assets: result.assets, districts: f.config.districts, texts });
    // From the proposal column on: proposal, decision, round, idea, pool, pool_grant,
    // milestone_grant, milestone, account, counterparty, asset, amount, amount_raw, details, text.
    const lines = (kind: string) =>
      csv
        .split("\r\n")
        .filter((line) => line.split(",")[3] === kind)
        .map((line) => line.split(",").slice(5).join(","));
    const [voter0, voter2] = [f.voters[0].address, f.voters[2].address];
    // The pool was created by proposal #3, the milestone grant by #4; #5 closed and cancelled them.
    const ofPool = `3,,,,${pool}`;
    expect(lines("poolOpened")).to.deep.equal([
      `${ofPool},,,,${pool},,DKKT,5000,5000000000,"QuickPool: cap per grant, until ${isoDate(f.poolParams.endsAt)}",${poolText(POOL_NAME)},Hurtigpuljen 2026: små tilskud til foreninger`,
    ]);
    expect(lines("poolGrantProposed")).to.deep.equal([
      `${ofPool},1,,,${voter0},${f.club.address},DKKT,3000,3000000000,grant #1,${text("Football nets")},Fodboldnet til klubben`,
      // Proposed without a written reason: no commitment, no text.
      `${ofPool},2,,,${voter2},${f.club.address},DKKT,1000,1000000000,grant #2,,`,
      `${ofPool},3,,,${voter0},${f.club.address},DKKT,2000,2000000000,grant #3,${text("Goals for the pitch")},`,
    ]);
    const sofie = f.voters[5].address;
    expect(lines("poolApplicationSubmitted")).to.deep.equal([
      `${ofPool},,,,${sofie},${f.club.address},DKKT,2000,2000000000,application #1,${text("Application: goals")},`,
      `${ofPool},,,,${sofie},${f.club.address},DKKT,4000,4000000000,application #2,${text("Application: a bus trip")},`,
    ]);
    // The granted application names the micro-grant it became.
    expect(lines("poolApplicationGranted")).to.deep.equal([
      `${ofPool},3,,,${voter0},,,,,application #1 made grant #3,,`,
    ]);
    expect(lines("poolApplicationDeclined")).to.deep.equal([
      `${ofPool},,,,${f.voters[1].address},,,,,application #2 declined,${text("Declined: trips are not in the mandate")},`,
    ]);
    expect(lines("poolGrantPaid")).to.deep.equal([
      `${ofPool},1,,,,${f.club.address},DKKT,3000,3000000000,grant #1 paid,,`,
    ]);
    expect(lines("poolClosed")).to.deep.equal([
      `5,,,,${pool},,,,${await f.fund.timelock.getAddress()},,DKKT,47000,47000000000,closed; the rest returned,,`,
    ]);
    expect(lines("milestoneGrantCreated")).to.deep.equal([
      `4,,,,,,1,,,${f.carpenter.address},DKKT,100000,100000000000,grant #1 in 2 milestones,${text("Nyt tag på spejderhytten")},Nyt tag på spejderhytten`,
    ]);
    expect(lines("milestoneReleased")).to.deep.equal([
      `4,,,,,,1,1,,${f.carpenter.address},DKKT,40000,40000000000,grant #1 milestone 1 released,,`,
    ]);
    expect(lines("milestoneStopped")).to.deep.equal([
      `4,,,,,,1,2,${f.guardian.address},,,,,grant #1 milestone 2 stopped (NotDelivered),${text("The roof leaks")},`,
    ]);
    // Every treasury payment names its payee, asset, amount, decision and the proposal behind it:
    // the direct grant's own; the pool's and the milestone grants' spend decisions, with their
    // pool and micro-grant, or grant and milestone.
    const [, poolDecision, milestoneDecision] = payments.map((p) => (p.kind === "payment" ? p.decision : ""));
    expect(lines("payment")).to.deep.equal([
      `1,${descriptionHash(f.direct)},,,,,,,,${f.unverified.address},DKKT,10000,10000000000,,,`,
      `3,${poolDecision},,,${pool},1,,,,${f.club.address},DKKT,3000,3000000000,,,`,
      `4,${milestoneDecision},,,,,1,1,,${f.carpenter.address},DKKT,40000,40000000000,,,`,
    ]);
    expect(lines("allowanceSpent")).to.deep.equal([
      `3,,,,${pool},1,,,${pool},,DKKT,3000,3000000000,spent from allowance (47000000000 left),,`,
      `4,,,,,,1,1,${milestones},,DKKT,40000,40000000000,spent from allowance (60000000000 left),,`,
    ]);
    expect(lines("allowanceReturned")).to.deep.equal([
      `5,,,,${pool},,,,${pool},,DKKT,47000,47000000000,returned from allowance,,`,
      `5,,,,,,1,,${milestones},,DKKT,60000,60000000000,returned from allowance,,`,
    ]);
    expect(lines("payeeAttested").map((l) => l.split(",").slice(-2).join(","))).to.deep.equal([
      `${identity("Skovlunde Ungdomsklub")},`,
      `${identity("Tømrerfirmaet Bach ApS")},`,
    ]);
    expect(lines("payeeRevoked")).to.deep.equal([
      `,,,,,,,,${f.club.address},${f.verifier.address},,,,revoked (RegistrationEnded),${text("Club dissolved")},`,
    ]);
  });

  it("a verifier role granted to an outsider outside any proposal: check 4 fails and names the account", async () => {
    const f = await loadFixture(stewardsHistory);
    await f.fund.payees.connect(f.timelock).grantRole(await f.fund.payees.VERIFIER_ROLE(), f.outsider.address);
    const result = await audit(f);
    expect(result.checks.map((c) => c.passed)).to.deep.equal([true, true, true, false, true]);
    expect(result.checks[3].evidence.filter((e) => e.includes("NOT NAMED"))).to.deep.equal([
      `payeeRegistry VERIFIER_ROLE: ${f.outsider.address}: NOT NAMED in the README and not appointed by a proposal (tx ${result.entries.at(-1)!.tx.slice(0, 10)}…)`,
    ]);
  });

  it("an allowance reserved outside a proposal: the pool's payments no longer trace", async () => {
    const f = await loadFixture(stewardsHistory);
    // Only the timelock can do this, and only a passed proposal moves the timelock: impersonated here.
    const { pool } = await createPoolByProposal(f, { budget: DKKT(5_000n), name: "Second pool" }, 3);
    await f.fund.treasury.connect(f.timelock).increaseAllowance(await pool.getAddress(), f.token, DKKT(1_000n));
    await pool.connect(f.voters[0]).proposeGrant(f.carpenter.address, DKKT(500n), text("Tools"));
    await pool.connect(f.voters[1]).approveGrant(1);
    const result = await audit(f);
    expect(result.checks.map((c) => c.passed)).to.deep.equal([true, false, true, true, true]);
    expect(result.checks[1].evidence.at(-1)).to.match(
      /^payment of 500 DKKT to 0x[0-9a-fA-F]{40} \(tx 0x[0-9a-f]{8}…\) ← micro-grant #1 of pool 0x[0-9a-fA-F]{40} .*: its allowance was SET OUTSIDE ANY PROPOSAL \(tx 0x[0-9a-f]{8}…\)$/,
    );
  });

  it("an allowance changed without its event explaining it is caught by check 1", async () => {
    const f = await loadFixture(stewardsHistory);
    const result = await audit(f);
    // The treasury's storage cannot be changed on chain but by its own code; what the audit
    // reads is checked by replaying the events instead, so a forged figure is a failed check.
    const forged = {
      ...result.allowances,
      spenders: [{ ...result.allowances.spenders[0], onChain: DKKT(1n) }],
    };
    const { checkBalances } = await import("../../audit/checks");
    const check = checkBalances(result.reconciliation, (_, v) => `${v} DKKT`, [], forged);
    expect(check.passed).to.equal(false);
    expect(check.evidence.find((e) => e.includes("NOT EXPLAINED"))).to.contain("on chain 1000000 DKKT;");
  });
});
