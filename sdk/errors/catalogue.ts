import type { Address } from "viem";
import { PROPOSAL_STATES } from "../model/governance";
import { roleName } from "../model/roles";
import { IDEA_STATUSES, ROUND_PHASES } from "../model/rounds";
import { MILESTONE_STATUSES, POOL_APPLICATION_STATUSES, POOL_GRANT_STATUSES } from "../model/stewards";
import type { FundError } from "./decode";
import type { ErrorMessageKey } from "./messages/en";

/** The enums whose values the sentences name, by the list in sdk/model that orders them. */
export const STATE_LISTS = {
  proposal: PROPOSAL_STATES,
  roundPhase: ROUND_PHASES,
  idea: IDEA_STATUSES,
  poolGrant: POOL_GRANT_STATUSES,
  poolApplication: POOL_APPLICATION_STATUSES,
  milestone: MILESTONE_STATUSES,
} as const;
export type StateKind = keyof typeof STATE_LISTS;

/**
 * How the reader is shown the facts an error carries: the dApp in the visitor's language with
 * the names it knows, the command line with checksummed addresses and UTC times.
 */
export interface ErrorFacts {
  account(address: Address): string;
  /**
   * An amount in whole units with its symbol. `asset` is null when the error does not say which
   * (a round's or a pool's budget): the fund's main asset if the reader knows it, else a number.
   */
  amount(asset: Address | null, value: bigint): string;
  /** Votes: whole members, or tokens in a token-weighted fund. */
  votes(value: bigint): string;
  number(value: bigint): string;
  /** A fee per unit of gas, given in wei, in gwei as fees are quoted: "12.5 gwei". */
  feePerGas(wei: bigint): string;
  time(unixSeconds: bigint): string;
  /** A milestone by the number the reader knows it by (the contract counts from 0). */
  milestone(index: number): string;
  /** A district by name (its index in the fund's list). */
  district(index: number): string;
  /** An enum value by its name in sdk/model ("Defeated", "Tally", "Released"…). */
  state(kind: StateKind, name: string): string;
  /** Alternatives: "Succeeded or Queued". */
  alternatives(items: readonly string[]): string;
}

export type ErrorVars = Readonly<Record<string, string>>;
/** A sentence of the reader's catalogue with its placeholders filled. */
export type ErrorText = (key: ErrorMessageKey, vars?: ErrorVars) => string;

/** The keys that are an error's sentence (not a word, a variant or the fallback). */
export type ErrorName = Exclude<ErrorMessageKey, "unknown" | `${string}.${string}`>;

/** The reader's facts, and the words of the reader's catalogue (roles, registers). */
interface Say extends ErrorFacts {
  word: ErrorText;
}
/** Another sentence of the same error, for a case its own sentence does not fit. */
class Variant {
  constructor(
    readonly key: ErrorMessageKey,
    readonly vars: ErrorVars,
  ) {}
}
type Entry = (args: readonly unknown[], say: Say) => ErrorVars | Variant;

const big = (value: unknown): bigint => BigInt(String(value));
const id = (value: unknown): string => big(value).toString();
const addr = (value: unknown): Address => String(value) as Address;
/** An account (or a token) by the name the reader knows it by. */
const who = (say: Say, value: unknown) => say.account(addr(value));
const amount = (say: Say, value: unknown, asset: unknown = null) =>
  say.amount(asset === null ? null : addr(asset), big(value));
const count = (say: Say, value: unknown) => say.number(big(value));
const time = (say: Say, value: unknown) => say.time(big(value));
const district = (say: Say, value: unknown) => say.district(Number(value));
const milestone = (say: Say, value: unknown) => say.milestone(Number(value));
/** Enum values the reader knows by name; an unknown number stays a number. */
const state = (say: Say, kind: StateKind, value: unknown) => {
  const name = (STATE_LISTS[kind] as readonly string[])[Number(value)];
  return name ? say.state(kind, name) : String(value);
};
/** A governor bitmap of proposal states (bit i = state i), as alternatives. */
const states = (say: Say, bitmap: unknown) =>
  say.alternatives(
    PROPOSAL_STATES.filter((_, i) => (big(bitmap) >> BigInt(i)) & 1n).map((name) => say.state("proposal", name)),
  );
const role = (say: Say, hash: unknown) => {
  const name = roleName(String(hash));
  return name ? say.word(`role.${name}`) : say.word("role.other", { hash: String(hash) });
};

/** For each error the catalogue knows, its arguments as the sentence's named placeholders. */
const CATALOGUE: { readonly [K in ErrorName]: Entry } = {
  GovernorNoVotingPower: ([voter, proposal], say) => ({ account: who(say, voter), proposal: id(proposal) }),
  GovernorAlreadyCastVote: ([voter], say) => ({ account: who(say, voter) }),
  GovernorUnexpectedProposalState: ([proposal, current, expected], say) => {
    const vars = { proposal: id(proposal), state: state(say, "proposal", current) };
    // The governor says "no state would do" when the same actions and text were proposed before.
    if (big(expected) === 0n) return new Variant("GovernorUnexpectedProposalState.exists", vars);
    return { ...vars, expected: states(say, expected) };
  },
  GovernorNonexistentProposal: ([proposal]) => ({ proposal: id(proposal) }),
  GovernorInsufficientProposerVotes: ([proposer, votes, threshold], say) => ({
    account: who(say, proposer),
    votes: say.votes(big(votes)),
    threshold: say.votes(big(threshold)),
  }),
  GovernorProposerWithoutStake: ([proposer], say) => ({ account: who(say, proposer) }),
  GovernorReasonNotReference: () => ({}),
  GovernorProposerHasLiveProposal: ([proposer, proposal], say) => ({
    account: who(say, proposer),
    proposal: id(proposal),
  }),
  GovernorRestrictedProposer: ([proposer], say) => ({ account: who(say, proposer) }),
  GovernorUnableToCancel: ([proposal, account], say) => ({
    proposal: id(proposal),
    account: who(say, account),
  }),
  GovernorOnlyExecutor: ([account], say) => ({ account: who(say, account) }),
  GovernorInvalidSignature: ([voter], say) => ({ account: who(say, voter) }),
  GovernorInvalidVoteType: () => ({}),
  GovernorInvalidProposalLength: () => ({}),
  TimelockUnexpectedOperationState: () => ({}),

  MembershipAlreadyMember: ([account], say) => ({ account: who(say, account) }),
  MembershipNotMember: ([account], say) => ({ account: who(say, account) }),
  MembershipUnknownDistrict: ([index, districts], say) => ({
    district: String(index),
    count: count(say, districts),
  }),
  MembershipNonTransferable: () => ({}),
  MembershipEmptyDistrictName: () => ({}),
  MembershipAdmissionLimitReached: ([limit, periodEnds], say) => ({
    max: count(say, limit),
    time: time(say, periodEnds),
  }),
  MembershipInvalidAdmissionPeriod: () => ({}),
  MembershipFoundersMismatch: ([members, districts], say) => ({
    members: count(say, members),
    districts: count(say, districts),
  }),
  CommunityTokenLengthMismatch: ([recipients, amounts], say) => ({
    recipients: count(say, recipients),
    amounts: count(say, amounts),
  }),
  AccessControlUnauthorizedAccount: ([account, neededRole], say) => ({
    account: who(say, account),
    role: role(say, neededRole),
  }),
  OwnableUnauthorizedAccount: ([account], say) => ({ account: who(say, account) }),

  TreasuryInsufficientBalance: ([token, available, requested], say) => ({
    available: amount(say, available, token),
    requested: amount(say, requested, token),
  }),
  TreasuryZeroAmount: () => ({}),
  TreasuryInvalidRecipient: ([recipient], say) => ({ account: who(say, recipient) }),
  TreasuryInvalidToken: ([token], say) => ({ account: who(say, token) }),
  TreasuryOwnershipNotRenounceable: () => ({}),
  TreasuryAllowanceBelowOwed: ([spender, token, requested, owed], say) => ({
    spender: who(say, spender),
    requested: amount(say, requested, token),
    owed: amount(say, owed, token),
  }),
  TreasurySpenderAllowanceExceeded: ([spender, token, allowance, requested], say) => ({
    account: who(say, spender),
    allowance: amount(say, allowance, token),
    requested: amount(say, requested, token),
  }),
  ERC20InsufficientBalance: ([sender, balance, needed], say) => ({
    account: who(say, sender),
    balance: amount(say, balance),
    needed: amount(say, needed),
  }),
  ERC20InsufficientAllowance: ([spender, allowance, needed], say) => ({
    account: who(say, spender),
    allowance: amount(say, allowance),
    needed: amount(say, needed),
  }),
  SafeERC20FailedOperation: ([token], say) => ({ token: who(say, token) }),

  BudgetRoundWrongPhase: ([expected, actual], say) => ({
    expected: state(say, "roundPhase", expected),
    actual: state(say, "roundPhase", actual),
  }),
  BudgetRoundInvalidDistricts: () => ({}),
  BudgetRoundInvalidSchedule: ([ideasEnd, reviewEnd, votingEnd], say) => ({
    ideasEnd: time(say, ideasEnd),
    reviewEnd: time(say, reviewEnd),
    votingEnd: time(say, votingEnd),
  }),
  BudgetRoundInvalidPicks: ([min, max, ideas], say) => ({
    min: count(say, min),
    max: count(say, max),
    ideas: count(say, ideas),
  }),
  BudgetRoundMissingRole: () => ({}),
  BudgetRoundUnfunded: ([required, balance], say) => ({
    required: amount(say, required),
    balance: amount(say, balance),
  }),
  BudgetRoundNotMember: ([account], say) => ({ account: who(say, account) }),
  BudgetRoundJoinedAfterSnapshot: ([account, joinedAt, snapshot], say) => ({
    account: who(say, account),
    joined: time(say, joinedAt),
    snapshot: time(say, snapshot),
  }),
  BudgetRoundDistrictNotInRound: ([index], say) => ({ district: district(say, index) }),
  BudgetRoundNotYourDistrict: ([account, own, index], say) => ({
    account: who(say, account),
    own: district(say, own),
    district: district(say, index),
  }),
  BudgetRoundTooManyIdeas: ([index, max], say) => ({ district: district(say, index), max: count(say, max) }),
  BudgetRoundTooManyIdeasFromMember: ([account, max], say) => ({ account: who(say, account), max: count(say, max) }),
  BudgetRoundInvalidLimits: ([maxIdeas, minApprovals], say) => ({
    max: count(say, maxIdeas),
    min: count(say, minApprovals),
  }),
  BudgetRoundInvalidCost: ([cost, budget], say) => ({ cost: amount(say, cost), budget: amount(say, budget) }),
  BudgetRoundMissingText: () => ({}),
  BudgetRoundReasonMismatch: () => ({}),
  BudgetRoundUnknownIdea: ([idea]) => ({ idea: id(idea) }),
  BudgetRoundIdeaStatus: ([idea, expected, actual], say) => ({
    idea: id(idea),
    expected: state(say, "idea", expected),
    status: state(say, "idea", actual),
  }),
  BudgetRoundNotProposer: ([caller, proposer], say) => ({
    account: who(say, caller),
    proposer: who(say, proposer),
  }),
  BudgetRoundNotReviewer: ([caller], say) => ({ account: who(say, caller) }),
  BudgetRoundEmptyReason: () => ({}),
  BudgetRoundMissingPayee: () => ({}),
  BudgetRoundReviewerAsPayee: ([payee], say) => ({ account: who(say, payee) }),
  BudgetRoundPickCount: ([picked, min, max], say) => ({
    count: count(say, picked),
    min: count(say, min),
    max: count(say, max),
  }),
  BudgetRoundIdeaInOtherDistrict: ([idea, ideaDistrict, voterDistrict], say) => ({
    idea: id(idea),
    ideaDistrict: district(say, ideaDistrict),
    district: district(say, voterDistrict),
  }),
  BudgetRoundDuplicatePick: ([idea]) => ({ idea: id(idea) }),
  BudgetRoundOverBudget: ([total, budget], say) => ({ total: amount(say, total), budget: amount(say, budget) }),
  BudgetRoundInvalidSignature: ([voter], say) => ({ account: who(say, voter) }),
  BudgetRoundNotGuardian: ([caller], say) => ({ account: who(say, caller) }),
  BudgetRoundSignatureExpired: ([deadline], say) => ({ time: time(say, deadline) }),
  BudgetRoundNotGovernance: ([caller], say) => ({ account: who(say, caller) }),
  BudgetRoundNothingToReturn: () => ({}),
  BudgetRoundDistrictFinalized: ([index], say) => ({ district: district(say, index) }),

  StewardPoolNotCommitteeMember: ([caller], say) => ({ account: who(say, caller) }),
  StewardPoolNotGovernance: ([caller], say) => ({ account: who(say, caller) }),
  StewardPoolAlreadyClosed: () => ({}),
  StewardPoolExpired: ([endsAt], say) => ({ time: time(say, endsAt) }),
  StewardPoolNotExpired: ([endsAt], say) => ({ time: time(say, endsAt) }),
  StewardPoolOverCap: ([asked, cap], say) => ({ amount: amount(say, asked), cap: amount(say, cap) }),
  StewardPoolOverBudget: ([asked, remaining], say) => ({
    amount: amount(say, asked),
    remaining: amount(say, remaining),
  }),
  StewardPoolInvalidGrant: ([payee, asked], say) => ({ payee: who(say, payee), amount: amount(say, asked) }),
  StewardPoolGrantNotPending: ([grant, status], say) =>
    Number(status) === 0
      ? new Variant("StewardPoolGrantNotPending.unknown", { grant: id(grant) })
      : { grant: id(grant), status: state(say, "poolGrant", status) },
  StewardPoolGrantStale: ([grant]) => ({ grant: id(grant) }),
  StewardPoolAlreadyApproved: ([grant, approver], say) => ({ grant: id(grant), account: who(say, approver) }),
  StewardPoolNotProposer: ([grant, caller], say) => ({ grant: id(grant), account: who(say, caller) }),
  StewardPoolInvalidCommittee: ([size, threshold], say) => ({
    size: count(say, size),
    threshold: count(say, threshold),
  }),
  StewardPoolInvalidParams: () => ({}),
  StewardPoolNotMember: ([caller], say) => ({ account: who(say, caller) }),
  StewardPoolInvalidApplication: ([payee, asked], say) => ({ payee: who(say, payee), amount: amount(say, asked) }),
  StewardPoolApplicationNotOpen: ([application, status], say) =>
    Number(status) === 0
      ? new Variant("StewardPoolApplicationNotOpen.unknown", { application: id(application) })
      : { application: id(application), status: state(say, "poolApplication", status) },
  StewardPoolMissingReason: () => ({}),
  StewardPoolNotTaskGroup: () => ({}),
  StewardPoolAlreadyInterested: ([member], say) => ({ account: who(say, member) }),
  StewardPoolNotInterested: ([member], say) => ({ account: who(say, member) }),

  MilestoneGrantsInvalidGrant: () => ({}),
  MilestoneGrantsUnfunded: ([token, allowance, committed], say) => ({
    allowance: amount(say, allowance, token),
    committed: amount(say, committed, token),
  }),
  MilestoneGrantsNotFound: ([grant, index], say) => ({ grant: id(grant), milestone: milestone(say, index) }),
  MilestoneGrantsWrongStatus: ([grant, index, expected, actual], say) => ({
    grant: id(grant),
    milestone: milestone(say, index),
    expected: state(say, "milestone", expected),
    status: state(say, "milestone", actual),
  }),
  MilestoneGrantsInVetoWindow: ([grant, index, releasableAt], say) => ({
    grant: id(grant),
    milestone: milestone(say, index),
    time: time(say, releasableAt),
  }),
  MilestoneGrantsVetoWindowClosed: ([grant, index, releasableAt], say) => ({
    grant: id(grant),
    milestone: milestone(say, index),
    time: time(say, releasableAt),
  }),
  MilestoneGrantsNotGuardian: ([caller], say) => ({ account: who(say, caller) }),
  MilestoneGrantsMissingEvidence: () => ({}),
  MilestoneGrantsNothingToCancel: ([grant]) => ({ grant: id(grant) }),

  PayeeRegistryNotVerified: ([payee], say) => ({ payee: who(say, payee) }),
  PayeeRegistryAttestationExpired: ([payee, validUntil], say) => ({
    payee: who(say, payee),
    time: time(say, validUntil),
  }),
  PayeeRegistryAttestationRevoked: ([payee], say) => ({ payee: who(say, payee) }),
  PayeeRegistryInvalidAttestation: ([payee, validUntil], say) => ({
    payee: who(say, payee),
    time: time(say, validUntil),
  }),
  PayeeRegistryNothingToRevoke: ([payee], say) => ({ payee: who(say, payee) }),
  PayeeRegistryRevocationStands: ([payee, revokedBy], say) => ({
    payee: who(say, payee),
    account: who(say, revokedBy),
  }),
  PayeeRegistryNothingToLift: ([payee], say) => ({ payee: who(say, payee) }),

  // The paymaster's refusals reach the reader through the bundler, before anything is mined.
  PaymasterNotMember: ([sender], say) => ({ account: who(say, sender) }),
  PaymasterOverBudget: ([member, used, requested, budget], say) => ({
    account: who(say, member),
    used: count(say, used),
    requested: count(say, requested),
    budget: count(say, budget),
  }),
  PaymasterFeeTooHigh: ([fee, cap], say) => ({ fee: say.feePerGas(big(fee)), cap: say.feePerGas(big(cap)) }),
  PaymasterTargetNotAllowed: ([target], say) => ({ target: who(say, target) }),
  PaymasterActionNotAllowed: ([target], say) => ({ target: who(say, target) }),
  PaymasterStaleWindow: () => ({}),
  // The signature relay's refusals, also in the bundler's simulation: a client built the operation wrongly.
  SignatureRelayUnsupportedCall: () => ({}),
  SignatureRelayWrongNonceKey: ([signer], say) => ({ account: who(say, signer) }),
  SignatureRelayUnsupportedDomain: ([target], say) => ({ target: who(say, target) }),
  SignatureRelayHoldsNoFunds: () => ({}),
};

/** The errors the catalogue has a sentence for. */
export const EXPLAINED_ERRORS = Object.keys(CATALOGUE) as readonly ErrorName[];

const isKnown = (name: string): name is ErrorName => Object.hasOwn(CATALOGUE, name);

/**
 * One sentence for a contract error, in the language `text` reads from: its own sentence with
 * its facts, or "the contract refused this (Name)" for one the catalogue does not know.
 */
export function explainFundError(error: FundError, text: ErrorText, facts: ErrorFacts): string {
  if (!isKnown(error.name)) return text("unknown", { name: error.name });
  // The facts' own methods stay reachable through the prototype, whatever kind of object they are.
  const say: Say = Object.assign(Object.create(facts) as ErrorFacts, { word: text });
  const explained = CATALOGUE[error.name](error.args, say);
  return explained instanceof Variant ? text(explained.key, explained.vars) : text(error.name, explained);
}

/** Reads sentences from one language's catalogue, filling each {placeholder} (an unknown one stays visible). */
export const textFrom =
  (messages: Readonly<Record<ErrorMessageKey, string>>): ErrorText =>
  (key, vars = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
