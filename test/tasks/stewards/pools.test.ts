import fs from "node:fs";
import { expect } from "chai";
import { ethers } from "hardhat";
import { explainError } from "../../../harness/errors";
import { StewardPool__factory } from "../../../typechain-types";
import { runTask as run } from "../../helpers/runTask";
import { DKKT, taskChain } from "../../helpers/taskChain";

// Demo accounts: 3 Anna, 7 Emma, 8 Frederik, 9 Gitte (Emma, Frederik and Gitte are the committee
// of config/pool-demo.json), 11 Ida (with Anna and Emma the committee of the demo's quick pool).
const ANNA = "3";
const EMMA = "7";
// Camilla has no live proposal in the seeded demo (Emma has one): the governor allows one each.
const CAMILLA = "5";
const FREDERIK = "8";
const GITTE = "9";
const IDA = "11";

describe("Pool tasks (pool:propose, pool:grant, pool:approve on the seeded demo)", function () {
  const chain = taskChain("demo");

  it("refuses a pool file with every problem named by field, before sending anything", async () => {
    const { signers, write } = chain;
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

  it("proposes a task group; once the members pass it, its committee pays at 2 of 3 approvals within the cap", async () => {
    const { signers } = chain;
    const proposed = await run("pool:propose", { file: "config/pool-demo.json", from: CAMILLA });
    expect(proposed.error).to.equal(null);
    const poolAddress = proposed.result.pool as string;
    const pool = StewardPool__factory.connect(poolAddress, ethers.provider);
    expect(proposed.output).to.match(
      new RegExp(
        `^Proposal 24: create task group "Arbejdsgruppe: Lys i Måløv Bypark" at ${poolAddress} with 15000\\.0 DKKT, at most 7500\\.0 DKKT a grant, until \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ; 2 of its 3 committee member\\(s\\) must approve each grant$`,
      ),
    );
    expect(await ethers.provider.getCode(poolAddress)).to.equal("0x"); // only once the members approve
    await chain.pass(24);
    expect(await pool.remaining()).to.equal(DKKT("15000"));

    const grant = { pool: "3", payee: signers[20].address, amount: "5000", reason: "Lamper langs stien" };
    expect((await run("pool:grant", { ...grant, from: ANNA })).error).to.equal(
      `0x90F7…b906 is not on this pool's committee, so cannot propose or approve its grants.`,
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
      `0x14dC…9955 has already approved grant #1; another committee member must approve it.`,
    );

    const before = await chain.dkkt().balanceOf(signers[20].address);
    expect((await run("pool:approve", { pool: poolAddress, grant: "1", from: FREDERIK })).output).to.equal(
      `Grant 1 in Arbejdsgruppe: Lys i Måløv Bypark approved by ${signers[8].address}: 2 of 2 approvals, paid 5000.0 DKKT to ${signers[20].address}; the pool has 10000.0 DKKT left`,
    );
    expect(await chain.dkkt().balanceOf(signers[20].address)).to.equal(before + DKKT("5000"));
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
    const { signers } = chain;
    const before = await chain.dkkt().balanceOf(signers[21].address);
    expect((await run("pool:approve", { pool: "Hurtigpuljen 2026", grant: "3", from: IDA })).output).to.equal(
      `Grant 3 in Hurtigpuljen 2026 approved by ${signers[11].address}: 2 of 2 approvals, paid 2500.0 DKKT to ${signers[21].address}; the pool has 40000.0 DKKT left`,
    );
    expect(await chain.dkkt().balanceOf(signers[21].address)).to.equal(before + DKKT("2500"));
  });

  it("warns at proposal time when the treasury cannot reserve the pool's budget", async () => {
    const file = chain.write("big-pool.json", {
      ...JSON.parse(fs.readFileSync("config/pool-demo.json", "utf8")),
      name: "Arbejdsgruppe: Hele Måløv",
      budget: "750000",
    });
    const proposed = await run("pool:propose", { file, from: ANNA });
    expect(proposed.error).to.equal(null);
    // 722,000 DKKT was unreserved after the demo; the task group above reserved 15,000 of it.
    expect(proposed.output.split("\n").slice(1)).to.deep.equal([
      "Warning: the treasury has 707,000 DKKT available (not reserved for pools or milestone grants); this needs 750,000 DKKT. The members can pass it, but it cannot be carried out until enough is deposited.",
    ]);
    expect(proposed.output).to.match(/^Proposal 25: create task group "Arbejdsgruppe: Hele Måløv" /);
  });
});

describe("Pools' errors in sentences", () => {
  const pool = StewardPool__factory.createInterface();
  const explain = (name: string, args: unknown[]) => explainError({ data: pool.encodeErrorResult(name, args) });

  it("gives the pool's limits", () => {
    expect(explain("StewardPoolOverBudget", [3_000_000_000n, 1_000_000_000n])).to.equal(
      "The pool has 1,000,000,000 left, less than the 3,000,000,000 asked for: the members can top it up by a proposal.",
    );
    expect(explain("StewardPoolExpired", [1_767_225_600])).to.equal(
      "The pool's mandate ended on 2026-01-01T00:00:00Z: it pays nothing more; anyone may close it to free what is left for the treasury.",
    );
    expect(explain("StewardPoolGrantStale", [4])).to.equal(
      "Grant #4 was proposed under an earlier committee, so it can no longer be approved: the current committee must propose it again.",
    );
  });
});
