import {
  BaseError,
  ContractFunctionRevertedError,
  HttpRequestError,
  InsufficientFundsError,
  UserRejectedRequestError,
} from "viem";
import { en, type MessageKey } from "../i18n/messages/en";
import type { Vars } from "../i18n/translate";
import { PROPOSAL_STATES } from "../governance/states";
import { IDEA_STATUSES, ROUND_PHASES } from "@sdk/model/rounds";
import { MILESTONE_STATUSES, POOL_GRANT_STATUSES } from "../stewards/stewardModel";
import { addressLabel } from "../ui/AddressText";

type Translate = (key: MessageKey, vars?: Vars) => string;

/** Raised by the dApp itself before it asks a wallet for anything. */
export class NoWalletError extends Error {
  constructor() {
    super("No wallet connected");
    this.name = "NoWalletError";
  }
}

export class WrongNetworkError extends Error {
  constructor(readonly expected: number) {
    super(`Wallet on the wrong network; expected ${expected}`);
    this.name = "WrongNetworkError";
  }
}

function hasCode(error: unknown, code: number): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 8; depth++) {
    if ((e as { code?: unknown }).code === code) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** A payee as the sentence names it: its known name and short address. */
const payeeName = (address: unknown) => addressLabel(String(address));

/** Named arguments of the errors whose sentence uses them. */
const CONTRACT_ERROR_VARS = {
  GovernorUnexpectedProposalState: (args: readonly unknown[], t: Translate): Vars => ({
    state: t(`state.${PROPOSAL_STATES[Number(args[1])] ?? "Pending"}`).toLowerCase(),
  }),
  GovernorInsufficientProposerVotes: (args: readonly unknown[]): Vars => ({
    votes: String(args[1]),
    threshold: String(args[2]),
  }),
  GovernorProposerHasLiveProposal: (args: readonly unknown[]): Vars => ({ id: String(args[1]) }),
  BudgetRoundWrongPhase: (args: readonly unknown[], t: Translate): Vars => ({
    expected: t(`round.phase.${ROUND_PHASES[Number(args[0])] ?? "Ideas"}`),
    actual: t(`round.phase.${ROUND_PHASES[Number(args[1])] ?? "Ideas"}`),
  }),
  BudgetRoundTooManyIdeas: (args: readonly unknown[]): Vars => ({ max: String(args[1]) }),
  BudgetRoundIdeaStatus: (args: readonly unknown[], t: Translate): Vars => ({
    id: String(args[0]),
    status: t(`idea.status.${IDEA_STATUSES[Number(args[2])] ?? "None"}`).toLowerCase(),
  }),
  BudgetRoundPickCount: (args: readonly unknown[]): Vars => ({ min: String(args[1]), max: String(args[2]) }),
  StewardPoolGrantNotPending: (args: readonly unknown[], t: Translate): Vars => ({
    id: String(args[0]),
    status: t(`pool.status.${POOL_GRANT_STATUSES[Number(args[1])] ?? "None"}`).toLowerCase(),
  }),
  MilestoneGrantsWrongStatus: (args: readonly unknown[], t: Translate): Vars => ({
    actual: t(`milestone.status.${MILESTONE_STATUSES[Number(args[3])] ?? "None"}`).toLowerCase(),
  }),
  PayeeRegistryNotVerified: (args: readonly unknown[]): Vars => ({ payee: payeeName(args[0]) }),
  PayeeRegistryAttestationExpired: (args: readonly unknown[]): Vars => ({ payee: payeeName(args[0]) }),
  PayeeRegistryAttestationRevoked: (args: readonly unknown[]): Vars => ({ payee: payeeName(args[0]) }),
} as const;

/**
 * One sentence in the visitor's language for any failure: no wallet, wrong network, a rejected
 * signature, too little ETH for the fee, an unreachable network, and every custom error of the
 * fund's contracts by its name.
 */
export function explainError(error: unknown, t: Translate, expectedChainId: number): string {
  if (error instanceof NoWalletError) return t("errors.noWallet");
  if (error instanceof WrongNetworkError) return t("errors.wrongNetwork", { expected: error.expected });
  if (error instanceof BaseError) {
    const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError);
    if (reverted instanceof ContractFunctionRevertedError && reverted.data?.errorName) {
      const name = reverted.data.errorName;
      const args = reverted.data.args ?? [];
      const key = `errors.contract.${name}`;
      if (key in en) {
        const vars =
          name in CONTRACT_ERROR_VARS ? CONTRACT_ERROR_VARS[name as keyof typeof CONTRACT_ERROR_VARS](args, t) : {};
        return t(key as MessageKey, vars);
      }
      return t("errors.contract.unknown", { name });
    }
    if (error.walk((e) => e instanceof UserRejectedRequestError)) return t("errors.rejected");
    if (error.walk((e) => e instanceof InsufficientFundsError)) return t("errors.insufficientFunds");
    if (error.name === "ChainMismatchError") return t("errors.wrongNetwork", { expected: expectedChainId });
    if (error.walk((e) => e instanceof HttpRequestError)) return t("errors.rpcUnreachable");
  }
  if (hasCode(error, 4001)) return t("errors.rejected");
  const message = error instanceof Error ? error.message : String(error);
  if (/ConnectorNotConnected|not connected/i.test(message)) return t("errors.noWallet");
  if (/insufficient funds/i.test(message)) return t("errors.insufficientFunds");
  if (/failed to fetch|fetch failed|networkerror|load failed/i.test(message)) return t("errors.rpcUnreachable");
  return t("errors.unknown", { message: message.split("\n")[0].slice(0, 200) });
}
