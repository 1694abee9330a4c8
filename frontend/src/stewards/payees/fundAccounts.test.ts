import { describe, expect, it } from "vitest";
import type { Address } from "viem";
import { decodeAction } from "@sdk/history/actions";
import type { LedgerEntry } from "@sdk/history/ledger";
import { deployments } from "@sdk/generated/pulje";
import { roundOpeningActions, type RoundParams } from "@sdk/proposals/rounds";
import { fundAccountActions } from "@sdk/proposals/stewards";
import { fundOwnAccounts, markedFundAccounts } from "./fundAccounts";

const contracts = deployments["31337"].contracts as Parameters<typeof decodeAction>[3];
const CLUB: Address = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199";
const POOL: Address = "0x1111111111111111111111111111111111111111";
const ROUND: Address = "0x2222222222222222222222222222222222222222";
const base = { block: 1n, logIndex: 0, tx: "0x01" as const, timestamp: null };

const params: RoundParams = {
  asset: deployments["31337"].assets[0].address as Address,
  districts: [0],
  budgets: [50_000_000_000n],
  ideasEnd: 2_000_000_000,
  reviewEnd: 2_000_100_000,
  votingEnd: 2_000_200_000,
  challengeDelay: 86_400,
  payoutWindow: 90 * 86_400,
  minPicks: 1,
  maxPicks: 3,
  maxIdeasPerDistrict: 16,
  maxIdeasPerMember: 3,
  minApprovals: 1,
  anyMemberMaySubmit: false,
  reviewers: [CLUB],
  guardian: CLUB,
  rule: contracts.allocationRule!,
};

/** A round's opening proposal as members see it: its actions decoded from the calldata. */
function opening(verifiedPayeesRequired: boolean) {
  const { actions, round } = roundOpeningActions(
    {
      treasury: contracts.treasury,
      roundFactory: contracts.roundFactory!,
      roundImplementation: contracts.roundImplementation!,
      payeeRegistry: contracts.payeeRegistry,
    },
    params,
    "Borgermillion 2027",
    { verifiedPayeesRequired },
  );
  const decoded = actions.targets.map((target, i) =>
    decodeAction(target as Address, actions.values[i], actions.calldatas[i], contracts),
  );
  return { decoded, round };
}

describe("the fund's own accounts, which are not payees to verify", () => {
  it("include the escrow a round's opening proposal pays, before the round exists", () => {
    const { decoded, round } = opening(false);
    const pay = decoded.find((a) => a.kind === "pay");
    expect(pay?.kind === "pay" && pay.to).toBe(round);
    expect(fundOwnAccounts(contracts, [], decoded).has(round.toLowerCase())).toBe(true);
    // Without the proposal's actions, nothing says the address is the fund's yet.
    expect(fundOwnAccounts(contracts, []).has(round.toLowerCase())).toBe(false);
  });

  it("include the fund's contracts, the rounds and pools created, and accounts the members marked", () => {
    const entries: LedgerEntry[] = [
      {
        ...base,
        contract: "roundFactory",
        address: contracts.roundFactory!,
        kind: "roundCreated",
        round: ROUND,
        salt: `0x${"ab".repeat(32)}`,
        asset: params.asset,
        total: 1n,
      },
      {
        ...base,
        contract: "pool",
        address: POOL,
        kind: "poolOpened",
        poolKind: "QuickPool",
        text: `0x${"cd".repeat(32)}`,
        asset: params.asset,
        cap: 1n,
        endsAt: 1n,
      },
      {
        ...base,
        contract: "payeeRegistry",
        address: contracts.payeeRegistry,
        kind: "fundAccount",
        account: CLUB,
        isFundAccount: true,
      },
    ];
    const own = fundOwnAccounts(contracts, entries);
    for (const address of [contracts.treasury, contracts.milestoneGrants, ROUND, POOL, CLUB])
      expect(own.has(address.toLowerCase()), address).toBe(true);
    // Unmarked later: the registry's last word stands.
    const unmarked = [
      ...entries,
      { ...entries[2], kind: "fundAccount", account: CLUB, isFundAccount: false } as LedgerEntry,
    ];
    expect(fundOwnAccounts(contracts, unmarked).has(CLUB.toLowerCase())).toBe(false);
  });

  it("are paid without a verification only once the registry marks them, which an opening does first when required", () => {
    const required = opening(true);
    expect(markedFundAccounts(contracts.payeeRegistry, [], required.decoded)).toEqual(
      new Set([required.round.toLowerCase()]),
    );
    expect(markedFundAccounts(contracts.payeeRegistry, [], opening(false).decoded).size).toBe(0);
    const mark = fundAccountActions(contracts.payeeRegistry, CLUB);
    const decoded = decodeAction(mark.targets[0] as Address, mark.values[0], mark.calldatas[0], contracts);
    expect(markedFundAccounts(contracts.payeeRegistry, [], [decoded])).toEqual(new Set([CLUB.toLowerCase()]));
  });
});
