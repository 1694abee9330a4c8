import { describe, expect, it } from "vitest";
import { greedyAllocation, greedyOrder } from "./rounds";

const idea = (id: number, cost: number, approvals: number) => ({ id: BigInt(id), cost: BigInt(cost), approvals });

describe("the greedy allocation, replayed to say why an idea was or was not funded", () => {
  // The contract test's district: #2 (5 votes), #3 (3, cheaper than #1), #1 (3), #4 (2), #5 (1).
  const ideas = [idea(1, 40, 3), idea(2, 50, 5), idea(3, 30, 3), idea(4, 20, 2), idea(5, 5, 1)];

  it("funds in order of votes while the money lasts, and says what was left when an idea's turn came", () => {
    const outcomes = greedyAllocation(ideas, 100n, 1);
    expect([...outcomes]).toEqual([
      [2n, { result: "funded", leftBefore: 100n }],
      [3n, { result: "funded", leftBefore: 50n }],
      // More votes than #4, which was funded: only 20 was left for its 40.
      [1n, { result: "didNotFit", leftBefore: 20n }],
      [4n, { result: "funded", leftBefore: 20n }],
      [5n, { result: "didNotFit", leftBefore: 0n }],
    ]);
  });

  it("never offers an idea below the minimum support, so it takes nothing from the others", () => {
    const outcomes = greedyAllocation(ideas, 100n, 3);
    expect([...outcomes]).toEqual([
      [2n, { result: "funded", leftBefore: 100n }],
      [3n, { result: "funded", leftBefore: 50n }],
      [1n, { result: "didNotFit", leftBefore: 20n }],
      [4n, { result: "belowMinimum", minApprovals: 3 }],
      [5n, { result: "belowMinimum", minApprovals: 3 }],
    ]);
  });

  it("breaks ties by the lower cost, then the lower id, as the contract does", () => {
    const tied = [idea(7, 60, 2), idea(3, 60, 2), idea(9, 50, 2)];
    expect([...tied].sort(greedyOrder).map((i) => i.id)).toEqual([9n, 3n, 7n]);
    expect([...greedyAllocation(tied, 110n, 0)].map(([id, o]) => [id, o.result])).toEqual([
      [9n, "funded"],
      [3n, "funded"],
      [7n, "didNotFit"],
    ]);
  });

  it("funds everything that fits exactly, and nothing from an empty district", () => {
    // No votes either way: the cheaper goes first.
    expect([...greedyAllocation([idea(1, 60, 0), idea(2, 40, 0)], 100n, 0)]).toEqual([
      [2n, { result: "funded", leftBefore: 100n }],
      [1n, { result: "funded", leftBefore: 60n }],
    ]);
    expect(greedyAllocation([], 100n, 1).size).toBe(0);
  });
});
