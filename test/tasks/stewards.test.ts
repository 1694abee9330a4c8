import { expect } from "chai";
import { runTask as run } from "../helpers/runTask";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ethers } from "hardhat";
import { takeSnapshot, time, type SnapshotRestorer } from "@nomicfoundation/hardhat-network-helpers";
import { keccak256, parseUnits, toUtf8Bytes } from "ethers";
import { connectFund, readDeployment, type ConnectedFund } from "../../deploy/deployments";
import { explainError } from "../../harness/errors";
import {
  IERC20__factory,
  MilestoneGrants__factory,
  PayeeRegistry__factory,
  StewardPool__factory,
} from "../../typechain-types";

// Demo accounts: 3 Anna, 7 Emma, 8 Frederik, 9 Gitte (Emma, Frederik and Gitte are the committee
// of config/pool-demo.json), 11 Ida, 19–22 and 26 payees, 24 the verifier, 25 the steward.
const ANNA = "3";
const EMMA = "7";
const FREDERIK = "8";
const GITTE = "9";
const IDA = "11";
const VERIFIER = "24";
const STEWARD = "25";
const DKKT = (amount: string) => parseUnits(amount, 6);
const iso = (t: bigint | number) => new Date(Number(t) * 1000).toISOString().replace(".000Z", "Z");

describe("Stewards' tasks (pools, payees and milestones on the seeded demo)", function () {
  let snapshot: SnapshotRestorer;
  let dir: string;
  let fund: ConnectedFund;
  let signers: Awaited<ReturnType<typeof ethers.getSigners>>;
  const dkkt = () => IERC20__factory.connect(readDeployment(31337, dir).assets[0].address, ethers.provider);
  const write = (name: string, content: unknown) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
    return file;
  };
  /** Members vote a proposal through, queue it and execute it. */
  const pass = async (id: number) => {
    await time.increaseTo((await fund.governor.proposalSnapshot(id)) + 1n);
    for (const from of [ANNA, "5", "6", EMMA, "10"])
      expect((await run("vote", { id: String(id), support: "for", reason: "", from })).error).to.equal(null);
    await time.increaseTo((await fund.governor.proposalDeadline(id)) + 1n);
    expect((await run("queue", { id: String(id) })).error).to.equal(null);
    await time.increaseTo(await fund.governor.proposalEta(id));
    expect((await run("execute", { id: String(id) })).error).to.equal(null);
  };

  before(async () => {
    snapshot = await takeSnapshot();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pulje-stewards-"));
    process.env.PULJE_DEPLOYMENTS_DIR = dir;
    expect((await run("demo")).error).to.equal(null);
    fund = connectFund(readDeployment(31337, dir), ethers.provider);
    signers = await ethers.getSigners();
  });
  after(async () => {
    delete process.env.PULJE_DEPLOYMENTS_DIR;
    await snapshot.restore();
  });

  it("refuses a pool file with every problem named by field, before sending anything", async () => {
    const file = write("bad-pool.json", {
      kind: "Quick",
      name: " ",
      mandate: "Lys",
      asset: "DKKT",
      budget: "-5",
      capPerGrant: "x",
      endsAt: "+1 day",
      committee: [signers[3].address, signers[3].address, "0x123"],
      threshold: 5,
    });
    const nonce = await signers[7].getNonce();
    const { error } = await run("pool:propose", { file, from: EMMA });
    expect(error!.split("\n")).to.deep.equal([
      "Invalid pool:",
      '  - kind: must be "QuickPool" or "TaskGroup", got "Quick"',
      "  - name: must be a non-empty text",
      '  - budget: must be a positive amount in whole units, e.g. "5000", got "-5"',
      '  - capPerGrant: must be a positive amount in whole units, e.g. "5000", got "x"',
      error!.split("\n")[5], // the date depends on the chain's time
      '  - committee[2]: must be an address (0x followed by 40 hex digits), got "0x123"',
      `  - committee[1]: duplicate of committee[0] (${signers[3].address})`,
      "  - threshold: must be a whole number from 1 to 3 (the committee), got 5",
    ]);
    expect(error!.split("\n")[5]).to.match(
      /^ {2}- endsAt: must be after the proposal can be executed \(\d{4}-.*\), or the pool would never be open$/,
    );
    expect(await signers[7].getNonce()).to.equal(nonce);
  });

  it("takes the roof from delivery through the veto window to release", async () => {
    const m1 = await fund.milestones.milestoneOf(1, 1);
    expect((await run("milestone:release", { grant: "1", index: "1" })).error).to.equal(
      `Milestone 1 of grant #1 is in its veto window until ${iso(m1.releasableAt)}: the guardian may still stop it; release it after that.`,
    );
    const evidence = write("syn.txt", "Synsrapport: taget er godkendt");
    const deliver = { grant: "1", index: "2", uri: "https://byggesag.example.dk/spejderhytten/syn.pdf" };
    expect((await run("milestone:deliver", { ...deliver, file: evidence, from: ANNA })).error).to.equal(
      `Only a steward may do this, not ${signers[3].address}: use an account with that role, or ask the members to grant it by a proposal.`,
    );
    expect((await run("milestone:deliver", { ...deliver, from: STEWARD })).error).to.equal(
      "Give the evidence as either --hash or --file (to hash), not both or neither",
    );
    expect(
      (await run("milestone:deliver", { ...deliver, index: "3", hash: keccak256("0x01"), from: STEWARD })).error,
    ).to.equal("Milestone grant #1 has no milestone 3.");
    const delivered = await run("milestone:deliver", { ...deliver, file: evidence, from: STEWARD });
    const hash = keccak256(toUtf8Bytes("Synsrapport: taget er godkendt"));
    const m2 = await fund.milestones.milestoneOf(1, 2);
    expect(delivered.output).to.equal(
      `Milestone 2 of grant 1 marked delivered by ${signers[25].address} (evidence ${deliver.uri}, hash ${hash}); it can be released from ${iso(m2.releasableAt)} unless the guardian stops it before`,
    );
    expect((await run("milestone:deliver", { ...deliver, hash, from: STEWARD })).error).to.equal(
      "Milestone 2 of grant #1 has the status Delivered; this step needs Planned.",
    );

    await time.increaseTo(m2.releasableAt);
    const before = await dkkt().balanceOf(signers[26].address);
    expect((await run("milestone:release", { grant: "1", index: "1" })).output).to.equal(
      `Milestone 1 of grant 1 released: 60000.0 DKKT paid to ${signers[26].address}`,
    );
    expect((await run("milestone:release", { grant: "1", index: "2", from: ANNA })).output).to.equal(
      `Milestone 2 of grant 1 released: 20000.0 DKKT paid to ${signers[26].address}`,
    );
    expect(await dkkt().balanceOf(signers[26].address)).to.equal(before + DKKT("80000"));
    expect((await run("milestone:release", { grant: "1", index: "2" })).error).to.equal(
      "Milestone 2 of grant #1 has the status Released; this step needs Delivered.",
    );
  });

  it("proposes a task group; once the members pass it, its committee pays at 2 of 3 approvals within the cap", async () => {
    const proposed = await run("pool:propose", { file: "config/pool-demo.json", from: EMMA });
    expect(proposed.error).to.equal(null);
    const poolAddress = proposed.result.pool as string;
    const pool = StewardPool__factory.connect(poolAddress, ethers.provider);
    expect(proposed.output).to.match(
      new RegExp(
        `^Proposal 14: create task group "Arbejdsgruppe: Lys i Måløv Bypark" at ${poolAddress} with 15000\\.0 DKKT, at most 7500\\.0 DKKT a grant, until \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ; 2 of its 3 committee member\\(s\\) must approve each grant$`,
      ),
    );
    expect(await ethers.provider.getCode(poolAddress)).to.equal("0x"); // only once the members approve
    await pass(14);
    expect(await pool.remaining()).to.equal(DKKT("15000"));

    const grant = { pool: "3", payee: signers[20].address, amount: "5000", reason: "Lamper langs stien" };
    expect((await run("pool:grant", { ...grant, from: ANNA })).error).to.equal(
      `${signers[3].address} is not on this pool's committee, so cannot propose or approve its grants.`,
    );
    expect((await run("pool:grant", { ...grant, amount: "8000", from: EMMA })).error).to.equal(
      "8,000 DKKT is more than the pool's cap of 7,500 DKKT per grant: ask for less, or propose it to all members.",
    );
    expect((await run("pool:grant", { ...grant, pool: "7", from: EMMA })).error).to.equal(
      'Unknown pool "7": give its number (1 to 3), address or name',
    );
    const proposedGrant = await run("pool:grant", { ...grant, from: EMMA });
    expect(proposedGrant.output).to.equal(
      `Grant 1 proposed in Arbejdsgruppe: Lys i Måløv Bypark: 5000.0 DKKT to ${signers[20].address} (Lamper langs stien); 1 of 2 approvals, waiting for another committee member`,
    );
    expect(proposedGrant.result).to.equal(1n);
    expect((await run("pool:approve", { pool: poolAddress, grant: "1", from: EMMA })).error).to.equal(
      `${signers[7].address} has already approved grant #1; another committee member must approve it.`,
    );

    const before = await dkkt().balanceOf(signers[20].address);
    expect((await run("pool:approve", { pool: poolAddress, grant: "1", from: FREDERIK })).output).to.equal(
      `Grant 1 in Arbejdsgruppe: Lys i Måløv Bypark approved by ${signers[8].address}: 2 of 2 approvals, paid 5000.0 DKKT to ${signers[20].address}; the pool has 10000.0 DKKT left`,
    );
    expect(await dkkt().balanceOf(signers[20].address)).to.equal(before + DKKT("5000"));
    expect((await run("pool:approve", { pool: poolAddress, grant: "1", from: GITTE })).error).to.equal(
      "Grant #1 has the status Paid; only a grant waiting for approval can be approved or withdrawn.",
    );
    expect((await run("pool:approve", { pool: poolAddress, grant: "9", from: GITTE })).error).to.equal(
      "This pool has no grant #9.",
    );
    expect(
      (await run("pool:grant", { ...grant, payee: signers[22].address, amount: "7500", from: GITTE })).output,
    ).to.equal(
      [
        `Grant 2 proposed in Arbejdsgruppe: Lys i Måløv Bypark: 7500.0 DKKT to ${signers[22].address} (Lamper langs stien); 1 of 2 approvals, waiting for another committee member`,
        `Note: ${signers[22].address} is not a verified payee (payee:attest).`,
      ].join("\n"),
    );
  });

  it("lets Ida approve the demo's waiting micro-grant, which pays Ballerup Nord Fællesskabshave", async () => {
    const before = await dkkt().balanceOf(signers[21].address);
    expect((await run("pool:approve", { pool: "Hurtigpuljen 2026", grant: "3", from: IDA })).output).to.equal(
      `Grant 3 in Hurtigpuljen 2026 approved by ${signers[11].address}: 2 of 2 approvals, paid 2500.0 DKKT to ${signers[21].address}; the pool has 40000.0 DKKT left`,
    );
    expect(await dkkt().balanceOf(signers[21].address)).to.equal(before + DKKT("2500"));
  });

  it("attests and revokes payees (verifiers only), checking the number's shape first", async () => {
    const payee = signers[22].address;
    const attest = {
      payee,
      name: "Ballerup Syd Legepladsforening",
      scheme: "dk",
      number: "12345678",
      until: "+365 days",
    };
    expect((await run("payee:attest", { ...attest, from: ANNA })).error).to.equal(
      `Only a verifier may do this, not ${signers[3].address}: use an account with that role, or ask the members to grant it by a proposal.`,
    );
    expect((await run("payee:attest", { ...attest, number: "1234", from: VERIFIER })).error).to.equal(
      '--number must be 8 digits for DanishCvr, got "1234"',
    );
    expect((await run("payee:attest", { ...attest, scheme: "fi", from: VERIFIER })).error).to.equal(
      '--scheme must be dk, se or no, got "fi"',
    );
    expect((await run("payee:attest", { ...attest, until: "soon", from: VERIFIER })).error).to.equal(
      '--until must be an ISO date or "+<duration>", got "soon"',
    );
    const attested = await run("payee:attest", { ...attest, from: VERIFIER });
    const now = await time.latest();
    expect(attested.output).to.equal(
      `${payee} attested as "Ballerup Syd Legepladsforening" (DanishCvr 12345678) until ${iso(now - 1 + 365 * 86_400)}`,
    );
    expect(await fund.payees.isVerified(payee)).to.equal(true);

    expect((await run("payee:revoke", { payee, reason: "Foreningen er opløst", from: VERIFIER })).output).to.equal(
      `${payee}'s attestation revoked (Foreningen er opløst); payouts do not require verification in this fund, so it can still be paid`,
    );
    expect(await fund.payees.isVerified(payee)).to.equal(false);
    expect((await run("payee:revoke", { payee, reason: "igen", from: VERIFIER })).error).to.equal(
      `${payee} has no attestation in force to revoke.`,
    );
  });

  it("proposes a milestone grant from a checked file", async () => {
    const bad = write("bad-milestones.json", {
      title: "Bro",
      asset: "DKKT",
      payee: "Bach",
      milestones: [{ amount: "0", description: "Fundament" }, { amount: "10" }],
    });
    expect((await run("milestone:propose", { file: bad, from: GITTE })).error!.split("\n")).to.deep.equal([
      "Invalid milestone grant:",
      '  - payee: must be an address (0x followed by 40 hex digits), got "Bach"',
      '  - milestones[0].amount: must be a positive amount in whole units, e.g. "5000", got "0"',
      "  - milestones[1].description: must be a non-empty text",
    ]);
    const proposed = await run("milestone:propose", { file: "config/milestone-demo.json", from: GITTE });
    expect(proposed.output).to.equal(
      `Proposal 15: milestone grant "Ny bro over Harrestrup Å" of 75000.0 DKKT to ${signers[26].address} in 2 milestone(s): 30000.0 DKKT for Fundament støbt; 45000.0 DKKT for Broen monteret og godkendt`,
    );
    await pass(15);
    expect(await fund.milestones.grantCount()).to.equal(2n);
    expect(await fund.milestones.committed(await dkkt().getAddress())).to.equal(DKKT("75000"));
  });

  it("shows pools with pending grants, milestone grants and payees in status", async () => {
    const output = (await run("status")).output;
    const section = (heading: string) => {
      const lines = output.split("\n");
      const start = lines.findIndex((l) => l.startsWith(heading));
      const end = lines.findIndex((l, i) => i > start && l === "");
      return lines.slice(start, end);
    };
    const quick = StewardPool__factory.connect(
      (await fund.poolFactory.queryFilter(fund.poolFactory.filters.PoolCreated()))[0].args.pool,
      ethers.provider,
    );
    const pools = section("Pools");
    expect(pools.slice(0, 4)).to.deep.equal([
      "Pools",
      `  1 Hurtigpuljen 2026 (quick pool, until ${iso(await quick.endsAt())}) ${await quick.getAddress()}`,
      "    40000.0 DKKT remaining, 10000.0 DKKT spent, at most 5000.0 DKKT a grant",
      `    committee ${[3, 7, 11].map((i) => signers[i].address).join(", ")}; 2 of 3 approve`,
    ]);
    expect(pools.at(-1)).to.equal(
      `    pending grant 2: 7500.0 DKKT to ${signers[22].address} (Lamper langs stien), 1 of 2 approvals`,
    );
    expect(section("Milestone grants")).to.deep.equal([
      "Milestone grants",
      `  #1 Nyt tag på spejderhytten i Måløv to ${signers[26].address}`,
      "    0 Released      40000.0 DKKT  Materialer leveret",
      "    1 Released      60000.0 DKKT  Taget lagt",
      "    2 Released      20000.0 DKKT  Afsluttende syn",
      `  #2 Ny bro over Harrestrup Å to ${signers[26].address}`,
      "    0 Planned       30000.0 DKKT  Fundament støbt",
      "    1 Planned       45000.0 DKKT  Broen monteret og godkendt",
    ]);
    const payees = section("Payees");
    expect(payees[0]).to.equal("Payees (payouts do not require a verified payee)");
    expect(payees.slice(1).map((l) => l.replace(/(until|expired) \S+$/, "$1 …"))).to.deep.equal([
      `  ${signers[19].address} Skovlunde Ungdomsklub (DanishCvr 31415926): verified until …`,
      `  ${signers[20].address} Måløv Grundejerforening (DanishCvr 27182818): verified until …`,
      `  ${signers[26].address} Tømrerfirmaet Bach ApS (DanishCvr 16180339): verified until …`,
      `  ${signers[21].address} Ballerup Nord Fællesskabshave (DanishCvr 14142135): expired …`,
      `  ${signers[22].address} Ballerup Syd Legepladsforening (DanishCvr 12345678): revoked: Foreningen er opløst`,
    ]);
  });
});

describe("Stewards' errors in sentences", () => {
  const registry = PayeeRegistry__factory.createInterface();
  const pool = StewardPool__factory.createInterface();
  const milestones = MilestoneGrants__factory.createInterface();
  const A = "0x61097BA76cD906d2ba4FD106E757f7Eb455fc295";
  const explain = (iface: typeof registry | typeof pool | typeof milestones, name: string, args: unknown[]) =>
    explainError({ data: iface.encodeErrorResult(name, args) });

  it("names the payee, the date and what to do", () => {
    expect(explain(registry, "PayeeRegistryNotVerified", [A])).to.equal(
      `${A} is not a verified payee, and this fund pays only verified payees: ask a verifier to check it in the business register first.`,
    );
    expect(explain(registry, "PayeeRegistryAttestationExpired", [A, 1_767_225_600])).to.equal(
      `The verification of ${A} ran out on 2026-01-01T00:00:00Z: ask a verifier to check it again before paying it.`,
    );
    expect(explain(registry, "PayeeRegistryInvalidRegistration", [1, "12-34"])).to.equal(
      '"12-34" is not a Swedish organisation number: it must be 10 digits, nothing else.',
    );
  });

  it("gives the pool's limits and the milestone's state", () => {
    expect(explain(pool, "StewardPoolOverBudget", [3_000_000_000n, 1_000_000_000n])).to.equal(
      "The pool has 1,000,000,000 left, less than the 3,000,000,000 asked for: the members can top it up by a proposal.",
    );
    expect(explain(pool, "StewardPoolExpired", [1_767_225_600])).to.equal(
      "The pool's mandate ended on 2026-01-01T00:00:00Z: it pays nothing more; anyone may close it to free what is left for the treasury.",
    );
    expect(explain(pool, "StewardPoolGrantStale", [4])).to.equal(
      "Grant #4 was proposed under an earlier committee, so it can no longer be approved: the current committee must propose it again.",
    );
    expect(explain(milestones, "MilestoneGrantsVetoWindowClosed", [1, 2, 1_767_225_600])).to.equal(
      "The veto window of milestone 2 of grant #1 closed on 2026-01-01T00:00:00Z: it can no longer be stopped, only released.",
    );
    expect(explain(milestones, "MilestoneGrantsUnfunded", [ethers.ZeroAddress, 5n, 9n])).to.equal(
      "The treasury reserved 0.000000000000000005 ETH for milestone grants, less than the 0.000000000000000009 ETH they would owe: the same proposal must reserve the total first.",
    );
  });
});
