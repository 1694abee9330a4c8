import { describe, expect, it } from "vitest";
import type { Address } from "viem";
import type { LedgerEntry } from "@sdk/history/ledger";
import {
  ballotProblem,
  districtResults,
  ideasOf,
  phaseSteps,
  picksToIds,
  whyNotPickable,
  type RoundIdea,
} from "./roundModel";

const ROUND: Address = "0xD6a878B3ACe76AF2F56381142F0575F56F9e758C";
const ANNA: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const CLUB: Address = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199";
const ZERO: Address = "0x0000000000000000000000000000000000000000";

const idea = (id: number, cost: number, extra: Partial<RoundIdea> = {}): RoundIdea => ({
  id: BigInt(id),
  district: 0,
  slot: id - 1,
  status: "Feasible",
  cost: BigInt(cost),
  approvals: 0,
  proposer: ANNA,
  payee: CLUB,
  text: null,
  submittedCost: BigInt(cost),
  review: null,
  cancel: null,
  ...extra,
});

describe("the ballot's rules, before anything is sent", () => {
  const [a, b, c] = [idea(1, 60), idea(2, 30), idea(3, 20)];

  it("says why an idea cannot be added: the ballot is full, or by how much it goes over", () => {
    expect(whyNotPickable(c, [a], 100n, 3)).toBeNull();
    expect(whyNotPickable(b, [a, c], 100n, 3)).toEqual({ reason: "overBudget", over: 10n });
    expect(whyNotPickable(c, [a, b], 100n, 2)).toEqual({ reason: "maxPicks", max: 2 });
    // An idea already picked can always be un-picked.
    expect(whyNotPickable(a, [a, b], 50n, 1)).toBeNull();
  });

  it("refuses too few picks and a total over the budget", () => {
    expect(ballotProblem([], 100n, 1)).toEqual({ reason: "tooFew", min: 1 });
    expect(ballotProblem([a, b], 100n, 1)).toBeNull();
    expect(ballotProblem([a, b, c], 100n, 1)).toEqual({ reason: "overBudget", over: 10n });
  });

  it("reads a ballot's set of slots back as idea ids", () => {
    expect(picksToIds(0b101n, [a, b, c])).toEqual([1n, 3n]);
    expect(picksToIds(0n, [a, b, c])).toEqual([]);
  });
});

describe("a round put together from storage and events", () => {
  it("gives each idea its text's commitment, its latest review and any cancellation", () => {
    const [IDEA, FIRST, OFFER, PERMIT, OTHER] = ["0xa1", "0xa2", "0xa3", "0xa4", "0xa5"].map(
      (h) => h.padEnd(66, "0") as `0x${string}`,
    );
    const base = {
      block: 1n,
      logIndex: 0,
      tx: "0x01" as const,
      timestamp: null,
      contract: "round" as const,
      address: ROUND,
    };
    const entries: LedgerEntry[] = [
      {
        ...base,
        kind: "idea",
        ideaId: 1n,
        district: 0,
        proposer: ANNA,
        cost: 30n,
        text: IDEA,
      },
      {
        ...base,
        kind: "review",
        ideaId: 1n,
        reviewer: CLUB,
        feasible: false,
        previousCost: 30n,
        cost: 30n,
        payee: ZERO,
        code: "TooExpensive",
        reason: FIRST,
      },
      {
        ...base,
        kind: "review",
        ideaId: 1n,
        reviewer: CLUB,
        feasible: true,
        previousCost: 30n,
        cost: 35n,
        payee: CLUB,
        code: "Feasible",
        reason: OFFER,
      },
      { ...base, kind: "winnerCancelled", ideaId: 1n, guardian: ANNA, code: "NoLongerPossible", reason: PERMIT },
      {
        ...base,
        address: CLUB,
        kind: "idea",
        ideaId: 1n,
        district: 0,
        proposer: ANNA,
        cost: 1n,
        text: OTHER,
      },
    ];
    const [built] = ideasOf(
      ROUND,
      [{ cost: 35n, approvals: 4, district: 0, slot: 0, status: 6, proposer: ANNA, payee: CLUB }],
      entries,
    );
    expect(built).toEqual({
      id: 1n,
      district: 0,
      slot: 0,
      status: "Cancelled",
      cost: 35n,
      approvals: 4,
      proposer: ANNA,
      payee: CLUB,
      text: IDEA,
      submittedCost: 30n,
      review: { feasible: true, code: "Feasible", reason: OFFER, reviewer: CLUB, previousCost: 30n },
      cancel: { code: "NoLongerPossible", reason: PERMIT },
    });
  });

  it("marks the phases done, current and upcoming, with their ends once known", () => {
    const schedule = {
      ideasEnd: 100,
      reviewEnd: 200,
      votingEnd: 300,
      finalizedAt: 0,
      challengeDelay: 50,
      payoutWindow: 1_000,
      closedAt: 0,
    };
    expect(phaseSteps("Voting", schedule)).toEqual([
      { phase: "Ideas", ends: 100, state: "done" },
      { phase: "Review", ends: 200, state: "done" },
      { phase: "Voting", ends: 300, state: "current" },
      { phase: "Tally", ends: null, state: "upcoming" },
      { phase: "Challenge", ends: null, state: "upcoming" },
      { phase: "Payout", ends: null, state: "upcoming" },
      { phase: "Closed", ends: null, state: "upcoming" },
    ]);
    expect(phaseSteps("Challenge", { ...schedule, finalizedAt: 310 }).slice(3)).toEqual([
      { phase: "Tally", ends: 310, state: "done" },
      { phase: "Challenge", ends: 360, state: "current" },
      { phase: "Payout", ends: 1_360, state: "upcoming" },
      { phase: "Closed", ends: null, state: "upcoming" },
    ]);
    // Closed by the members before its window ended: payout ended then.
    expect(phaseSteps("Closed", { ...schedule, finalizedAt: 310, closedAt: 400 }).slice(5)).toEqual([
      { phase: "Payout", ends: 400, state: "done" },
      { phase: "Closed", ends: null, state: "current" },
    ]);
  });

  it("ranks a district's results by votes, then cost, then id, and counts cancelled money as left", () => {
    const district = {
      id: 0,
      name: "Skovlunde",
      budget: 100n,
      allocated: 80n,
      finalized: true,
      ideas: [
        idea(1, 50, { status: "Released", approvals: 3 }),
        idea(2, 30, { status: "Cancelled", approvals: 3 }),
        idea(3, 40, { status: "Feasible", approvals: 3 }),
        idea(4, 10, { status: "Infeasible", approvals: 0 }),
        idea(5, 20, { status: "Feasible", approvals: 1 }),
      ],
    };
    const results = districtResults(district, { minApprovals: 1, greedy: true });
    expect(results.ranked.map((i) => i.id)).toEqual([2n, 3n, 1n, 5n]);
    expect(results).toMatchObject({ allocated: 80n, paid: 50n, left: 50n });
    // Replaying the greedy rule would have funded #3 (40 of the 70 left), not #1: these
    // results are not the greedy rule's, so no reason is guessed for #3 and #5.
    expect(results.ranked.map((i) => i.notFunded)).toEqual([null, null, null, null]);
  });

  describe("says why an idea was not funded, from the chain's approvals, costs and budget", () => {
    // Budget 100: #2 (5 votes, 50) and #3 (3 votes, 30) win; #1 (3 votes, 40) comes when 20 is
    // left; #4 (2 votes, 20) fits; #5 has 1 vote, below the round's minimum of 2.
    const district = {
      id: 0,
      name: "Skovlunde",
      budget: 100n,
      allocated: 100n,
      finalized: true,
      ideas: [
        idea(1, 40, { approvals: 3 }),
        idea(2, 50, { status: "Released", approvals: 5 }),
        idea(3, 30, { status: "Cancelled", approvals: 3 }),
        idea(4, 20, { status: "Funded", approvals: 2 }),
        idea(5, 5, { approvals: 1 }),
        idea(6, 10, { status: "Infeasible" }),
      ],
    };

    it("an idea with more votes than a winner did not fit in what was left when its turn came", () => {
      const results = districtResults(district, { minApprovals: 2, greedy: true });
      expect(results.ranked.map((i) => [i.id, i.notFunded])).toEqual([
        [2n, null],
        [3n, null],
        [1n, { reason: "didNotFit", left: 20n }],
        [4n, null],
        [5n, { reason: "belowMinimum", minApprovals: 2 }],
      ]);
    });

    it("gives only the minimum support as a reason when the round allocates by another rule", () => {
      const results = districtResults(district, { minApprovals: 2, greedy: false });
      expect(results.ranked.map((i) => i.notFunded)).toEqual([
        null,
        null,
        null,
        null,
        { reason: "belowMinimum", minApprovals: 2 },
      ]);
    });
  });
});
