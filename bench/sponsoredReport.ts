/**
 * The sponsored-gas benchmark's results: the JSON bench/results/sponsored.json holds, the cost
 * per member per year computed from the measured gas, and the tables `npm run bench` prints.
 */
import { gasText, textTable } from "./textTable";

/** One user operation, alone in its handleOps transaction. */
export interface OperationGas {
  /** Gas of the handleOps transaction: what the bundler pays the chain. */
  bundle: number;
  /** The EntryPoint's actualGasUsed: the gas the paymaster's deposit pays the bundler for. */
  charged: number;
  /** The paymaster's Sponsored.gasCharged: counted against the member's gas budget. */
  budgetCharged: number;
  /** The paymaster's Sponsored.weiCharged, at the operation's fee per gas. */
  weiCharged: string;
}

export type ActionName = "castVote" | "castBallot" | "submitIdea" | "delegate";

/** What bench/sponsoredMeasure.ts measures on one hardfork. */
export interface SponsoredGas {
  hardfork: string;
  /** Whether 0x100 verified a P-256 signature on this chain. */
  p256Precompile: boolean;
  /** Gas of the WebAuthn verifier's `verify` alone (one passkey signature, its calldata included). */
  passkeyCheck: number;
  /** Each action sent directly by a member's EOA (gasUsed), and as a deployed account's operation. */
  actions: Record<ActionName, { direct: number; sponsored: OperationGas }>;
  /** A new account's first operation: it deploys the account and then acts. */
  firstOperation: OperationGas & { action: ActionName };
}

/** A member's year, by assumption. The first operation is a vote that also deploys the account. */
export const YEAR: Record<ActionName, number> = { castVote: 12, castBallot: 1, submitIdea: 1, delegate: 1 };
/** Gas prices the year is priced at: an L2-like block, a quiet and a busier Ethereum block. */
export const GAS_PRICES_GWEI = [0.01, 1, 10];

const ACTIONS = Object.keys(YEAR) as ActionName[];
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

export function ratios(gas: SponsoredGas) {
  return Object.fromEntries(
    ACTIONS.map((a) => {
      const { direct, sponsored } = gas.actions[a];
      return [
        a,
        { chargedPerDirect: ratio(sponsored.charged, direct), bundlePerDirect: ratio(sponsored.bundle, direct) },
      ];
    }),
  ) as Record<ActionName, { chargedPerDirect: number; bundlePerDirect: number }>;
}

/** The gas of a member's year (sponsored: what the deposit pays; direct: what the member would pay). */
export function yearGas(gas: SponsoredGas) {
  const first = gas.firstOperation;
  const sponsored = ACTIONS.reduce(
    (sum, a) => sum + (YEAR[a] - (a === first.action ? 1 : 0)) * gas.actions[a].sponsored.charged,
    first.charged,
  );
  const direct = ACTIONS.reduce((sum, a) => sum + YEAR[a] * gas.actions[a].direct, 0);
  return { sponsored, direct };
}

export function costPerMemberPerYear(gas: SponsoredGas) {
  const { sponsored, direct } = yearGas(gas);
  return {
    assumptions: {
      actionsPerYear: YEAR,
      firstOperation: `the year's first ${gas.firstOperation.action} also deploys the account`,
      sponsoredGas: "the EntryPoint's actualGasUsed (what the paymaster's deposit pays), one operation per bundle",
      gasPricesGwei: GAS_PRICES_GWEI,
    },
    sponsoredGas: sponsored,
    directGas: direct,
    byGasPrice: GAS_PRICES_GWEI.map((gwei) => ({
      gasPriceGwei: gwei,
      sponsoredEth: (sponsored * gwei) / 1e9,
      directEth: (direct * gwei) / 1e9,
    })),
  };
}

/** One hardfork's section of sponsored.json. */
export function gasSection(gas: SponsoredGas) {
  return { ...gas, ratios: ratios(gas), costPerMemberPerYear: costPerMemberPerYear(gas) };
}

const n = (x: number) => gasText(BigInt(x));

export function gasTable(runs: SponsoredGas[]): string {
  const rows: string[][] = [];
  for (const run of runs) {
    const label = `${run.hardfork}${run.p256Precompile ? " (P-256 precompile)" : " (Solidity P-256)"}`;
    const r = ratios(run);
    for (const a of ACTIONS) {
      const { direct, sponsored } = run.actions[a];
      rows.push([
        label,
        a,
        n(direct),
        n(sponsored.bundle),
        n(sponsored.charged),
        n(sponsored.budgetCharged),
        `${r[a].chargedPerDirect}×`,
      ]);
    }
    const first = run.firstOperation;
    rows.push([
      label,
      `first op (${first.action} + deploy)`,
      "—",
      n(first.bundle),
      n(first.charged),
      n(first.budgetCharged),
      "",
    ]);
  }
  return textTable(["chain", "action", "direct", "handleOps", "fund pays", "budget counts", "pays/direct"], rows, [
    false,
    false,
    true,
    true,
    true,
    true,
    true,
  ]);
}

export function yearTable(runs: SponsoredGas[]): string {
  const rows = runs.flatMap((run) =>
    costPerMemberPerYear(run).byGasPrice.map((p) => [
      run.hardfork,
      String(p.gasPriceGwei),
      n(yearGas(run).sponsored),
      p.sponsoredEth.toPrecision(3),
      p.directEth.toPrecision(3),
    ]),
  );
  return textTable(["chain", "gwei", "gas/member/year", "fund ETH/member/year", "direct ETH"], rows, [
    false,
    true,
    true,
    true,
    true,
  ]);
}
