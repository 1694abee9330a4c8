// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {CommunityToken} from "../../contracts/membership/CommunityToken.sol";
import {PuljeGovernor} from "../../contracts/governance/PuljeGovernor.sol";
import {PuljeTimelock} from "../../contracts/governance/PuljeTimelock.sol";
import {GovernorOneLiveProposal} from "../../contracts/governance/extensions/GovernorOneLiveProposal.sol";
import {GovernanceSetup} from "./GovernanceSetup.sol";

/// @notice The outside review's governance findings, each tried as an attack and shown refused.
contract GovernorAttacksTest is GovernanceSetup {
    address internal fresh = makeAddr("fresh address");

    function setUp() public {
        _deployGovernance(4, address(0)); // no guardian: the case the review found
    }

    /* ----- 5. one live proposal per membership, however its vote is delegated ----- */

    function test_aVoteDelegatedToAFreshAddress_cannotBackAProposal() public {
        address member = founders[0];
        vm.prank(member);
        membership.delegate(fresh);
        vm.warp(block.timestamp + 1);
        assertEq(governor.getVotes(fresh, block.timestamp - 1), 1);
        vm.expectRevert(abi.encodeWithSelector(GovernorOneLiveProposal.GovernorProposerWithoutStake.selector, fresh));
        _propose(fresh, "Spam 1");
        // The member's own vote is away, so the member cannot propose either.
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorInsufficientProposerVotes.selector, member, 0, 1));
        _propose(member, "Spam 2");
        assertEq(governor.latestProposalId(), 0);
    }

    function test_aMemberHasOneLiveProposal_evenHoldingOthersVotes() public {
        vm.prank(founders[1]);
        membership.delegate(founders[0]);
        vm.warp(block.timestamp + 1);
        uint256 first = _propose(founders[0], "First");
        vm.expectRevert(
            abi.encodeWithSelector(GovernorOneLiveProposal.GovernorProposerHasLiveProposal.selector, founders[0], first)
        );
        _propose(founders[0], "Second");
    }

    function test_inATokenFund_theProposerNeedsTheThresholdInTokensOfItsOwn() public {
        address holder = makeAddr("holder");
        address[] memory holders = new address[](1);
        holders[0] = holder;
        uint256[] memory amounts = new uint256[](1);
        amounts[0] = 100e18;
        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 2);
        address[] memory governorOnly = new address[](1);
        governorOnly[0] = predicted;
        PuljeTimelock tokenTimelock = new PuljeTimelock(1 days, governorOnly, governorOnly, address(0));
        CommunityToken token = new CommunityToken("Kreds", "KRD", address(tokenTimelock), holders, amounts);
        PuljeGovernor tokenGovernor = new PuljeGovernor(
            "Kreds",
            IVotes(address(token)),
            TimelockController(payable(address(tokenTimelock))),
            PuljeGovernor.Rules(1 days, 5 days, 10e18, 4, 1 days, 1, 2),
            address(0)
        );
        vm.prank(holder);
        token.delegate(fresh);
        vm.warp(block.timestamp + 1);
        address[] memory targets = new address[](1);
        targets[0] = address(token);
        bytes[] memory calldatas = new bytes[](1);
        calldatas[0] = abi.encodeCall(token.totalSupply, ());
        vm.expectRevert(abi.encodeWithSelector(GovernorOneLiveProposal.GovernorProposerWithoutStake.selector, fresh));
        vm.prank(fresh);
        tokenGovernor.propose(targets, new uint256[](1), calldatas, "Spam");
        // Taken back, the holder's own tokens back its own proposal.
        vm.prank(holder);
        token.delegate(holder);
        vm.warp(block.timestamp + 1);
        vm.prank(holder);
        assertEq(tokenGovernor.propose(targets, new uint256[](1), calldatas, "Real"), 1);
    }

    /* -------- a proposer withdraws only while pending; then it is the members' -------- */

    function test_withoutAGuardian_theProposerCancelsOnlyWhilePending_toTheSecond() public {
        uint256 id = _propose(founders[0], "Withdrawn in time");
        vm.warp(governor.proposalSnapshot(id)); // the last second it is pending
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Pending));
        _cancel(founders[0], "Withdrawn in time");
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Canceled));

        uint256 next = _propose(founders[1], "Belongs to the members");
        vm.warp(governor.proposalSnapshot(next) + 1); // voting opened
        assertEq(uint8(governor.state(next)), uint8(IGovernor.ProposalState.Active));
        _refusedCancel(founders[1], "Belongs to the members", next);
        for (uint256 i = 0; i < 3; ++i) {
            vm.prank(founders[i]);
            governor.castVote(next, 1);
        }
        vm.warp(governor.proposalDeadline(next) + 1);
        assertEq(uint8(governor.state(next)), uint8(IGovernor.ProposalState.Succeeded));
        _refusedCancel(founders[1], "Belongs to the members", next);
        governor.queue(next);
        assertEq(uint8(governor.state(next)), uint8(IGovernor.ProposalState.Queued));
        _refusedCancel(founders[1], "Belongs to the members", next);
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        governor.execute(next);
        _refusedCancel(founders[1], "Belongs to the members", next);

        uint256 lost = _propose(founders[2], "Defeated");
        vm.warp(governor.proposalDeadline(lost) + 1);
        assertEq(uint8(governor.state(lost)), uint8(IGovernor.ProposalState.Defeated));
        _refusedCancel(founders[2], "Defeated", lost);
    }

    function _cancel(address proposer, string memory title) internal {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = _actions();
        vm.prank(proposer);
        governor.cancel(targets, values, calldatas, keccak256(bytes(title)));
    }

    function _refusedCancel(address proposer, string memory title, uint256 id) internal {
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = _actions();
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorUnableToCancel.selector, id, proposer));
        vm.prank(proposer);
        governor.cancel(targets, values, calldatas, keccak256(bytes(title)));
    }

    function _actions()
        internal
        view
        returns (address[] memory targets, uint256[] memory values, bytes[] memory calldatas)
    {
        targets = new address[](1);
        targets[0] = address(timelock);
        values = new uint256[](1);
        calldatas = new bytes[](1);
        calldatas[0] = abi.encodeCall(TimelockController.getMinDelay, ());
    }
}

/// @notice With a guardian, the guardian vetoes what could still happen; the proposer still
/// only withdraws a pending proposal.
contract GovernorGuardianCancelTest is GovernanceSetup {
    address internal guardian = makeAddr("guardian");

    function setUp() public {
        _deployGovernance(4, guardian);
    }

    function test_theGuardianVetoesActive_theProposerCannot() public {
        uint256 id = _propose(founders[0], "Vetoed");
        vm.warp(governor.proposalSnapshot(id) + 1);
        address[] memory targets = new address[](1);
        targets[0] = address(timelock);
        bytes[] memory calldatas = new bytes[](1);
        calldatas[0] = abi.encodeCall(TimelockController.getMinDelay, ());
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorUnableToCancel.selector, id, founders[0]));
        vm.prank(founders[0]);
        governor.cancel(targets, new uint256[](1), calldatas, keccak256("Vetoed"));
        vm.prank(guardian);
        governor.cancel(targets, new uint256[](1), calldatas, keccak256("Vetoed"));
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Canceled));
    }
}
