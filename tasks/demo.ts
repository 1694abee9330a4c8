import fs from "node:fs";
import path from "node:path";
import { task } from "hardhat/config";
import { plainErrors } from "./context";

const LOCAL_CHAIN_ID = 31337;

task("demo", "Deploys the demo fund (config/demo.json) on a local Hardhat chain and seeds a realistic history")
  .addOptionalParam("configFile", "The demo fund's configuration", "config/demo.json")
  .setAction(
    plainErrors(async (args: { configFile: string }, hre) => {
      // Compile before the first request: on a busy machine compiling takes longer than the
      // node keeps an idle connection open (5 s), and the next request then failed with
      // "other side closed".
      await hre.run("compile", { quiet: true });
      const chainId = Number((await hre.ethers.provider.getNetwork()).chainId);
      if (chainId !== LOCAL_CHAIN_ID)
        throw new Error(`The demo moves chain time and only runs on a local Hardhat chain (31337), not ${chainId}`);

      const { parseFundConfig } = await import("../sdk/config/fund");
      const { deployFund } = await import("../deploy/deployFund");
      const { toDeploymentRecord, writeDeployment } = await import("../deploy/deployments");
      const { formatDuration } = await import("../sdk/config/duration");
      const { demoAccounts, seedDemo } = await import("../scripts/demo/seedDemo");

      const config = parseFundConfig(JSON.parse(fs.readFileSync(args.configFile, "utf8")));
      const signers = await hre.ethers.getSigners();
      const fund = await deployFund(signers[0], config);
      const record = await toDeploymentRecord(fund, hre.network.name);
      const seeded = await seedDemo(hre, record);
      const demo = { accounts: demoAccounts(signers.map((s) => s.address)) };
      record.demo = demo;
      const file = writeDeployment(record, process.env.PULJE_DEPLOYMENTS_DIR || undefined);

      const out = [
        `${config.name}: deployed and seeded on chain ${chainId} (${path.relative(process.cwd(), file)})`,
        "",
        "Contracts",
        ...Object.entries(record.contracts)
          .filter(([, address]) => address)
          .map(([name, address]) => `  ${name.padEnd(20)}${address}`),
        `  ${"DKKT".padEnd(20)}${seeded.token.address}  (demo krone, 6 decimals)`,
        "",
        `Rules: voting opens ${formatDuration(config.votingDelay)} after proposing and lasts ${formatDuration(config.votingPeriod)}; quorum ${config.quorumPercent} %; timelock ${formatDuration(config.timelockDelay)}`,
        "",
        "Proposals",
        ...[...seeded.proposals].sort((a, b) => Number(a.id - b.id)).map((p) => `  #${p.id} ${p.title} — ${p.meant}`),
        "",
        "Budget rounds",
        ...seeded.rounds.map((r) => `  ${r.address} ${r.title} — ${r.meant}`),
        "",
        "Pools (committees pay micro-grants from an allowance on the treasury)",
        ...seeded.pools.map((p) => `  ${p.address} ${p.title} — ${p.meant}`),
        "",
        "Milestone grants (the steward confirms work; the guardian may stop a milestone in its veto window)",
        ...seeded.milestoneGrants.map((g) => `  #${g.id} ${g.title} — ${g.meant}`),
        "",
        "Payees (attested by the verifier)",
        ...seeded.payees.map((p) => `  ${p.name} — ${p.meant}`),
        "",
        "Demo accounts (Hardhat's public test mnemonic: never use it on a real network)",
        ...demo.accounts.map(
          (a) =>
            `  #${String(a.index).padEnd(3)}${a.address}  ${a.name}${a.role === "member" ? `, member in ${a.district}` : ""}`,
        ),
      ];
      console.log(out.join("\n"));
      return record;
    }),
  );
