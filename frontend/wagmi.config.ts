/**
 * Generates frontend/src/generated/pulje.ts: the contracts' ABIs from Hardhat's artifacts and
 * their addresses per chain from deployments/*.json, plus each deployment's public facts
 * (deployment block, districts, assets, demo accounts). Nothing in the dApp is hand-copied.
 * Run by `npm run generate` (after `hardhat compile`); `npm test` fails if the committed
 * output is stale.
 */
import { defineConfig, type Plugin } from "@wagmi/cli";
import { hardhat } from "@wagmi/cli/plugins";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const DEPLOYMENTS = path.join(ROOT, "deployments");

interface Record {
  chainId: number;
  contracts: {
    governor: string;
    timelock: string;
    treasury: string;
    membership: string | null;
    token: string | null;
    roundFactory?: string | null;
    payeeRegistry?: string;
    poolFactory?: string;
    milestoneGrants?: string;
  };
}

const records: Record[] = fs
  .readdirSync(DEPLOYMENTS)
  .filter((f) => /^\d+\.json$/.test(f))
  .sort((a, b) => Number.parseInt(a) - Number.parseInt(b))
  .map((f) => JSON.parse(fs.readFileSync(path.join(DEPLOYMENTS, f), "utf8")) as Record);

/** Address of one contract on every chain that has it. */
function addresses(pick: (r: Record) => string | null): { [chainId: number]: `0x${string}` } {
  const byChain: { [chainId: number]: `0x${string}` } = {};
  for (const r of records) {
    const address = pick(r);
    if (address) byChain[r.chainId] = address as `0x${string}`;
  }
  return byChain;
}

/** The deployments files themselves, typed, keyed by chain id. */
function deploymentsPlugin(): Plugin {
  return {
    name: "Pulje deployments",
    async run() {
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
  out: path.join(__dirname, "src/generated/pulje.ts"),
  plugins: [
    hardhat({
      project: ROOT,
      commands: { clean: false, build: false, rebuild: false },
      include: [
        "PuljeGovernor.json",
        "PuljeTimelock.json",
        "Membership.json",
        "CommunityToken.json",
        "Treasury.json",
        "IVotes.json",
        "BudgetRound.json",
        "BudgetRoundFactory.json",
        "PayeeRegistry.json",
        "StewardPool.json",
        "StewardPoolFactory.json",
        "MilestoneGrants.json",
      ],
      deployments: {
        PuljeGovernor: addresses((r) => r.contracts.governor),
        PuljeTimelock: addresses((r) => r.contracts.timelock),
        Treasury: addresses((r) => r.contracts.treasury),
        Membership: addresses((r) => r.contracts.membership),
        CommunityToken: addresses((r) => r.contracts.token),
        BudgetRoundFactory: addresses((r) => r.contracts.roundFactory ?? null),
        PayeeRegistry: addresses((r) => r.contracts.payeeRegistry ?? null),
        StewardPoolFactory: addresses((r) => r.contracts.poolFactory ?? null),
        MilestoneGrants: addresses((r) => r.contracts.milestoneGrants ?? null),
      },
    }),
    deploymentsPlugin(),
  ],
});
