import { Interface, type ErrorDescription } from "ethers";
import {
  BudgetRound__factory,
  BudgetRoundFactory__factory,
  CommunityToken__factory,
  Membership__factory,
  MilestoneGrants__factory,
  PayeeRegistry__factory,
  PuljeGovernor__factory,
  PuljeTimelock__factory,
  StewardPool__factory,
  StewardPoolFactory__factory,
  Treasury__factory,
} from "../typechain-types";
import { PROPOSAL_STATES } from "./proposals";
import { IDEA_STATUSES, ROUND_PHASES } from "./rounds";
import { MILESTONE_STATUSES, POOL_GRANT_STATUSES, REGISTRATION_SCHEMES } from "./stewards";

/** Every custom error the fund's contracts (and the OpenZeppelin parts inside them) can raise. */
const INTERFACES: Interface[] = [
  PuljeGovernor__factory.createInterface(),
  PuljeTimelock__factory.createInterface(),
  Membership__factory.createInterface(),
  CommunityToken__factory.createInterface(),
  Treasury__factory.createInterface(),
  BudgetRound__factory.createInterface(),
  BudgetRoundFactory__factory.createInterface(),
  PayeeRegistry__factory.createInterface(),
  StewardPool__factory.createInterface(),
  StewardPoolFactory__factory.createInterface(),
  MilestoneGrants__factory.createInterface(),
];

export interface DecodedRevert {
  name: string;
  args: unknown[];
}

/**
 * Finds the custom error behind a failed call or transaction: from revert data anywhere in
 * the error (ethers, JSON-RPC providers), or from Hardhat's "reverted with custom error"
 * message when the node already decoded it.
 */
export function decodeRevert(error: unknown): DecodedRevert | null {
  for (const data of revertDataIn(error)) {
    for (const iface of INTERFACES) {
      let parsed: ErrorDescription | null = null;
      try {
        parsed = iface.parseError(data);
      } catch {
        parsed = null;
      }
      if (parsed) return { name: parsed.name, args: [...parsed.args] };
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  const match = /reverted with custom error '(\w+)\((.*)\)'/.exec(message);
  if (match) return { name: match[1], args: splitArgs(match[2]) };
  return null;
}

function revertDataIn(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== "object" || depth > 5) return [];
  const found: string[] = [];
  const record = error as Record<string, unknown>;
  for (const key of ["data", "error", "info", "cause", "payload"]) {
    const value = record[key];
    if (typeof value === "string" && /^0x[0-9a-fA-F]{8,}$/.test(value)) found.push(value);
    else if (value && typeof value === "object") found.push(...revertDataIn(value, depth + 1));
  }
  return found;
}

function splitArgs(text: string): string[] {
  return text === "" ? [] : text.split(/,\s*/).map((a) => a.replace(/^"|"$/g, ""));
}

const stateName = (value: unknown) => PROPOSAL_STATES[Number(value)] ?? String(value);
const phaseName = (value: unknown) => ROUND_PHASES[Number(value)] ?? String(value);
const ideaStatus = (value: unknown) => IDEA_STATUSES[Number(value)] ?? String(value);
const grantStatus = (value: unknown) => POOL_GRANT_STATUSES[Number(value)] ?? String(value);
const milestoneStatus = (value: unknown) => MILESTONE_STATUSES[Number(value)] ?? String(value);
const schemeName = (value: unknown) =>
  ({
    DanishCvr: "a Danish CVR number",
    SwedishOrgNumber: "a Swedish organisation number",
    NorwegianOrgNumber: "a Norwegian organisation number",
  })[REGISTRATION_SCHEMES[Number(value)]] ?? `scheme ${value}`;
const schemeDigits = (value: unknown) => [8, 10, 9][Number(value)] ?? "?";
const assetName = (token: unknown) => (token === "0x0000000000000000000000000000000000000000" ? "ETH" : String(token));
/** A contract timestamp as an ISO date and time (UTC). */
const at = (timestamp: unknown) => new Date(Number(timestamp) * 1000).toISOString().replace(".000Z", "Z");
const statesIn = (bitmap: unknown) => {
  const bits = BigInt(String(bitmap));
  return PROPOSAL_STATES.filter((_, i) => (bits >> BigInt(i)) & 1n).join(" or ");
};

/** Plain sentences for the steward's command line, by error name. */
const SENTENCES: Record<string, (a: unknown[]) => string> = {
  GovernorNoVotingPower: ([voter, id]) =>
    `${voter} had no votes when voting on proposal ${id} opened: not a member yet then, or the vote was delegated to someone else.`,
  GovernorAlreadyCastVote: ([voter]) => `${voter} has already voted on this proposal.`,
  GovernorUnexpectedProposalState: ([id, current, expected]) =>
    `Proposal ${id} is ${stateName(current)}${BigInt(String(expected)) === 0n ? "" : `; this step needs it to be ${statesIn(expected)}`}.`,
  GovernorNonexistentProposal: ([id]) => `There is no proposal ${id}.`,
  GovernorInsufficientProposerVotes: ([who, votes, threshold]) =>
    `${who} has ${votes} vote(s); proposing needs ${threshold}.`,
  GovernorProposerHasLiveProposal: ([who, id]) =>
    `${who} already has proposal ${id} pending or open for votes; wait until it is decided.`,
  GovernorRestrictedProposer: ([who]) => `The description names another proposer than ${who}.`,
  GovernorUnableToCancel: ([id, who]) =>
    `${who} cannot cancel proposal ${id}: only the guardian can (a proposer only their own while no guardian is set), and a defeated proposal stays defeated.`,
  GovernorOnlyExecutor: ([who]) =>
    `${who} cannot change the rules directly: rules change only through a passed proposal.`,
  GovernorInvalidSignature: ([voter]) =>
    `The signature is not ${voter}'s ballot for this proposal (wrong signer, used before, or made for another contract or chain).`,
  TimelockUnexpectedOperationState: () =>
    "The timelock is not ready: the proposal is not queued, or its delay has not passed yet.",
  MembershipAlreadyMember: ([who]) => `${who} is already a member.`,
  MembershipNotMember: ([who]) => `${who} is not a member.`,
  MembershipUnknownDistrict: ([district, count]) => `District ${district} does not exist; there are ${count}.`,
  MembershipNonTransferable: () => "Memberships cannot be transferred.",
  AccessControlUnauthorizedAccount: ([who]) => `${who} does not have the role this needs.`,
  OwnableUnauthorizedAccount: ([who]) => `${who} is not allowed to do this: only the fund's governance is.`,
  TreasuryInsufficientBalance: ([token, available, requested]) =>
    `The treasury holds ${available} of ${token === "0x0000000000000000000000000000000000000000" ? "ETH" : token} (smallest units), less than the ${requested} requested.`,
  TreasuryZeroAmount: () => "The amount must be more than zero.",
  ERC20InsufficientBalance: ([who, balance, needed]) =>
    `${who} holds ${balance} of the token (smallest units) but ${needed} is needed.`,
  ERC20InsufficientAllowance: () => "The treasury was not allowed to take that many tokens.",
  BudgetRoundWrongPhase: ([expected, actual]) =>
    `The round is in its ${phaseName(actual)} phase; this step belongs to the ${phaseName(expected)} phase.`,
  BudgetRoundInvalidDistricts: () => "The round's districts must be known, listed once each, and each have a budget.",
  BudgetRoundInvalidSchedule: () =>
    "The round's schedule must run from now to the end of ideas, then review, then voting.",
  BudgetRoundInvalidPicks: ([min, max, ideas]) =>
    `A ballot's picks must satisfy 1 ≤ least (${min}) ≤ most (${max}) ≤ ideas per district (${ideas}) ≤ 64.`,
  BudgetRoundMissingRole: () => "A round needs at least one reviewer and an allocation rule.",
  BudgetRoundUnfunded: ([required, balance]) =>
    `The round holds ${balance} of the ${required} (smallest units) it needs: the treasury must pay the budget in the same proposal.`,
  BudgetRoundNotMember: ([who]) => `${who} is not a member, so cannot take part in the round.`,
  BudgetRoundJoinedAfterSnapshot: ([who]) =>
    `${who} became a member after the round's voting register was fixed (the end of review), so can vote in the next round.`,
  BudgetRoundDistrictNotInRound: ([district]) => `District ${district} is not part of this round.`,
  BudgetRoundNotYourDistrict: ([who, own]) => `${who} lives in district ${own} and may only send ideas there.`,
  BudgetRoundTooManyIdeas: ([district, max]) => `District ${district} already has its ${max} ideas.`,
  BudgetRoundInvalidCost: ([cost, budget]) =>
    `The cost must be more than zero and at most the district's budget (${budget} smallest units), got ${cost}.`,
  BudgetRoundEmptyTitle: () => "An idea needs a title.",
  BudgetRoundUnknownIdea: ([id]) => `There is no idea ${id}.`,
  BudgetRoundIdeaStatus: ([id, expected, actual]) =>
    `Idea ${id} is ${ideaStatus(actual)}; this step needs it to be ${ideaStatus(expected)}.`,
  BudgetRoundNotProposer: ([who]) => `${who} did not submit this idea, so cannot withdraw it.`,
  BudgetRoundNotReviewer: ([who]) => `${who} is not a reviewer of this round.`,
  BudgetRoundEmptyReason: () => "A reason is required: it is published with the decision.",
  BudgetRoundMissingPayee: () => "A feasible idea needs a payee: who is paid if it wins.",
  BudgetRoundPickCount: ([count, min, max]) =>
    `A ballot must pick from ${min} to ${max} ideas; this one picks ${count}.`,
  BudgetRoundIdeaInOtherDistrict: ([id]) => `Idea ${id} belongs to another district; members vote only in their own.`,
  BudgetRoundDuplicatePick: ([id]) => `Idea ${id} is picked twice.`,
  BudgetRoundOverBudget: ([total, budget]) =>
    `The picked ideas cost ${total}, more than the district's budget of ${budget} (smallest units).`,
  BudgetRoundInvalidSignature: ([voter]) =>
    `The signature is not ${voter}'s ballot for this round (wrong signer, used before, or made for another round or chain).`,
  BudgetRoundNotGuardian: ([who]) => `${who} is not the round's guardian.`,
  BudgetRoundNothingToReturn: () => "Nothing is left in the round to return to the treasury.",
  BudgetRoundDistrictFinalized: ([district]) => `District ${district}'s results are already allocated.`,
  TreasuryInvalidRecipient: ([to]) => `The treasury cannot pay ${to}: name a real recipient, not the zero address.`,
  TreasuryInvalidToken: ([token]) => `${token} is not a token the treasury can hold.`,
  TreasuryOwnershipNotRenounceable: () =>
    "The treasury's owner cannot be removed: without one its money could never move again.",
  TreasurySpenderAllowanceExceeded: ([spender, token, allowance, requested]) =>
    `${spender} may spend ${allowance} of ${assetName(token)} (smallest units) from the treasury, less than the ${requested} requested: the members must top it up by a proposal.`,
  PayeeRegistryNotVerified: ([payee]) =>
    `${payee} is not a verified payee, and this fund pays only verified payees: ask a verifier to check it in the business register (payee:attest) first.`,
  PayeeRegistryAttestationExpired: ([payee, until]) =>
    `${payee}'s verification ran out at ${at(until)}: ask a verifier to check it again (payee:attest) before paying it.`,
  PayeeRegistryAttestationRevoked: ([payee]) =>
    `${payee}'s verification was revoked, so it cannot be paid: a verifier must attest it again once the problem is solved.`,
  PayeeRegistryInvalidAttestation: ([payee, until]) =>
    `An attestation needs a payee, its legal name and an end after now; got ${payee} until ${at(until)}.`,
  PayeeRegistryInvalidRegistration: ([scheme, number]) =>
    `"${number}" is not ${schemeName(scheme)}: it must be ${schemeDigits(scheme)} digits, nothing else.`,
  PayeeRegistryNothingToRevoke: ([payee]) => `${payee} has no attestation in force to revoke.`,
  StewardPoolNotCommitteeMember: ([who]) =>
    `${who} is not on this pool's committee, so cannot propose or approve its grants.`,
  StewardPoolNotGovernance: ([who]) =>
    `${who} cannot change the pool: its committee and budget change only through a passed proposal.`,
  StewardPoolAlreadyClosed: () =>
    "The pool is closed: it pays nothing more, and what was left went back to the treasury.",
  StewardPoolExpired: ([endsAt]) =>
    `The pool's mandate ended at ${at(endsAt)}: it pays nothing more; anyone may close it to return the rest.`,
  StewardPoolNotExpired: ([endsAt]) =>
    `The pool runs until ${at(endsAt)}; until then only a passed proposal can close it.`,
  StewardPoolOverCap: ([amount, cap]) =>
    `${amount} is more than the pool's cap of ${cap} per grant (smallest units): ask for less, or propose it to all members.`,
  StewardPoolOverBudget: ([amount, remaining]) =>
    `The pool has ${remaining} left (smallest units), less than the ${amount} asked: the members can top it up by a proposal.`,
  StewardPoolInvalidGrant: ([payee, amount]) =>
    `A grant needs a payee and an amount above zero; got ${payee} and ${amount}.`,
  StewardPoolGrantNotPending: ([id, status]) =>
    `Grant ${id} is ${Number(status) === 0 ? "not a grant of this pool" : grantStatus(status)}; only a pending grant can be approved or withdrawn.`,
  StewardPoolGrantStale: ([id]) =>
    `Grant ${id} was proposed under an earlier committee; the current committee must propose it again.`,
  StewardPoolAlreadyApproved: ([id, who]) =>
    `${who} has already approved grant ${id}; another committee member must approve it.`,
  StewardPoolNotProposer: ([id, who]) => `${who} did not propose grant ${id}, so cannot withdraw it.`,
  StewardPoolInvalidCommittee: ([size, threshold]) =>
    `A committee needs 1 to 15 different members and a threshold from 1 to its size; got ${size} member(s) and a threshold of ${threshold}.`,
  StewardPoolInvalidParams: () => "A pool needs a name, a cap per grant above zero and an end date in the future.",
  MilestoneGrantsInvalidGrant: () =>
    "A milestone grant needs a payee and 1 to 16 milestones, each with an amount above zero and a description.",
  MilestoneGrantsUnfunded: ([token, allowance, committed]) =>
    `The treasury reserved ${allowance} of ${assetName(token)} (smallest units) for milestone grants, less than the ${committed} they would owe: the same proposal must reserve the total first.`,
  MilestoneGrantsNotFound: ([id, index]) => `Milestone grant ${id} has no milestone ${index}.`,
  MilestoneGrantsWrongStatus: ([id, index, expected, actual]) =>
    `Milestone ${index} of grant ${id} is ${milestoneStatus(actual)}; this step needs it to be ${milestoneStatus(expected)}.`,
  MilestoneGrantsInVetoWindow: ([id, index, releasableAt]) =>
    `Milestone ${index} of grant ${id} is in its veto window until ${at(releasableAt)}: the guardian may still stop it; release it after that.`,
  MilestoneGrantsVetoWindowClosed: ([id, index, releasableAt]) =>
    `The veto window of milestone ${index} of grant ${id} closed at ${at(releasableAt)}: it can no longer be stopped, only released.`,
  MilestoneGrantsNotGuardian: ([who]) => `${who} is not the milestone guardian, so cannot stop a delivery.`,
  MilestoneGrantsMissingEvidence: () =>
    "A delivery needs evidence: a URI where it can be seen and the hash of what it points to.",
  MilestoneGrantsNothingToCancel: ([id]) =>
    `Milestone grant ${id} has nothing left to cancel: every milestone was released or cancelled.`,
};

/** One sentence that says what went wrong, for any error; contract errors by their name. */
export function explainError(error: unknown): string {
  const decoded = decodeRevert(error);
  if (decoded) {
    const sentence = SENTENCES[decoded.name];
    return sentence ? sentence(decoded.args) : `The contract refused: ${decoded.name}(${decoded.args.join(", ")}).`;
  }
  return error instanceof Error ? error.message : String(error);
}
