// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorPreventLateQuorum} from "@openzeppelin/contracts/governance/extensions/GovernorPreventLateQuorum.sol";
import {GovernorProposalGuardian} from "@openzeppelin/contracts/governance/extensions/GovernorProposalGuardian.sol";
import {GovernorSequentialProposalId} from "@openzeppelin/contracts/governance/extensions/GovernorSequentialProposalId.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorStorage} from "@openzeppelin/contracts/governance/extensions/GovernorStorage.sol";
import {GovernorTimelockControl} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {GovernorVotesQuorumFraction} from "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {GovernorCountingBitmap} from "./extensions/GovernorCountingBitmap.sol";
import {GovernorOneLiveProposal} from "./extensions/GovernorOneLiveProposal.sol";
import {GovernorReasonReferences} from "./extensions/GovernorReasonReferences.sol";
import {IProposerStake} from "./IProposerStake.sol";

/// @title PuljeGovernor
/// @notice The members' decisions. A composition of OpenZeppelin modules: rules set at deploy
/// and changeable only by a passed proposal (settings, quorum fraction, majority, late-quorum
/// extension, guardian), votes read at each proposal's snapshot from any ERC-5805 source on a
/// timestamp clock, a timelock that executes what passed, sequential ids with on-chain
/// enumeration, and three small Pulje modules: bitmap vote counting with the majority the
/// members choose, one live proposal per proposer, and vote reasons only as references to
/// texts kept off chain.
/// @dev The guardian (optional) can cancel a pending, active, succeeded or queued proposal
/// and nothing else. A proposer can withdraw their own proposal only while it is pending: once
/// voting opens it belongs to the members, guardian or not.
contract PuljeGovernor is
    Governor,
    GovernorSettings,
    GovernorCountingBitmap,
    GovernorStorage,
    GovernorSequentialProposalId,
    GovernorOneLiveProposal,
    GovernorReasonReferences,
    GovernorVotes,
    GovernorVotesQuorumFraction,
    GovernorPreventLateQuorum,
    GovernorProposalGuardian,
    GovernorTimelockControl
{
    /// @notice The rules of the game at deployment; afterwards each changes only by proposal.
    /// @param votingDelay Seconds from proposing to the vote opening (the snapshot).
    /// @param votingPeriod Seconds the vote stays open.
    /// @param proposalThreshold Votes needed to propose (1 = any member in membership mode).
    /// @param quorumPercent Share of all votes at the snapshot that must vote For or Abstain.
    /// @param lateQuorumExtension Seconds the vote stays open after quorum is reached late.
    /// @param majorityNumerator With `majorityDenominator`, the share of For among For + Against
    /// a proposal needs: 1 / 2 (more For than Against), 3 / 5 (60 %), 2 / 3, up to 1 / 1.
    /// @param majorityDenominator See `majorityNumerator`.
    struct Rules {
        uint48 votingDelay;
        uint32 votingPeriod;
        uint256 proposalThreshold;
        uint256 quorumPercent;
        uint48 lateQuorumExtension;
        uint256 majorityNumerator;
        uint256 majorityDenominator;
    }

    /// @notice Creates the governor with its initial rules and optional guardian.
    /// @param name_ The governor's name, also its EIP-712 domain name (votes by signature).
    /// @param votes The voting source: a Membership or a CommunityToken (any ERC-5805 on a timestamp clock).
    /// @param timelock The timelock that executes passed proposals and owns the treasury.
    /// @param rules The initial rules.
    /// @param guardian The account that may veto, or the zero address for none.
    constructor(
        string memory name_,
        IVotes votes,
        TimelockController timelock,
        Rules memory rules,
        address guardian
    )
        Governor(name_)
        GovernorSettings(rules.votingDelay, rules.votingPeriod, rules.proposalThreshold)
        GovernorCountingBitmap(rules.majorityNumerator, rules.majorityDenominator)
        GovernorVotes(votes)
        GovernorVotesQuorumFraction(rules.quorumPercent)
        GovernorPreventLateQuorum(rules.lateQuorumExtension)
        GovernorTimelockControl(timelock)
    {
        if (guardian != address(0)) _setProposalGuardian(guardian);
    }

    /// @dev A veto stops what could still happen. A defeated proposal keeps its Defeated
    /// record: cancelling it would only rewrite history. Unlike OpenZeppelin's guardian module,
    /// a proposer without a guardian cannot cancel after the vote opens (Governor's own rule).
    function _validateCancel(
        uint256 proposalId,
        address caller
    ) internal view override(Governor, GovernorProposalGuardian) returns (bool) {
        ProposalState current = state(proposalId);
        if (current == ProposalState.Defeated) return false;
        return
            caller == proposalGuardian() ||
            (current == ProposalState.Pending && caller == proposalProposer(proposalId));
    }

    /// @dev The voting source (Membership or CommunityToken) says what a stake of one's own is.
    function _hasProposerStake(address proposer) internal view override returns (bool) {
        return IProposerStake(address(token())).hasProposerStake(proposer, proposalThreshold());
    }

    /* ------------------------- OVERRIDES REQUIRED BY SOLIDITY ------------------------- */
    // Each function below only resolves the inheritance; the behaviour is the modules'.

    /// @inheritdoc Governor
    function votingDelay() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingDelay();
    }

    /// @inheritdoc Governor
    function votingPeriod() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingPeriod();
    }

    /// @inheritdoc Governor
    function proposalThreshold() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.proposalThreshold();
    }

    /// @inheritdoc Governor
    function quorum(uint256 timepoint) public view override(Governor, GovernorVotesQuorumFraction) returns (uint256) {
        return super.quorum(timepoint);
    }

    /// @inheritdoc Governor
    function state(uint256 proposalId) public view override(Governor, GovernorTimelockControl) returns (ProposalState) {
        return super.state(proposalId);
    }

    /// @inheritdoc Governor
    function proposalNeedsQueuing(
        uint256 proposalId
    ) public view override(Governor, GovernorTimelockControl) returns (bool) {
        return super.proposalNeedsQueuing(proposalId);
    }

    /// @inheritdoc Governor
    function proposalDeadline(
        uint256 proposalId
    ) public view override(Governor, GovernorPreventLateQuorum) returns (uint256) {
        return super.proposalDeadline(proposalId);
    }

    /// @inheritdoc Governor
    function getProposalId(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) public view override(Governor, GovernorSequentialProposalId) returns (uint256) {
        return super.getProposalId(targets, values, calldatas, descriptionHash);
    }

    function _propose(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        string memory description,
        address proposer
    )
        internal
        override(Governor, GovernorStorage, GovernorSequentialProposalId, GovernorOneLiveProposal)
        returns (uint256)
    {
        return super._propose(targets, values, calldatas, description, proposer);
    }

    function _castVote(
        uint256 proposalId,
        address account,
        uint8 support,
        string memory reason,
        bytes memory params
    ) internal override(Governor, GovernorReasonReferences) returns (uint256) {
        return super._castVote(proposalId, account, support, reason, params);
    }

    function _tallyUpdated(uint256 proposalId) internal override(Governor, GovernorPreventLateQuorum) {
        super._tallyUpdated(proposalId);
    }

    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint48) {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint256) {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor() internal view override(Governor, GovernorTimelockControl) returns (address) {
        return super._executor();
    }
}
