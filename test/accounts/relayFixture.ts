import { ethers } from "hardhat";
import { concat, toBeHex, ZeroHash, type TransactionReceipt } from "ethers";
import type { Address, Hex } from "viem";
import type { MemberAction, SignedAction } from "../../sdk/accounts/signedActions";
import { relayCallData, relayNonceKey } from "../../sdk/accounts/signatureRelay";
import type { BudgetRound } from "../../typechain-types";
import { ROUND_MEMBER_ACTIONS } from "../../sdk/proposals/sponsorship";
import { ReviewReason } from "../helpers/codes";
import { ProposalDriver } from "../helpers/governance";
import { text } from "../helpers/texts";
import { memberActionTypedData, signTypedDataAs } from "../helpers/typedData";
import { openRound, toPhase } from "../rounds/roundFixture";
import {
  asTimelock,
  currentWindow,
  FEES,
  LIMITS,
  pack,
  packFees,
  sponsoredFund,
  type Fees,
  type SponsoredFund,
} from "./accountsFixture";

/** A fund with a proposal open for votes; voters[5] is the member whose wallet holds 0 ETH. */
export async function relayFund() {
  const f = await sponsoredFund();
  await f.fund.treasury.deposit(ZeroHash, { value: 1n });
  // Proposed by voters[7], so voters[0] can still open a round (one live proposal per proposer).
  const p = await ProposalDriver.openForVotes(f.fund, f.voters[7], f.recipient.address);
  const member = f.voters[5];
  await ethers.provider.send("hardhat_setBalance", [member.address, "0x0"]);
  const governor = (await f.fund.governor.getAddress()) as Address;
  const vote = (support = 1, voter = member.address) =>
    ({ kind: "vote", governor, voter: voter as Address, proposalId: p.id, support }) as const;
  return { f, p, member, governor, vote };
}

/**
 * A budget round in its voting phase with one feasible idea (id 1) in district 1, the district
 * of voters[5] (relayFund's member).
 */
export async function roundInVoting(f: SponsoredFund) {
  const r = await openRound(f);
  await r.round.connect(f.voters[1]).submitIdea(1, 10_000_000_000n, text("A bench, described"));
  await toPhase(r.round, "review");
  await r.round
    .connect(r.reviewer)
    .reviewIdea(1, true, 10_000_000_000n, f.recipient.address, ReviewReason.Feasible, text("ok"));
  await toPhase(r.round, "voting");
  return r;
}

/** The members let the paymaster sponsor `round`'s member actions (as the round proposal does). */
export async function allowRoundActions(f: SponsoredFund, round: BudgetRound) {
  const address = await round.getAddress();
  const selectors = ROUND_MEMBER_ACTIONS.map((name) => round.interface.getFunction(name)!.selector);
  await f.paymaster.connect(await asTimelock(f)).setAllowedActions(
    selectors.map(() => address),
    selectors,
    true,
  );
}

/** The paymaster's `Sponsored` event of a one-operation bundle. */
export function sponsoredEvent(f: SponsoredFund, receipt: TransactionReceipt | null) {
  return receipt!.logs.map((l) => f.paymaster.interface.parseLog(l)).find((l) => l?.name === "Sponsored")!.args;
}

/**
 * `action` signed by `by`'s wallet (the node's eth_signTypedData_v4, as an extension signs), with
 * the typed data the SDK builds from the chain. `by` defaults to the action's own signer.
 */
export async function signAction<A extends MemberAction>(action: A, by?: string): Promise<A & SignedAction> {
  const signer = (by ?? (action.kind === "delegation" ? action.signer : action.voter)) as Address;
  const { typedData, nonce } = await memberActionTypedData(action);
  const signature = await signTypedDataAs(signer, typedData);
  return { ...action, signature, nonce } as A & SignedAction;
}

/**
 * A relayed user operation for a signed action, as the SDK's relay account builds it, with the
 * tests' gas limits: sender the relay, nonce key the signer (or `key`), no signature of its own.
 * Its fees are whatever the submitter writes (FEES unless `fees`): the member signed only the action.
 */
export async function relayOp(
  f: SponsoredFund,
  action: SignedAction,
  options: { key?: bigint; callData?: string; window?: bigint; fees?: Fees } = {},
) {
  const relay = await f.relay.getAddress();
  const signer = action.kind === "delegation" ? action.signer : action.voter;
  const key = options.key ?? relayNonceKey(signer);
  return {
    sender: relay,
    nonce: (await f.entryPoint.getNonce(relay, key)) as bigint,
    initCode: "0x",
    callData: options.callData ?? relayCallData(action),
    accountGasLimits: pack(LIMITS.verificationGasLimit, LIMITS.callGasLimit),
    preVerificationGas: LIMITS.preVerificationGas,
    gasFees: packFees(options.fees ?? FEES),
    paymasterAndData: concat([
      await f.paymaster.getAddress(),
      toBeHex(LIMITS.paymasterVerificationGasLimit, 16),
      toBeHex(LIMITS.paymasterPostOpGasLimit, 16),
      toBeHex(options.window ?? (await currentWindow(f)), 6),
    ]),
    signature: "0x" as Hex,
  };
}
