// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {CommunityToken} from "../../contracts/membership/CommunityToken.sol";
import {PuljeGovernor} from "../../contracts/governance/PuljeGovernor.sol";
import {PuljeTimelock} from "../../contracts/governance/PuljeTimelock.sol";
import {GovernorCountingBitmap} from "../../contracts/governance/extensions/GovernorCountingBitmap.sol";

/// @notice Fuzzes the majority of the real PuljeGovernor in a token fund, where votes are any
/// amount: whatever the tallies and the fraction, a proposal passes exactly when the exact
/// rational rule says so, and the governor accepts exactly the fractions from one half to one.
contract GovernorMajorityFuzzTest is Test {
    uint256 internal constant MAX_VOTES = 2 ** 100; // each side's tokens: far beyond any real fund
    uint256 internal constant ABSTAIN_VOTES = 2 ** 104; // always reaches the 1 % quorum alone

    address internal forHolder = makeAddr("for");
    address internal againstHolder = makeAddr("against");
    address internal abstainHolder = makeAddr("abstain");

    /// forge-config: default.fuzz.runs = 1000
    /// @notice The outcome equals the rule written another way: For > Against and
    /// For * (denominator - numerator) >= numerator * Against, which is For / (For + Against) >=
    /// numerator / denominator without a division. Abstain (here always enough for quorum) never
    /// counts towards the majority.
    function testFuzz_outcomeIsTheExactRationalComparison(
        uint256 forVotes,
        uint256 againstVotes,
        uint256 numerator,
        uint256 denominator
    ) public {
        forVotes = bound(forVotes, 0, MAX_VOTES);
        againstVotes = bound(againstVotes, 0, MAX_VOTES);
        denominator = bound(denominator, 1, type(uint16).max);
        numerator = bound(numerator, (denominator + 1) / 2, denominator);
        // Edges carry the interesting cases: an exact share, a share one vote either side of it.
        if (forVotes % 4 == 0 && againstVotes > 0 && denominator > numerator) {
            uint256 exact = (numerator * againstVotes) / (denominator - numerator); // For at the share, rounded down
            forVotes = exact + (forVotes % 3) - (exact > 0 ? 1 : 0);
        }

        PuljeGovernor governor = _deploy(forVotes, againstVotes, numerator, denominator, "");
        (uint256 n, uint256 d) = governor.majority();
        assertEq(n, numerator);
        assertEq(d, denominator);

        uint256 id = _proposeAndVote(governor, forVotes, againstVotes);
        (uint256 tallyAgainst, uint256 tallyFor, uint256 tallyAbstain) = governor.proposalVotes(id);
        assertEq(tallyFor, forVotes);
        assertEq(tallyAgainst, againstVotes);
        assertEq(tallyAbstain, ABSTAIN_VOTES);

        bool passes = forVotes > againstVotes && forVotes * (denominator - numerator) >= numerator * againstVotes;
        assertEq(
            uint8(governor.state(id)),
            uint8(passes ? IGovernor.ProposalState.Succeeded : IGovernor.ProposalState.Defeated),
            "outcome"
        );
    }

    /// forge-config: default.fuzz.runs = 1000
    /// @notice A governor is created with a fraction exactly when it is from one half to one with
    /// a denominator from 1 to 65535; otherwise it reverts naming the fraction.
    function testFuzz_acceptsExactlyTheMajorities(uint256 numerator, uint256 denominator, uint8 shape) public {
        // Mostly small numbers, where the edges are; sometimes any 256-bit value.
        if (shape % 4 != 0) {
            numerator = bound(numerator, 0, 70_000);
            denominator = bound(denominator, 0, 70_000);
        }
        bool valid =
            denominator >= 1 &&
                denominator <= type(uint16).max &&
                numerator <= denominator &&
                numerator >= denominator - denominator / 2; // numerator >= denominator / 2, rounded up
        bytes memory refusal =
            valid
                ? bytes("")
                : abi.encodeWithSelector(
                    GovernorCountingBitmap.GovernorInvalidMajority.selector,
                    numerator,
                    denominator
                );
        PuljeGovernor governor = _deploy(1, 1, numerator, denominator, refusal);
        if (valid) {
            (uint256 n, uint256 d) = governor.majority();
            assertEq(n, numerator);
            assertEq(d, denominator);
        }
    }

    /* ---------------------------------- helpers --------------------------------- */

    /// @dev A token fund as deploy/deployFund.ts wires it, whose three holders own `forVotes`,
    /// `againstVotes` and ABSTAIN_VOTES tokens; quorum 1 %, any holder may propose. With a
    /// `refusal`, the governor's creation must revert with it.
    function _deploy(
        uint256 forVotes,
        uint256 againstVotes,
        uint256 numerator,
        uint256 denominator,
        bytes memory refusal
    ) internal returns (PuljeGovernor) {
        vm.warp(1_800_000_000);
        address[] memory holders = new address[](3);
        (holders[0], holders[1], holders[2]) = (forHolder, againstHolder, abstainHolder);
        uint256[] memory amounts = new uint256[](3);
        (amounts[0], amounts[1], amounts[2]) = (forVotes, againstVotes, ABSTAIN_VOTES);
        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 2);
        address[] memory governorOnly = new address[](1);
        governorOnly[0] = predicted;
        PuljeTimelock timelock = new PuljeTimelock(1 days, governorOnly, governorOnly, address(0));
        CommunityToken token = new CommunityToken("Kreds", "KRD", address(timelock), holders, amounts);
        if (refusal.length > 0) vm.expectRevert(refusal);
        return
            new PuljeGovernor(
                "Kreds",
                IVotes(address(token)),
                TimelockController(payable(address(timelock))),
                PuljeGovernor.Rules({
                    votingDelay: 1 days,
                    votingPeriod: 5 days,
                    proposalThreshold: 1,
                    quorumPercent: 1,
                    lateQuorumExtension: 1 days,
                    majorityNumerator: numerator,
                    majorityDenominator: denominator
                }),
                address(0)
            );
    }

    /// @dev One proposal, each holder with tokens voting its side, then past the deadline.
    function _proposeAndVote(
        PuljeGovernor governor,
        uint256 forVotes,
        uint256 againstVotes
    ) internal returns (uint256 id) {
        vm.warp(block.timestamp + 1); // the holdings are in the past
        address[] memory targets = new address[](1);
        targets[0] = address(governor);
        bytes[] memory calldatas = new bytes[](1);
        calldatas[0] = abi.encodeCall(governor.votingDelay, ());
        vm.prank(abstainHolder);
        id = governor.propose(targets, new uint256[](1), calldatas, "Fuzzed");
        vm.warp(governor.proposalSnapshot(id) + 1);
        // A holder without tokens cannot vote (GovernorNoVotingPower): its side stays at zero.
        if (forVotes > 0) {
            vm.prank(forHolder);
            governor.castVote(id, 1);
        }
        if (againstVotes > 0) {
            vm.prank(againstHolder);
            governor.castVote(id, 0);
        }
        vm.prank(abstainHolder);
        governor.castVote(id, 2);
        vm.warp(governor.proposalDeadline(id) + 1);
    }
}
