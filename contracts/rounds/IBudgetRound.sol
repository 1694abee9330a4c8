// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IAllocationRule} from "./IAllocationRule.sol";

/// @title Pulje budget round
/// @notice Participatory budgeting per district: residents propose ideas, reviewers assess them,
/// the members of each district pick ideas within their district's budget, and the winners are
/// paid from the round's escrow. Every transition emits an event.
interface IBudgetRound {
    /* ---------------------------------- TYPES ----------------------------------- */

    /// @notice The phases, in order; the first four follow from the schedule alone, the rest
    /// from the results (or from the members closing the round).
    enum Phase {
        Ideas, // members submit and withdraw ideas
        Review, // reviewers assess ideas
        Voting, // district members cast ballots
        Tally, // voting has ended; anyone may finalize
        Challenge, // results are in; the guardian (or the members) may cancel a winner
        Payout, // winners are released; the rest goes back to the treasury
        Closed // the payout window is over, or the members closed the round: everything left goes back
    }

    /// @notice What has become of an idea.
    enum IdeaStatus {
        None,
        Submitted,
        Withdrawn,
        Feasible,
        Infeasible,
        Funded,
        Cancelled,
        Released
    }

    /// @notice Why a reviewer decided as they did: data for auditors beside the written reason.
    enum ReviewReason {
        Feasible, // can be done for the (revised) cost
        OutsideMandate, // not something this fund or authority may pay for
        NotPossible, // cannot be built or done where or as proposed
        TooExpensive, // costs more than the district's budget allows
        AgainstRules, // conflicts with law, plans or permits
        AlreadyPlanned, // already planned or paid for elsewhere
        Other
    }

    /// @notice Why a winner was cancelled.
    enum CancelReason {
        PayeeIneligible, // the payee cannot lawfully be paid
        ConflictOfInterest,
        Misconduct, // the process was abused (e.g. bought votes)
        NoLongerPossible, // circumstances changed since the review
        Other
    }

    /// @notice A round's rules, fixed by the proposal that opens it.
    /// @param asset The ERC-20 the budgets are in.
    /// @param districts The membership's district ids taking part.
    /// @param budgets Each district's budget, in `asset` units, in the order of `districts`.
    /// @param ideasEnd End of the ideas phase (the round opens in it).
    /// @param reviewEnd End of the review phase; also the voting snapshot: only members admitted by then vote.
    /// @param votingEnd End of voting.
    /// @param challengeDelay Seconds after the results in which the guardian may cancel a winner.
    /// @param payoutWindow Seconds after the challenge delay in which winners can be paid; then
    /// what was not paid (a payee that could not be paid) goes back to the treasury. Above zero.
    /// @param minPicks Fewest ideas on a ballot.
    /// @param maxPicks Most ideas on a ballot.
    /// @param maxIdeasPerDistrict Most ideas a district can receive (at most 64, so every loop is bounded).
    /// @param maxIdeasPerMember Most ideas one member may have in the round (withdrawn ones excepted).
    /// @param minApprovals Fewest approvals an idea needs to be funded (at least 1).
    /// @param anyMemberMaySubmit Whether any member may submit an idea for any district (else only its own).
    /// @param reviewers The accounts that assess ideas.
    /// @param guardian The account that may cancel a winner during the challenge delay (or none).
    /// @param rule How each district's budget is allocated from the approvals.
    struct RoundParams {
        IERC20 asset;
        uint16[] districts;
        uint128[] budgets;
        uint48 ideasEnd;
        uint48 reviewEnd;
        uint48 votingEnd;
        uint32 challengeDelay;
        uint32 payoutWindow;
        uint8 minPicks;
        uint8 maxPicks;
        uint8 maxIdeasPerDistrict;
        uint8 maxIdeasPerMember;
        uint32 minApprovals;
        bool anyMemberMaySubmit;
        address[] reviewers;
        address guardian;
        IAllocationRule rule;
    }

    /* ---------------------------------- EVENTS ---------------------------------- */

    /// @notice The round was opened; its escrow holds `total` of `asset`.
    event RoundOpened(address indexed asset, uint256 total, address guardian, address rule);

    /// @notice The round's phases end at these times; winners wait `challengeDelay` after the
    /// results, then can be paid for `payoutWindow`.
    event RoundScheduled(
        uint48 ideasEnd,
        uint48 reviewEnd,
        uint48 votingEnd,
        uint32 challengeDelay,
        uint32 payoutWindow
    );

    /// @notice How ballots and ideas are bounded, who may submit ideas, and the support a winner needs.
    event BallotRulesSet(
        uint8 minPicks,
        uint8 maxPicks,
        uint8 maxIdeasPerDistrict,
        uint8 maxIdeasPerMember,
        uint32 minApprovals,
        bool anyMemberMaySubmit
    );

    /// @notice `district` takes part with `budget`.
    event DistrictBudgetSet(uint16 indexed district, uint128 budget);

    /// @notice `reviewer` may assess this round's ideas.
    event ReviewerAdded(address indexed reviewer);

    /// @notice A member submitted an idea; `text` commits to its title and description, kept off
    /// chain in the content service.
    event IdeaSubmitted(
        uint256 indexed ideaId,
        uint16 indexed district,
        address indexed proposer,
        uint128 cost,
        bytes32 text
    );

    /// @notice The proposer withdrew an idea.
    event IdeaWithdrawn(uint256 indexed ideaId);

    /// @notice A reviewer assessed an idea, with a reason code and a commitment to the written
    /// reason, and (if feasible) its cost and payee.
    event IdeaReviewed(
        uint256 indexed ideaId,
        address indexed reviewer,
        bool feasible,
        uint128 previousCost,
        uint128 cost,
        address payee,
        ReviewReason code,
        bytes32 reason
    );

    /// @notice `voter` picked `ideaIds` in `district`; `replaced` when it replaced an earlier ballot.
    event BallotCast(address indexed voter, uint16 indexed district, uint256[] ideaIds, bool replaced);

    /// @notice An idea won funding in its district, with its approvals.
    event IdeaFunded(uint256 indexed ideaId, uint16 indexed district, uint128 cost, uint32 approvals);

    /// @notice A district's result: `allocated` of its `budget` went to winning ideas.
    event DistrictFinalized(uint16 indexed district, uint128 budget, uint128 allocated);

    /// @notice The results are final; winners can be released after the challenge delay.
    event RoundFinalized(uint256 allocated, uint48 challengeEndsAt);

    /// @notice The guardian (during the challenge delay) or the members' governance cancelled a winner.
    /// `reason` commits to the written reason.
    event WinnerCancelled(uint256 indexed ideaId, address indexed guardian, CancelReason code, bytes32 reason);

    /// @notice The members' governance closed the round; what it held went back to the treasury.
    event RoundClosed(address indexed governance);

    /// @notice `voter` made every ballot signature up to `nonce` unusable.
    event BallotSignaturesCancelled(address indexed voter, uint256 nonce);

    /// @notice A winner was paid.
    event IdeaReleased(uint256 indexed ideaId, address indexed payee, uint128 amount);

    /// @notice What was not allocated, or was cancelled, went back to the treasury.
    event UnspentReturned(address indexed treasury, uint256 amount);

    /* ---------------------------------- ERRORS ---------------------------------- */

    /// @notice The action belongs to phase `expected`; the round is in `actual`.
    error BudgetRoundWrongPhase(Phase expected, Phase actual);

    /// @notice The round's districts are empty, too many, duplicated, unknown, or without budgets.
    error BudgetRoundInvalidDistricts();

    /// @notice The schedule must run from now to ideasEnd to reviewEnd to votingEnd, with a payout window.
    error BudgetRoundInvalidSchedule(uint48 ideasEnd, uint48 reviewEnd, uint48 votingEnd);

    /// @notice 1 ≤ minPicks ≤ maxPicks ≤ maxIdeasPerDistrict ≤ 64 does not hold.
    error BudgetRoundInvalidPicks(uint8 minPicks, uint8 maxPicks, uint8 maxIdeasPerDistrict);

    /// @notice A member needs room for at least one idea (1 ≤ maxIdeasPerMember ≤ maxIdeasPerDistrict),
    /// and a winner at least one approval.
    error BudgetRoundInvalidLimits(uint8 maxIdeasPerMember, uint32 minApprovals);

    /// @notice A round needs reviewers and an allocation rule.
    error BudgetRoundMissingRole();

    /// @notice The escrow holds `balance` of the `required` budget.
    error BudgetRoundUnfunded(uint256 required, uint256 balance);

    /// @notice `account` is not a member.
    error BudgetRoundNotMember(address account);

    /// @notice `account` joined at `joinedAt`, not before the voting snapshot `snapshot`.
    error BudgetRoundJoinedAfterSnapshot(address account, uint48 joinedAt, uint48 snapshot);

    /// @notice `district` does not take part in this round.
    error BudgetRoundDistrictNotInRound(uint16 district);

    /// @notice `account`, a member of `memberDistrict`, may only submit ideas for its own district.
    error BudgetRoundNotYourDistrict(address account, uint16 memberDistrict, uint16 district);

    /// @notice `district` already has its maximum of `max` ideas.
    error BudgetRoundTooManyIdeas(uint16 district, uint8 max);

    /// @notice `account` already has its maximum of `max` ideas in this round.
    error BudgetRoundTooManyIdeasFromMember(address account, uint8 max);

    /// @notice A cost must be above zero and at most the district's budget.
    error BudgetRoundInvalidCost(uint128 cost, uint128 budget);

    /// @notice An idea needs its text's commitment.
    error BudgetRoundMissingText();

    /// @notice There is no idea `ideaId`.
    error BudgetRoundUnknownIdea(uint256 ideaId);

    /// @notice Idea `ideaId` is `actual`, not `expected`.
    error BudgetRoundIdeaStatus(uint256 ideaId, IdeaStatus expected, IdeaStatus actual);

    /// @notice Only the idea's proposer `proposer` may withdraw it.
    error BudgetRoundNotProposer(address caller, address proposer);

    /// @notice `caller` is not a reviewer of this round.
    error BudgetRoundNotReviewer(address caller);

    /// @notice A review or a cancellation needs its written reason's commitment.
    error BudgetRoundEmptyReason();

    /// @notice A feasible idea's reason code is Feasible; an infeasible one's says why not.
    error BudgetRoundReasonMismatch(bool feasible, ReviewReason code);

    /// @notice A feasible idea needs a payee.
    error BudgetRoundMissingPayee();

    /// @notice `payee` reviews this round, so cannot be paid by it.
    error BudgetRoundReviewerAsPayee(address payee);

    /// @notice A ballot picked `count` ideas; it must pick from `min` to `max`.
    error BudgetRoundPickCount(uint256 count, uint8 min, uint8 max);

    /// @notice Idea `ideaId` is in district `ideaDistrict`, not the voter's `voterDistrict`.
    error BudgetRoundIdeaInOtherDistrict(uint256 ideaId, uint16 ideaDistrict, uint16 voterDistrict);

    /// @notice Idea `ideaId` appears twice on the ballot.
    error BudgetRoundDuplicatePick(uint256 ideaId);

    /// @notice The ballot's ideas cost `total`, more than the district's `budget`.
    error BudgetRoundOverBudget(uint256 total, uint128 budget);

    /// @notice The signature is not `voter`'s ballot (wrong signer, reused, cancelled, replaced by a
    /// later ballot, or for another round or chain).
    error BudgetRoundInvalidSignature(address voter);

    /// @notice The signed ballot was valid until `deadline`.
    error BudgetRoundSignatureExpired(uint256 deadline);

    /// @notice `caller` is not the round's guardian (nor, after the results, its governance).
    error BudgetRoundNotGuardian(address caller);

    /// @notice `caller` is not the members' governance (the timelock).
    error BudgetRoundNotGovernance(address caller);

    /// @notice `district`'s budget has already been allocated.
    error BudgetRoundDistrictFinalized(uint16 district);

    /// @notice Nothing is left to return to the treasury.
    error BudgetRoundNothingToReturn();

    /* --------------------------------- FUNCTIONS -------------------------------- */

    /// @notice Submits an idea for `district` during the ideas phase. Eligible members only.
    /// @param text The commitment to the idea's title and description (stored off chain first).
    function submitIdea(uint16 district, uint128 cost, bytes32 text) external returns (uint256 ideaId);

    /// @notice Withdraws the caller's idea during the ideas phase.
    function withdrawIdea(uint256 ideaId) external;

    /// @notice Assesses an idea during the review phase, with a reason. Reviewers only.
    /// @param code Why, as data: Feasible for a feasible idea, another code for an infeasible one.
    /// @param reason The commitment to the written reason.
    function reviewIdea(
        uint256 ideaId,
        bool feasible,
        uint128 cost,
        address payee,
        ReviewReason code,
        bytes32 reason
    ) external;

    /// @notice Casts or replaces the caller's ballot during the voting phase.
    function castBallot(uint256[] calldata ideaIds) external;

    /// @notice Casts or replaces `voter`'s ballot from an EIP-712 signature, submitted by anyone
    /// until `deadline`. Any later ballot of the voter's, however cast, makes it unusable.
    function castBallotBySig(
        address voter,
        uint256[] calldata ideaIds,
        uint256 deadline,
        bytes calldata signature
    ) external;

    /// @notice Makes every ballot signature the caller has given so far unusable.
    function cancelBallotSignatures() external;

    /// @notice Allocates the budget of every district not yet allocated, once voting has ended,
    /// and publishes the results. Anyone may call it.
    function finalize() external;

    /// @notice Allocates one district's budget once voting has ended; the results are published
    /// with the last district. Anyone may call it. Each call's gas is bounded by one district's
    /// at most 64 ideas, so a round of any size can be finalized in steps.
    function finalizeDistrict(uint16 district) external;

    /// @notice Cancels a winner, with a reason: the guardian during the challenge delay, the
    /// members' governance (the timelock) at any time before it is paid.
    /// @param reason The commitment to the written reason.
    function cancelWinner(uint256 ideaId, CancelReason code, bytes32 reason) external;

    /// @notice Pays a winning idea's payee once the challenge delay is over, within the payout
    /// window. Anyone may call it. When the members require verified payees, the payee must be
    /// attested at that moment.
    function release(uint256 ideaId) external;

    /// @notice Returns what was not allocated, or was cancelled, to the treasury; once the round
    /// is closed, everything it still holds. Anyone may call it.
    function returnUnspent() external;

    /// @notice Closes the round at once in any phase and returns everything it holds to the
    /// treasury. The members' governance (the timelock) only.
    function closeRound() external;

    /// @notice The round's current phase.
    function phase() external view returns (Phase);
}
