import { expect } from "chai";
import { ethers } from "hardhat";
import { impersonateAccount, setBalance, time } from "@nomicfoundation/hardhat-network-helpers";
import { keccak256, toUtf8Bytes } from "ethers";
import { explainError } from "../../../harness/errors";
import { MilestoneGrants__factory } from "../../../typechain-types";
import { runTask as run } from "../../helpers/runTask";
import { DKKT, iso, taskChain } from "../../helpers/taskChain";

// Demo accounts: 3 Anna and 9 Gitte (members), 25 the steward, 26 the roof's payee.
const ANNA = "3";
// Camilla has no live proposal in the seeded demo: the governor allows one each.
const CAMILLA = "5";
const STEWARD = "25";

describe("Milestone tasks (milestone:propose, milestone:deliver, milestone:release on the seeded demo)", function () {
  const chain = taskChain("demo");

  it("takes the roof from delivery through the veto window to release", async () => {
    const { fund, signers, write } = chain;
    const m1 = await fund.milestones.milestoneOf(1, 1);
    expect((await run("milestone:release", { grant: "1", milestone: "2" })).error).to.equal(
      `Milestone 2 of grant #1 is in its veto window until ${iso(m1.releasableAt)}: the guardian may still stop it; release it after that.`,
    );
    const evidence = write("syn.txt", "Synsrapport: taget er godkendt");
    const deliver = { grant: "1", milestone: "3", uri: "https://byggesag.example.dk/spejderhytten/syn.pdf" };
    expect((await run("milestone:deliver", { ...deliver, file: evidence, from: ANNA })).error).to.equal(
      `Only a steward may do this, not 0x90F7…b906: use an account with that role, or ask the members to grant it by a proposal.`,
    );
    expect((await run("milestone:deliver", { ...deliver, from: STEWARD })).error).to.equal(
      "Give the evidence as either --hash or --file (to hash), not both or neither",
    );
    expect(
      (await run("milestone:deliver", { ...deliver, milestone: "4", hash: keccak256("0x01"), from: STEWARD })).error,
    ).to.equal("Milestone grant #1 has no milestone 4.");
    // Milestones are numbered from 1 here as in the dApp and the audit.
    expect(
      (await run("milestone:deliver", { ...deliver, milestone: "0", hash: keccak256("0x01"), from: STEWARD })).error,
    ).to.equal('--milestone counts from 1 (the first milestone), got "0"');
    const delivered = await run("milestone:deliver", { ...deliver, file: evidence, from: STEWARD });
    const hash = keccak256(toUtf8Bytes("Synsrapport: taget er godkendt"));
    const m2 = await fund.milestones.milestoneOf(1, 2);
    expect(delivered.output).to.equal(
      `Milestone 3 of grant 1 marked delivered by ${signers[25].address} (evidence ${deliver.uri}, hash ${hash}); it can be released from ${iso(m2.releasableAt)} unless the guardian stops it before`,
    );
    expect((await run("milestone:deliver", { ...deliver, hash, from: STEWARD })).error).to.equal(
      "Milestone 3 of grant #1 has the status Delivered; this step needs Planned.",
    );

    await time.increaseTo(m2.releasableAt);
    const before = await chain.dkkt().balanceOf(signers[26].address);
    expect((await run("milestone:release", { grant: "1", milestone: "2" })).output).to.equal(
      `Milestone 2 of grant 1 released: 60000.0 DKKT paid to ${signers[26].address}`,
    );
    expect((await run("milestone:release", { grant: "1", milestone: "3", from: ANNA })).output).to.equal(
      `Milestone 3 of grant 1 released: 20000.0 DKKT paid to ${signers[26].address}`,
    );
    expect(await chain.dkkt().balanceOf(signers[26].address)).to.equal(before + DKKT("80000"));
    expect((await run("milestone:release", { grant: "1", milestone: "3" })).error).to.equal(
      "Milestone 3 of grant #1 has the status Released; this step needs Delivered.",
    );
  });

  it("proposes a milestone grant from a checked file", async () => {
    const { fund, signers, write } = chain;
    const bad = write("bad-milestones.json", {
      title: "Bro",
      asset: "DKKT",
      payee: "Bach",
      milestones: [{ amount: "0", description: "Fundament" }, { amount: "10" }],
    });
    expect((await run("milestone:propose", { file: bad, from: CAMILLA })).error!.split("\n")).to.deep.equal([
      "Invalid milestone grant:",
      '  - payee: must be an address (0x followed by 40 hex digits), got "Bach"',
      '  - milestones[0].amount: must be a positive amount in whole units, e.g. "5000", got "0"',
      "  - milestones[1].description: must be a non-empty text",
    ]);
    const proposed = await run("milestone:propose", { file: "config/milestone-demo.json", from: CAMILLA });
    expect(proposed.output).to.equal(
      `Proposal 24: milestone grant "Ny bro over Harrestrup Å" of 75000.0 DKKT to ${signers[26].address} in 2 milestone(s): 30000.0 DKKT for Fundament støbt; 45000.0 DKKT for Broen monteret og godkendt`,
    );
    await chain.pass(24);
    expect(await fund.milestones.grantCount()).to.equal(2n);
    expect(await fund.milestones.committed(await chain.dkkt().getAddress())).to.equal(DKKT("75000"));
  });

  it("warns at proposal time when the treasury cannot reserve the total or the registry would refuse the payee", async () => {
    const { fund, signers, write } = chain;
    // The members require verified payees (the timelock is the registry's admin, as for a passed proposal).
    const timelock = await fund.timelock.getAddress();
    await impersonateAccount(timelock);
    await setBalance(timelock, 10n ** 18n);
    await (await fund.payees.connect(await ethers.getSigner(timelock)).setVerificationRequired(true)).wait();
    const unverified = signers[22].address; // Ballerup Syd Legepladsforening, never attested in the demo
    const file = write("playground.json", {
      title: "Legeplads i etaper",
      description: "Tre etaper over to år.",
      asset: "DKKT",
      payee: unverified,
      milestones: [
        { amount: "400000", description: "Første etape" },
        { amount: "400000", description: "Anden etape" },
      ],
    });
    const proposed = await run("milestone:propose", { file, from: ANNA });
    expect(proposed.error).to.equal(null);
    // 722,000 DKKT was unreserved after the demo; the bridge above reserved 75,000 of it.
    expect(proposed.output.split("\n").slice(1)).to.deep.equal([
      "Warning: the treasury has 647,000 DKKT available (not reserved for pools or milestone grants); this needs 800,000 DKKT. The members can pass it, but it cannot be carried out until enough is deposited.",
      `Warning: the payment will be refused when the proposal is carried out. ${unverified.slice(0, 6)}…${unverified.slice(-4)} is not a verified payee, and this fund pays only verified payees: ask a verifier to check it in the business register first.`,
    ]);
  });
});

describe("Milestone grants' errors in sentences", () => {
  const milestones = MilestoneGrants__factory.createInterface();
  const explain = (name: string, args: unknown[]) => explainError({ data: milestones.encodeErrorResult(name, args) });

  it("gives the milestone's state and what the treasury reserved", () => {
    // The contract's index 2 is the third milestone: people count from 1, as the dApp does.
    expect(explain("MilestoneGrantsVetoWindowClosed", [1, 2, 1_767_225_600])).to.equal(
      "The veto window of milestone 3 of grant #1 closed on 2026-01-01T00:00:00Z: it can no longer be stopped, only released.",
    );
    expect(explain("MilestoneGrantsUnfunded", [ethers.ZeroAddress, 5n, 9n])).to.equal(
      "The treasury reserved 0.000000000000000005 ETH for milestone grants, less than the 0.000000000000000009 ETH they would owe: the same proposal must reserve the total first.",
    );
  });
});
