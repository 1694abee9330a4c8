import { describe, expect, it } from "vitest";
import type { Address } from "viem";
import { decodeAction } from "@sdk/history/actions";
import { grantActions } from "@sdk/proposals/governance";
import { roundOpeningActions, type RoundParams } from "@sdk/proposals/rounds";
import type { ProposalActions } from "@sdk/proposals/actions";
import { FUND } from "../config/deployment";
import { executeBlock } from "./executeBlock";

const fund = FUND!;
const DKKT = fund.assets.find((a) => a.symbol === "DKKT")!.address;
const SYD: Address = "0x08135Da0A343E492FA2d4282F2AE34c6c5CC1BbE"; // Ballerup Syd Legepladsforening
const CLUB: Address = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199"; // Skovlunde Ungdomsklub
const decoded = (actions: ProposalActions) =>
  actions.targets.map((t, i) => decodeAction(t, actions.values[i], actions.calldatas[i], fund.contracts));
const grant = (to: Address) =>
  decoded(grantActions(fund.contracts.treasury, { asset: DKKT, recipient: to, amount: 1n }, "x"));
const verified = new Set([CLUB.toLowerCase()]);
/** The registry's answer with verification required: only Skovlunde Ungdomsklub may be paid. */
const required = (payee: Address) => verified.has(payee.toLowerCase());
const short = { asset: DKKT, needed: 60_000_000_000n, available: 50_000_000_000n };

describe("what stands in the way of carrying out a ready proposal", () => {
  it("a payee the registry will refuse comes first: it cannot be mended by a deposit", () => {
    expect(executeBlock(grant(SYD), [short], required)).toEqual({ kind: "payee", payee: SYD });
  });

  it("then the first asset the treasury has too little of", () => {
    expect(executeBlock(grant(CLUB), [short], required)).toEqual({ kind: "treasury", shortfall: short });
  });

  it("nothing when both may be paid, or while the registry's answer or the treasury's is still unknown", () => {
    expect(executeBlock(grant(CLUB), [], required)).toBe(null);
    expect(executeBlock(grant(SYD), undefined, () => undefined)).toBe(null);
  });

  it("a round's escrow is not asked about: its opening proposal first marks it as the fund's own account", () => {
    const params: RoundParams = {
      asset: DKKT,
      districts: [0],
      budgets: [1n],
      ideasEnd: 2_000_000_000,
      reviewEnd: 2_000_172_800,
      votingEnd: 2_000_432_000,
      challengeDelay: 86_400,
      payoutWindow: 7_776_000,
      minPicks: 1,
      maxPicks: 1,
      maxIdeasPerDistrict: 8,
      maxIdeasPerMember: 8,
      minApprovals: 1,
      anyMemberMaySubmit: false,
      reviewers: [CLUB],
      guardian: CLUB,
      rule: CLUB,
    };
    const contracts = {
      treasury: fund.contracts.treasury,
      roundFactory: fund.contracts.roundFactory!,
      roundImplementation: fund.contracts.roundImplementation!,
      payeeRegistry: fund.contracts.payeeRegistry,
    };
    const opening = roundOpeningActions(contracts, params, "Runde", { verifiedPayeesRequired: true });
    expect(decoded(opening.actions).map((a) => a.kind)).toEqual(["call", "pay", "openRound"]);
    expect(executeBlock(decoded(opening.actions), [], required)).toBe(null);
    // Without that mark, the escrow is a payee like any other.
    const unmarked = roundOpeningActions(contracts, params, "Runde", { verifiedPayeesRequired: false });
    expect(executeBlock(decoded(unmarked.actions), [], required)).toEqual({ kind: "payee", payee: unmarked.round });
  });
});
