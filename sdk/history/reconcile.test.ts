import { describe, expect, it } from "vitest";
import type { Address } from "viem";
import type { LedgerEntry } from "./ledger";
import { reconcileEscrows } from "./reconcile";
import { TEST_CONTRACTS } from "./testLogs";

const DKKT: Address = "0x7a2088a1bFc9d81c55368AE168C2C02570cB814F";
const CLUB: Address = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199";
const ROUND: Address = "0x09635F643e140090A9A8Dcd712eD6285858ceBef";
const { treasury: TREASURY, governor: GOVERNOR, roundFactory: FACTORY } = TEST_CONTRACTS;
const SALT = `0x${"5a".repeat(32)}` as const;
const at = (block: bigint, logIndex = 0) => ({ block, logIndex, tx: `0x${block}` as const, timestamp: null });

/** Proposal #4 pays 1,000,000 into the round; 600,000 and 75,000 go to winners, 325,000 back. */
const entries: LedgerEntry[] = [
  {
    ...at(10n),
    contract: "treasury",
    address: TREASURY,
    kind: "payment",
    asset: DKKT,
    to: ROUND,
    amount: 1_000_000n,
    decision: SALT,
  },
  {
    ...at(10n, 1),
    contract: "roundFactory",
    address: FACTORY!,
    kind: "roundCreated",
    round: ROUND,
    salt: SALT,
    asset: DKKT,
    total: 1_000_000n,
  },
  { ...at(10n, 2), contract: "governor", address: GOVERNOR, kind: "execution", proposalId: 4n },
  { ...at(20n), contract: "round", address: ROUND, kind: "release", ideaId: 1n, payee: CLUB, amount: 600_000n },
  { ...at(21n), contract: "round", address: ROUND, kind: "release", ideaId: 3n, payee: CLUB, amount: 75_000n },
  { ...at(22n), contract: "round", address: ROUND, kind: "unspentReturned", treasury: TREASURY, amount: 325_000n },
];

describe("reconcileEscrows", () => {
  it("keeps what was released to winners apart from what was returned to the treasury", () => {
    expect(reconcileEscrows(entries, new Map([[ROUND.toLowerCase(), 0n]]))).toEqual([
      {
        round: ROUND,
        asset: DKKT,
        // Executed in the opening's transaction, but no ProposalCreated read: its createRound is unknown.
        proposal: null,
        paidIn: 1_000_000n,
        released: 675_000n,
        returned: 325_000n,
        explained: 0n,
        balance: 0n,
        unexplained: 0n,
      },
    ]);
  });

  it("shows a token sent straight into the escrow as unexplained", () => {
    const [escrow] = reconcileEscrows(entries.slice(0, 4), new Map([[ROUND.toLowerCase(), 400_007n]]));
    expect([escrow.released, escrow.returned, escrow.explained, escrow.unexplained]).toEqual([
      600_000n,
      0n,
      400_000n,
      7n,
    ]);
  });
});
