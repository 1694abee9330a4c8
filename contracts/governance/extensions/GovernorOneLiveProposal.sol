// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";

/// @title GovernorOneLiveProposal
/// @notice Limits proposal spam: a proposer may have at most one proposal that is pending or
/// active at a time (Governor Bravo's rule), and must propose on a stake of its own. Once a
/// proposal is decided, cancelled or expired, its proposer may propose again.
/// @dev Per address alone, the limit could be dodged by delegating the same vote to a fresh
/// address each second; requiring the proposer's own stake ({_hasProposerStake}) makes it hold
/// per membership (or per holding), however the votes are delegated.
abstract contract GovernorOneLiveProposal is Governor {
    mapping(address proposer => uint256) private _latestProposalIds;

    /// @notice `proposer` already has `liveProposalId` pending or active.
    error GovernorProposerHasLiveProposal(address proposer, uint256 liveProposalId);

    /// @notice `proposer` has votes but no stake of its own (not a member; too few tokens of its own).
    error GovernorProposerWithoutStake(address proposer);

    /// @notice The id of the latest proposal made by `proposer` (0 if none).
    function latestProposalIdOf(address proposer) public view virtual returns (uint256) {
        return _latestProposalIds[proposer];
    }

    /// @dev Whether `proposer` holds a stake of its own (the voting source decides what that is).
    function _hasProposerStake(address proposer) internal view virtual returns (bool);

    /// @dev Refuses a proposer without a stake and a second live proposal, then records the new
    /// one as the proposer's latest.
    function _propose(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        string memory description,
        address proposer
    ) internal virtual override returns (uint256 proposalId) {
        if (!_hasProposerStake(proposer)) revert GovernorProposerWithoutStake(proposer);
        uint256 latest = _latestProposalIds[proposer];
        if (latest != 0) {
            ProposalState latestState = state(latest);
            if (latestState == ProposalState.Pending || latestState == ProposalState.Active) {
                revert GovernorProposerHasLiveProposal(proposer, latest);
            }
        }
        proposalId = super._propose(targets, values, calldatas, description, proposer);
        _latestProposalIds[proposer] = proposalId;
    }
}
