import { expect } from "chai";
import fs from "node:fs";
import path from "node:path";
import { ethers } from "hardhat";
import { readDeployment } from "../../deploy/deployments";
import { runTask as run } from "../helpers/runTask";
import { DEMO_CONFIG, taskChain } from "../helpers/taskChain";

describe("Deploy task (a fund from its config file)", function () {
  const chain = taskChain("empty");

  it("deploys from a config file and writes the deployments file", async () => {
    const { error, output } = await run("deploy", { configFile: DEMO_CONFIG, quiet: true });
    expect(error).to.equal(null);
    expect(output).to.equal(path.join(chain.dir, "31337.json"));
    const record = readDeployment(31337, chain.dir);
    expect(record.name).to.equal("Ballerup Borgermillion");
    // Governor, timelock, treasury, membership, round factory, rule, round code, payee registry,
    // pool factory, pool code, milestone grants, erasure anchor, and (the demo's config has
    // passkey accounts and sponsorship) the account factory, paymaster and signature relay; no
    // community token in membership mode.
    expect(Object.keys(record.contracts)).to.deep.equal([
      "governor",
      "timelock",
      "treasury",
      "membership",
      "token",
      "roundFactory",
      "allocationRule",
      "roundImplementation",
      "payeeRegistry",
      "poolFactory",
      "poolImplementation",
      "milestoneGrants",
      "erasureAnchor",
      "accountFactory",
      "paymaster",
      "signatureRelay",
    ]);
    expect(Object.values(record.contracts).filter(Boolean)).to.have.length(15);
    expect(record.contracts.token).to.equal(null);
  });

  it("refuses a bad config before sending anything, naming the field", async () => {
    const bad = chain.write("bad.json", { ...JSON.parse(fs.readFileSync(DEMO_CONFIG, "utf8")), quorumPercent: 120 });
    const nonce = await (await ethers.provider.getSigner(0)).getNonce();
    const { error } = await run("deploy", { configFile: bad, quiet: true });
    expect(error).to.contain("quorumPercent: must be a whole number from 1 to 100, got 120");
    expect(await (await ethers.provider.getSigner(0)).getNonce()).to.equal(nonce);
  });
});
