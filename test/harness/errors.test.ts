import { expect } from "chai";
import hre from "hardhat";
import { encodeErrorResult, pad, parseUnits, type Hex } from "viem";
import { explainError, type ErrorContext } from "../../harness/errors";
import { ABIS } from "../../sdk/contracts/kinds";
import { FUND_ERRORS_ABI } from "../../sdk/errors/decode";
import { roleHash } from "../../sdk/model/roles";
import { amountsIn, plainErrors } from "../../tasks/context";

const ANNA = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const ANNA_SHORT = "0x90F7…b906";
const DKKT = "0xA51c1fc2f0D1a1b8494Ed1FE312d7C3a78Ed91C0";
const ETH = "0x0000000000000000000000000000000000000000";
const FUND: ErrorContext = {
  assets: [{ address: DKKT, symbol: "DKKT", decimals: 6 }],
  mainAsset: DKKT,
  districts: ["Skovlunde", "Måløv", "Ballerup Nord", "Ballerup Syd"],
};
const revert = (errorName: string, args: readonly unknown[] = []): { data: Hex } => ({
  data: encodeErrorResult({ abi: FUND_ERRORS_ABI, errorName, args } as never),
});

describe("harness: errors", () => {
  it("decodes a custom error from revert data nested in a provider error", () => {
    const data = encodeErrorResult({
      abi: ABIS.governor,
      errorName: "GovernorProposerHasLiveProposal",
      args: [ANNA, 3n],
    });
    expect(explainError({ message: "execution reverted", info: { error: { data } } })).to.equal(
      `${ANNA_SHORT} already has proposal #3 pending or open for votes: wait until it is decided before proposing again.`,
    );
  });

  it("reads Hardhat's decoded message, including the proposal states a step needs", () => {
    const error = new Error(
      "VM Exception while processing transaction: reverted with custom error 'GovernorUnexpectedProposalState(4, 3, \"0x0000000000000000000000000000000000000000000000000000000000000030\")'",
    );
    expect(explainError(error)).to.equal("Proposal #4 has the status Defeated; this step needs Succeeded or Queued.");
  });

  it("gives amounts in whole units with their symbol, never in smallest units", () => {
    const short = revert("TreasuryInsufficientBalance", [DKKT, parseUnits("722000", 6), parseUnits("1000000", 6)]);
    expect(explainError(short, FUND)).to.equal(
      "The treasury has 722,000 DKKT free (not reserved for pools or milestone grants), less than the 1,000,000 DKKT asked for: it can pay once enough has been deposited.",
    );
    expect(explainError(revert("StewardPoolOverCap", [parseUnits("8000", 6), parseUnits("7500", 6)]), FUND)).to.equal(
      "8,000 DKKT is more than the pool's cap of 7,500 DKKT per grant: ask for less, or propose it to all members.",
    );
    // ETH is always known; an amount whose asset the error does not name stays a plain number without a fund.
    expect(
      explainError(revert("TreasuryInsufficientBalance", [ETH, parseUnits("1.25", 18), 2n * 10n ** 18n])),
    ).to.equal(
      "The treasury has 1.25 ETH free (not reserved for pools or milestone grants), less than the 2 ETH asked for: it can pay once enough has been deposited.",
    );
  });

  it("writes a fee per gas in gwei, as fees are quoted", () => {
    expect(explainError(revert("PaymasterFeeTooHigh", [1_000_000_000_000n, 12_500_000_000n]))).to.equal(
      "The network's fee is 1,000 gwei per unit of gas right now, more than the fund pays (at most 12.5 gwei): try again later, when the network is less busy.",
    );
  });

  it("names districts and roles, and writes times in UTC", () => {
    expect(explainError(revert("BudgetRoundNotYourDistrict", [ANNA, 0, 1]), FUND)).to.equal(
      `${ANNA_SHORT} lives in Skovlunde and may send ideas only there, not to Måløv.`,
    );
    expect(
      explainError(revert("AccessControlUnauthorizedAccount", [ANNA.toLowerCase(), roleHash("REGISTRAR_ROLE")]), FUND),
    ).to.equal(
      `Only a registrar may do this, not ${ANNA_SHORT}: use an account with that role, or ask the members to grant it by a proposal.`,
    );
    expect(explainError(revert("AccessControlUnauthorizedAccount", [ANNA, pad("0x00")]))).to.equal(
      `Only the fund's governance (the timelock) may do this, not ${ANNA_SHORT}: use an account with that role, or ask the members to grant it by a proposal.`,
    );
    expect(explainError(revert("StewardPoolExpired", [1_767_225_600]))).to.equal(
      "The pool's mandate ended on 2026-01-01T00:00:00Z: it pays nothing more; anyone may close it to free what is left for the treasury.",
    );
  });

  it("names an error it has no sentence for, and passes other errors through", () => {
    expect(explainError(revert("GovernorInvalidVoteParams"))).to.equal(
      "The contract refused this (GovernorInvalidVoteParams).",
    );
    expect(explainError(new Error("connection refused"))).to.equal("connection refused");
    expect(explainError("plain")).to.equal("plain");
    expect(explainError({ message: "execution reverted", data: "0xdeadbeef" })).to.equal(
      "The contract refused this (error 0xdeadbeef).",
    );
    expect(
      explainError(Object.assign(new Error("could not decode result data"), { code: "BAD_DATA", value: "0x" })),
    ).to.equal(
      "No contract answered at the fund's address: the deployments file does not match this network (was the local chain restarted?); deploy again with npx hardhat deploy.",
    );
  });

  it("writes a token the error names by its symbol, and an ETH shortfall of the sender in ETH", () => {
    expect(explainError(revert("SafeERC20FailedOperation", [DKKT]), FUND)).to.equal(
      "The token DKKT (0xA51c…91C0) did not make the transfer: the sender may hold too little of it, or the token may not follow the ERC-20 standard the fund needs.",
    );
    // Hardhat's own words give both amounts in wei.
    const poor = new Error(
      "Sender doesn't have enough funds to send tx. The max upfront cost is: 1000042000000000000 and the sender's balance is: 250000000000000000.",
    );
    expect(explainError(poor)).to.equal(
      "The sending account has 0.25 ETH, less than the 1.000042 ETH this transaction and its fee need: send it ETH, or send from another account (--from).",
    );
  });

  it("says in one sentence what a reason string, a panic, an unreachable node or a missing file mean", () => {
    expect(
      explainError(new Error("VM Exception while processing transaction: reverted with reason string 'nope'")),
    ).to.equal("The contract refused this (nope).");
    expect(
      explainError(
        new Error(
          "VM Exception while processing transaction: reverted with panic code 0x11 (Arithmetic operation overflowed outside of an unchecked block)",
        ),
      ),
    ).to.equal("The contract refused this (Arithmetic operation overflowed outside of an unchecked block).");
    expect(explainError(new Error("Transaction reverted without a reason string"))).to.equal(
      "The contract refused this (without giving a reason).",
    );
    const down = new Error(
      "Cannot connect to the network localhost.\nPlease make sure your node is running, and check your internet connection and networking config",
    );
    expect(explainError(down)).to.equal(
      "No node answers on the network localhost: start it (npm start runs one on localhost), or check its address (LOCAL_RPC_URL, RPC_URL).",
    );
    const missing = Object.assign(new Error("ENOENT: no such file or directory, open 'round.json'"), {
      code: "ENOENT",
      path: "round.json",
    });
    expect(explainError(missing)).to.equal("There is no file round.json: check its name and folder.");
    // ethers' message without its (argument=…, code=…, version=…) details.
    const invalid = Object.assign(new Error('invalid address (argument="address", value="x", code=INVALID_ARGUMENT)'), {
      code: "INVALID_ARGUMENT",
      shortMessage: "invalid address",
    });
    expect(explainError(invalid)).to.equal("invalid address");
  });

  it("fails a task with the sentence alone, the original error not attached", async () => {
    const failing = plainErrors(async () => {
      throw Object.assign(new Error("execution reverted"), revert("MembershipAlreadyMember", [ANNA]));
    });
    const failure = await failing({}, hre).then(
      () => null,
      (error: Error & { parent?: unknown }) => error,
    );
    expect(failure?.message).to.equal(`${ANNA_SHORT} is already a member.`);
    expect(failure?.parent).to.equal(undefined);
  });

  it("writes the amounts a contract does not name in the asset the task said it works in", async () => {
    // A pool paying in ETH: its cap and the amount asked for are in wei, not in the fund's krone.
    const failing = plainErrors(async () => {
      amountsIn(ETH);
      throw revert("StewardPoolOverCap", [parseUnits("8", 18), parseUnits("7.5", 18)]);
    });
    const failure = await failing({}, hre).then(
      () => null,
      (error: Error) => error,
    );
    expect(failure?.message).to.equal(
      "8 ETH is more than the pool's cap of 7.5 ETH per grant: ask for less, or propose it to all members.",
    );
  });
});
