// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

// CLOCK_MODE and COUNTING_MODE are the names ERC-6372 and the Governor interface define.
/* solhint-disable func-name-mixedcase */

import {Governor, IGovernor} from "@openzeppelin/contracts/governance/Governor.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title GovernorCountingBitmap
/// @notice Simple For / Against / Abstain counting (the same rules and COUNTING_MODE as
/// OpenZeppelin's GovernorCountingSimple) with cheaper storage for the voting path.
/// @dev Three differences from GovernorCountingSimple, all about gas on the voting path:
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

    /// @dev Quorum counts For and Abstain, like GovernorCountingSimple.
    function _quorumReached(uint256 proposalId) internal view virtual override returns (bool) {
        Tally storage tally = _tallies[proposalId];
        uint256 cached = tally.quorumPlusOne;
        uint256 required = cached != 0 ? cached - 1 : quorum(proposalSnapshot(proposalId));
        return required <= uint256(tally.forVotes) + tally.abstainVotes;
    }

    /// @dev A proposal succeeds when For is strictly more than Against.
    function _voteSucceeded(uint256 proposalId) internal view virtual override returns (bool) {
        Tally storage tally = _tallies[proposalId];
        return tally.forVotes > tally.againstVotes;
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

    function _bit(uint256 proposalId) private pure returns (uint256) {
        return 1 << (proposalId & 0xff);
    }
}
