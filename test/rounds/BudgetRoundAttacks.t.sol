// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IBudgetRound} from "../../contracts/rounds/IBudgetRound.sol";
import {IPayeeRegistry} from "../../contracts/stewards/payees/IPayeeRegistry.sol";
import {text} from "../helpers/Texts.sol";
import {RoundSetup} from "./RoundSetup.sol";

/// @notice The outside review's findings against budget rounds, each tried as an attack and
/// shown refused, with the exact state after.
contract BudgetRoundAttacksTest is RoundSetup {
    function setUp() public {
        _deployFund();
        _open(_params());
    }

    /// @dev Two feasible ideas in Nord (30,000 and 40,000), one approval each, results published.
    function _twoWinners() internal returns (uint256 a, uint256 b) {
        a = _submit(0, 30_000e6);
        b = _submit(2, 40_000e6);
        _toReview();
        _feasible(a);
        _feasible(b);
        _toVoting();
        _ballot(0, a);
        _ballot(2, b);
        _toTally();
        round.finalize();
    }

    /* ------------- 1. every krone paid into a round has a way out ------------- */

    function test_aWinnerThatCannotBePaid_goesBackWhenThePayoutWindowEnds() public {
        (uint256 a, uint256 b) = _twoWinners();
        // The members turn verification on; the builder was never attested.
        vm.prank(gov);
        payees.setVerificationRequired(true);
        _toPayout();
        vm.expectRevert(abi.encodeWithSelector(IPayeeRegistry.PayeeRegistryNotVerified.selector, builder));
        round.release(a);
        // Unallocated money goes back at once: 2 × 100,000 − 70,000.
        round.returnUnspent();
        assertEq(dkk.balanceOf(address(round)), 70_000e6);

        // One second before the window ends the winners still wait; at its end they lapse.
        vm.warp(round.finalizedAt() + round.challengeDelay() + round.payoutWindow() - 1);
        assertEq(uint8(round.phase()), uint8(IBudgetRound.Phase.Payout));
        vm.expectRevert(IBudgetRound.BudgetRoundNothingToReturn.selector);
        round.returnUnspent();
        vm.warp(block.timestamp + 1);
        assertEq(uint8(round.phase()), uint8(IBudgetRound.Phase.Closed));
        vm.expectRevert(
            abi.encodeWithSelector(
                IBudgetRound.BudgetRoundWrongPhase.selector,
                IBudgetRound.Phase.Payout,
                IBudgetRound.Phase.Closed
            )
        );
        round.release(b);

        uint256 before = dkk.balanceOf(address(treasury));
        round.returnUnspent();
        assertEq(dkk.balanceOf(address(round)), 0);
        assertEq(dkk.balanceOf(address(treasury)) - before, 70_000e6);
        assertEq(round.outstanding(), 0);
        assertEq(uint8(round.ideaOf(a).status), uint8(IBudgetRound.IdeaStatus.Funded)); // never paid
    }

    function test_theMembersCancelAWinnerDuringPayout_andItsMoneyGoesBack() public {
        (uint256 a, ) = _twoWinners();
        _toPayout();
        // The guardian's objection period is over: only the members may still cancel.
        vm.expectRevert(
            abi.encodeWithSelector(
                IBudgetRound.BudgetRoundWrongPhase.selector,
                IBudgetRound.Phase.Challenge,
                IBudgetRound.Phase.Payout
            )
        );
        vm.prank(guardian);
        round.cancelWinner(a, IBudgetRound.CancelReason.Other, text("too late"));
        vm.prank(gov);
        vm.expectEmit(address(round));
        emit IBudgetRound.WinnerCancelled(
            a,
            gov,
            IBudgetRound.CancelReason.PayeeIneligible,
            text("Payee cannot be paid")
        );
        round.cancelWinner(a, IBudgetRound.CancelReason.PayeeIneligible, text("Payee cannot be paid"));
        assertEq(uint8(round.ideaOf(a).status), uint8(IBudgetRound.IdeaStatus.Cancelled));
        assertEq(round.outstanding(), 40_000e6);
        round.returnUnspent();
        assertEq(dkk.balanceOf(address(round)), 40_000e6);
    }

    function test_withoutGuardianOrObjectionPeriod_theMembersCanStillCloseTheRound() public {
        IBudgetRound.RoundParams memory p = _params();
        (p.guardian, p.challengeDelay) = (address(0), 0);
        _open(p);
        (uint256 a, ) = _twoWinners();
        assertEq(uint8(round.phase()), uint8(IBudgetRound.Phase.Payout)); // straight to payout
        vm.prank(gov);
        payees.setVerificationRequired(true); // neither winner can be paid now
        vm.expectRevert(abi.encodeWithSelector(IPayeeRegistry.PayeeRegistryNotVerified.selector, builder));
        round.release(a);

        uint256 before = dkk.balanceOf(address(treasury));
        vm.prank(gov);
        round.closeRound();
        assertEq(dkk.balanceOf(address(round)), 0);
        assertEq(dkk.balanceOf(address(treasury)) - before, 2 * uint256(BUDGET));
        assertEq(uint8(round.phase()), uint8(IBudgetRound.Phase.Closed));
        assertEq(round.closedAt(), block.timestamp);
    }

    function test_onlyTheMembersCloseARound_once() public {
        for (uint256 i = 0; i < 3; ++i) {
            address caller = [guardian, reviewer, voters[0]][i];
            vm.expectRevert(abi.encodeWithSelector(IBudgetRound.BudgetRoundNotGovernance.selector, caller));
            vm.prank(caller);
            round.closeRound();
        }
        vm.prank(gov);
        round.closeRound();
        vm.expectRevert(
            abi.encodeWithSelector(
                IBudgetRound.BudgetRoundWrongPhase.selector,
                IBudgetRound.Phase.Payout,
                IBudgetRound.Phase.Closed
            )
        );
        vm.prank(gov);
        round.closeRound();
        // A closed round takes no more ideas.
        vm.expectRevert(
            abi.encodeWithSelector(
                IBudgetRound.BudgetRoundWrongPhase.selector,
                IBudgetRound.Phase.Ideas,
                IBudgetRound.Phase.Closed
            )
        );
        _submit(0, 1e6);
    }

    /// @dev In whichever phase the members close it, the escrow empties into the treasury.
    function testFuzz_closingInAnyPhaseReturnsEverything(uint256 secondsIn) public {
        (uint256 a, ) = _twoWinners();
        _toPayout();
        round.release(a); // 30,000 paid
        vm.warp(block.timestamp + bound(secondsIn, 0, round.payoutWindow() - 1));
        uint256 before = dkk.balanceOf(address(treasury));
        vm.prank(gov);
        round.closeRound();
        assertEq(dkk.balanceOf(address(treasury)) - before, 2 * uint256(BUDGET) - 30_000e6);
        assertEq(dkk.balanceOf(address(round)), 0);
    }

    /* ------------- 2. one member cannot fill a district's idea slots ------------- */

    function test_aMemberHasAtMostItsShareOfIdeas_andWithdrawalsFreeSlots() public {
        _submit(0, 1e6);
        _submit(0, 1e6);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRound.BudgetRoundTooManyIdeasFromMember.selector, voters[0], 2));
        _submit(0, 1e6);
        // Nord's other members fill the district to its 8 slots.
        _submit(2, 1e6);
        _submit(2, 1e6);
        uint256 fourth = _submit(4, 1e6);
        _submit(4, 1e6);
        _submit(6, 1e6);
        uint256 last = _submit(6, 1e6);
        (, , uint8 ideas, ) = round.districtOf(0);
        assertEq(ideas, 8);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRound.BudgetRoundTooManyIdeas.selector, 0, 8));
        _submit(0, 1e6);

        // A withdrawn idea gives its slot back; the district's last idea moves into it.
        uint8 freed = round.ideaOf(fourth).slot;
        vm.prank(voters[4]);
        round.withdrawIdea(fourth);
        (, , ideas, ) = round.districtOf(0);
        assertEq(ideas, 7);
        assertEq(round.ideaOf(last).slot, freed);
        assertEq(round.ideasBy(voters[4]), 1);
        vm.prank(voters[4]);
        uint256 again = round.submitIdea(0, 2e6, text("Again"));
        assertEq(round.ideaOf(again).slot, 7);
    }

    /* ------------- 3. an old signed ballot cannot replace a later one ------------- */

    function test_aSignedBallotLosesToAnyLaterBallot_expiresAndCanBeCancelled() public {
        uint256 a = _submit(0, 10_000e6);
        uint256 b = _submit(2, 20_000e6);
        _toReview();
        _feasible(a);
        _feasible(b);
        _toVoting();
        uint256[] memory pickA = new uint256[](1);
        pickA[0] = a;
        uint256 deadline = block.timestamp + 1 days;
        bytes memory signedA = _signBallot(0, pickA, 0, deadline);

        // The voter changes their mind and votes directly: the older signature is spent.
        _ballot(0, b);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRound.BudgetRoundInvalidSignature.selector, voters[0]));
        round.castBallotBySig(voters[0], pickA, deadline, signedA);
        (uint64 picks, ) = round.ballotOf(voters[0]);
        assertEq(picks, uint64(1) << round.ideaOf(b).slot);
        assertEq(round.ideaOf(a).approvals, 0);
        assertEq(round.ideaOf(b).approvals, 1);
        assertEq(round.nonces(voters[0]), 1);

        // A fresh signature works once, and not after its deadline.
        bytes memory fresh = _signBallot(0, pickA, 1, deadline);
        round.castBallotBySig(voters[0], pickA, deadline, fresh);
        assertEq(round.ideaOf(a).approvals, 1);
        assertEq(round.ideaOf(b).approvals, 0);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRound.BudgetRoundInvalidSignature.selector, voters[0]));
        round.castBallotBySig(voters[0], pickA, deadline, fresh);
        bytes memory late = _signBallot(0, pickA, 2, deadline);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRound.BudgetRoundSignatureExpired.selector, deadline));
        round.castBallotBySig(voters[0], pickA, deadline, late);

        // A voter cancels a signature they regret.
        bytes memory regretted = _signBallot(0, pickA, 2, block.timestamp + 1 days);
        vm.expectEmit(address(round));
        emit IBudgetRound.BallotSignaturesCancelled(voters[0], 2);
        vm.prank(voters[0]);
        round.cancelBallotSignatures();
        vm.expectRevert(abi.encodeWithSelector(IBudgetRound.BudgetRoundInvalidSignature.selector, voters[0]));
        round.castBallotBySig(voters[0], pickA, block.timestamp + 1 days, regretted);
    }

    /* ------- 4. the voter list is fixed before voting; approvals follow ballots ------- */

    function test_aMemberAdmittedTheSecondVotingOpens_cannotVote_norVoteTwice() public {
        uint256 nord = _submit(0, 10_000e6);
        uint256 syd = _submit(1, 10_000e6);
        _toReview();
        _feasible(nord);
        _feasible(syd);
        _toVoting(); // block.timestamp == reviewEnd

        // A newcomer admitted in the very second voting opens is not on the voter list.
        address newcomer = makeAddr("newcomer");
        vm.prank(registrar);
        membership.addMember(newcomer, 0);
        uint256[] memory ids = new uint256[](1);
        ids[0] = nord;
        vm.expectRevert(
            abi.encodeWithSelector(
                IBudgetRound.BudgetRoundJoinedAfterSnapshot.selector,
                newcomer,
                round.reviewEnd(),
                round.reviewEnd()
            )
        );
        vm.prank(newcomer);
        round.castBallot(ids);

        // A Nord voter votes, leaves and is re-admitted in Syd in the same second: no second vote.
        _ballot(0, nord);
        vm.prank(voters[0]);
        membership.leave();
        vm.prank(registrar);
        membership.addMember(voters[0], 1);
        ids[0] = syd;
        vm.expectRevert(
            abi.encodeWithSelector(
                IBudgetRound.BudgetRoundJoinedAfterSnapshot.selector,
                voters[0],
                round.reviewEnd(),
                round.reviewEnd()
            )
        );
        vm.prank(voters[0]);
        round.castBallot(ids);
        assertEq(round.ideaOf(nord).approvals, 1); // the ballot cast stands, in Nord
        assertEq(round.ideaOf(syd).approvals, 0);
        (uint64 picks, uint16 district) = round.ballotOf(voters[0]);
        assertEq(picks, uint64(1) << round.ideaOf(nord).slot);
        assertEq(district, 0);
    }

    /* ------------------------- design weaknesses ------------------------- */

    function test_anIdeaNobodyVotedFor_isNotFunded_andItsMoneyGoesBack() public {
        uint256 liked = _submit(0, 30_000e6);
        uint256 unvoted = _submit(2, 10_000e6);
        _toReview();
        _feasible(liked);
        _feasible(unvoted);
        _toVoting();
        _ballot(0, liked);
        _toTally();
        round.finalize();
        assertEq(uint8(round.ideaOf(unvoted).status), uint8(IBudgetRound.IdeaStatus.Feasible));
        assertEq(uint8(round.ideaOf(liked).status), uint8(IBudgetRound.IdeaStatus.Funded));
        (, uint128 allocated, , ) = round.districtOf(0);
        assertEq(allocated, 30_000e6);
        _toPayout();
        round.returnUnspent();
        assertEq(dkk.balanceOf(address(round)), 30_000e6);
    }

    function test_theRoundsMinimumSupport_isTheOpeningProposals() public {
        IBudgetRound.RoundParams memory p = _params();
        p.minApprovals = 2;
        _open(p);
        uint256 one = _submit(0, 10_000e6);
        uint256 two = _submit(2, 10_000e6);
        _toReview();
        _feasible(one);
        _feasible(two);
        _toVoting();
        _ballot(0, one);
        _ballot(2, two);
        _ballot(4, two);
        _toTally();
        round.finalize();
        assertEq(uint8(round.ideaOf(one).status), uint8(IBudgetRound.IdeaStatus.Feasible));
        assertEq(uint8(round.ideaOf(two).status), uint8(IBudgetRound.IdeaStatus.Funded));
    }

    function test_aRoundRefusesLimitsThatLetNobodyIn() public {
        IBudgetRound.RoundParams memory p = _params();
        p.maxIdeasPerMember = 0;
        bytes32 salt = keccak256("limits");
        vm.startPrank(gov);
        treasury.pay(address(dkk), payable(factory.predictRound(salt)), 2 * uint256(BUDGET), salt);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRound.BudgetRoundInvalidLimits.selector, 0, 1));
        factory.createRound(salt, p);
        (p.maxIdeasPerMember, p.minApprovals) = (2, 0);
        vm.expectRevert(abi.encodeWithSelector(IBudgetRound.BudgetRoundInvalidLimits.selector, 2, 0));
        factory.createRound(salt, p);
        (p.minApprovals, p.payoutWindow) = (1, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBudgetRound.BudgetRoundInvalidSchedule.selector,
                p.ideasEnd,
                p.reviewEnd,
                p.votingEnd
            )
        );
        factory.createRound(salt, p);
        vm.stopPrank();
    }

    function test_aReviewerCannotNameAReviewerAsPayee() public {
        uint256 idea = _submit(0, 10_000e6);
        _toReview();
        vm.expectRevert(abi.encodeWithSelector(IBudgetRound.BudgetRoundReviewerAsPayee.selector, reviewer));
        vm.prank(reviewer);
        round.reviewIdea(idea, true, 10_000e6, reviewer, IBudgetRound.ReviewReason.Feasible, text("I will build it"));
    }

    /* ---------------- boundaries: the exact second of each deadline ---------------- */

    function test_eachPhaseEndsAtItsExactSecond() public {
        uint256 idea = _submit(0, 10_000e6);
        vm.warp(round.ideasEnd() - 1);
        assertEq(uint8(round.phase()), uint8(IBudgetRound.Phase.Ideas));
        _submit(2, 1e6); // still allowed in the last second
        vm.warp(round.ideasEnd());
        assertEq(uint8(round.phase()), uint8(IBudgetRound.Phase.Review));
        vm.warp(round.reviewEnd() - 1);
        _feasible(idea); // the review's last second
        vm.warp(round.reviewEnd());
        assertEq(uint8(round.phase()), uint8(IBudgetRound.Phase.Voting));
        vm.warp(round.votingEnd() - 1);
        _ballot(0, idea); // the vote's last second
        vm.warp(round.votingEnd());
        assertEq(uint8(round.phase()), uint8(IBudgetRound.Phase.Tally));
        vm.expectRevert(
            abi.encodeWithSelector(
                IBudgetRound.BudgetRoundWrongPhase.selector,
                IBudgetRound.Phase.Voting,
                IBudgetRound.Phase.Tally
            )
        );
        _ballot(2, idea);
        round.finalize();
        uint256 challengeEnds = round.finalizedAt() + round.challengeDelay();
        vm.warp(challengeEnds - 1);
        vm.prank(guardian);
        round.cancelWinner(idea, IBudgetRound.CancelReason.Misconduct, text("objection in the last second"));
        assertEq(uint8(round.ideaOf(idea).status), uint8(IBudgetRound.IdeaStatus.Cancelled));
        vm.warp(challengeEnds);
        assertEq(uint8(round.phase()), uint8(IBudgetRound.Phase.Payout));
        vm.warp(challengeEnds + round.payoutWindow() - 1);
        assertEq(uint8(round.phase()), uint8(IBudgetRound.Phase.Payout));
        vm.warp(challengeEnds + round.payoutWindow());
        assertEq(uint8(round.phase()), uint8(IBudgetRound.Phase.Closed));
    }
}
