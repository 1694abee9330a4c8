import path from "node:path";
import { task } from "hardhat/config";
import type { HardhatRuntimeEnvironment } from "hardhat/types";
import { contentTexts, plainErrors, readJsonFile } from "./context";

const LOCAL_CHAIN_ID = 31337;

async function localChainOnly(hre: HardhatRuntimeEnvironment): Promise<number> {
  const chainId = Number((await hre.ethers.provider.getNetwork()).chainId);
  if (chainId !== LOCAL_CHAIN_ID)
    throw new Error(`The demo moves chain time and only runs on a local Hardhat chain (31337), not ${chainId}`);
  return chainId;
}

// Two steps, because the content service reads the deployment record when it starts and the
// seeded history writes every text through it: deploy, start the service, then seed.
task("demo:deploy", "Deploys the demo fund (config/demo.json) on a local Hardhat chain, with its demo accounts")
  .addOptionalParam("configFile", "The demo fund's configuration", "config/demo.json")
  .setAction(
    plainErrors(async (args: { configFile: string }, hre) => {
      // Compile and load everything before the first request: on a busy machine that takes
      // longer than the node keeps an idle connection open (5 s), and the next request then
      // failed with "other side closed".
      await hre.run("compile", { quiet: true });
      const { parseFundConfig } = await import("../sdk/config/fund");
      const { deployFund } = await import("../deploy/deployFund");
      const { toDeploymentRecord, writeDeployment } = await import("../deploy/deployments");
      const { demoAccounts } = await import("../scripts/demo/seedDemo");
      const { TOKEN_DEMO_PEOPLE } = await import("../scripts/demo/tokenPeople");
      const chainId = await localChainOnly(hre);

      const config = parseFundConfig(readJsonFile(args.configFile));
      const signers = await hre.ethers.getSigners();
      const record = await toDeploymentRecord(await deployFund(signers[0], config), hre.network.name);
      const addresses = signers.map((s) => s.address);
      record.demo = {
        accounts: config.votingMode === "token" ? demoAccounts(addresses, TOKEN_DEMO_PEOPLE) : demoAccounts(addresses),
      };
      const file = writeDeployment(record, process.env.PULJE_DEPLOYMENTS_DIR || undefined);
      console.log(`${config.name}: deployed on chain ${chainId} (${path.relative(process.cwd(), file)})`);
      return record;
    }),
  );

task("demo", "Seeds the deployed demo fund with a realistic history, its texts in the content service")
  .addOptionalParam("configFile", "The demo fund's configuration", "config/demo.json")
  .setAction(
    plainErrors(async (args: { configFile: string }, hre) => {
      // Everything loaded before the first request, as in demo:deploy.
      const { parseFundConfig } = await import("../sdk/config/fund");
      const { readDeployment, writeDeployment } = await import("../deploy/deployments");
      const { formatDuration } = await import("../sdk/config/duration");
      const { seedDemo } = await import("../scripts/demo/seedDemo");
      const { seedTokenDemo } = await import("../scripts/demo/seedTokenDemo");
      const chainId = await localChainOnly(hre);

      const dir = process.env.PULJE_DEPLOYMENTS_DIR || undefined;
      const record = readDeployment(chainId, dir);
      if (!record.demo) throw new Error("This chain's fund is not the demo's: run demo:deploy first");
      if (record.multicall) throw new Error("The demo is already seeded on this chain: start a fresh chain");
      const config = parseFundConfig(readJsonFile(args.configFile));
      const content = await contentTexts(hre);
      if (config.votingMode === "token") {
        const seeded = await seedTokenDemo(hre, record, content);
        const file = writeDeployment(record, dir);
        console.log(tokenDemoSummary(config, record, seeded, chainId, file, formatDuration).join("\n"));
        return record;
      }
      const seeded = await seedDemo(hre, record, content);
      const file = writeDeployment(record, dir);

      const out = [
        `${config.name}: seeded on chain ${chainId} (${path.relative(process.cwd(), file)})`,
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
        "Texts (off chain in the content service; only their commitments are on chain)",
        ...seeded.moderation.map((line) => `  ${line}`),
        "",
        ...(record.demo.passkeyMembers?.length
          ? [
              "Passkey members (0 ETH: their operations go through the bundler, the paymaster pays the gas;",
              "their passkeys are software P-256 keys in deployments/31337.json, for the demo only)",
              ...record.demo.passkeyMembers.map((m) => `  ${m.address}  ${m.name}, member in ${m.district}`),
              "",
            ]
          : []),
        "Demo accounts (Hardhat's public test mnemonic: never use it on a real network)",
        ...record.demo.accounts.map(
          (a) =>
            `  #${String(a.index).padEnd(3)}${a.address}  ${a.name}${a.role === "member" ? `, member in ${a.district}` : ""}`,
        ),
      ];
      console.log(out.join("\n"));
      return record;
    }),
  );

/** What `demo` prints for the token-weighted demo: addresses, rules, proposals and holders. */
function tokenDemoSummary(
  config: import("../sdk/config/fund").FundConfig,
  record: import("../sdk/deployment").DeploymentRecord,
  seeded: import("../scripts/demo/seedTokenDemo").TokenDemoSummary,
  chainId: number,
  file: string,
  formatDuration: (seconds: number) => string,
): string[] {
  const token = config.token!;
  return [
    `${config.name}: seeded on chain ${chainId} (${path.relative(process.cwd(), file)})`,
    "",
    "Contracts",
    ...Object.entries(record.contracts)
      .filter(([, address]) => address)
      .map(([name, address]) => `  ${name.padEnd(20)}${address}`),
    `  ${"SEKT".padEnd(20)}${seeded.token.address}  (demo krona, 6 decimals)`,
    "",
    `Rules: holders vote with ${token.symbol} (${token.name}); voting opens ${formatDuration(config.votingDelay)} after proposing and lasts ${formatDuration(config.votingPeriod)}; quorum ${config.quorumPercent} % of the supply; timelock ${formatDuration(config.timelockDelay)}`,
    "",
    "Proposals",
    ...seeded.proposals.map((p) => `  #${p.id} ${p.title} — ${p.meant}`),
    "",
    "Demo accounts (Hardhat's public test mnemonic: never use it on a real network)",
    ...(record.demo?.accounts ?? []).map((a) => `  #${String(a.index).padEnd(3)}${a.address}  ${a.name}`),
  ];
}
