// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IMembership} from "../membership/IMembership.sol";
import {ITreasury} from "../treasury/ITreasury.sol";
import {IAllocationRule} from "./IAllocationRule.sol";
import {IBudgetRound} from "./IBudgetRound.sol";

/// @title BudgetRound
/// @notice One participatory-budgeting round, run as minimal clones by the BudgetRoundFactory.
/// The escrow holds the whole budget from the start; money leaves only to a winner's payee
/// (after the results and the challenge delay) or back to the treasury.
/// @dev Every loop is bounded: at most 16 districts, 64 ideas a district, 64 picks a ballot.
/// A ballot is a 64-bit set of the district's idea slots, so replacing one costs its picks.
/// Every krone has a way out: to a winner's payee, or back to the treasury — unallocated and
/// cancelled money at once, a winner that could not be paid when the payout window ends, and
/// everything when the members close the round.
contract BudgetRound is IBudgetRound, Initializable, EIP712 {
    using SafeERC20 for IERC20;

    /// @notice Most districts one round can have.
    uint256 public constant MAX_DISTRICTS = 16;
    /// @notice Most ideas one district can receive: a ballot is a 64-bit set of its ideas.
    uint8 public constant MAX_IDEAS_PER_DISTRICT = 64;
    /// @notice EIP-712 type of a signed ballot.
    bytes32 public constant BALLOT_TYPEHASH = keccak256(
        "Ballot(address voter,uint256[] ideaIds,uint256 nonce,uint256 deadline)"
    );

    struct District {
        uint128 budget;
        uint128 allocated;
        uint8 ideaCount;
        bool taking;
        bool finalized;
    }

    struct Idea {
        uint128 cost;
        uint32 approvals;
        uint16 district;
        uint8 slot;
        IdeaStatus status;
        address proposer;
        address payee;
    }

    /// @dev The voter's ballot nonce lives in the ballot's own slot (instead of OpenZeppelin's
    /// Nonces), so every ballot, direct or signed, uses it up at no extra storage write: a signed
    /// ballot is valid only while no later ballot of the voter's has been cast.
    struct Ballot {
        uint64 picks;
        uint16 district;
        uint64 nonce;
    }

    /// @notice The factory that opened this round.
    address public factory;
    /// @notice Who may take part, and in which district.
    IMembership public membership;
    /// @notice Where unspent budgets return.
    ITreasury public treasury;
    /// @notice The ERC-20 the budgets are in.
    IERC20 public asset;
    /// @notice How each district's budget is allocated.
    IAllocationRule public rule;
    /// @notice The account that may cancel a winner during the challenge delay.
    address public guardian;

    /// @notice End of the ideas phase.
    uint48 public ideasEnd;
    /// @notice End of the review phase, and the voting snapshot.
    uint48 public reviewEnd;
    /// @notice End of voting.
    uint48 public votingEnd;
    /// @notice When the results were finalized (0 before).
    uint48 public finalizedAt;
    /// @notice Seconds after the results in which the guardian may cancel a winner.
    uint32 public challengeDelay;
    /// @notice Fewest ideas on a ballot.
    uint8 public minPicks;
    /// @notice Most ideas on a ballot.
    uint8 public maxPicks;
    /// @notice Most ideas a district can receive.
    uint8 public maxIdeasPerDistrict;
    /// @notice Whether any member may submit ideas for any district.
    bool public anyMemberMaySubmit;
    /// @notice Most ideas one member may have in the round.
    uint8 public maxIdeasPerMember;
    /// @notice Fewest approvals a winner needs.
    uint32 public minApprovals;
    /// @notice Seconds after the challenge delay in which winners can be paid.
    uint32 public payoutWindow;
    /// @notice When the members closed the round (0 while open).
    uint48 public closedAt;

    /// @notice The whole budget.
    uint128 public total;
    /// @notice What is allocated but not yet released or cancelled.
    uint128 public outstanding;

    uint16[] private _districtIds;
    /// @dev Districts not yet allocated, and what the allocated ones received, until the results.
    uint16 private _districtsLeft;
    uint128 private _allocatedSoFar;
    mapping(uint16 district => District) private _districts;
    mapping(uint16 district => mapping(uint8 slot => uint256 ideaId)) private _ideaInSlot;
    mapping(uint256 ideaId => Idea) private _ideas;
    uint256 private _ideaCount;
    mapping(address voter => Ballot) private _ballots;
    mapping(address account => bool) private _reviewers;
    mapping(address member => uint8) private _ideasBy;

    /// @dev The implementation is never used directly; clones are initialized by the factory.
    constructor() EIP712("Pulje Budget Round", "1") {
        _disableInitializers();
    }

    /// @notice Sets up a clone and checks its escrow already holds the whole budget (the
    /// opening proposal pays it in before creating the round). Called by the factory, once.
    function initialize(RoundParams calldata p, IMembership membership_, ITreasury treasury_) external initializer {
        factory = msg.sender;
        membership = membership_;
        treasury = treasury_;
        asset = p.asset;
        rule = p.rule;
        guardian = p.guardian;
        if (
            !(block.timestamp < p.ideasEnd && p.ideasEnd < p.reviewEnd && p.reviewEnd < p.votingEnd) ||
            p.payoutWindow == 0
        ) {
            revert BudgetRoundInvalidSchedule(p.ideasEnd, p.reviewEnd, p.votingEnd);
        }
        if (
            p.minPicks == 0 ||
            p.minPicks > p.maxPicks ||
            p.maxPicks > p.maxIdeasPerDistrict ||
            p.maxIdeasPerDistrict > MAX_IDEAS_PER_DISTRICT
        ) revert BudgetRoundInvalidPicks(p.minPicks, p.maxPicks, p.maxIdeasPerDistrict);
        if (p.maxIdeasPerMember == 0 || p.maxIdeasPerMember > p.maxIdeasPerDistrict || p.minApprovals == 0) {
            revert BudgetRoundInvalidLimits(p.maxIdeasPerMember, p.minApprovals);
        }
        if (p.reviewers.length == 0 || address(p.rule) == address(0)) revert BudgetRoundMissingRole();
        (ideasEnd, reviewEnd, votingEnd, challengeDelay) = (p.ideasEnd, p.reviewEnd, p.votingEnd, p.challengeDelay);
        (minPicks, maxPicks, maxIdeasPerDistrict) = (p.minPicks, p.maxPicks, p.maxIdeasPerDistrict);
        anyMemberMaySubmit = p.anyMemberMaySubmit;
        (maxIdeasPerMember, minApprovals, payoutWindow) = (p.maxIdeasPerMember, p.minApprovals, p.payoutWindow);

        uint256 sum = _setDistricts(p.districts, p.budgets);
        for (uint256 i = 0; i < p.reviewers.length; ++i) {
            _reviewers[p.reviewers[i]] = true;
            emit ReviewerAdded(p.reviewers[i]);
        }
        uint256 balance = p.asset.balanceOf(address(this));
        if (balance < sum) revert BudgetRoundUnfunded(sum, balance);
        total = uint128(sum);
        emit RoundOpened(address(p.asset), sum, p.guardian, address(p.rule));
        emit RoundScheduled(p.ideasEnd, p.reviewEnd, p.votingEnd, p.challengeDelay, p.payoutWindow);
        emit BallotRulesSet(
            p.minPicks,
            p.maxPicks,
            p.maxIdeasPerDistrict,
            p.maxIdeasPerMember,
            p.minApprovals,
            p.anyMemberMaySubmit
        );
    }

    /* ---------------------------------- IDEAS ----------------------------------- */

    /// @inheritdoc IBudgetRound
    function submitIdea(uint16 district, uint128 cost, bytes32 text) external returns (uint256 ideaId) {
        _requirePhase(Phase.Ideas);
        District storage d = _districts[district];
        if (!d.taking) revert BudgetRoundDistrictNotInRound(district);
        (uint16 memberDistrict, ) = _member(msg.sender);
        if (!anyMemberMaySubmit && memberDistrict != district) {
            revert BudgetRoundNotYourDistrict(msg.sender, memberDistrict, district);
        }
        if (d.ideaCount >= maxIdeasPerDistrict) revert BudgetRoundTooManyIdeas(district, maxIdeasPerDistrict);
        // One member cannot fill a district's slots: withdrawn ideas give theirs back.
        if (_ideasBy[msg.sender] >= maxIdeasPerMember) {
            revert BudgetRoundTooManyIdeasFromMember(msg.sender, maxIdeasPerMember);
        }
        if (cost == 0 || cost > d.budget) revert BudgetRoundInvalidCost(cost, d.budget);
        if (text == bytes32(0)) revert BudgetRoundMissingText();

        ++_ideasBy[msg.sender];
        ideaId = ++_ideaCount;
        uint8 slot = d.ideaCount++;
        _ideaInSlot[district][slot] = ideaId;
        _ideas[ideaId] = Idea({
            cost: cost,
            approvals: 0,
            district: district,
            slot: slot,
            status: IdeaStatus.Submitted,
            proposer: msg.sender,
            payee: address(0)
        });
        emit IdeaSubmitted(ideaId, district, msg.sender, cost, text);
    }

    /// @inheritdoc IBudgetRound
    function withdrawIdea(uint256 ideaId) external {
        _requirePhase(Phase.Ideas);
        Idea storage idea = _idea(ideaId);
        if (idea.proposer != msg.sender) revert BudgetRoundNotProposer(msg.sender, idea.proposer);
        _requireStatus(ideaId, idea, IdeaStatus.Submitted);
        idea.status = IdeaStatus.Withdrawn;
        --_ideasBy[msg.sender];
        // The district's last idea takes the freed slot: slots stay dense, and no ballot exists
        // yet (this is the ideas phase) whose picks could point at a moved slot.
        District storage d = _districts[idea.district];
        uint8 last = --d.ideaCount;
        if (idea.slot != last) {
            uint256 moved = _ideaInSlot[idea.district][last];
            _ideaInSlot[idea.district][idea.slot] = moved;
            _ideas[moved].slot = idea.slot;
        }
        delete _ideaInSlot[idea.district][last];
        emit IdeaWithdrawn(ideaId);
    }

    /* --------------------------------- REVIEW ----------------------------------- */

    /// @inheritdoc IBudgetRound
    /// @dev A reviewer may revise an assessment until the review phase ends.
    function reviewIdea(
        uint256 ideaId,
        bool feasible,
        uint128 cost,
        address payee,
        ReviewReason code,
        bytes32 reason
    ) external {
        _requirePhase(Phase.Review);
        if (!_reviewers[msg.sender]) revert BudgetRoundNotReviewer(msg.sender);
        Idea storage idea = _idea(ideaId);
        if (
            idea.status != IdeaStatus.Submitted &&
            idea.status != IdeaStatus.Feasible &&
            idea.status != IdeaStatus.Infeasible
        ) {
            revert BudgetRoundIdeaStatus(ideaId, IdeaStatus.Submitted, idea.status);
        }
        if (reason == bytes32(0)) revert BudgetRoundEmptyReason();
        if (feasible != (code == ReviewReason.Feasible)) revert BudgetRoundReasonMismatch(feasible, code);
        uint128 previousCost = idea.cost;
        if (feasible) {
            uint128 budget = _districts[idea.district].budget;
            if (cost == 0 || cost > budget) revert BudgetRoundInvalidCost(cost, budget);
            if (payee == address(0)) revert BudgetRoundMissingPayee();
            // Reviewers decide who is paid; none of them may name a reviewer.
            if (_reviewers[payee]) revert BudgetRoundReviewerAsPayee(payee);
            (idea.status, idea.cost, idea.payee) = (IdeaStatus.Feasible, cost, payee);
        } else {
            (idea.status, idea.payee) = (IdeaStatus.Infeasible, address(0));
        }
        emit IdeaReviewed(ideaId, msg.sender, feasible, previousCost, idea.cost, idea.payee, code, reason);
    }

    /* --------------------------------- VOTING ----------------------------------- */

    /// @inheritdoc IBudgetRound
    function castBallot(uint256[] calldata ideaIds) external {
        _castBallot(msg.sender, ideaIds);
    }

    /// @inheritdoc IBudgetRound
    function castBallotBySig(
        address voter,
        uint256[] calldata ideaIds,
        uint256 deadline,
        bytes calldata signature
    ) external {
        if (block.timestamp > deadline) revert BudgetRoundSignatureExpired(deadline);
        bytes32 digest = _hashTypedDataV4(
            keccak256(
                abi.encode(
                    BALLOT_TYPEHASH,
                    voter,
                    keccak256(abi.encodePacked(ideaIds)),
                    _ballots[voter].nonce,
                    deadline
                )
            )
        );
        if (!SignatureChecker.isValidSignatureNow(voter, digest, signature)) revert BudgetRoundInvalidSignature(voter);
        _castBallot(voter, ideaIds);
    }

    /// @inheritdoc IBudgetRound
    function cancelBallotSignatures() external {
        uint64 used = _ballots[msg.sender].nonce++;
        emit BallotSignaturesCancelled(msg.sender, used);
    }

    /// @dev Every ballot uses up the voter's nonce, so an older signature cannot replace it.
    function _castBallot(address voter, uint256[] calldata ideaIds) private {
        _requirePhase(Phase.Voting);
        (uint16 district, uint48 joinedAt) = _member(voter);
        // The voter list is fixed when voting opens: only members admitted before reviewEnd vote.
        if (joinedAt >= reviewEnd) revert BudgetRoundJoinedAfterSnapshot(voter, joinedAt, reviewEnd);
        District storage d = _districts[district];
        if (!d.taking) revert BudgetRoundDistrictNotInRound(district);
        if (ideaIds.length < minPicks || ideaIds.length > maxPicks) {
            revert BudgetRoundPickCount(ideaIds.length, minPicks, maxPicks);
        }

        uint64 picks;
        uint256 cost;
        for (uint256 i = 0; i < ideaIds.length; ++i) {
            Idea storage idea = _idea(ideaIds[i]);
            if (idea.status != IdeaStatus.Feasible) {
                revert BudgetRoundIdeaStatus(ideaIds[i], IdeaStatus.Feasible, idea.status);
            }
            if (idea.district != district) revert BudgetRoundIdeaInOtherDistrict(ideaIds[i], idea.district, district);
            uint64 bit = uint64(1) << idea.slot;
            if (picks & bit != 0) revert BudgetRoundDuplicatePick(ideaIds[i]);
            picks |= bit;
            cost += idea.cost;
        }
        if (cost > d.budget) revert BudgetRoundOverBudget(cost, d.budget);

        // Replacing a ballot takes its approvals back first, in the district it was cast in:
        // each member counts once, where they voted.
        Ballot storage ballot = _ballots[voter];
        uint64 previous = ballot.picks;
        _count(ballot.district, previous, false);
        _count(district, picks, true);
        (ballot.picks, ballot.district, ballot.nonce) = (picks, district, ballot.nonce + 1);
        emit BallotCast(voter, district, ideaIds, previous != 0);
    }

    /// @dev Adds or removes one approval for each idea slot set in `picks`.
    function _count(uint16 district, uint64 picks, bool add) private {
        while (picks != 0) {
            uint8 slot = _lowestBit(picks);
            picks &= picks - 1;
            Idea storage idea = _ideas[_ideaInSlot[district][slot]];
            if (add) ++idea.approvals;
            else --idea.approvals;
        }
    }

    /* --------------------------------- RESULTS ---------------------------------- */

    /// @inheritdoc IBudgetRound
    function finalize() external {
        _requirePhase(Phase.Tally);
        for (uint256 i = 0; i < _districtIds.length; ++i) {
            if (!_districts[_districtIds[i]].finalized) _finalizeDistrict(_districtIds[i]);
        }
    }

    /// @inheritdoc IBudgetRound
    function finalizeDistrict(uint16 district) external {
        _requirePhase(Phase.Tally);
        District storage d = _districts[district];
        if (!d.taking) revert BudgetRoundDistrictNotInRound(district);
        if (d.finalized) revert BudgetRoundDistrictFinalized(district);
        _finalizeDistrict(district);
    }

    /// @dev Allocates one district; with the last one, the results are published and the
    /// challenge delay starts.
    function _finalizeDistrict(uint16 district) private {
        District storage d = _districts[district];
        uint128 allocated;
        IAllocationRule.Candidate[] memory candidates = new IAllocationRule.Candidate[](d.ideaCount);
        uint256 n;
        for (uint8 slot = 0; slot < d.ideaCount; ++slot) {
            uint256 ideaId = _ideaInSlot[district][slot];
            Idea storage idea = _ideas[ideaId];
            // An idea needs the round's minimum support to be allocated anything.
            if (idea.status == IdeaStatus.Feasible && idea.approvals >= minApprovals) {
                candidates[n++] = IAllocationRule.Candidate(ideaId, idea.cost, idea.approvals);
            }
        }
        assembly ("memory-safe") {
            mstore(candidates, n) // only the feasible ones with enough support
        }
        bool[] memory funded = rule.allocate(candidates, d.budget);
        for (uint256 i = 0; i < n; ++i) {
            if (!funded[i]) continue;
            Idea storage idea = _ideas[candidates[i].ideaId];
            idea.status = IdeaStatus.Funded;
            allocated += idea.cost;
            emit IdeaFunded(candidates[i].ideaId, district, idea.cost, idea.approvals);
        }
        // A rule that overspends is refused here rather than trusted.
        if (allocated > d.budget) revert BudgetRoundOverBudget(allocated, d.budget);
        (d.allocated, d.finalized) = (allocated, true);
        emit DistrictFinalized(district, d.budget, allocated);

        _allocatedSoFar += allocated;
        if (--_districtsLeft == 0) {
            outstanding = _allocatedSoFar;
            finalizedAt = uint48(block.timestamp);
            emit RoundFinalized(_allocatedSoFar, finalizedAt + challengeDelay);
        }
    }

    /* --------------------------------- PAYOUT ----------------------------------- */

    /// @inheritdoc IBudgetRound
    function cancelWinner(uint256 ideaId, CancelReason code, bytes32 reason) external {
        // The guardian objects during the challenge delay; the members may decide at any time
        // until the winner is paid. With no guardian (zero) nobody matches it.
        Phase actual = phase();
        bool byMembers = msg.sender == _governance();
        if (actual != Phase.Challenge && !(byMembers && actual == Phase.Payout)) {
            revert BudgetRoundWrongPhase(Phase.Challenge, actual);
        }
        if (!byMembers && msg.sender != guardian) revert BudgetRoundNotGuardian(msg.sender);
        if (reason == bytes32(0)) revert BudgetRoundEmptyReason();
        Idea storage idea = _idea(ideaId);
        _requireStatus(ideaId, idea, IdeaStatus.Funded);
        idea.status = IdeaStatus.Cancelled;
        outstanding -= idea.cost;
        emit WinnerCancelled(ideaId, msg.sender, code, reason);
    }

    /// @inheritdoc IBudgetRound
    function release(uint256 ideaId) external {
        _requirePhase(Phase.Payout);
        Idea storage idea = _idea(ideaId);
        _requireStatus(ideaId, idea, IdeaStatus.Funded);
        // When the members require verified payees, a winner's payee must be attested now.
        treasury.payees().checkPayee(idea.payee);
        idea.status = IdeaStatus.Released;
        outstanding -= idea.cost;
        emit IdeaReleased(ideaId, idea.payee, idea.cost);
        asset.safeTransfer(idea.payee, idea.cost);
    }

    /// @inheritdoc IBudgetRound
    function returnUnspent() external {
        Phase actual = phase();
        if (actual != Phase.Payout && actual != Phase.Closed) revert BudgetRoundWrongPhase(Phase.Payout, actual);
        // Once closed, no winner can be paid any more: what they were owed goes back too.
        if (actual == Phase.Closed) outstanding = 0;
        uint256 amount = asset.balanceOf(address(this)) - outstanding;
        if (amount == 0) revert BudgetRoundNothingToReturn();
        _returnToTreasury(amount);
    }

    /// @inheritdoc IBudgetRound
    function closeRound() external {
        if (msg.sender != _governance()) revert BudgetRoundNotGovernance(msg.sender);
        Phase actual = phase();
        if (actual == Phase.Closed) revert BudgetRoundWrongPhase(Phase.Payout, actual);
        closedAt = uint48(block.timestamp);
        outstanding = 0;
        emit RoundClosed(msg.sender);
        uint256 amount = asset.balanceOf(address(this));
        if (amount != 0) _returnToTreasury(amount);
    }

    /// @dev Goes through the treasury's depositToken, so the treasury records the return too.
    function _returnToTreasury(uint256 amount) private {
        emit UnspentReturned(address(treasury), amount);
        asset.forceApprove(address(treasury), amount);
        treasury.depositToken(asset, amount, bytes32(0)); // the treasury's record names the round as sender
    }

    /* ---------------------------------- VIEWS ----------------------------------- */

    /// @inheritdoc IBudgetRound
    function phase() public view returns (Phase) {
        if (closedAt != 0) return Phase.Closed;
        if (finalizedAt != 0) {
            uint256 challengeEnds = finalizedAt + challengeDelay;
            if (block.timestamp < challengeEnds) return Phase.Challenge;
            return block.timestamp < challengeEnds + payoutWindow ? Phase.Payout : Phase.Closed;
        }
        if (block.timestamp < ideasEnd) return Phase.Ideas;
        if (block.timestamp < reviewEnd) return Phase.Review;
        if (block.timestamp < votingEnd) return Phase.Voting;
        return Phase.Tally;
    }

    /// @notice The districts taking part, in order.
    function districts() external view returns (uint16[] memory) {
        return _districtIds;
    }

    /// @notice A district's budget, what was allocated to it, how many ideas it received, and
    /// whether its allocation is done.
    function districtOf(
        uint16 district
    ) external view returns (uint128 budget, uint128 allocated, uint8 ideas, bool finalized) {
        District storage d = _districts[district];
        return (d.budget, d.allocated, d.ideaCount, d.finalized);
    }

    /// @notice The ideas submitted so far (ids run from 1).
    function ideaCount() external view returns (uint256) {
        return _ideaCount;
    }

    /// @notice An idea's state (its text is in its IdeaSubmitted event).
    function ideaOf(uint256 ideaId) external view returns (Idea memory) {
        return _ideas[ideaId];
    }

    /// @notice The ideas on `voter`'s current ballot, as a set of district slots, and its district.
    function ballotOf(address voter) external view returns (uint64 picks, uint16 district) {
        Ballot storage b = _ballots[voter];
        return (b.picks, b.district);
    }

    /// @notice Whether `account` reviews this round.
    function isReviewer(address account) external view returns (bool) {
        return _reviewers[account];
    }

    /// @notice The nonce `voter`'s next signed ballot must carry.
    function nonces(address voter) external view returns (uint256) {
        return _ballots[voter].nonce;
    }

    /// @notice How many ideas `member` has in the round (withdrawn ones not counted).
    function ideasBy(address member) external view returns (uint8) {
        return _ideasBy[member];
    }

    /* -------------------------------- INTERNAL ---------------------------------- */

    function _setDistricts(uint16[] calldata ids, uint128[] calldata budgets) private returns (uint256 sum) {
        uint256 known = membership.districtCount();
        if (ids.length == 0 || ids.length > MAX_DISTRICTS || ids.length != budgets.length) {
            revert BudgetRoundInvalidDistricts();
        }
        for (uint256 i = 0; i < ids.length; ++i) {
            District storage d = _districts[ids[i]];
            if (ids[i] >= known || d.taking || budgets[i] == 0) revert BudgetRoundInvalidDistricts();
            (d.budget, d.taking) = (budgets[i], true);
            _districtIds.push(ids[i]);
            ++_districtsLeft;
            sum += budgets[i];
            emit DistrictBudgetSet(ids[i], budgets[i]);
        }
    }

    /// @dev The members' governance: whoever owns the factory (the timelock).
    function _governance() private view returns (address) {
        return Ownable(factory).owner();
    }

    /// @dev The account's district and joining time; reverts for a non-member.
    function _member(address account) private view returns (uint16 district, uint48 joinedAt) {
        if (!membership.isMember(account)) revert BudgetRoundNotMember(account);
        return membership.memberOf(account);
    }

    function _idea(uint256 ideaId) private view returns (Idea storage idea) {
        idea = _ideas[ideaId];
        if (idea.status == IdeaStatus.None) revert BudgetRoundUnknownIdea(ideaId);
    }

    function _requireStatus(uint256 ideaId, Idea storage idea, IdeaStatus expected) private view {
        if (idea.status != expected) revert BudgetRoundIdeaStatus(ideaId, expected, idea.status);
    }

    function _requirePhase(Phase expected) private view {
        Phase actual = phase();
        if (actual != expected) revert BudgetRoundWrongPhase(expected, actual);
    }

    function _lowestBit(uint64 bits) private pure returns (uint8 slot) {
        while (bits & 1 == 0) {
            bits >>= 1;
            ++slot;
        }
    }
}
