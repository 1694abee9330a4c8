import { expect } from "chai";
import { ethers } from "hardhat";
import fc from "fast-check";
import { loadFixture } from "@nomicfoundation/hardhat-network-helpers";
import { greedyAllocation } from "../../sdk/model/rounds";
import { GreedyApprovalRule__factory } from "../../typechain-types";

async function rule() {
  const [deployer] = await ethers.getSigners();
  return new GreedyApprovalRule__factory(deployer).deploy();
}

const candidate = (ideaId: bigint | number, cost: bigint | number, approvals: number) => ({
  ideaId: BigInt(ideaId),
  cost: BigInt(cost),
  approvals,
});

describe("GreedyApprovalRule", () => {
  it("funds by approvals while the budget lasts, skipping what does not fit and trying the next", async () => {
    const r = await loadFixture(rule);
    // Ranking: #2 (5 votes), #1 (3), #3 (3, but dearer than #4? no: #4 has 2), #4 (2), #5 (1).
    const funded = await r.allocate(
      [candidate(1, 40, 3), candidate(2, 50, 5), candidate(3, 30, 3), candidate(4, 20, 2), candidate(5, 5, 1)],
      100,
    );
    // #2 → 50 left; #3 (30, ties #1 on votes and is cheaper) → 20 left; #1 (40) does not fit; #4 (20) → 0; #5 does not fit.
    expect(funded).to.deep.equal([false, true, true, true, false]);
  });

  it("breaks ties by lower cost, then by lower id", async () => {
    const r = await loadFixture(rule);
    expect(await r.allocate([candidate(7, 60, 2), candidate(3, 60, 2), candidate(9, 50, 2)], 110)).to.deep.equal([
      false,
      true,
      true,
    ]);
  });

  it("funds nothing from nothing, and everything that fits exactly", async () => {
    const r = await loadFixture(rule);
    expect(await r.allocate([], 100)).to.deep.equal([]);
    expect(await r.allocate([candidate(1, 60, 0), candidate(2, 40, 0)], 100)).to.deep.equal([true, true]);
    expect(await r.allocate([candidate(1, 101, 9)], 100)).to.deep.equal([false]);
  });

  it("ranks the largest possible approvals, costs and ids without overflow, and refuses an id beyond 64 bits", async () => {
    const r = await loadFixture(rule);
    const max128 = 2n ** 128n - 1n;
    const maxId = 2n ** 64n - 1n;
    expect(
      await r.allocate([candidate(maxId, max128, 2 ** 32 - 1), candidate(1, 1, 2 ** 32 - 1)], max128),
    ).to.deep.equal([false, true]);
    await expect(r.allocate([candidate(maxId + 1n, 1, 0)], 1))
      .to.be.revertedWithCustomError(r, "GreedyApprovalRuleIdTooLarge")
      .withArgs(maxId + 1n);
  });

  it("funds exactly what the SDK's replay says, so the dApp's reasons for each result are the rule's", async () => {
    const r = await loadFixture(rule);
    // Few distinct costs and approvals, so ties and near-fits are common.
    const district = fc.record({
      ideas: fc.uniqueArray(
        fc.record({ id: fc.integer({ min: 1, max: 200 }), cost: fc.integer({ min: 1, max: 8 }), approvals: fc.nat(4) }),
        { selector: (i) => i.id, maxLength: 20 },
      ),
      budget: fc.integer({ min: 0, max: 40 }),
    });
    await fc.assert(
      fc.asyncProperty(district, async ({ ideas, budget }) => {
        const candidates = ideas.map((i) => candidate(i.id, i.cost, i.approvals));
        const funded = await r.allocate(candidates, budget);
        // The rule itself has no minimum support: the round filters before calling it.
        const replay = greedyAllocation(
          ideas.map((i) => ({ id: BigInt(i.id), cost: BigInt(i.cost), approvals: i.approvals })),
          BigInt(budget),
          0,
        );
        expect(funded).to.deep.equal(ideas.map((i) => replay.get(BigInt(i.id))!.result === "funded"));
      }),
      { numRuns: 200 },
    );
  });
});
