import { describe, expect, it } from "vitest";
import { encodeFunctionData, keccak256, toBytes, type Address } from "viem";
import {
  budgetRoundFactoryAbi,
  fundPaymasterAbi,
  membershipAbi,
  puljeGovernorAbi,
  puljeTimelockAbi,
  treasuryAbi,
} from "../generated/pulje";
import { decodeAction } from "./actions";
import { type FundAddresses } from "../contracts/kinds";
import { ETH_ADDRESS } from "../model/treasury";
import { toRow } from "./export";
import { buildLedger } from "./ledger";
import { reconcile } from "./reconcile";
import { fakeLog, TEST_CONTRACTS } from "./testLogs";

/** Commitments to a deposit's note and a vote's reason: the chain holds no words. */
const MEMO = `0x${"a1".repeat(32)}` as const;
const REASON = `0x${"b2".repeat(32)}` as const;
const contracts: FundAddresses = TEST_CONTRACTS;
const ANNA: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const CLUB: Address = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199";
const DKKT: Address = "0x7a2088a1bFc9d81c55368AE168C2C02570cB814F";
const description = `# Bænke\n\nTi bænke\n\n#proposer=${ANNA}`;
const decision = keccak256(toBytes(description));
const payData = encodeFunctionData({
  abi: treasuryAbi,
  functionName: "pay",
  args: [DKKT, CLUB, 45_000_000_000n, decision],
});

const logs = [
  fakeLog(
    contracts.membership!,
    membershipAbi,
    "MemberAdded",
    { account: ANNA, district: 1, registrar: CLUB },
    2n,
    "0x10",
  ),
  fakeLog(
    contracts.membership!,
    membershipAbi,
    "Transfer",
    { from: ETH_ADDRESS, to: ANNA, tokenId: BigInt(ANNA) },
    2n,
    "0x10",
  ),
  fakeLog(
    contracts.treasury,
    treasuryAbi,
    "Deposited",
    { from: CLUB, token: DKKT, amount: 100_000_000_000n, memo: MEMO },
    3n,
    "0x11",
  ),
  fakeLog(
    contracts.governor,
    puljeGovernorAbi,
    "ProposalCreated",
    {
      proposalId: 1n,
      proposer: ANNA,
      targets: [contracts.treasury],
      values: [0n],
      signatures: [""],
      calldatas: [payData],
      voteStart: 100n,
      voteEnd: 200n,
      description,
    },
    4n,
    "0x12",
  ),
  fakeLog(
    contracts.governor,
    puljeGovernorAbi,
    "VoteCast",
    { voter: ANNA, proposalId: 1n, support: 1, weight: 1n, reason: `pulje-text:${REASON}` },
    5n,
    "0x13",
  ),
  fakeLog(contracts.governor, puljeGovernorAbi, "ProposalQueued", { proposalId: 1n, etaSeconds: 400n }, 6n, "0x14"),
  fakeLog(
    contracts.timelock,
    puljeTimelockAbi,
    "CallScheduled",
    { id: decision, index: 0n, target: contracts.treasury, value: 0n, data: payData, predecessor: decision, delay: 1n },
    6n,
    "0x14",
  ),
  fakeLog(
    contracts.treasury,
    treasuryAbi,
    "Paid",
    { token: DKKT, to: CLUB, amount: 45_000_000_000n, decision },
    7n,
    "0x15",
  ),
  fakeLog(contracts.governor, puljeGovernorAbi, "ProposalExecuted", { proposalId: 1n }, 7n, "0x15"),
  fakeLog(
    contracts.governor,
    puljeGovernorAbi,
    "QuorumNumeratorUpdated",
    { oldQuorumNumerator: 25n, newQuorumNumerator: 30n },
    8n,
    "0x16",
  ),
  fakeLog(
    "0x0000000000000000000000000000000000000bad",
    treasuryAbi,
    "Deposited",
    { from: CLUB, token: DKKT, amount: 1n, memo: MEMO },
    9n,
    "0x17",
  ),
];

describe("buildLedger", () => {
  const entries = buildLedger(logs, contracts, new Map([[3n, 1_790_000_000]]));

  it("decodes every event of the fund with its own contract's ABI, and only the fund's", () => {
    expect(entries.map((e) => e.kind)).toEqual([
      "membership",
      "deposit",
      "proposal",
      "vote",
      "queue",
      "payment",
      "execution",
      "rule",
    ]);
  });

  it("keeps the facts of each event", () => {
    expect(entries[0]).toMatchObject({
      kind: "membership",
      change: "added",
      account: ANNA,
      district: 1,
      registrar: CLUB,
      block: 2n,
      tx: "0x10",
    });
    expect(entries[1]).toMatchObject({
      kind: "deposit",
      from: CLUB,
      asset: DKKT,
      amount: 100_000_000_000n,
      memo: MEMO,
      timestamp: 1_790_000_000,
    });
    expect(entries[3]).toMatchObject({
      kind: "vote",
      proposalId: 1n,
      voter: ANNA,
      support: 1,
      weight: 1n,
      reason: REASON,
    });
    expect(entries[4]).toMatchObject({ kind: "queue", proposalId: 1n, eta: 400n });
    expect(entries[5]).toMatchObject({ kind: "payment", asset: DKKT, to: CLUB, amount: 45_000_000_000n, decision });
    expect(entries[7]).toMatchObject({ kind: "rule", rule: "quorumPercent", oldValue: "25", newValue: "30" });
  });

  it("decodes the majority's changes into rule entries and rows an auditor reads: the deployment's, then each change", () => {
    const changes = buildLedger(
      [
        fakeLog(
          contracts.governor,
          puljeGovernorAbi,
          "MajoritySet",
          { oldNumerator: 0n, oldDenominator: 0n, newNumerator: 1n, newDenominator: 2n },
          1n,
          "0x20",
        ),
        fakeLog(
          contracts.governor,
          puljeGovernorAbi,
          "MajoritySet",
          { oldNumerator: 1n, oldDenominator: 2n, newNumerator: 2n, newDenominator: 3n },
          9n,
          "0x21",
        ),
      ],
      contracts,
      new Map(),
    );
    expect(changes).toMatchObject([
      { kind: "rule", rule: "majority", oldValue: "0/0", newValue: "1/2", contract: "governor", block: 1n },
      { kind: "rule", rule: "majority", oldValue: "1/2", newValue: "2/3", contract: "governor", block: 9n },
    ]);
    expect(changes.map((e) => toRow(e, { assets: [], districts: [] }).details)).toEqual([
      "majority: 0/0 -> 1/2",
      "majority: 1/2 -> 2/3",
    ]);
  });

  it("decodes a proposal's actions into what they do", () => {
    const proposal = entries[2];
    expect(proposal.kind === "proposal" && proposal.actions).toEqual([
      { kind: "pay", asset: DKKT, to: CLUB, amount: 45_000_000_000n, decision },
    ]);
  });

  it("reconciles per asset: balance = deposits − payments, and shows what is unexplained", () => {
    const balanced = reconcile(entries, new Map([[DKKT.toLowerCase(), 55_000_000_000n]]));
    expect(balanced).toEqual([
      {
        asset: DKKT,
        deposits: 100_000_000_000n,
        payments: 45_000_000_000n,
        explained: 55_000_000_000n,
        balance: 55_000_000_000n,
        unexplained: 0n,
      },
    ]);
    const forced = reconcile(
      entries,
      new Map([
        [DKKT.toLowerCase(), 55_000_000_077n],
        [ETH_ADDRESS, 5n],
      ]),
    );
    expect(forced.map((r) => [r.asset, r.unexplained])).toEqual([
      [DKKT, 77n],
      [ETH_ADDRESS, 5n],
    ]);
  });
});

describe("decodeAction", () => {
  const governor = contracts.governor;
  it("names rule changes, the guardian, memberships and roles", () => {
    const call = (target: Address, data: `0x${string}`) => decodeAction(target, 0n, data, contracts);
    expect(
      call(governor, encodeFunctionData({ abi: puljeGovernorAbi, functionName: "setVotingPeriod", args: [604_800] })),
    ).toEqual({
      kind: "rule",
      rule: "votingPeriod",
      value: 604_800n,
    });
    expect(
      call(
        contracts.timelock,
        encodeFunctionData({ abi: puljeTimelockAbi, functionName: "updateDelay", args: [86_400n] }),
      ),
    ).toEqual({
      kind: "rule",
      rule: "timelockDelay",
      value: 86_400n,
    });
    expect(
      call(governor, encodeFunctionData({ abi: puljeGovernorAbi, functionName: "setProposalGuardian", args: [ANNA] })),
    ).toEqual({ kind: "guardian", guardian: ANNA });
    expect(
      call(governor, encodeFunctionData({ abi: puljeGovernorAbi, functionName: "setMajority", args: [2n, 3n] })),
    ).toEqual({ kind: "majority", majority: { numerator: 2, denominator: 3 } });
    expect(
      call(contracts.membership!, encodeFunctionData({ abi: membershipAbi, functionName: "revoke", args: [ANNA] })),
    ).toEqual({ kind: "revokeMember", account: ANNA });
    expect(
      call(
        contracts.membership!,
        encodeFunctionData({ abi: membershipAbi, functionName: "addDistrict", args: ["Herlev"] }),
      ),
    ).toEqual({ kind: "addDistrict", name: "Herlev" });
    const params = {
      asset: DKKT,
      districts: [0, 2],
      budgets: [250_000_000_000n, 100_000_000_000n],
      ideasEnd: 1_800_000_000,
      reviewEnd: 1_800_600_000,
      votingEnd: 1_801_200_000,
      challengeDelay: 172_800,
      payoutWindow: 7_776_000,
      minPicks: 1,
      maxPicks: 5,
      maxIdeasPerDistrict: 16,
      maxIdeasPerMember: 16,
      minApprovals: 1,
      anyMemberMaySubmit: false,
      reviewers: [CLUB],
      guardian: ANNA,
      rule: CLUB,
    };
    expect(
      call(
        contracts.roundFactory!,
        encodeFunctionData({ abi: budgetRoundFactoryAbi, functionName: "createRound", args: [decision, params] }),
      ),
    ).toEqual({
      kind: "openRound",
      salt: decision,
      asset: DKKT,
      districts: [0, 2],
      budgets: [250_000_000_000n, 100_000_000_000n],
      ideasEnd: 1_800_000_000,
      reviewEnd: 1_800_600_000,
      votingEnd: 1_801_200_000,
      challengeDelay: 172_800,
      payoutWindow: 7_776_000,
      minPicks: 1,
      maxPicks: 5,
      maxIdeasPerMember: 16,
      minApprovals: 1,
    });
    const role = keccak256(toBytes("REGISTRAR_ROLE"));
    expect(
      call(
        contracts.membership!,
        encodeFunctionData({ abi: membershipAbi, functionName: "grantRole", args: [role, ANNA] }),
      ),
    ).toEqual({
      kind: "role",
      change: "grant",
      contract: "membership",
      role,
      account: ANNA,
    });
  });

  it("shows a majority the governor would refuse as the call it is, not as a rule", () => {
    for (const args of [
      [1n, 3n],
      [4n, 3n],
      [2n ** 200n + 2n, 2n ** 200n + 3n],
    ] as const) {
      const data = encodeFunctionData({ abi: puljeGovernorAbi, functionName: "setMajority", args });
      expect(decodeAction(governor, 0n, data, contracts)).toEqual({
        kind: "call",
        target: governor,
        contract: "governor",
        functionName: "setMajority",
        value: 0n,
        data,
      });
    }
  });

  it("shows anything else as a call, never guessing", () => {
    expect(decodeAction(CLUB, 5n, "0x", contracts)).toEqual({ kind: "sendEth", to: CLUB, value: 5n });
    expect(decodeAction(CLUB, 0n, "0x12345678", contracts)).toEqual({
      kind: "call",
      target: CLUB,
      contract: null,
      functionName: null,
      value: 0n,
      data: "0x12345678",
    });
    const relay = encodeFunctionData({ abi: puljeGovernorAbi, functionName: "relay", args: [CLUB, 0n, "0x"] });
    expect(decodeAction(governor, 0n, relay, contracts)).toEqual({
      kind: "call",
      target: governor,
      contract: "governor",
      functionName: "relay",
      value: 0n,
      data: relay,
    });
    expect(decodeAction(governor, 0n, "0xdeadbeef", contracts)).toMatchObject({ kind: "call", functionName: null });
  });

  it("names the paymaster's functions, which the history reads no events of: its fee cap among them", () => {
    const paymaster = "0x00000000000000000000000000000000000000Fe" as Address;
    const withPaymaster = { ...contracts, paymaster };
    const cap = encodeFunctionData({ abi: fundPaymasterAbi, functionName: "setMaxFeePerGas", args: [12_500_000_000n] });
    expect(decodeAction(paymaster, 0n, cap, withPaymaster)).toEqual({
      kind: "call",
      target: paymaster,
      contract: "paymaster",
      functionName: "setMaxFeePerGas",
      value: 0n,
      data: cap,
    });
    // A fund without a paymaster does not know the address.
    expect(decodeAction(paymaster, 0n, cap, contracts)).toMatchObject({ contract: null, functionName: null });
  });
});
