import { describe, expect, it } from "vitest";
import { zeroHash, type Address } from "viem";
import { COLUMNS, toCsv, toJson } from "./export";
import { descriptionHash } from "../model/description";
import { milestoneDecision, poolGrantDecision } from "../model/spendDecisions";
import { ETH_ADDRESS } from "../model/treasury";
import type { LedgerEntry } from "./ledger";
import { TEST_CONTRACTS } from "./testLogs";

const DKKT: Address = "0x7a2088a1bFc9d81c55368AE168C2C02570cB814F";
const CLUB: Address = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199";
const ANNA: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const CARPENTER: Address = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const REVIEWER: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const ROUND: Address = "0x09635F643e140090A9A8Dcd712eD6285858ceBef";
const POOL: Address = "0x3Aa5ebB10DC797CAC828524e59A333d0A371443c";
const { treasury: TREASURY, governor: GOVERNOR, roundFactory: FACTORY } = TEST_CONTRACTS;
const MILESTONES = TEST_CONTRACTS.milestoneGrants!;
const MEMO = `0x${"ab".repeat(32)}` as const;
const REASON = `0x${"cd".repeat(32)}` as const;
const POOL_TEXT = `0x${"ef".repeat(32)}` as const;
const GRANT_TITLE = `0x${"12".repeat(32)}` as const;
const M = (whole: bigint) => whole * 1_000_000n; // DKKT has 6 decimals
const TIME = "2026-09-21T14:13:20.000Z";

const base = {
  block: 3n,
  logIndex: 0,
  tx: "0x11" as const,
  timestamp: 1_790_000_000,
  contract: "treasury" as const,
  address: TREASURY,
};
const entries: LedgerEntry[] = [
  { ...base, kind: "deposit", from: CLUB, asset: DKKT, amount: 100_500_000n, memo: MEMO },
  {
    ...base,
    logIndex: 1,
    kind: "payment",
    asset: ETH_ADDRESS,
    to: CLUB,
    amount: 1_500_000_000_000_000_000n,
    decision: "0xdd",
  },
];
const context = {
  assets: [{ address: DKKT, symbol: "DKKT", decimals: 6 }],
  districts: ["Skovlunde"],
  // The deposit's note, as the content service published it and the reader verified it.
  texts: new Map([[MEMO, 'Måløv "Brugs", sponsor']]),
};

describe("ledger export", () => {
  it("writes CSV with a BOM, a header, quoted cells, whole-unit amounts and texts beside commitments", () => {
    const csv = toCsv(entries, context);
    expect(csv.startsWith("\uFEFF" + COLUMNS.join(",") + "\r\n")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[1]).toBe(
      `${TIME},3,0x11,deposit,treasury,,,,,,,,,${CLUB},,DKKT,100.5,100500000,,${MEMO},"Måløv ""Brugs"", sponsor"`,
    );
    // No proposal was executed in its transaction: the decision hash alone, no proposal number.
    expect(lines[2]).toBe(`${TIME},3,0x11,payment,treasury,,0xdd,,,,,,,,${CLUB},ETH,1.5,1500000000000000000,,,`);
  });

  it("keeps the commitment and leaves the text empty when the text is not available", () => {
    const lines = toCsv(entries, { ...context, texts: undefined })
      .slice(1)
      .trimEnd()
      .split("\r\n");
    expect(lines[1]).toBe(`${TIME},3,0x11,deposit,treasury,,,,,,,,,${CLUB},,DKKT,100.5,100500000,,${MEMO},`);
  });

  it("writes semicolons and decimal commas for Nordic spreadsheets", () => {
    const lines = toCsv(entries, context, { separator: ";" }).slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(COLUMNS.join(";"));
    expect(lines[1]).toBe(
      `${TIME};3;0x11;deposit;treasury;;;;;;;;;${CLUB};;DKKT;100,5;100500000;;${MEMO};"Måløv ""Brugs"", sponsor"`,
    );
  });

  it("writes the same rows as JSON, the same bytes every time", () => {
    const json = toJson(entries, context);
    expect(JSON.parse(json)[1]).toMatchObject({
      kind: "payment",
      asset: "ETH",
      amount: "1.5",
      amount_raw: "1500000000000000000",
      decision: "0xdd",
    });
    expect(toJson(entries, context)).toBe(json);
  });
});

/**
 * A round opened by proposal #7 (the treasury pays its budget into the escrow, the round opens,
 * the factory records it), one idea reviewed, funded and paid, the rest returned; a pool opened
 * by proposal #8 that pays a micro-grant from its allowance; a milestone grant created by
 * proposal #9 whose second milestone is paid from the milestones' allowance.
 */
const DESCRIPTION = `# Borgermillionen 2026\n\n#proposer=${ANNA}`;
const SALT = descriptionHash(DESCRIPTION);
const POOL_DECISION = poolGrantDecision(POOL, 2n);
const MILESTONE_DECISION = milestoneDecision(MILESTONES, 1n, 1);
const at = (block: bigint, tx: `0x${string}`, logIndex = 0) => ({ block, tx, logIndex, timestamp: null });
const ROUND_OPENED = `asset=${DKKT} total=${M(1_000_000n)} guardian=${ANNA} rule=${REVIEWER}`;
const money: LedgerEntry[] = [
  {
    ...at(5n, "0x20"),
    contract: "governor",
    address: GOVERNOR,
    kind: "proposal",
    proposalId: 7n,
    proposer: ANNA,
    targets: [TREASURY, FACTORY!],
    values: [0n, 0n],
    calldatas: ["0x", "0x"],
    actions: [
      { kind: "pay", asset: DKKT, to: ROUND, amount: M(1_000_000n), decision: SALT },
      {
        kind: "openRound",
        salt: SALT,
        asset: DKKT,
        districts: [0],
        budgets: [M(1_000_000n)],
        ideasEnd: 1_790_100_000,
        reviewEnd: 1_790_200_000,
        votingEnd: 1_790_300_000,
        challengeDelay: 86_400,
        payoutWindow: 2_592_000,
        minPicks: 1,
        maxPicks: 3,
        maxIdeasPerMember: 2,
        minApprovals: 1,
      },
    ],
    description: DESCRIPTION,
    voteStart: 6n,
    voteEnd: 9n,
  },
  // The opening proposal's execution: the escrow marked as the fund's own account (payees must
  // be verified), payment, round, factory, then the governor's own event.
  {
    ...at(10n, "0x21", 0),
    contract: "payeeRegistry",
    address: TEST_CONTRACTS.payeeRegistry,
    kind: "fundAccount",
    account: ROUND,
    isFundAccount: true,
  },
  {
    ...at(10n, "0x21", 0),
    contract: "treasury",
    address: TREASURY,
    kind: "payment",
    asset: DKKT,
    to: ROUND,
    amount: M(1_000_000n),
    decision: SALT,
  },
  {
    ...at(10n, "0x21", 1),
    contract: "round",
    address: ROUND,
    kind: "roundInfo",
    name: "RoundOpened",
    details: ROUND_OPENED,
    money: { asset: DKKT, amount: M(1_000_000n) },
  },
  {
    ...at(10n, "0x21", 2),
    contract: "roundFactory",
    address: FACTORY!,
    kind: "roundCreated",
    round: ROUND,
    salt: SALT,
    asset: DKKT,
    total: M(1_000_000n),
  },
  { ...at(10n, "0x21", 3), contract: "governor", address: GOVERNOR, kind: "execution", proposalId: 7n },
  {
    ...at(20n, "0x22"),
    contract: "round",
    address: ROUND,
    kind: "review",
    ideaId: 1n,
    reviewer: REVIEWER,
    feasible: true,
    previousCost: M(700_000n),
    cost: M(675_000n),
    payee: CLUB,
    code: "Feasible",
    reason: REASON,
  },
  {
    ...at(30n, "0x23"),
    contract: "round",
    address: ROUND,
    kind: "ideaFunded",
    ideaId: 1n,
    district: 0,
    cost: M(675_000n),
    approvals: 9,
  },
  {
    ...at(40n, "0x24"),
    contract: "round",
    address: ROUND,
    kind: "release",
    ideaId: 1n,
    payee: CLUB,
    amount: M(675_000n),
  },
  // The return goes through the treasury's depositToken: the treasury records a deposit from the round.
  {
    ...at(41n, "0x25", 0),
    contract: "round",
    address: ROUND,
    kind: "unspentReturned",
    treasury: TREASURY,
    amount: M(325_000n),
  },
  {
    ...at(41n, "0x25", 1),
    contract: "treasury",
    address: TREASURY,
    kind: "deposit",
    from: ROUND,
    asset: DKKT,
    amount: M(325_000n),
    memo: zeroHash,
  },
  // Proposal #8 opens a pool and reserves its allowance; the pool pays micro-grant #2 from it.
  {
    ...at(50n, "0x31", 0),
    contract: "pool",
    address: POOL,
    kind: "poolOpened",
    poolKind: "QuickPool",
    text: POOL_TEXT,
    asset: DKKT,
    cap: M(5_000n),
    endsAt: 1_800_000_000n,
  },
  {
    ...at(50n, "0x31", 1),
    contract: "treasury",
    address: TREASURY,
    kind: "allowanceSet",
    spender: POOL,
    asset: DKKT,
    previous: 0n,
    amount: M(20_000n),
  },
  { ...at(50n, "0x31", 2), contract: "governor", address: GOVERNOR, kind: "execution", proposalId: 8n },
  {
    ...at(60n, "0x32", 0),
    contract: "pool",
    address: POOL,
    kind: "poolGrantPaid",
    grantId: 2n,
    payee: CLUB,
    amount: M(3_000n),
  },
  {
    ...at(60n, "0x32", 1),
    contract: "treasury",
    address: TREASURY,
    kind: "allowanceSpent",
    spender: POOL,
    asset: DKKT,
    amount: M(3_000n),
    remaining: M(17_000n),
  },
  {
    ...at(60n, "0x32", 2),
    contract: "treasury",
    address: TREASURY,
    kind: "payment",
    asset: DKKT,
    to: CLUB,
    amount: M(3_000n),
    decision: POOL_DECISION,
  },
  // Proposal #9 creates a milestone grant; its second milestone (index 1) is paid.
  {
    ...at(70n, "0x41", 0),
    contract: "milestoneGrants",
    address: MILESTONES,
    kind: "milestoneGrantCreated",
    grantId: 1n,
    payee: CARPENTER,
    asset: DKKT,
    total: M(100_000n),
    milestones: 2,
    title: GRANT_TITLE,
  },
  { ...at(70n, "0x41", 1), contract: "governor", address: GOVERNOR, kind: "execution", proposalId: 9n },
  {
    ...at(80n, "0x42", 0),
    contract: "milestoneGrants",
    address: MILESTONES,
    kind: "milestoneReleased",
    grantId: 1n,
    index: 1,
    payee: CARPENTER,
    amount: M(40_000n),
  },
  {
    ...at(80n, "0x42", 1),
    contract: "treasury",
    address: TREASURY,
    kind: "allowanceSpent",
    spender: MILESTONES,
    asset: DKKT,
    amount: M(40_000n),
    remaining: M(60_000n),
  },
  {
    ...at(80n, "0x42", 2),
    contract: "treasury",
    address: TREASURY,
    kind: "payment",
    asset: DKKT,
    to: CARPENTER,
    amount: M(40_000n),
    decision: MILESTONE_DECISION,
  },
];

/** The CSV's data lines, each without its (empty) time. */
const dataLines = (csv: string) =>
  csv
    .slice(1)
    .trimEnd()
    .split("\r\n")
    .slice(1)
    .map((line) => line.replace(/^,/, ""));

describe("ledger export: every money row names its payee, asset, amount and decision", () => {
  // block,transaction,kind,contract,proposal,decision,round,idea,pool,pool_grant,milestone_grant,milestone,
  // account,counterparty,asset,amount,amount_raw,details,text_commitment,text
  const expected = [
    `5,0x20,proposal,governor,7,${SALT},,,,,,,${ANNA},,,,,Borgermillionen 2026,,`,
    // The round's opening: the escrow marked as the fund's own, the treasury's payment into it,
    // the round, the factory.
    `10,0x21,fundAccount,payeeRegistry,7,,,,,,,,${ROUND},,,,,fund account,,`,
    `10,0x21,payment,treasury,7,${SALT},${ROUND},,,,,,,${ROUND},DKKT,1000000,1000000000000,,,`,
    `10,0x21,roundInfo,round,7,${SALT},${ROUND},,,,,,,${ROUND},DKKT,1000000,1000000000000,RoundOpened: ${ROUND_OPENED},,`,
    `10,0x21,roundCreated,roundFactory,7,${SALT},${ROUND},,,,,,,${ROUND},DKKT,1000000,1000000000000,,,`,
    `10,0x21,execution,governor,7,,,,,,,,,,,,,,,`,
    `20,0x22,review,round,7,${SALT},${ROUND},1,,,,,${REVIEWER},${CLUB},DKKT,675000,675000000000,feasible (Feasible),${REASON},`,
    // The funded idea names the payee its review named; the release pays it; the rest goes back.
    `30,0x23,ideaFunded,round,7,${SALT},${ROUND},1,,,,,,${CLUB},DKKT,675000,675000000000,Skovlunde (approvals: 9),,`,
    `40,0x24,release,round,7,${SALT},${ROUND},1,,,,,,${CLUB},DKKT,675000,675000000000,,,`,
    `41,0x25,unspentReturned,round,7,${SALT},${ROUND},,,,,,,${TREASURY},DKKT,325000,325000000000,,,`,
    `41,0x25,deposit,treasury,7,${SALT},${ROUND},,,,,,${ROUND},,DKKT,325000,325000000000,,,`,
    // The pool, its allowance and micro-grant #2, paid from the allowance under the pool's decision.
    `50,0x31,poolOpened,pool,8,,,,${POOL},,,,${POOL},,DKKT,5000,5000000000,"QuickPool: cap per grant, until 2027-01-15T08:00:00.000Z",${POOL_TEXT},`,
    `50,0x31,allowanceSet,treasury,8,,,,${POOL},,,,${POOL},,DKKT,20000,20000000000,allowance set (was 0),,`,
    `50,0x31,execution,governor,8,,,,,,,,,,,,,,,`,
    `60,0x32,poolGrantPaid,pool,8,,,,${POOL},2,,,,${CLUB},DKKT,3000,3000000000,grant #2 paid,,`,
    `60,0x32,allowanceSpent,treasury,8,,,,${POOL},2,,,${POOL},,DKKT,3000,3000000000,spent from allowance (17000000000 left),,`,
    `60,0x32,payment,treasury,8,${POOL_DECISION},,,${POOL},2,,,,${CLUB},DKKT,3000,3000000000,,,`,
    // The milestone grant and its second milestone (numbered from 1, as in the dApp and the audit).
    `70,0x41,milestoneGrantCreated,milestoneGrants,9,,,,,,1,,,${CARPENTER},DKKT,100000,100000000000,grant #1 in 2 milestones,${GRANT_TITLE},`,
    `70,0x41,execution,governor,9,,,,,,,,,,,,,,,`,
    `80,0x42,milestoneReleased,milestoneGrants,9,,,,,,1,2,,${CARPENTER},DKKT,40000,40000000000,grant #1 milestone 2 released,,`,
    `80,0x42,allowanceSpent,treasury,9,,,,,,1,2,${MILESTONES},,DKKT,40000,40000000000,spent from allowance (60000000000 left),,`,
    `80,0x42,payment,treasury,9,${MILESTONE_DECISION},,,,,1,2,,${CARPENTER},DKKT,40000,40000000000,,,`,
  ];

  it("writes the round's opening, funded idea, release and return, a pool grant and a milestone payment", () => {
    expect(dataLines(toCsv(money, context))).toEqual(expected);
  });

  it("finds the links in the whole history when only part of it is exported", () => {
    const moneyMoved = new Set(["payment", "release", "ideaFunded", "unspentReturned"]);
    const part = money.filter((e) => moneyMoved.has(e.kind));
    expect(dataLines(toCsv(part, { ...context, history: money }))).toEqual(
      expected.filter((line) => moneyMoved.has(line.split(",")[2])),
    );
    // Without the history the rows keep what their own events say, and nothing is guessed.
    expect(dataLines(toCsv(part, context))[0]).toBe(
      `10,0x21,payment,treasury,,${SALT},,,,,,,,${ROUND},DKKT,1000000,1000000000000,,,`,
    );
  });

  it("names the proposal that closed a pool, beside the pool, on the closing and the return of its allowance", () => {
    const timelock = TEST_CONTRACTS.timelock;
    const closing: LedgerEntry[] = [
      {
        ...at(90n, "0x51", 0),
        contract: "pool",
        address: POOL,
        kind: "poolClosed",
        by: timelock,
        returned: M(17_000n),
      },
      {
        ...at(90n, "0x51", 1),
        contract: "treasury",
        address: TREASURY,
        kind: "allowanceReturned",
        spender: POOL,
        asset: DKKT,
        amount: M(17_000n),
      },
      { ...at(90n, "0x51", 2), contract: "governor", address: GOVERNOR, kind: "execution", proposalId: 10n },
    ];
    expect(dataLines(toCsv([...money, ...closing], context)).slice(-3)).toEqual([
      `90,0x51,poolClosed,pool,10,,,,${POOL},,,,${timelock},,DKKT,17000,17000000000,closed; the rest returned,,`,
      `90,0x51,allowanceReturned,treasury,10,,,,${POOL},,,,${POOL},,DKKT,17000,17000000000,returned from allowance,,`,
      `90,0x51,execution,governor,10,,,,,,,,,,,,,,,`,
    ]);
  });

  it("writes the same links in JSON", () => {
    const rows = JSON.parse(toJson(money, context)) as Record<string, string>[];
    expect(rows.find((r) => r.kind === "release")).toEqual({
      time: "",
      block: "40",
      transaction: "0x24",
      kind: "release",
      contract: "round",
      proposal: "7",
      decision: SALT,
      round: ROUND,
      idea: "1",
      pool: "",
      pool_grant: "",
      milestone_grant: "",
      milestone: "",
      account: "",
      counterparty: CLUB,
      asset: "DKKT",
      amount: "675000",
      amount_raw: "675000000000",
      details: "",
      text_commitment: "",
      text: "",
    });
  });
});
