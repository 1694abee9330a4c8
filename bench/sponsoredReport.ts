/**
 * The sponsored-gas benchmark's results: the JSON bench/results/sponsored.json holds, the cost
 * per member per year computed from the measured gas, and the tables `npm run bench` prints.
 */
import { gasText, textTable } from "./textTable";
import type { OperationCharge } from "./sponsoredAccounting";
import type { Breakdown } from "./sponsoredBreakdown";
import type { BundledVotes } from "./sponsoredVotes";

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
  /** With the precompile: the sponsored castVote's handleOps part by part, and what the fund pays. */
  castVoteBreakdown?: VoteBreakdown;
  /** With the precompile: ten votes in one handleOps, next to one vote alone and a direct vote. */
  votesInOneBundle?: BundledVotes;
}

export const BREAKDOWN_METHOD =
  "measured from the handleOps transaction's debug_traceTransaction struct logs (Hardhat's EDR has " +
  "only the default tracer): a call's gas is the gas left before it less the gas left after it " +
  "returned; the EntryPoint's charge from the values its gasleft() calls returned, checked " +
  "against the UserOperationEvent's actualGasUsed";

/** The sponsored vote, part by part, and its charge with the test's and with a bundler's gas limits. */
export interface VoteBreakdown {
  method: string;
  handleOps: Breakdown;
  fundPays: {
    /** The bundler's limits are what each part used plus this much. */
    marginPercent: number;
    test: OperationCharge & { handleOps: number };
    bundler: OperationCharge & { handleOps: number };
  };
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

const share = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)} %`;

/** handleOps transactions part by part, one column each (indented rows are included in the row above). */
export function breakdownTable(columns: { heading: string; parts: Breakdown }[]): string {
  const rows: [string, (b: Breakdown) => number][] = [
    ["transaction base", (b) => b.base],
    ["calldata (4 per zero byte, 16 per other)", (b) => b.calldata.gas],
    ["account: validateUserOp", (b) => b.validateUserOp.gas],
    ["  of which the WebAuthn verifier (ERC-7913 verify)", (b) => b.validateUserOp.webAuthnVerifier],
    ["    of which the P-256 precompile (0x100)", (b) => b.validateUserOp.p256Precompile],
    ["    of which the SHA-256 precompile", (b) => b.validateUserOp.sha256Precompile],
    ["paymaster: validatePaymasterUserOp", (b) => b.paymasterValidation.gas],
    ["  of which the membership check", (b) => b.paymasterValidation.membershipCheck],
    ["account: execute", (b) => b.execute.gas],
    ["  of which the vote (governor castVote)", (b) => b.execute.action],
    ["paymaster: postOp", (b) => b.postOp],
    ["EntryPoint's own work (the remainder)", (b) => b.entryPoint.gas],
    ["  of which paying the bundler (beneficiary)", (b) => b.entryPoint.bundlerPayment],
    ["storage refunds", (b) => -b.refund],
    ["handleOps gasUsed", (b) => b.gasUsed],
  ];
  return textTable(
    ["handleOps, part by part", ...columns.flatMap((c) => [c.heading, "share"])],
    rows.map(([part, pick]) => [
      part,
      ...columns.flatMap(({ parts }) => [n(pick(parts)), share(pick(parts), parts.gasUsed)]),
    ]),
  );
}

/** The calldata's bytes and whether EIP-7623's floor decided the transaction's gas. */
export function calldataLine(b: Breakdown): string {
  const c = b.calldata;
  return (
    `calldata: ${n(c.bytes)} bytes, ${n(c.zeroBytes)} zero and ${n(c.nonZeroBytes)} non-zero: ${n(c.gas)} gas; ` +
    `EIP-7623's floor (21,000 + 10 per token) would be ${n(c.floorGas)}: ${c.floorApplies ? "it applies" : "it does not apply"}`
  );
}

/** What the fund pays for the vote (the EntryPoint's actualGasUsed) with the test's and a bundler's limits. */
export function fundPaysTable(v: VoteBreakdown, directVote: number): string {
  const { test, bundler, marginPercent } = v.fundPays;
  const row = (part: string, pick: (c: OperationCharge & { handleOps: number }) => number) => [
    part,
    n(pick(test)),
    n(pick(bundler)),
  ];
  return textTable(
    ["fund pays for the vote", "test limits", `bundler limits (used + ${marginPercent} %)`],
    [
      row("preVerificationGas (declared, charged as is)", (c) => c.preVerificationGas),
      row("validation (metered)", (c) => c.validation),
      row("execution (metered)", (c) => c.execution),
      row("postOp phase (metered)", (c) => c.postOpPhase),
      row("penalty: 10 % of unused callGasLimit", (c) => c.executionPenalty),
      row("penalty: 10 % of unused postOp limit", (c) => c.postOpPenalty),
      row("fund pays (actualGasUsed)", (c) => c.actualGasUsed),
      [
        "fund pays ÷ direct vote",
        `${ratio(test.actualGasUsed, directVote)}×`,
        `${ratio(bundler.actualGasUsed, directVote)}×`,
      ],
      row("handleOps gasUsed (the bundler pays)", (c) => c.handleOps),
      row("limit: verificationGasLimit", (c) => c.limits.verificationGasLimit),
      row("limit: callGasLimit", (c) => c.limits.callGasLimit),
      row("limit: paymasterVerificationGasLimit", (c) => c.limits.paymasterVerificationGasLimit),
      row("limit: paymasterPostOpGasLimit", (c) => c.limits.paymasterPostOpGasLimit),
    ],
  );
}

/** Ten votes in one handleOps against one vote alone and a direct vote, all from one state. */
export function bundledVotesTable(b: BundledVotes): string {
  const rows = [
    ["direct (a member's EOA)", "—", n(b.direct), n(b.direct), "—", "—", "1×"],
    ...b.runs.map((r) => [
      `${r.votes} vote${r.votes > 1 ? "s" : ""}, ${r.limits}`,
      n(r.handleOps),
      n(r.handleOpsPerVote),
      n(r.fundPaysPerVote),
      n(r.penaltyPerVote),
      n(r.preVerificationGasPerVote),
      `${ratio(r.fundPaysPerVote, b.direct)}×`,
    ]),
  ];
  return textTable(
    ["votes per handleOps", "handleOps", "per vote", "fund pays/vote", "penalty/vote", "preVerif./vote", "pays/direct"],
    rows,
  );
}
