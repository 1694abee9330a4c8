import { describe, expect, it } from "vitest";
import {
  BaseError,
  ContractFunctionRevertedError,
  HttpRequestError,
  InsufficientFundsError,
  UserRejectedRequestError,
  encodeErrorResult,
  pad,
  parseUnits,
  type Abi,
} from "viem";
import { ABIS } from "@sdk/contracts/kinds";
import { roleHash } from "@sdk/model/roles";
import type { Locale } from "../i18n/format";
import { makeI18n } from "../i18n/makeI18n";
import { da } from "../i18n/messages/da";
import { en } from "../i18n/messages/en";
import { FUND } from "../config/deployment";
import { explainError, NoWalletError, WrongNetworkError, type AssetUnits } from "./explainError";
import { RevertedOnChainError } from "./whyReverted";

// The demo's token: the budget rounds and pools the refusals name are paid in it.
const DKKT = FUND!.assets.find((a) => a.symbol === "DKKT")!.address;
const ETH = "0x0000000000000000000000000000000000000000";
const ANNA = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const SKOVLUNDE_UNGDOMSKLUB = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199";
const TREASURY_ASSETS: AssetUnits[] = [
  { address: ETH, symbol: "ETH", decimals: 18 },
  { address: DKKT, symbol: "DKKT", decimals: 6 },
];
const LANGUAGES = { en, da } as const;

const explainIn = (locale: keyof typeof LANGUAGES) => (error: unknown) =>
  explainError(error, makeI18n(locale as Locale, LANGUAGES[locale]), 31337, TREASURY_ASSETS);
const explain = explainIn("en");

/**
 * A failed simulation as viem reports it: `abi` is the called contract's, `raisedBy` the one
 * whose error comes back (another contract's, when the revert is bubbled up from inside).
 */
function reverted(
  abi: Abi,
  errorName: string,
  args: readonly unknown[] = [],
  { raisedBy = abi, functionName = "castVote" }: { raisedBy?: Abi; functionName?: string } = {},
) {
  const data = encodeErrorResult({ abi: raisedBy, errorName, args } as Parameters<typeof encodeErrorResult>[0]);
  return new BaseError("The contract function reverted.", {
    cause: new ContractFunctionRevertedError({ abi, data, functionName }),
  });
}

describe("error sentences", () => {
  it("explains a budget round's refusals with the phase, status, district and amounts in words", () => {
    expect(explain(reverted(ABIS.round, "BudgetRoundWrongPhase", [2, 3]))).toBe(
      "The round is in its “Counting” phase; this step belongs to the “Voting” phase.",
    );
    expect(explain(reverted(ABIS.round, "BudgetRoundIdeaStatus", [4n, 3, 4]))).toBe(
      "Idea #4 has the status “Not feasible”; this step needs “Feasible”.",
    );
    expect(explain(reverted(ABIS.round, "BudgetRoundPickCount", [0n, 1, 5]))).toBe(
      "Pick from 1 to 5 ideas; this ballot picks 0.",
    );
    expect(explain(reverted(ABIS.round, "BudgetRoundTooManyIdeas", [1, 16]))).toBe(
      "Måløv already has as many ideas as the round allows (16).",
    );
    expect(
      explain(reverted(ABIS.round, "BudgetRoundOverBudget", [parseUnits("300000", 6), parseUnits("250000", 6)])),
    ).toBe(
      "The picked ideas cost DKK\u00a0300,000, more than the district's budget of DKK\u00a0250,000: remove an idea.",
    );
  });

  it("explains the contracts' custom errors by name, with their facts", () => {
    expect(explain(reverted(ABIS.governor, "GovernorAlreadyCastVote", [ANNA]))).toBe(
      "Anna (0x90F7…b906) has already voted on this proposal; a vote cannot be changed.",
    );
    expect(explain(reverted(ABIS.governor, "GovernorProposerHasLiveProposal", [ANNA, 7n]))).toBe(
      "Anna (0x90F7…b906) already has proposal #7 pending or open for votes: wait until it is decided before proposing again.",
    );
    expect(explain(reverted(ABIS.governor, "GovernorUnexpectedProposalState", [3n, 3, pad("0x30")]))).toBe(
      "Proposal #3 has the status “Defeated”; this step needs “Passed” or “Waiting period”.",
    );
    expect(explain(reverted(ABIS.governor, "GovernorInsufficientProposerVotes", [ANNA, 0n, 1n]))).toBe(
      "Proposing needs 1 vote(s), and Anna (0x90F7…b906) has 0.",
    );
    expect(
      explain(reverted(ABIS.membership, "AccessControlUnauthorizedAccount", [ANNA, roleHash("REGISTRAR_ROLE")])),
    ).toBe(
      "Only a registrar may do this, not Anna (0x90F7…b906): use an account with that role, or ask the members to grant it by a proposal.",
    );
  });

  it("names an error it has no sentence for", () => {
    expect(explain(reverted(ABIS.governor, "GovernorDisabledDeposit"))).toBe(
      "The contract refused this (GovernorDisabledDeposit).",
    );
  });

  describe("names an error raised inside another contract, in the visitor's language", () => {
    // The governor's execute runs the timelock, which calls the treasury; OpenZeppelin passes the
    // treasury's revert up unchanged, and the governor's ABI cannot decode it.
    const treasuryShort = reverted(
      ABIS.governor,
      "TreasuryInsufficientBalance",
      [DKKT, parseUnits("722000", 6), parseUnits("1000000", 6)],
      { raisedBy: ABIS.treasury, functionName: "execute" },
    );
    const unverifiedPayee = reverted(ABIS.governor, "PayeeRegistryNotVerified", [SKOVLUNDE_UNGDOMSKLUB], {
      raisedBy: ABIS.payeeRegistry,
      functionName: "execute",
    });

    it("in English", () => {
      expect(explain(treasuryShort)).toBe(
        "The treasury has DKK\u00a0722,000 free (not reserved for pools or milestone grants), less than the DKK\u00a01,000,000 asked for: it can pay once enough has been deposited.",
      );
      expect(explain(unverifiedPayee)).toBe(
        "Skovlunde Ungdomsklub (0x8626…1199) is not a verified payee, and this fund pays only verified payees: ask a verifier to check it in the business register first.",
      );
    });

    it("in Danish", () => {
      expect(explainIn("da")(treasuryShort)).toBe(
        "Kassen har 722.000\u00a0kr. frit (ikke reserveret til puljer eller milepælstilskud), mindre end de 1.000.000\u00a0kr., der bedes om: den kan betale, når der er indbetalt nok.",
      );
      expect(explainIn("da")(unverifiedPayee)).toBe(
        "Skovlunde Ungdomsklub (0x8626…1199) er ikke en verificeret modtager, og denne pulje betaler kun verificerede modtagere: bed en verifikator om at tjekke den i virksomhedsregistret først.",
      );
    });

    it("and a revert that is no error of the fund by its selector, not as a cut-off English message", () => {
      const data = "0x12345678";
      const error = new BaseError("The contract function reverted.", {
        cause: new ContractFunctionRevertedError({ abi: ABIS.governor, data, functionName: "execute" }),
      });
      expect(explainIn("da")(error)).toBe("Kontrakten afviste dette (0x12345678).");
    });
  });

  it("explains wallet and network failures with what to do", () => {
    expect(explain(new NoWalletError())).toBe("You are not logged in. Log in first.");
    expect(explain(new WrongNetworkError(31337))).toBe(
      "Your wallet app is on another network. Switch to the local demo network and try again.",
    );
    expect(explain(new UserRejectedRequestError(new Error("User denied")))).toBe(
      "You said no in your wallet app. Nothing was sent; try again when you are ready.",
    );
    expect(explain({ code: 4001, message: "User rejected the request." })).toContain("You said no in your wallet app");
    expect(explain(new BaseError("x", { cause: new InsufficientFundsError() }))).toBe(
      "Your account has too little ETH, the network's own currency, to pay the fee. Add some ETH and try again.",
    );
    expect(explain(new HttpRequestError({ url: "http://127.0.0.1:8545" }))).toBe(
      "The network cannot be reached right now. Check that you are online and try again.",
    );
    expect(explain(new TypeError("Failed to fetch"))).toBe(
      "The network cannot be reached right now. Check that you are online and try again.",
    );
    expect(explain(new Error("Connector not connected."))).toBe("You are not logged in. Log in first.");
  });

  it("explains the stewards' refusals with the payee, grant, milestone and amounts in words", () => {
    expect(explain(reverted(ABIS.payeeRegistry, "PayeeRegistryNotVerified", [SKOVLUNDE_UNGDOMSKLUB]))).toBe(
      "Skovlunde Ungdomsklub (0x8626…1199) is not a verified payee, and this fund pays only verified payees: ask a verifier to check it in the business register first.",
    );
    expect(explain(reverted(ABIS.pool, "StewardPoolGrantNotPending", [3n, 2]))).toBe(
      "Grant #3 has the status “Paid”; only a grant waiting for approval can be approved or withdrawn.",
    );
    expect(explain(reverted(ABIS.milestoneGrants, "MilestoneGrantsWrongStatus", [1n, 2, 1, 3]))).toBe(
      "Milestone 3 of grant #1 has the status “Paid”; this step needs “Planned”.",
    );
    expect(explain(reverted(ABIS.pool, "StewardPoolAlreadyApproved", [3n, SKOVLUNDE_UNGDOMSKLUB]))).toBe(
      "Skovlunde Ungdomsklub (0x8626…1199) has already approved grant #3; another committee member must approve it.",
    );
    expect(explain(reverted(ABIS.pool, "StewardPoolOverCap", [parseUnits("8000", 6), parseUnits("7500", 6)]))).toBe(
      "DKK\u00a08,000 is more than the pool's cap of DKK\u00a07,500 per grant: ask for less, or propose it to all members.",
    );
  });

  it("says a transaction refused after it was sent, when no error of the fund could be found for it", () => {
    const error = new RevertedOnChainError(`0x${"ab".repeat(32)}`);
    expect(explainIn("da")(error)).toBe(
      "Kontrakterne afviste den, efter den var sendt, fordi noget havde ændret sig i mellemtiden: den ændrede intet, men gebyret blev betalt. Se siden igen, før du prøver igen.",
    );
  });

  it("keeps an unknown failure's first line", () => {
    expect(explain(new Error("Something odd\nstack…"))).toBe("Something went wrong: Something odd");
  });
});
