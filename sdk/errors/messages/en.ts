/**
 * What each of the fund's contract errors means, in English: the reference every other language
 * matches key for key and placeholder for placeholder. One wording serves the dApp and the
 * command line, so sentences name the account rather than saying "you", and end with what to
 * do next. Keys are error names (a variant after a dot), plus the words the sentences use:
 * roles, registers and the sentence for an error without one of its own.
 */
export const en = {
  unknown: "The contract refused this ({name}).",
  "role.DEFAULT_ADMIN_ROLE": "the fund's governance (the timelock)",
  "role.REGISTRAR_ROLE": "a registrar",
  "role.VERIFIER_ROLE": "a verifier",
  "role.STEWARD_ROLE": "a steward",
  "role.PROPOSER_ROLE": "the governor (the timelock's proposer)",
  "role.EXECUTOR_ROLE": "an executor of the timelock",
  "role.CANCELLER_ROLE": "the governor (the timelock's canceller)",
  "role.ANCHOR_ROLE": "the account that anchors the erasure log",
  "role.other": "the holders of role {hash}",

  GovernorNoVotingPower:
    "{account} had no votes when voting on proposal #{proposal} opened: not a member yet then, or the vote was delegated to someone else.",
  GovernorAlreadyCastVote: "{account} has already voted on this proposal; a vote cannot be changed.",
  GovernorUnexpectedProposalState: "Proposal #{proposal} has the status {state}; this step needs {expected}.",
  "GovernorUnexpectedProposalState.exists":
    "A proposal with these actions and this text already exists (#{proposal}, status {state}): change the text to propose it again.",
  GovernorNonexistentProposal: "There is no proposal #{proposal}: check its number.",
  GovernorInsufficientProposerVotes: "Proposing needs {threshold} vote(s), and {account} has {votes}.",
  GovernorProposerHasLiveProposal:
    "{account} already has proposal #{proposal} pending or open for votes: wait until it is decided before proposing again.",
  GovernorRestrictedProposer:
    "The proposal's text names another proposer than {account}: only the account it names can submit it.",
  GovernorUnableToCancel:
    "{account} cannot cancel proposal #{proposal}: only the guardian can veto it, a proposer can withdraw their own only while it is pending, and a defeated proposal stays defeated.",
  GovernorOnlyExecutor: "{account} cannot change the rules directly: rules change only through a passed proposal.",
  GovernorInvalidSignature:
    "The signature is not a valid ballot from {account} for this proposal: wrong signer, used before, or made for another contract or chain.",
  GovernorInvalidVoteType: "That is not a valid vote: vote for, against or abstain.",
  GovernorInvalidProposalLength:
    "The proposal's actions are incomplete: it needs at least one, each with a target, a value and call data.",
  TimelockUnexpectedOperationState:
    "The timelock is not ready: the proposal is not queued, or its waiting time has not passed yet; try again when it has.",

  MembershipAlreadyMember: "{account} is already a member.",
  MembershipNotMember: "{account} is not a member.",
  MembershipUnknownDistrict: "There is no district {district}; the fund has {count}.",
  MembershipNonTransferable: "Memberships cannot be transferred: a registrar admits each member.",
  MembershipEmptyDistrictName: "A district needs a name.",
  CommunityTokenLengthMismatch:
    "Each recipient needs one amount: got {recipients} recipient(s) and {amounts} amount(s).",
  AccessControlUnauthorizedAccount:
    "Only {role} may do this, not {account}: use an account with that role, or ask the members to grant it by a proposal.",
  OwnableUnauthorizedAccount:
    "{account} is not allowed to do this: only the fund's governance is, through a passed proposal.",

  TreasuryInsufficientBalance:
    "The treasury has {available} free (not reserved for pools or milestone grants), less than the {requested} asked for: it can pay once enough has been deposited.",
  TreasuryZeroAmount: "The amount must be more than zero.",
  TreasuryInvalidRecipient: "The treasury cannot pay {account}: name a real recipient, not the zero address.",
  TreasuryInvalidToken: "{account} is not a token the treasury can hold: give the token contract's address.",
  TreasuryOwnershipNotRenounceable:
    "The treasury's owner cannot be removed: without one its money could never move again.",
  TreasurySpenderAllowanceExceeded:
    "{account} may spend {allowance} from the treasury, less than the {requested} asked for: the rest of its reservation was spent or returned, and the members can top it up by a proposal.",
  ERC20InsufficientBalance: "{account} holds {balance}, but {needed} is needed.",
  ERC20InsufficientAllowance:
    "{account} may take only {allowance}, less than the {needed} needed: approve at least that much first.",
  SafeERC20FailedOperation:
    "The token {token} did not make the transfer: the sender may hold too little of it, or the token may not follow the ERC-20 standard the fund needs.",

  BudgetRoundWrongPhase: "The round is in its {actual} phase; this step belongs to the {expected} phase.",
  BudgetRoundInvalidDistricts: "The round's districts must be known, listed once each, and each have a budget.",
  BudgetRoundInvalidSchedule:
    "The round's schedule must run from now to the end of ideas, then review, then voting; got ideas until {ideasEnd}, review until {reviewEnd} and voting until {votingEnd}.",
  BudgetRoundInvalidPicks:
    "A ballot's picks must satisfy 1 ≤ least ({min}) ≤ most ({max}) ≤ ideas per district ({ideas}) ≤ 64.",
  BudgetRoundMissingRole: "A round needs at least one reviewer and an allocation rule.",
  BudgetRoundUnfunded:
    "The round holds {balance} of the {required} it needs: the treasury must pay the budget in the same proposal.",
  BudgetRoundNotMember:
    "{account} is not a member, and only members take part in budget rounds: ask a registrar for membership.",
  BudgetRoundJoinedAfterSnapshot:
    "{account} became a member on {joined}, after this round's voter list was fixed when review ended ({snapshot}), so can vote in the next round.",
  BudgetRoundDistrictNotInRound: "{district} is not part of this round.",
  BudgetRoundNotYourDistrict: "{account} lives in {own} and may send ideas only there, not to {district}.",
  BudgetRoundTooManyIdeas: "{district} already has as many ideas as the round allows ({max}).",
  BudgetRoundInvalidCost: "The cost must be more than zero and at most the district's budget of {budget}; got {cost}.",
  BudgetRoundMissingText:
    "An idea needs its text: the title and description are stored in the fund's content service first, and the idea is sent with their commitment.",
  BudgetRoundReasonMismatch:
    "The reason does not fit the decision: a feasible idea takes the reason “feasible”, an idea that is not feasible one of the others.",
  BudgetRoundUnknownIdea: "There is no idea #{idea} in this round.",
  BudgetRoundIdeaStatus: "Idea #{idea} has the status {status}; this step needs {expected}.",
  BudgetRoundNotProposer: "{account} did not send this idea, so cannot withdraw it: only {proposer} can.",
  BudgetRoundNotReviewer: "{account} is not a reviewer of this round: only its reviewers can assess ideas.",
  BudgetRoundEmptyReason: "Give a reason: it is published with the decision.",
  BudgetRoundMissingPayee: "A feasible idea needs a payee: who is paid if it wins.",
  BudgetRoundPickCount: "Pick from {min} to {max} ideas; this ballot picks {count}.",
  BudgetRoundIdeaInOtherDistrict:
    "Idea #{idea} belongs to {ideaDistrict}, and members vote only for ideas in their own district ({district}).",
  BudgetRoundDuplicatePick: "Idea #{idea} is picked twice: pick each idea once.",
  BudgetRoundOverBudget: "The picked ideas cost {total}, more than the district's budget of {budget}: remove an idea.",
  BudgetRoundInvalidSignature:
    "The signature is not a valid ballot from {account} for this round: wrong signer, used before, replaced by a later ballot or cancelled, or made for another round or chain.",
  BudgetRoundNotGuardian:
    "{account} is not the round's guardian: only the guardian (during the objections) or the members (by a proposal) can stop a winner.",
  BudgetRoundNothingToReturn: "Nothing is left in the round to return to the treasury.",
  BudgetRoundDistrictFinalized: "The results for {district} are already allocated and published.",

  StewardPoolNotCommitteeMember: "{account} is not on this pool's committee, so cannot propose or approve its grants.",
  StewardPoolNotGovernance:
    "{account} cannot change the pool: its committee and budget change only through a passed proposal.",
  StewardPoolAlreadyClosed:
    "The pool is closed: it pays nothing more, and what was left of its reservation is free again in the treasury.",
  StewardPoolExpired:
    "The pool's mandate ended on {time}: it pays nothing more; anyone may close it to free what is left for the treasury.",
  StewardPoolNotExpired: "The pool runs until {time}; until then only a passed proposal can close it.",
  StewardPoolOverCap:
    "{amount} is more than the pool's cap of {cap} per grant: ask for less, or propose it to all members.",
  StewardPoolOverBudget:
    "The pool has {remaining} left, less than the {amount} asked for: the members can top it up by a proposal.",
  StewardPoolInvalidGrant: "A grant needs a payee and an amount above zero; got {payee} and {amount}.",
  StewardPoolGrantNotPending:
    "Grant #{grant} has the status {status}; only a grant waiting for approval can be approved or withdrawn.",
  "StewardPoolGrantNotPending.unknown": "This pool has no grant #{grant}.",
  StewardPoolGrantStale:
    "Grant #{grant} was proposed under an earlier committee, so it can no longer be approved: the current committee must propose it again.",
  StewardPoolAlreadyApproved:
    "{account} has already approved grant #{grant}; another committee member must approve it.",
  StewardPoolNotProposer:
    "{account} did not propose grant #{grant}, so cannot withdraw it: only the committee member who proposed it can.",
  StewardPoolInvalidCommittee:
    "A committee needs 1 to 15 different members and a threshold from 1 to its size; got {size} member(s) and a threshold of {threshold}.",
  StewardPoolInvalidParams:
    "A pool needs its name and mandate, a cap per grant above zero and an end date in the future.",
  StewardPoolNotMember: "{account} is not a member of the fund, so cannot apply to its pools or join its task groups.",
  StewardPoolInvalidApplication:
    "An application needs a payee, an amount above zero and a text; got {payee} and {amount}.",
  StewardPoolApplicationNotOpen:
    "Application #{application} has the status {status}; an application is decided once only.",
  "StewardPoolApplicationNotOpen.unknown": "This pool has no application #{application}.",
  StewardPoolMissingReason: "Declining an application needs a written reason for the applicant.",
  StewardPoolNotTaskGroup: "Only a task group keeps a list of interested members; this is a quick pool.",
  StewardPoolAlreadyInterested: "{account} is on this task group's list of interested members already.",
  StewardPoolNotInterested: "{account} is not on this task group's list of interested members.",

  MilestoneGrantsInvalidGrant:
    "A milestone grant needs a payee, a title and 1 to 16 milestones, each with an amount above zero and a description.",
  MilestoneGrantsUnfunded:
    "The treasury reserved {allowance} for milestone grants, less than the {committed} they would owe: the same proposal must reserve the total first.",
  MilestoneGrantsNotFound: "Milestone grant #{grant} has no milestone {milestone}.",
  MilestoneGrantsWrongStatus:
    "Milestone {milestone} of grant #{grant} has the status {status}; this step needs {expected}.",
  MilestoneGrantsInVetoWindow:
    "Milestone {milestone} of grant #{grant} is in its veto window until {time}: the guardian may still stop it; release it after that.",
  MilestoneGrantsVetoWindowClosed:
    "The veto window of milestone {milestone} of grant #{grant} closed on {time}: it can no longer be stopped, only released.",
  MilestoneGrantsNotGuardian: "{account} is not the milestone guardian, so cannot stop a delivery.",
  MilestoneGrantsMissingEvidence:
    "A delivery needs evidence: its link and note, stored in the content service, and the hash of the document the link points to.",
  MilestoneGrantsNothingToCancel:
    "Milestone grant #{grant} has nothing left to cancel: every milestone was released or cancelled.",

  PayeeRegistryNotVerified:
    "{payee} is not a verified payee, and this fund pays only verified payees: ask a verifier to check it in the business register first.",
  PayeeRegistryAttestationExpired:
    "The verification of {payee} ran out on {time}: ask a verifier to check it again before paying it.",
  PayeeRegistryAttestationRevoked:
    "The verification of {payee} was revoked, so it cannot be paid: a verifier must attest it again once the problem is solved.",
  PayeeRegistryInvalidAttestation:
    "An attestation needs a payee, the commitment to who it is and an end date in the future; got {payee} until {time}.",
  PayeeRegistryNothingToRevoke: "{payee} has no attestation in force to revoke.",
  GovernorReasonNotReference:
    "The chain takes a vote's reason only as a reference to its text in the fund's content service, never the words themselves: store the reason there first, or vote without one.",
  GovernorProposerWithoutStake:
    "{account} holds votes but no stake of its own: only a member (or a holder of enough tokens) proposes, on its own membership, so delegated votes cannot start a proposal.",
  BudgetRoundTooManyIdeasFromMember:
    "{account} already has {max} ideas in this round, as many as one member may have: withdraw one to send another.",
  BudgetRoundInvalidLimits:
    "A round must let each member send at least one idea and at most as many as a district takes (got {max}), and a winner needs at least one approval (got {min}).",
  BudgetRoundReviewerAsPayee:
    "{account} reviews this round, so cannot be paid by it: name the organisation that does the work.",
  BudgetRoundSignatureExpired: "The signed ballot was valid until {time}: sign the ballot again.",
  BudgetRoundNotGovernance: "{account} cannot close the round: only the members can, by a proposal.",
  MembershipAdmissionLimitReached:
    "The registrars have admitted their {max} members for this period: more can be admitted after {time}, or by a proposal.",
  MembershipInvalidAdmissionPeriod: "An admission period must last at least one second.",
  MembershipFoundersMismatch:
    "The deployment lists {members} founding members but {districts} districts for them: give each member one district.",
  PayeeRegistryRevocationStands:
    "{payee}'s verification was revoked by {account}, and the revocation stands until that verifier or the members lift it.",
  PayeeRegistryNothingToLift: "{payee} has no standing revocation to lift.",
  TreasuryAllowanceBelowOwed:
    "{spender} still owes {owed}: its allowance cannot be set to {requested}, below that. Cancel what it owes first.",
  PaymasterNotMember:
    "{account} is not a member yet, so the fund does not pay for its actions: show the account's code to a registrar to be admitted.",
  PaymasterOverBudget:
    "{account} has used the gas the fund pays for in this period ({used} of {budget}; this action may need up to {requested}): try again in the next period.",
  PaymasterFeeTooHigh:
    "The network's fee is {fee} per unit of gas right now, more than the fund pays (at most {cap}): try again later, when the network is less busy.",
  PaymasterTargetNotAllowed: "The fund pays only for actions on its own contracts, and {target} is not one of them.",
  PaymasterActionNotAllowed:
    "The fund pays only for members' votes, ballots, ideas and delegations, and this action on {target} is not one of them.",
  PaymasterStaleWindow: "A new gas period began while this was being sent: try again.",
  SignatureRelayUnsupportedCall:
    "The fund carries only votes, ballots and delegations signed by a member, and this is not one of them.",
  SignatureRelayWrongNonceKey:
    "This signed action is {account}'s, but it was sent as someone else's: reload the page and try again.",
  SignatureRelayUnsupportedDomain: "{target} does not describe its signatures as the fund's contracts do.",
  SignatureRelayHoldsNoFunds: "The fund's signature relay takes no money.",
} as const;

export type ErrorMessageKey = keyof typeof en;
export type ErrorMessages = { readonly [K in ErrorMessageKey]: string };
