import { describe, expect, it } from "vitest";
import {
  BaseError,
  ContractFunctionRevertedError,
  HttpRequestError,
  InsufficientFundsError,
  UserRejectedRequestError,
  encodeErrorResult,
} from "viem";
import {
  budgetRoundAbi,
  milestoneGrantsAbi,
  payeeRegistryAbi,
  puljeGovernorAbi,
  stewardPoolAbi,
  treasuryAbi,
} from "@sdk/generated/pulje";
import { en, type MessageKey } from "../i18n/messages/en";
import { translate, type Vars } from "../i18n/translate";
import { explainError, NoWalletError, WrongNetworkError } from "./explainError";

const t = (key: MessageKey, vars?: Vars) => translate(en, key, vars);
const explain = (error: unknown) => explainError(error, t, 31337);

function reverted(
  abi:
    | typeof puljeGovernorAbi
    | typeof treasuryAbi
    | typeof budgetRoundAbi
    | typeof stewardPoolAbi
    | typeof milestoneGrantsAbi
    | typeof payeeRegistryAbi,
  errorName: string,
  args: readonly unknown[],
) {
  const data = encodeErrorResult({ abi, errorName, args } as Parameters<typeof encodeErrorResult>[0]);
  // viem wraps a revert the same way when a simulation fails.
  return new BaseError("The contract function reverted.", {
    cause: new ContractFunctionRevertedError({ abi, data, functionName: "castVote" }),
  });
}

describe("error sentences", () => {
  it("explains a budget round's refusals with the phase and status in words", () => {
    expect(explain(reverted(budgetRoundAbi, "BudgetRoundWrongPhase", [2, 3]))).toBe(
      "The round is in its Counting phase; this belongs to the Voting phase. Reload to see where it is now.",
    );
    expect(explain(reverted(budgetRoundAbi, "BudgetRoundIdeaStatus", [4n, 3, 4]))).toBe(
      "Idea #4 is not feasible now, so this step is not possible.",
    );
    expect(explain(reverted(budgetRoundAbi, "BudgetRoundPickCount", [0n, 1, 5]))).toBe("Pick from 1 to 5 ideas.");
    expect(explain(reverted(budgetRoundAbi, "BudgetRoundTooManyIdeas", [1, 16]))).toBe(
      "This district already has as many ideas as the round allows (16).",
    );
    expect(explain(reverted(budgetRoundAbi, "BudgetRoundOverBudget", [300n, 250n]))).toBe(
      "Your picks cost more than the district's budget. Remove an idea.",
    );
  });

  it("explains the contracts' custom errors by name, with their facts", () => {
    expect(
      explain(reverted(puljeGovernorAbi, "GovernorAlreadyCastVote", ["0x90F79bf6EB2c4f870365E785982E1f101E93b906"])),
    ).toBe("You have already voted on this proposal.");
    expect(
      explain(
        reverted(puljeGovernorAbi, "GovernorProposerHasLiveProposal", [
          "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
          7n,
        ]),
      ),
    ).toBe("You already have proposal #7 open. Wait until it is decided before proposing again.");
    expect(
      explain(
        reverted(puljeGovernorAbi, "GovernorUnexpectedProposalState", [
          3n,
          3,
          "0x0000000000000000000000000000000000000000000000000000000000000002",
        ]),
      ),
    ).toBe("This proposal is defeated now, so this step is not possible.");
    expect(
      explain(
        reverted(puljeGovernorAbi, "GovernorInsufficientProposerVotes", [
          "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
          0n,
          1n,
        ]),
      ),
    ).toBe("You need 1 vote(s) to propose; you have 0.");
    expect(
      explain(
        reverted(treasuryAbi, "TreasuryInsufficientBalance", ["0x0000000000000000000000000000000000000000", 1n, 2n]),
      ),
    ).toBe("The treasury does not hold enough of this asset to pay it.");
  });

  it("names an error it has no sentence for", () => {
    expect(explain(reverted(puljeGovernorAbi, "GovernorDisabledDeposit", []))).toBe(
      "The contract refused this (GovernorDisabledDeposit).",
    );
  });

  it("explains wallet and network failures with what to do", () => {
    expect(explain(new NoWalletError())).toBe("No wallet is connected. Connect a wallet first.");
    expect(explain(new WrongNetworkError(31337))).toBe(
      "Your wallet is on the wrong network. Switch to network 31337 and try again.",
    );
    expect(explain(new UserRejectedRequestError(new Error("User denied")))).toBe(
      "You rejected the request in your wallet. Nothing was sent; try again when you are ready.",
    );
    expect(explain({ code: 4001, message: "User rejected the request." })).toContain("You rejected the request");
    expect(explain(new BaseError("x", { cause: new InsufficientFundsError() }))).toBe(
      "Your account does not have enough ETH to pay the network fee. Add some ETH and try again.",
    );
    expect(explain(new HttpRequestError({ url: "http://127.0.0.1:8545" }))).toBe(
      "The network cannot be reached right now. Check your connection and try again.",
    );
    expect(explain(new TypeError("Failed to fetch"))).toBe(
      "The network cannot be reached right now. Check your connection and try again.",
    );
    expect(explain(new Error("Connector not connected."))).toBe("No wallet is connected. Connect a wallet first.");
  });

  it("has a sentence for every error of the pools, milestone grants and payee registry", () => {
    for (const abi of [stewardPoolAbi, milestoneGrantsAbi, payeeRegistryAbi]) {
      for (const item of abi) {
        if (item.type === "error" && /^(Pool|Milestone|Payee)/.test(item.name))
          expect(`errors.contract.${item.name}` in en, item.name).toBe(true);
      }
    }
  });

  it("explains the stewards' refusals with the payee, grant and milestone in words", () => {
    expect(
      explain(reverted(payeeRegistryAbi, "PayeeRegistryNotVerified", ["0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199"])),
    ).toBe("The fund pays only verified payees, and Skovlunde Ungdomsklub (0x8626…1199) is not verified.");
    expect(explain(reverted(stewardPoolAbi, "StewardPoolGrantNotPending", [3n, 2]))).toBe(
      "Grant #3 is paid, not waiting for approval.",
    );
    expect(explain(reverted(milestoneGrantsAbi, "MilestoneGrantsWrongStatus", [1n, 2, 1, 3]))).toBe(
      "This milestone is paid now, so this step is not possible.",
    );
    expect(
      explain(
        reverted(stewardPoolAbi, "StewardPoolAlreadyApproved", [3n, "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199"]),
      ),
    ).toBe("You have already approved this grant.");
  });

  it("keeps an unknown failure's first line", () => {
    expect(explain(new Error("Something odd\nstack…"))).toBe("Something went wrong: Something odd");
  });
});
