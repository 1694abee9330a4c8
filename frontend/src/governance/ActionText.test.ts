import { describe, expect, it } from "vitest";
import type { DecodedAction } from "@sdk/history/actions";
import type { Locale } from "../i18n/format";
import { en, type Messages } from "../i18n/messages/en";
import { da } from "../i18n/messages/da";
import { nb } from "../i18n/messages/nb";
import { sv } from "../i18n/messages/sv";
import { makeI18n } from "../i18n/makeI18n";
import { encodeFunctionData, getAbiItem, toFunctionSelector } from "viem";
import { FUND } from "../config/deployment";
import {
  budgetRoundAbi,
  fundPaymasterAbi,
  milestoneGrantsAbi,
  payeeRegistryAbi,
  stewardPoolAbi,
  stewardPoolFactoryAbi,
  treasuryAbi,
} from "@sdk/generated/pulje";
import { ROUND_MEMBER_ACTIONS } from "@sdk/proposals/sponsorship";
import { describeAction, payeesOf } from "./ActionText";

const i18n = (locale: Locale, messages: Messages = en) => makeI18n(locale, messages);
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
const DKKT = "0x7a2088a1bFc9d81c55368AE168C2C02570cB814F" as const;
const assets = [{ address: DKKT, symbol: "DKKT", decimals: 6, balance: 0n, reserved: 0n, available: 0n }];
const CLUB = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199" as const;

describe("actions in words", () => {
  it("says a grant as a payment, in the locale's numbers", () => {
    const pay: DecodedAction = { kind: "pay", asset: DKKT, to: CLUB, amount: 25_000_000_000n, decision: "0x00" };
    expect(plain(describeAction(pay, i18n("en"), assets))).toBe(
      "Pay DKK 25,000 to Skovlunde Ungdomsklub (0x8626…1199)",
    );
    expect(plain(describeAction(pay, i18n("da", da), assets))).toContain("25.000 kr.");
  });

  it("says rule changes with durations and percentages", () => {
    expect(describeAction({ kind: "rule", rule: "votingPeriod", value: 604_800n }, i18n("en"), assets)).toBe(
      "Set the voting period to 7 days",
    );
    expect(describeAction({ kind: "rule", rule: "quorumPercent", value: 30n }, i18n("en"), assets)).toBe(
      "Set the minimum turnout to 30%",
    );
    expect(
      describeAction({ kind: "guardian", guardian: "0x0000000000000000000000000000000000000000" }, i18n("en"), assets),
    ).toBe("Remove the guardian");
  });

  it("flags an unknown call as something to check", () => {
    const call: DecodedAction = {
      kind: "call",
      target: CLUB,
      contract: null,
      functionName: null,
      value: 0n,
      data: "0x12345678aabbccddeeff",
    };
    expect(describeAction(call, i18n("en"), assets)).toBe(
      "Call Skovlunde Ungdomsklub (0x8626…1199) with data 0x12345678aabbccdd… (value 0 ETH): not a known action, check it carefully",
    );
  });
});

describe("the stewards' actions in words", () => {
  const fund = FUND!;
  const ANNA = "0x90F79bf6EB2c4f870365E785982E1f101E93b906" as const;
  const BACH = "0x553BC17A05702530097c3677091C5BB47a3a7931" as const;
  const POOL = "0x1111111111111111111111111111111111111111" as const;
  const call = (target: `0x${string}`, data: `0x${string}`): DecodedAction => ({
    kind: "call",
    target,
    contract: null,
    functionName: null,
    value: 0n,
    data,
  });
  const say = (action: DecodedAction) =>
    plain(describeAction(action, i18n("en"), assets, new Map([[POOL.toLowerCase(), "Hurtigpuljen 2026"]])));

  it("describes creating a pool and reserving its budget", () => {
    const data = encodeFunctionData({
      abi: stewardPoolFactoryAbi,
      functionName: "createPool",
      args: [
        `0x${"00".repeat(32)}`,
        {
          kind: 0,
          text: `0x${"ab".repeat(32)}`,
          token: DKKT,
          capPerGrant: 5_000_000_000n,
          endsAt: 1_800_000_000,
          committee: [ANNA],
          threshold: 1,
        },
      ],
    });
    expect(say(call(fund.contracts.poolFactory!, data))).toMatch(
      /^Create the quick pool “text 0xabababab…” paying DKKT grants of at most DKK 5,000 each until .+, approved by 1 of Anna \(0x90F7…b906\)$/,
    );
    const reserve = encodeFunctionData({
      abi: treasuryAbi,
      functionName: "setAllowance",
      args: [POOL, DKKT, 50_000_000_000n],
    });
    expect(say(call(fund.contracts.treasury, reserve))).toBe(
      "Reserve DKK 50,000 of the treasury for “Hurtigpuljen 2026” (0x1111…1111) to pay from (replacing what was reserved)",
    );
  });

  it("describes a committee change, closing, milestone grants and the payee rule", () => {
    const committee = encodeFunctionData({ abi: stewardPoolAbi, functionName: "setCommittee", args: [[ANNA], 1] });
    expect(say(call(POOL, committee))).toBe(
      "Make Anna (0x90F7…b906) the committee of “Hurtigpuljen 2026” (0x1111…1111), 1 of whom must approve a grant (grants waiting now must be proposed again)",
    );
    expect(say(call(POOL, encodeFunctionData({ abi: stewardPoolAbi, functionName: "close" })))).toBe(
      "Close “Hurtigpuljen 2026” (0x1111…1111) and free what is still reserved for it in the treasury (no money moves)",
    );
    const grant = encodeFunctionData({
      abi: milestoneGrantsAbi,
      functionName: "createGrant",
      args: [
        BACH,
        DKKT,
        [40_000_000_000n, 80_000_000_000n],
        [`0x${"01".repeat(32)}`, `0x${"02".repeat(32)}`],
        `0x${"03".repeat(32)}`,
      ],
    });
    const action = call(fund.contracts.milestoneGrants!, grant);
    expect(say(action)).toBe(
      "Create the milestone grant “text 0x03030303…” paying DKK 120,000 to Tømrerfirmaet Bach ApS (0x553B…7931) in parts: 1. text 0x01010101… (DKK 40,000); 2. text 0x02020202… (DKK 80,000)",
    );
    expect(payeesOf([action])).toEqual([BACH]);
    const cancel = encodeFunctionData({ abi: milestoneGrantsAbi, functionName: "cancelRest", args: [3n] });
    expect(say(call(fund.contracts.milestoneGrants!, cancel))).toBe(
      "Cancel what is not yet paid of milestone grant #3; it is no longer reserved",
    );
    const rule = encodeFunctionData({ abi: payeeRegistryAbi, functionName: "setVerificationRequired", args: [true] });
    expect(say(call(fund.contracts.payeeRegistry!, rule))).toBe("Require a verified payee for every payment");
    const escrow = encodeFunctionData({ abi: payeeRegistryAbi, functionName: "setFundAccount", args: [POOL, true] });
    expect(say(call(fund.contracts.payeeRegistry!, escrow))).toBe(
      "Mark 0x1111…1111 as the fund's own account, paid without a verification",
    );
  });
});

describe("the fee fund's rules in words", () => {
  const paymaster = FUND!.contracts.paymaster!;
  const round = "0x1111111111111111111111111111111111111111" as const;
  const call = (data: `0x${string}`): DecodedAction => ({
    kind: "call",
    target: paymaster,
    contract: null,
    functionName: null,
    value: 0n,
    data,
  });
  const selector = (name: (typeof ROUND_MEMBER_ACTIONS)[number]) =>
    toFunctionSelector(getAbiItem({ abi: budgetRoundAbi, name }));

  it("says a round's opening lets the fee fund pay for its ballots and ideas, and other rules plainly", () => {
    const sponsorRound = encodeFunctionData({
      abi: fundPaymasterAbi,
      functionName: "setAllowedActions",
      args: [ROUND_MEMBER_ACTIONS.map(() => round), ROUND_MEMBER_ACTIONS.map(selector), true],
    });
    expect(describeAction(call(sponsorRound), i18n("en"), assets)).toBe(
      "Let the fee fund pay for members' ballots and ideas in the budget round 0x1111…1111",
    );
    const stopOne = encodeFunctionData({
      abi: fundPaymasterAbi,
      functionName: "setAllowedActions",
      args: [[round], [selector("castBallot")], false],
    });
    expect(describeAction(call(stopOne), i18n("en"), assets)).toBe(
      "Stop the fee fund paying for 1 kind of members' actions on 0x1111…1111",
    );
    const budget = encodeFunctionData({ abi: fundPaymasterAbi, functionName: "setGasBudget", args: [5_000_000n] });
    expect(describeAction(call(budget), i18n("en"), assets)).toBe(
      "Let each member use up to 5000000 gas of the fee fund per period",
    );
    const feeCap = encodeFunctionData({
      abi: fundPaymasterAbi,
      functionName: "setMaxFeePerGas",
      args: [12_500_000_000n],
    });
    expect(describeAction(call(feeCap), i18n("en"), assets)).toBe(
      "Let the fee fund pay at most 12.5 gwei per unit of gas: members' actions wait while the network's fee is higher",
    );
    expect(describeAction(call(feeCap), i18n("sv", sv), assets)).toBe(
      "Låt avgiftskassan betala högst 12,5 gwei per gasenhet: medlemmarnas handlingar får vänta medan nätverkets avgift är högre",
    );
    expect(describeAction(call(feeCap), i18n("da", da), assets)).toBe(
      "Lad gebyrkassen betale højst 12,5 gwei pr. gasenhed: medlemmernes handlinger må vente, mens netværkets gebyr er højere",
    );
    expect(describeAction(call(feeCap), i18n("nb", nb), assets)).toBe(
      "La gebyrkassen betale høyst 12,5 gwei per gassenhet: medlemmenes handlinger må vente mens nettverkets gebyr er høyere",
    );
    const withdraw = encodeFunctionData({
      abi: fundPaymasterAbi,
      functionName: "withdraw",
      args: [CLUB, 1_500_000_000_000_000_000n],
    });
    expect(describeAction(call(withdraw), i18n("en"), assets)).toBe(
      "Take 1.5 ETH out of the fee fund and send it to Skovlunde Ungdomsklub (0x8626…1199)",
    );
  });
});
