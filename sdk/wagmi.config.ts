/**
 * Generates sdk/generated/pulje.ts: the ABIs of the fund's contracts from Hardhat's artifacts,
 * `fundAbis` (each contract kind of FUND_CONTRACTS with its ABI), and every deployments/*.json
 * keyed by chain id. Nothing in the SDK, the dApp or the audit is hand-copied. Run by
 * `npm run generate` (after `hardhat compile`); `npm test` fails if the committed output is stale.
 */
import { defineConfig, type Plugin } from "@wagmi/cli";
import { hardhat } from "@wagmi/cli/plugins";
import fs from "node:fs";
import path from "node:path";
import { ARTIFACTS, FUND_CONTRACTS } from "./contracts/list";

const ROOT = path.resolve(__dirname, "..");
const DEPLOYMENTS = path.join(ROOT, "deployments");

/** Each kind of contract with the name of its generated ABI, so the SDK indexes ABIs by role. */
function fundAbisPlugin(): Plugin {
  return {
    name: "Pulje contract kinds",
    async run({ contracts }) {
      const abiName = (artifact: string) => {
        const found = contracts.find((c) => c.name === artifact);
        if (!found) throw new Error(`No artifact ${artifact}: is it compiled?`);
        return found.meta.abiName;
      };
      const entries = Object.entries(FUND_CONTRACTS).map(([kind, c]) => `  ${kind}: ${abiName(c.artifact)},`);
      return {
        content: [
          "/** Each contract of a fund (sdk/contracts/list.ts) with its ABI. */",
          `export const fundAbis = {\n${entries.join("\n")}\n} as const`,
        ].join("\n"),
      };
    },
  };
}

/** The deployments files themselves, typed, keyed by chain id. */
function deploymentsPlugin(): Plugin {
  return {
    name: "Pulje deployments",
    async run() {
      const records = fs
        .readdirSync(DEPLOYMENTS)
        .filter((f) => /^\d+\.json$/.test(f))
        .sort((a, b) => Number.parseInt(a) - Number.parseInt(b))
        .map((f) => JSON.parse(fs.readFileSync(path.join(DEPLOYMENTS, f), "utf8")) as { chainId: number });
      const byChain = Object.fromEntries(records.map((r) => [r.chainId, r]));
      return {
        content: [
          "/** Every deployments/<chainId>.json, keyed by chain id. */",
          `export const deployments = ${JSON.stringify(byChain, null, 2)} as const`,
        ].join("\n"),
      };
    },
  };
}

export default defineConfig({
  out: path.join(__dirname, "generated/pulje.ts"),
  plugins: [
    hardhat({
      project: ROOT,
      commands: { clean: false, build: false, rebuild: false },
      include: ARTIFACTS.map((name) => `${name}.json`),
    }),
    fundAbisPlugin(),
    deploymentsPlugin(),
  ],
});
