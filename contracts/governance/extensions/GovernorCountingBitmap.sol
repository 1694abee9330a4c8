// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

// CLOCK_MODE and COUNTING_MODE are the names ERC-6372 and the Governor interface define.
/* solhint-disable func-name-mixedcase */

import {Governor, IGovernor} from "@openzeppelin/contracts/governance/Governor.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";

/// @title GovernorCountingBitmap
/// @notice For / Against / Abstain counting (the same COUNTING_MODE as OpenZeppelin's
/// GovernorCountingSimple) with cheaper storage for the voting path and a majority the members
/// choose: the share of For among For + Against a proposal needs, as an exact fraction.
/// @dev The majority: a proposal passes when For >= numerator / denominator of (For + Against)
/// and For > Against. One half is therefore a strict majority (a tie fails, as in
/// GovernorCountingSimple, and the default); 3/5 passes 3 For to 2 Against; 2/3 passes an
/// exact 2 : 1; 1/1 needs no Against at all. A fraction, not basis points, because two thirds
/// has no exact value in basis points (6667 would refuse an exact 2 : 1, 6666 pass less than
/// two thirds). Like OpenZeppelin's quorum fraction it is checkpointed by clock: a proposal is
/// judged by the majority in force at its snapshot (when its vote opens), so a change never
/// moves a vote that is running or decided. Reading it costs nothing while voting: only
/// state() after the deadline (queue, execute) looks it up.
/// Beside the majority, three differences from GovernorCountingSimple, all about gas on the
/// voting path:
/// - "has voted" is one bit in a per-voter bitmap indexed by proposal id. With sequential ids
///   (GovernorSequentialProposalId) a voter's 256 consecutive proposals share one word, so every
///   vote after a voter's first in that range writes a non-zero word (~5k gas) instead of a
///   fresh slot (~22k). With hash ids it stays correct, just without the saving.
/// - The first vote on a proposal caches its quorum. Quorum at a past snapshot never changes,
///   but computing it reads the quorum history and a binary search through the voting source's
///   total-supply checkpoints — a dozen cold reads in a fund with thousands of members — and
///   GovernorPreventLateQuorum asks for it after every vote until quorum is reached.
/// - For and Abstain share one slot (the one the quorum check reads); Against shares one with
///   the cached quorum. Tallies are 128-bit: one that would pass 2^128 reverts (SafeCast).
/// One difference in behaviour: an account without votes at the snapshot cannot vote (it would
/// count nothing, only say so in the record). It reverts with {GovernorNoVotingPower}.
abstract contract GovernorCountingBitmap is Governor {
    using Checkpoints for Checkpoints.Trace208;

    /// @notice The majority a proposal needs changed from `oldNumerator / oldDenominator` to
    /// `newNumerator / newDenominator` (of For + Against), for proposals whose vote opens later.
    event MajoritySet(uint256 oldNumerator, uint256 oldDenominator, uint256 newNumerator, uint256 newDenominator);

    /// @notice `numerator / denominator` is not a majority: it must be from one half to one
    /// (numerator <= denominator <= 2 * numerator) with a denominator from 1 to 65535.
    error GovernorInvalidMajority(uint256 numerator, uint256 denominator);

    /// @notice `voter` had no votes at the snapshot of `proposalId` (not yet a member then, or
    /// its vote was delegated to someone else).
    error GovernorNoVotingPower(address voter, uint256 proposalId);

    /// @notice Supported vote types, in Governor Bravo's order.
    enum VoteType {
        Against,
        For,
        Abstain
    }

    struct Tally {
        uint128 forVotes;
        uint128 abstainVotes;
        uint128 againstVotes;
        // quorum(snapshot) + 1 once cached; 0 means not cached yet.
        uint128 quorumPlusOne;
    }

    mapping(uint256 proposalId => Tally) private _tallies;
    mapping(address voter => mapping(uint256 word => uint256 bits)) private _votedBits;
    // By clock: numerator << 16 | denominator, both at most 16 bits.
    Checkpoints.Trace208 private _majorityHistory;

    /// @notice Sets the majority proposals need from the start; see {setMajority} for its range.
    /// @param majorityNumerator With `majorityDenominator`, the share of For among For + Against
    /// a proposal needs (1 / 2: more For than Against).
    /// @param majorityDenominator See `majorityNumerator`.
    constructor(uint256 majorityNumerator, uint256 majorityDenominator) {
        // In force from timepoint 0: the clock's source (GovernorVotes) is not set yet.
        _setMajority(majorityNumerator, majorityDenominator, 0);
    }

    /// @inheritdoc IGovernor
    function COUNTING_MODE() public pure virtual override returns (string memory) {
        return "support=bravo&quorum=for,abstain";
    }

    /// @inheritdoc IGovernor
    function hasVoted(uint256 proposalId, address account) public view virtual override returns (bool) {
        return _votedBits[account][proposalId >> 8] & _bit(proposalId) != 0;
    }

    /// @notice The tallies of `proposalId`, in Governor Bravo's order.
    function proposalVotes(
        uint256 proposalId
    ) public view virtual returns (uint256 againstVotes, uint256 forVotes, uint256 abstainVotes) {
        Tally storage tally = _tallies[proposalId];
        return (tally.againstVotes, tally.forVotes, tally.abstainVotes);
    }

    /// @notice The majority in force now: a proposal whose vote opens from now on needs For to be
    /// at least `numerator / denominator` of For + Against, and more than Against.
    function majority() public view virtual returns (uint256 numerator, uint256 denominator) {
        return _unpackMajority(_majorityHistory.latest());
    }

    /// @notice The majority `proposalId` needs: the one in force at its snapshot, whatever
    /// changed after its vote opened. For an unknown id (snapshot 0): the deployment's majority.
    function proposalMajority(uint256 proposalId) public view virtual returns (uint256 numerator, uint256 denominator) {
        uint48 snapshot = SafeCast.toUint48(proposalSnapshot(proposalId));
        return _unpackMajority(_majorityHistory.upperLookupRecent(snapshot));
    }

    /// @notice Changes the majority proposals need, from the next snapshot on (a proposal
    /// whose vote has opened keeps its own). Only by a passed proposal.
    /// @param numerator With `denominator`, the share of For among For + Against: from one
    /// half (1 / 2, more For than Against) to all (1 / 1), e.g. 3 / 5 for 60 %, 2 / 3.
    /// @param denominator From 1 to 65535, at most twice `numerator`.
    function setMajority(uint256 numerator, uint256 denominator) public virtual onlyGovernance {
        _setMajority(numerator, denominator, clock());
    }

    /// @dev Checks and records a new majority, in force from `timepoint` on; emits {MajoritySet}.
    function _setMajority(uint256 numerator, uint256 denominator, uint48 timepoint) internal virtual {
        // Checked in this order, 2 * numerator cannot overflow: numerator <= denominator < 2^16.
        if (
            denominator == 0 || denominator > type(uint16).max || numerator > denominator || 2 * numerator < denominator
        ) revert GovernorInvalidMajority(numerator, denominator);
        (uint256 oldNumerator, uint256 oldDenominator) = majority();
        _majorityHistory.push(timepoint, uint208((numerator << 16) | denominator));
        emit MajoritySet(oldNumerator, oldDenominator, numerator, denominator);
    }

    /// @dev Quorum counts For and Abstain, like GovernorCountingSimple.
    function _quorumReached(uint256 proposalId) internal view virtual override returns (bool) {
        Tally storage tally = _tallies[proposalId];
        uint256 cached = tally.quorumPlusOne;
        uint256 required = cached != 0 ? cached - 1 : quorum(proposalSnapshot(proposalId));
        return required <= uint256(tally.forVotes) + tally.abstainVotes;
    }

    /// @dev A proposal succeeds when For is more than Against and at least its majority of
    /// For + Against: For * denominator >= numerator * (For + Against), exact in integers
    /// (tallies are below 2^128 and the fraction's terms below 2^16).
    function _voteSucceeded(uint256 proposalId) internal view virtual override returns (bool) {
        Tally storage tally = _tallies[proposalId];
        uint256 forVotes = tally.forVotes;
        uint256 againstVotes = tally.againstVotes;
        (uint256 numerator, uint256 denominator) = proposalMajority(proposalId);
        return forVotes > againstVotes && forVotes * denominator >= numerator * (forVotes + againstVotes);
    }

    /// @dev Records the vote once per account and proposal; `support` follows {VoteType}.
    function _countVote(
        uint256 proposalId,
        address account,
        uint8 support,
        uint256 totalWeight,
        bytes memory // params
    ) internal virtual override returns (uint256) {
        if (totalWeight == 0) revert GovernorNoVotingPower(account, proposalId);
        uint256 word = proposalId >> 8;
        uint256 bit = _bit(proposalId);
        uint256 bits = _votedBits[account][word];
        if (bits & bit != 0) revert GovernorAlreadyCastVote(account);
        _votedBits[account][word] = bits | bit;

        Tally storage tally = _tallies[proposalId];
        if (tally.quorumPlusOne == 0) {
            // The snapshot is in the past (the vote is open), so this value is final.
            uint256 required = quorum(proposalSnapshot(proposalId));
            if (required < type(uint128).max) tally.quorumPlusOne = uint128(required + 1);
        }
        if (support == uint8(VoteType.Against)) {
            tally.againstVotes = SafeCast.toUint128(tally.againstVotes + totalWeight);
        } else if (support == uint8(VoteType.For)) {
            tally.forVotes = SafeCast.toUint128(tally.forVotes + totalWeight);
        } else if (support == uint8(VoteType.Abstain)) {
            tally.abstainVotes = SafeCast.toUint128(tally.abstainVotes + totalWeight);
        } else {
            revert GovernorInvalidVoteType();
        }
        return totalWeight;
    }

    function _unpackMajority(uint208 packed) private pure returns (uint256 numerator, uint256 denominator) {
        return (packed >> 16, packed & type(uint16).max);
    }

    function _bit(uint256 proposalId) private pure returns (uint256) {
        return 1 << (proposalId & 0xff);
    }
}
