import { describe, expect, it } from "vitest";
import { encodeFunctionData, pad, type Address, type Hex } from "viem";
import { ABIS } from "../contracts/kinds";
import { ETH_ADDRESS } from "../model/treasury";
import { concatActions, single } from "./actions";
import { grantActions, ruleChangeActions } from "./governance";
import { roundOpeningActions, type RoundParams } from "./rounds";
import {
  milestoneCancelActions,
  milestoneGrantActions,
  poolCloseActions,
  poolCreationActions,
  poolTopUpActions,
  type PoolParams,
} from "./stewards";
import { treasuryNeeds, treasuryShortfalls, type TreasuryReader } from "./treasuryNeeds";

// Addresses of digits only, as in test/sdk/proposals.test.ts: their checksummed form is the same text.
const TREASURY: Address = "0x1111111111111111111111111111111111111111";
const GOVERNOR: Address = "0x2222222222222222222222222222222222222222";
const ROUND_FACTORY: Address = "0x3333333333333333333333333333333333333333";
const ROUND_IMPLEMENTATION: Address = "0x4444444444444444444444444444444444444444";
const PAYEE_REGISTRY: Address = "0x5555555555555555555555555555555555555555";
const POOL_FACTORY: Address = "0x6666666666666666666666666666666666666666";
const POOL_IMPLEMENTATION: Address = "0x7777777777777777777777777777777777777777";
const MILESTONE_GRANTS: Address = "0x8888888888888888888888888888888888888888";
const DKKT: Address = "0x9999999999999999999999999999999999999999";
const OLD_POOL: Address = "0x1212121212121212121212121212121212121212";
const ANNA: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const BACH: Address = "0x1313131313131313131313131313131313131313";

const kr = (whole: number) => BigInt(whole) * 1_000_000n; // DKKT has 6 decimals
const ROUND: RoundParams = {
  asset: DKKT,
  districts: [0, 1, 2, 3],
  budgets: [kr(250_000), kr(250_000), kr(250_000), kr(250_000)],
  ideasEnd: 2_000_000_000,
  reviewEnd: 2_000_172_800,
  votingEnd: 2_000_432_000,
  challengeDelay: 86_400,
  payoutWindow: 7_776_000,
  minPicks: 1,
  maxPicks: 3,
  maxIdeasPerDistrict: 8,
  maxIdeasPerMember: 8,
  minApprovals: 1,
  anyMemberMaySubmit: false,
  reviewers: [ANNA],
  guardian: BACH,
  rule: BACH,
};
const POOL: PoolParams = {
  kind: 0,
  text: pad("0x01"),
  token: DKKT,
  capPerGrant: kr(5_000),
  endsAt: 2_000_000_000,
  committee: [ANNA, BACH],
  threshold: 2,
};
const setAllowance = (spender: Address, amount: bigint) =>
  single(
    TREASURY,
    encodeFunctionData({ abi: ABIS.treasury, functionName: "setAllowance", args: [spender, DKKT, amount] }),
  );

describe("what a proposal needs from the treasury", () => {
  it("a grant: its amount, in its asset", () => {
    const grant = grantActions(TREASURY, { asset: DKKT, recipient: ANNA, amount: kr(45_000) }, "Bænke");
    expect(treasuryNeeds(grant, TREASURY)).toEqual([{ asset: DKKT, needed: kr(45_000) }]);
    const eth = grantActions(
      TREASURY,
      { asset: ETH_ADDRESS, recipient: ANNA, amount: 1_500_000_000_000_000_000n },
      "Lys",
    );
    expect(treasuryNeeds(eth, TREASURY)).toEqual([{ asset: ETH_ADDRESS, needed: 1_500_000_000_000_000_000n }]);
  });

  it("a round: its whole budget, with or without marking its escrow as the fund's own account first", () => {
    const contracts = {
      treasury: TREASURY,
      roundFactory: ROUND_FACTORY,
      roundImplementation: ROUND_IMPLEMENTATION,
      payeeRegistry: PAYEE_REGISTRY,
    };
    for (const verifiedPayeesRequired of [false, true]) {
      const { actions } = roundOpeningActions(contracts, ROUND, "Borgermillion", { verifiedPayeesRequired });
      expect(actions.targets.length).toBe(verifiedPayeesRequired ? 3 : 2);
      expect(treasuryNeeds(actions, TREASURY)).toEqual([{ asset: DKKT, needed: kr(1_000_000) }]);
    }
  });

  it("a new pool: the budget it reserves (a new pool has no allowance yet)", () => {
    const contracts = { treasury: TREASURY, poolFactory: POOL_FACTORY, poolImplementation: POOL_IMPLEMENTATION };
    const { actions } = poolCreationActions(contracts, POOL, kr(25_000), "Hurtigpuljen");
    expect(treasuryNeeds(actions, TREASURY)).toEqual([{ asset: DKKT, needed: kr(25_000) }]);
  });

  it("a pool's top-up and a milestone grant: what they add to the reservation", () => {
    expect(treasuryNeeds(poolTopUpActions(TREASURY, OLD_POOL, DKKT, kr(10_000)), TREASURY)).toEqual([
      { asset: DKKT, needed: kr(10_000) },
    ]);
    const roof = milestoneGrantActions(
      { treasury: TREASURY, milestoneGrants: MILESTONE_GRANTS },
      {
        payee: BACH,
        asset: DKKT,
        title: pad("0x02"),
        milestones: [
          { amount: kr(30_000), description: pad("0x03") },
          { amount: kr(45_000), description: pad("0x04") },
        ],
      },
    );
    expect(treasuryNeeds(roof, TREASURY)).toEqual([{ asset: DKKT, needed: kr(75_000) }]);
  });

  it("setting an allowance: only what it adds to the spender's allowance before it, nothing when it lowers it", () => {
    const current = new Map([[`${OLD_POOL.toLowerCase()}:${DKKT.toLowerCase()}`, kr(20_000)]]);
    expect(treasuryNeeds(setAllowance(OLD_POOL, kr(50_000)), TREASURY, current)).toEqual([
      { asset: DKKT, needed: kr(30_000) },
    ]);
    expect(treasuryNeeds(setAllowance(OLD_POOL, kr(5_000)), TREASURY, current)).toEqual([]);
    // A top-up after the new allowance counts on top of it; a second setting only what it adds again.
    const steps = concatActions(
      setAllowance(OLD_POOL, kr(50_000)),
      poolTopUpActions(TREASURY, OLD_POOL, DKKT, kr(1_000)),
      setAllowance(OLD_POOL, kr(60_000)),
    );
    expect(treasuryNeeds(steps, TREASURY, current)).toEqual([{ asset: DKKT, needed: kr(40_000) }]);
  });

  it("several actions: summed per asset, in order of first mention", () => {
    const both = concatActions(
      grantActions(TREASURY, { asset: DKKT, recipient: ANNA, amount: kr(12_000) }, "a"),
      grantActions(TREASURY, { asset: ETH_ADDRESS, recipient: BACH, amount: 2n }, "b"),
      poolTopUpActions(TREASURY, OLD_POOL, DKKT, kr(3_000)),
    );
    expect(treasuryNeeds(both, TREASURY)).toEqual([
      { asset: DKKT, needed: kr(15_000) },
      { asset: ETH_ADDRESS, needed: 2n },
    ]);
  });

  it("nothing for proposals that take no money, or free it, or call another contract's functions of the same name", () => {
    const rules = ruleChangeActions({ governor: GOVERNOR, timelock: GOVERNOR }, [
      { rule: "votingDelay", value: 3600n },
    ]);
    expect(treasuryNeeds(rules, TREASURY)).toEqual([]);
    expect(treasuryNeeds(poolCloseActions(OLD_POOL), TREASURY)).toEqual([]);
    expect(treasuryNeeds(milestoneCancelActions(MILESTONE_GRANTS, 1n), TREASURY)).toEqual([]);
    // The same pay() calldata sent to another address is no payment by this treasury.
    const elsewhere = grantActions(OLD_POOL, { asset: DKKT, recipient: ANNA, amount: kr(1) }, "x");
    expect(treasuryNeeds(elsewhere, TREASURY)).toEqual([]);
    expect(treasuryNeeds(single(TREASURY, "0x12345678" as Hex), TREASURY)).toEqual([]);
  });
});

describe("treasuryShortfalls", () => {
  /** The treasury's views over fixed figures, recording what was asked. */
  function treasuryWith(available: Record<string, bigint>, allowances: Record<string, bigint> = {}) {
    const asked: string[] = [];
    const read: TreasuryReader = {
      available: async (asset) => (asked.push(`available ${asset}`), available[asset] ?? 0n),
      allowanceOf: async (spender, asset) => (
        asked.push(`allowanceOf ${spender} ${asset}`),
        allowances[`${spender}:${asset}`] ?? 0n
      ),
    };
    return { read, asked };
  }

  it("names each asset the treasury has too little of, with what it has and what is needed", async () => {
    const round = roundOpeningActions(
      {
        treasury: TREASURY,
        roundFactory: ROUND_FACTORY,
        roundImplementation: ROUND_IMPLEMENTATION,
        payeeRegistry: PAYEE_REGISTRY,
      },
      ROUND,
      "Borgermillion",
      { verifiedPayeesRequired: false },
    ).actions;
    const { read, asked } = treasuryWith({ [DKKT]: kr(722_000) });
    expect(await treasuryShortfalls(round, TREASURY, read)).toEqual([
      { asset: DKKT, needed: kr(1_000_000), available: kr(722_000) },
    ]);
    expect(asked).toEqual([`available ${DKKT}`]);
  });

  it("is empty when the treasury can pay everything, to the last unit", async () => {
    const grant = grantActions(TREASURY, { asset: DKKT, recipient: ANNA, amount: kr(722_000) }, "Alt");
    expect(await treasuryShortfalls(grant, TREASURY, treasuryWith({ [DKKT]: kr(722_000) }).read)).toEqual([]);
  });

  it("reads the allowance a setting replaces, so raising a pool needs only the difference", async () => {
    const { read, asked } = treasuryWith({ [DKKT]: kr(25_000) }, { [`${OLD_POOL}:${DKKT}`]: kr(20_000) });
    expect(await treasuryShortfalls(setAllowance(OLD_POOL, kr(50_000)), TREASURY, read)).toEqual([
      { asset: DKKT, needed: kr(30_000), available: kr(25_000) },
    ]);
    expect(asked).toEqual([`allowanceOf ${OLD_POOL} ${DKKT}`, `available ${DKKT}`]);
    expect(await treasuryShortfalls(setAllowance(OLD_POOL, kr(45_000)), TREASURY, read)).toEqual([]);
  });
});
