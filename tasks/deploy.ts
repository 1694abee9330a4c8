import path from "node:path";
import { task } from "hardhat/config";
import { pickSigner, plainErrors, readJsonFile } from "./context";

task("deploy", "Deploys a fund from a JSON config and writes deployments/<chainId>.json")
  .addPositionalParam("configFile", "The fund's configuration (see config/demo.json)")
  .addOptionalParam("from", "Deployer: an address or account index (default: the first account / DEPLOYER_KEY)")
  .addFlag("quiet", "Print only the deployments file path")
  .setAction(
    plainErrors(async (args: { configFile: string; from?: string; quiet: boolean }, hre) => {
      const { parseFundConfig } = await import("../sdk/config/fund");
      const { deployFund } = await import("../deploy/deployFund");
      const { toDeploymentRecord, writeDeployment } = await import("../deploy/deployments");

      // Validate before touching the chain: a bad config fails here, naming its fields.
      const config = parseFundConfig(readJsonFile(args.configFile));
      await hre.run("compile", { quiet: true });
      const deployer = await pickSigner(hre, args.from);
      const fund = await deployFund(deployer, config, args.quiet ? undefined : console.log);
      const file = writeDeployment(
        await toDeploymentRecord(fund, hre.network.name),
        process.env.PULJE_DEPLOYMENTS_DIR || undefined,
      );
      console.log(args.quiet ? file : `Wrote ${path.relative(process.cwd(), file)}`);
      return file;
    }),
  );
