import { expect } from "chai";
import { ethers } from "hardhat";
import { time } from "@nomicfoundation/hardhat-network-helpers";
import { StewardPool__factory } from "../../typechain-types";
import { runTask as run } from "../helpers/runTask";
import { iso, taskChain } from "../helpers/taskChain";

// Demo accounts: 3–18 members, 19–22 and 26 payees, 24 the verifier.
const VERIFIER = "24";
const DAY = 86_400;

/** The lines of one section of the status output, from its heading to the blank line after it. */
function section(output: string, heading: string): string[] {
  const lines = output.split("\n");
  const start = lines.findIndex((l) => l.startsWith(heading));
  const end = lines.findIndex((l, i) => i > start && l === "");
  return lines.slice(start, end);
}

/** The demo's newest proposals, #23 down to #14: one pending of each kind the proposal forms build. */
const PENDING_KINDS: [id: number, title: string, published: boolean][] = [
  [23, "Afslut medlemskabet for Dennis (0x976E…0aa9)", false],
  [22, "Hans som tilsynsførende i stedet for kommunens jurist", false],
  [21, "Skovlunde Ungdomsklub som medlemsansvarlig", false],
  [20, "Kun kontrollerede modtagere", false],
  [19, "Stop resten af bevillingen: Nyt tag på spejderhytten i Måløv", false],
  [18, "Udekøkken i Ballerup Nord Fællesskabshave", false],
  [17, "15.000 kr. mere til Tryg skolevej", false],
  [16, "Arbejdsgruppe: Grønne gårde i Ballerup Nord", true],
  [15, "Borgermillion 2027", true],
  [14, "Syv dages afstemning og 60 % flertal", false],
];

/** Their status lines: titles read from the content service, or only the published ones without it. */
async function pendingLines(governor: ReturnType<typeof taskChain>["fund"]["governor"], withTexts: boolean) {
  const lines = [];
  for (const [id, title, published] of PENDING_KINDS) {
    const shown = withTexts || published ? title : "(text unavailable)";
    const opens = iso(await governor.proposalSnapshot(id));
    lines.push(`  #${id} Pending   for 0 / against 0 / abstain 0  ${shown}  (voting opens ${opens})`);
  }
  return lines;
}

const RULES = [
  "Rules",
  "  voting opens 1 day after a proposal, lasts 5 days",
  "  quorum 25 % of 16 members; proposing needs 1 vote(s)",
  "  passing needs more than half of the votes For or Against (Abstain counts for the quorum only)",
  "  a passed proposal waits 2 days in the timelock",
];

describe("Status task on a fresh deployment", function () {
  taskChain("deployed");

  it("shows an empty treasury, the rules, and no proposals, pools, milestone grants or payees yet", async () => {
    const lines = (await run("status")).output.split("\n");
    expect(lines.slice(0, -1)).to.deep.equal([
      "Ballerup Borgermillion on hardhat (chain 31337)",
      "",
      "Treasury",
      "  0.0 ETH",
      "",
      ...RULES,
      "",
      "Proposals",
      "",
      "Pools",
      "  none yet (pool:propose)",
      "",
      "Milestone grants",
      "  none yet (milestone:propose)",
      "",
      "Payees (payouts do not require a verified payee)",
      "  none attested yet (payee:attest)",
      "",
    ]);
    expect(lines.at(-1)).to.equal(`Chain time ${new Date((await time.latest()) * 1000).toISOString()}`);
  });
});

describe("Status task on the seeded demo", function () {
  const chain = taskChain("demo");
  const pools = async () =>
    (await chain.fund.poolFactory.queryFilter(chain.fund.poolFactory.filters.PoolCreated())).map((e) =>
      StewardPool__factory.connect(e.args.pool, ethers.provider),
    );
  const until = async (i: number) => iso((await chain.fund.payees.attestationOf(chain.signers[i].address)).validUntil);

  it("shows the treasury's balances, the rules and every proposal with its state, tallies and next date", async () => {
    const g = chain.fund.governor;
    const output = (await run("status")).output;
    expect(section(output, "Treasury")).to.deep.equal(["Treasury", "  18.5 ETH", "  856000.0 DKKT"]);
    expect(section(output, "Rules")).to.deep.equal(RULES);
    expect(section(output, "Proposals")).to.deep.equal([
      "Proposals",
      ...(await pendingLines(g, true)),
      `  #13 Pending   for 0 / against 0 / abstain 0  Bytræer langs Måløv Hovedgade  (voting opens ${iso(await g.proposalSnapshot(13))})`,
      `  #12 Active    for 2 / against 1 / abstain 0  Ny legeplads ved Ballerup Syd Skole  (voting ends ${iso(await g.proposalDeadline(12))})`,
      "  #11 Executed  for 5 / against 0 / abstain 0  Nyt tag på spejderhytten i Måløv",
      "  #10 Executed  for 5 / against 0 / abstain 0  Arbejdsgruppe: Tryg skolevej",
      "  #9 Executed  for 7 / against 0 / abstain 0  Hurtigpuljen 2026",
      "  #8 Executed  for 6 / against 0 / abstain 0  Borgermillion 2026",
      "  #7 Succeeded for 4 / against 0 / abstain 0  Fællesspisning i Ballerup Nord",
      `  #6 Queued    for 4 / against 0 / abstain 1  Hundeskov i Ballerup Syd  (executable ${iso(await g.proposalEta(6))})`,
      "  #5 Executed  for 5 / against 0 / abstain 0  Borgermillion 2025 (prøverunde)",
      "  #4 Canceled  for 2 / against 0 / abstain 0  Graffitimur ved Ballerup Station",
      "  #3 Defeated  for 2 / against 6 / abstain 0  Kunstgræs på Ballerup Nord Stadion",
      "  #2 Executed  for 4 / against 0 / abstain 1  Nye bænke og borde i Måløv Bypark",
      "  #1 Executed  for 5 / against 1 / abstain 0  Lys på skaterbanen i Skovlunde",
    ]);
  });

  it("shows pools with pending grants, milestone grants in their veto window, and payees", async () => {
    const { fund, signers } = chain;
    const names = (...indexes: number[]) => indexes.map((i) => signers[i].address).join(", ");
    const [quick, task] = await pools();
    const output = (await run("status")).output;
    expect(section(output, "Pools")).to.deep.equal([
      "Pools",
      `  1 Hurtigpuljen 2026 (quick pool, until ${iso(await quick.endsAt())}) ${await quick.getAddress()}`,
      "    42500.0 DKKT remaining, 7500.0 DKKT spent, at most 5000.0 DKKT a grant",
      `    committee ${names(3, 7, 11)}; 2 of 3 approve`,
      `    pending grant 3: 2500.0 DKKT to ${signers[21].address} (Frø og jord til højbede), 1 of 2 approvals`,
      `  2 Arbejdsgruppe: Tryg skolevej (task group, until ${iso(await task.endsAt())}) ${await task.getAddress()}`,
      "    11500.0 DKKT remaining, 8500.0 DKKT spent, at most 10000.0 DKKT a grant",
      `    committee ${names(15, 16, 17)}; 2 of 3 approve`,
    ]);
    expect(section(output, "Milestone grants")).to.deep.equal([
      "Milestone grants",
      `  #1 Nyt tag på spejderhytten i Måløv to ${signers[26].address}`,
      "    1 Released      40000.0 DKKT  Materialer leveret",
      `    2 Delivered     60000.0 DKKT  Taget lagt  (in its veto window until ${iso((await fund.milestones.milestoneOf(1, 1)).releasableAt)})`,
      "    3 Planned       20000.0 DKKT  Afsluttende syn",
    ]);
    expect(section(output, "Payees")).to.deep.equal([
      "Payees (payouts do not require a verified payee)",
      `  ${signers[19].address} Skovlunde Ungdomsklub (DanishCvr 31415926): verified until ${await until(19)}`,
      `  ${signers[20].address} Måløv Grundejerforening (DanishCvr 27182801): verified until ${await until(20)}`,
      `  ${signers[26].address} Tømrerfirmaet Bach ApS (DanishCvr 16180335): verified until ${await until(26)}`,
      `  ${signers[21].address} Ballerup Nord Fællesskabshave (DanishCvr 14142134): verified until ${await until(21)}`,
    ]);
  });

  it("shows the chain's facts without the content service, and no words it cannot check", async () => {
    const url = process.env.PULJE_CONTENT_URL;
    process.env.PULJE_CONTENT_URL = "http://127.0.0.1:9"; // nothing answers there
    let output: string | undefined;
    try {
      const shown = await run("status");
      expect(shown.error).to.equal(null);
      output = shown.output;
    } finally {
      process.env.PULJE_CONTENT_URL = url;
    }
    // Titles their proposers published stay; every other word is unavailable, never guessed.
    const g = chain.fund.governor;
    expect(section(output!, "Proposals").slice(1)).to.deep.equal([
      ...(await pendingLines(g, false)),
      `  #13 Pending   for 0 / against 0 / abstain 0  (text unavailable)  (voting opens ${iso(await g.proposalSnapshot(13))})`,
      `  #12 Active    for 2 / against 1 / abstain 0  (text unavailable)  (voting ends ${iso(await g.proposalDeadline(12))})`,
      "  #11 Executed  for 5 / against 0 / abstain 0  (text unavailable)",
      "  #10 Executed  for 5 / against 0 / abstain 0  Arbejdsgruppe: Tryg skolevej",
      "  #9 Executed  for 7 / against 0 / abstain 0  Hurtigpuljen 2026",
      "  #8 Executed  for 6 / against 0 / abstain 0  Borgermillion 2026",
      "  #7 Succeeded for 4 / against 0 / abstain 0  (text unavailable)",
      `  #6 Queued    for 4 / against 0 / abstain 1  (text unavailable)  (executable ${iso(await g.proposalEta(6))})`,
      "  #5 Executed  for 5 / against 0 / abstain 0  Borgermillion 2025 (prøverunde)",
      "  #4 Canceled  for 2 / against 0 / abstain 0  (text unavailable)",
      "  #3 Defeated  for 2 / against 6 / abstain 0  (text unavailable)",
      "  #2 Executed  for 4 / against 0 / abstain 1  Nye bænke og borde i Måløv Bypark",
      "  #1 Executed  for 5 / against 1 / abstain 0  Lys på skaterbanen i Skovlunde",
    ]);
    const [quick] = await pools();
    expect(section(output!, "Pools").slice(1, 2)).to.deep.equal([
      `  1 (text unavailable) (quick pool, until ${iso(await quick.endsAt())}) ${await quick.getAddress()}`,
    ]);
    expect(section(output!, "Pools")[4]).to.equal(
      `    pending grant 3: 2500.0 DKKT to ${chain.signers[21].address} ((text unavailable)), 1 of 2 approvals`,
    );
    expect(section(output!, "Milestone grants").slice(1)).to.deep.equal([
      `  #1 (text unavailable) to ${chain.signers[26].address}`,
      "    1 Released      40000.0 DKKT  (text unavailable)",
      `    2 Delivered     60000.0 DKKT  (text unavailable)  (in its veto window until ${iso((await chain.fund.milestones.milestoneOf(1, 1)).releasableAt)})`,
      "    3 Planned       20000.0 DKKT  (text unavailable)",
    ]);
    // Without the service nobody's identity shows: only what the chain says, kind and register.
    expect(section(output!, "Payees").slice(1)).to.deep.equal(
      await Promise.all(
        [19, 20, 26, 21].map(
          async (i) => `  ${chain.signers[i].address} a company in DanishCvr: verified until ${await until(i)}`,
        ),
      ),
    );
  });

  it("shows, later, an ended pool, a milestone that can be released, and expired and revoked payees", async () => {
    const { signers } = chain;
    // Past the task group's end (60 days), the expiring attestation (10 days) and the veto window (2 days).
    await time.increase(61 * DAY);
    const revoke = {
      payee: signers[20].address,
      reason: "Foreningen er opløst",
      code: "RegistrationEnded",
      from: VERIFIER,
    };
    expect((await run("payee:revoke", revoke)).error).to.equal(null);
    const [quick, task] = await pools();
    const output = (await run("status")).output;
    expect(section(output, "Pools").filter((l) => l.startsWith("  ") && !l.startsWith("    "))).to.deep.equal([
      `  1 Hurtigpuljen 2026 (quick pool, until ${iso(await quick.endsAt())}) ${await quick.getAddress()}`,
      `  2 Arbejdsgruppe: Tryg skolevej (task group, ended ${iso(await task.endsAt())}) ${await task.getAddress()}`,
    ]);
    expect(section(output, "Milestone grants")[3]).to.equal(
      "    2 Delivered     60000.0 DKKT  Taget lagt  (can be released now)",
    );
    // A revocation shows its code, which the chain holds; its words are in the content service.
    expect(section(output, "Payees").slice(1)).to.deep.equal([
      `  ${signers[19].address} Skovlunde Ungdomsklub (DanishCvr 31415926): verified until ${await until(19)}`,
      `  ${signers[20].address} Måløv Grundejerforening (DanishCvr 27182801): revoked: RegistrationEnded`,
      `  ${signers[26].address} Tømrerfirmaet Bach ApS (DanishCvr 16180335): verified until ${await until(26)}`,
      `  ${signers[21].address} Ballerup Nord Fællesskabshave (DanishCvr 14142134): expired ${await until(21)}`,
    ]);
  });
});
