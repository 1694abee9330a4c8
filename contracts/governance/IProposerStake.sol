// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title Proposer stake
/// @notice What a voting source says about a would-be proposer's own stake, beside the votes
/// delegated to it: proposing needs a stake of one's own, so one membership (or one holding)
/// backs at most one live proposal however its votes are delegated.
interface IProposerStake {
    /// @notice Whether `account` holds a stake of its own to propose with, when proposing needs
    /// `threshold` votes: a membership of its own (membership mode), or at least `threshold`
    /// tokens of its own (token mode).
    function hasProposerStake(address account, uint256 threshold) external view returns (bool);
}
