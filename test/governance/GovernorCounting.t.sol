// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test, stdStorage, StdStorage} from "forge-std/Test.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {Membership} from "../../contracts/membership/Membership.sol";
import {PuljeGovernor} from "../../contracts/governance/PuljeGovernor.sol";
import {PuljeTimelock} from "../../contracts/governance/PuljeTimelock.sol";
import {GovernorCountingBitmap} from "../../contracts/governance/extensions/GovernorCountingBitmap.sol";
import {Memberships} from "../helpers/Memberships.sol";

/// @notice Fuzzes the bitmap vote counting of the real PuljeGovernor, wired to a Membership and a
/// PuljeTimelock in the order deploy/deployFund.ts uses. Every member has exactly one vote, so
/// each tally must equal the number of ballots of its kind.
contract GovernorCountingFuzzTest is Test {
    using stdStorage for StdStorage;

    uint256 internal constant N = 16; // members
    uint256 internal constant P = 3; // proposals voted on together
    uint48 internal constant VOTING_DELAY = 1 days;
    uint32 internal constant VOTING_PERIOD = 7 days;

    Membership internal membership;
    PuljeTimelock internal timelock;
    PuljeGovernor internal governor;
    address internal registrar = makeAddr("registrar");
    address[N] internal members;

    // Expected state of the proposals under test, filled by _vote.
    uint256[P] internal ids;
    uint256[3][P] internal expectedTally; // [proposal][support]
    mapping(uint256 proposalId => mapping(address voter => bool)) internal voted;

    function setUp() public {
        vm.warp(1_750_000_000);

        // 1. The timelock, serving the governor deployed two creations later (as deployFund
        //    does: nobody is ever its admin).
        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 2);
        address[] memory governorOnly = new address[](1);
        governorOnly[0] = predicted;
        timelock = new PuljeTimelock(2 days, governorOnly, governorOnly, address(0));

        // 2. The voting source with its founding members.
        address[] memory registrars = new address[](1);
        registrars[0] = registrar;
        string[] memory districts = new string[](2);
        districts[0] = "Nord";
        districts[1] = "Syd";
        address[] memory founders = new address[](N);
        uint16[] memory founderDistricts = new uint16[](N);
        for (uint256 i = 0; i < N; ++i) {
            members[i] = makeAddr(string.concat("member", vm.toString(i)));
            founders[i] = members[i];
            founderDistricts[i] = i % 2 == 0 ? 0 : 1;
        }
        membership = Memberships.founded(address(timelock), registrars, districts, founders, founderDistricts);

        // 3. The governor.
        governor = new PuljeGovernor(
            "Pulje",
            IVotes(address(membership)),
            TimelockController(payable(address(timelock))),
            PuljeGovernor.Rules({
                votingDelay: VOTING_DELAY,
                votingPeriod: VOTING_PERIOD,
                proposalThreshold: 1,
                quorumPercent: 20,
                lateQuorumExtension: 1 days,
                majorityNumerator: 1,
                majorityDenominator: 2
            }),
            address(0)
        );
        assertEq(address(governor), predicted);

        vm.warp(block.timestamp + 1); // the members' votes are now in the past
    }

    function test_wiringLeavesNoDeployerPower() public view {
        assertTrue(timelock.hasRole(timelock.PROPOSER_ROLE(), address(governor)));
        assertTrue(timelock.hasRole(timelock.CANCELLER_ROLE(), address(governor)));
        assertTrue(timelock.hasRole(timelock.EXECUTOR_ROLE(), address(governor)));
        assertTrue(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), address(timelock)));
        assertFalse(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), address(this)));
        assertFalse(membership.hasRole(membership.REGISTRAR_ROLE(), address(this)));
        assertEq(membership.memberCount(), N);
        assertEq(governor.timelock(), address(timelock));
        assertEq(address(governor.token()), address(membership));
        assertEq(governor.CLOCK_MODE(), "mode=timestamp");
        assertEq(governor.clock(), block.timestamp);
    }

    /// forge-config: default.fuzz.runs = 128
    /// @notice Three proposals with sequential ids 1..3, all in word 0 of every voter's bitmap,
    /// each voted on by a random set of members with random supports, the ballots interleaved.
    function testFuzz_talliesAndHasVoted(
        uint256[P] calldata voterMasks,
        uint256 supportSeed,
        uint256 otherId,
        address outsider
    ) public {
        _proposeAll();
        assertEq(ids[0], 1);
        assertEq(ids[1], 2);
        assertEq(ids[2], 3);
        _voteAndCheck(voterMasks, supportSeed, otherId, outsider);
    }

    /// forge-config: default.fuzz.runs = 128
    /// @notice The same with the id counter moved (as a migrating governor would by
    /// _initializeLatestProposalId), so the three ids straddle a 256-id word boundary
    /// anywhere in the id space: one voter's ballots land in two different words.
    function testFuzz_talliesAndHasVotedAcrossWords(
        uint256 word,
        uint256 beforeBoundary,
        uint256[P] calldata voterMasks,
        uint256 supportSeed,
        uint256 otherId,
        address outsider
    ) public {
        word = bound(word, 1, type(uint248).max);
        uint256 latest = (word << 8) - bound(beforeBoundary, 2, P); // ids word*256-1 or -2 onwards
        stdstore.target(address(governor)).sig("latestProposalId()").checked_write(latest);
        _proposeAll();
        for (uint256 k = 0; k < P; ++k) assertEq(ids[k], latest + 1 + k);
        assertTrue(ids[0] >> 8 != ids[P - 1] >> 8, "the ids straddle a word boundary");
        _voteAndCheck(voterMasks, supportSeed, otherId, outsider);
    }

    /// @notice A second ballot reverts whatever its support, and so does an invalid support on a first one.
    function testFuzz_secondBallotAndInvalidSupport(
        uint256 voterSeed,
        uint8 first,
        uint8 second,
        uint8 invalid
    ) public {
        _proposeAll();
        _activate();
        address voter = members[voterSeed % N];
        uint256 id = ids[voterSeed % P];
        first = uint8(bound(first, 0, 2));
        second = uint8(bound(second, 0, 2));
        invalid = uint8(bound(invalid, 3, type(uint8).max));

        vm.expectRevert(IGovernor.GovernorInvalidVoteType.selector);
        vm.prank(voter);
        governor.castVote(id, invalid);
        assertFalse(governor.hasVoted(id, voter), "an invalid ballot is not recorded");

        vm.prank(voter);
        assertEq(governor.castVote(id, first), 1);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorAlreadyCastVote.selector, voter));
        vm.prank(voter);
        governor.castVote(id, second);

        (uint256 against, uint256 forVotes, uint256 abstain) = governor.proposalVotes(id);
        assertEq(against, first == 0 ? 1 : 0);
        assertEq(forVotes, first == 1 ? 1 : 0);
        assertEq(abstain, first == 2 ? 1 : 0);
    }

    /* ---------------------------------- helpers --------------------------------- */

    function _proposeAll() internal {
        address[] memory targets = new address[](1);
        targets[0] = address(membership);
        uint256[] memory values = new uint256[](1);
        bytes[] memory calldatas = new bytes[](1);
        calldatas[0] = abi.encodeCall(Membership.addDistrict, ("Vest"));
        for (uint256 k = 0; k < P; ++k) {
            // One live proposal per proposer: each comes from a different member.
            vm.prank(members[k]);
            ids[k] = governor.propose(targets, values, calldatas, string.concat("Proposal ", vm.toString(k)));
        }
    }

    function _activate() internal {
        vm.warp(governor.proposalSnapshot(ids[0]) + 1);
        for (uint256 k = 0; k < P; ++k) {
            assertEq(uint8(governor.state(ids[k])), uint8(IGovernor.ProposalState.Active));
        }
    }

    function _support(uint256 seed, uint256 k, uint256 i) internal pure returns (uint8) {
        return uint8(uint256(keccak256(abi.encode(seed, k, i))) % 3);
    }

    function _voteAndCheck(
        uint256[P] calldata voterMasks,
        uint256 supportSeed,
        uint256 otherId,
        address outsider
    ) internal {
        _activate();

        // Ballots interleaved member by member, so one voter sets several bits of a word in turn.
        for (uint256 i = 0; i < N; ++i) {
            for (uint256 k = 0; k < P; ++k) {
                if ((voterMasks[k] >> i) & 1 == 0) continue;
                uint8 support = _support(supportSeed, k, i);
                vm.prank(members[i]);
                assertEq(governor.castVote(ids[k], support), 1, "weight");
                voted[ids[k]][members[i]] = true;
                ++expectedTally[k][support];
            }
        }
        _checkTallies();
        _checkHasVoted(otherId);

        // Every voter's second ballot reverts, whatever its support; tallies do not move.
        for (uint256 i = 0; i < N; ++i) {
            for (uint256 k = 0; k < P; ++k) {
                if (!voted[ids[k]][members[i]]) continue;
                uint8 support = _support(supportSeed ^ 1, k, i);
                vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorAlreadyCastVote.selector, members[i]));
                vm.prank(members[i]);
                governor.castVote(ids[k], support);
            }
        }
        _checkTallies();

        // No votes at the snapshot, no ballot: an outsider, and a member admitted after it.
        if (outsider == address(0) || membership.isMember(outsider)) outsider = makeAddr("outsider");
        address late = makeAddr("late member");
        vm.prank(registrar);
        membership.addMember(late, 0);
        vm.warp(block.timestamp + 1);
        for (uint256 k = 0; k < P; ++k) {
            vm.expectRevert(
                abi.encodeWithSelector(GovernorCountingBitmap.GovernorNoVotingPower.selector, outsider, ids[k])
            );
            vm.prank(outsider);
            governor.castVote(ids[k], 1);
            vm.expectRevert(
                abi.encodeWithSelector(GovernorCountingBitmap.GovernorNoVotingPower.selector, late, ids[k])
            );
            vm.prank(late);
            governor.castVote(ids[k], 1);
            assertFalse(governor.hasVoted(ids[k], outsider));
            assertFalse(governor.hasVoted(ids[k], late));
        }
        _checkTallies();

        // The outcome follows from the tallies: 20 % of the 16 members at the snapshot is a
        // quorum of 3 (For + Abstain), and For must beat Against.
        uint256 deadline = 0;
        for (uint256 k = 0; k < P; ++k) {
            assertEq(governor.quorum(governor.proposalSnapshot(ids[k])), 3, "quorum");
            if (governor.proposalDeadline(ids[k]) > deadline) deadline = governor.proposalDeadline(ids[k]);
        }
        vm.warp(deadline + 1);
        for (uint256 k = 0; k < P; ++k) {
            bool passes = expectedTally[k][1] > expectedTally[k][0] && expectedTally[k][1] + expectedTally[k][2] >= 3;
            assertEq(
                uint8(governor.state(ids[k])),
                uint8(passes ? IGovernor.ProposalState.Succeeded : IGovernor.ProposalState.Defeated),
                "outcome"
            );
        }
    }

    function _checkTallies() internal view {
        for (uint256 k = 0; k < P; ++k) {
            (uint256 against, uint256 forVotes, uint256 abstain) = governor.proposalVotes(ids[k]);
            assertEq(against, expectedTally[k][0], "against");
            assertEq(forVotes, expectedTally[k][1], "for");
            assertEq(abstain, expectedTally[k][2], "abstain");
            assertEq(against + forVotes + abstain, _ballots(k), "tally total = ballots");
        }
    }

    function _ballots(uint256 k) internal view returns (uint256 n) {
        for (uint256 i = 0; i < N; ++i) if (voted[ids[k]][members[i]]) ++n;
    }

    /// @dev hasVoted is true exactly for the recorded ballots. For every member: the ids around
    /// each proposal, each proposal id with one bit of its low byte flipped (a wrong bit index
    /// would alias onto these), the same bit in other words, and a random id. For a quarter of the
    /// members (rotating with the fuzz input): every id of every word the proposals touch.
    function _checkHasVoted(uint256 otherId) internal view {
        uint256 firstWord = ids[0] >> 8;
        uint256 lastWord = ids[P - 1] >> 8;
        for (uint256 i = 0; i < N; ++i) {
            address m = members[i];
            if (i % 4 == otherId % 4) {
                for (uint256 w = firstWord; w <= lastWord; ++w) {
                    for (uint256 b = 0; b < 256; ++b) _assertHasVoted((w << 8) | b, m);
                }
            }
            for (uint256 k = 0; k < P; ++k) {
                uint256 id = ids[k];
                for (uint256 d = 0; d <= 4; ++d) {
                    if (id >= d) _assertHasVoted(id - d, m);
                    if (id <= type(uint256).max - d) _assertHasVoted(id + d, m);
                }
                for (uint256 bit = 0; bit < 8; ++bit) _assertHasVoted(id ^ (2 ** bit), m);

                // The same bit in other words: the neighbours, both ends and a flipped high bit.
                uint256 low = id & 0xff;
                if (firstWord > 0) _assertNotVoted(((firstWord - 1) << 8) | low, m);
                if (lastWord < type(uint248).max) _assertNotVoted(((lastWord + 1) << 8) | low, m);
                _assertNotVoted(low, m);
                _assertNotVoted((uint256(type(uint248).max) << 8) | low, m);
                _assertNotVoted((((id >> 8) ^ (1 << 247)) << 8) | low, m);
            }
            _assertHasVoted(otherId, m);
        }
    }

    /// @dev `id` lies outside the words of the proposals under test (skipped otherwise): no ballot there.
    function _assertNotVoted(uint256 id, address account) internal view {
        if (id >> 8 >= ids[0] >> 8 && id >> 8 <= ids[P - 1] >> 8) return;
        assertFalse(governor.hasVoted(id, account), "hasVoted in another word");
    }

    /// @dev hasVoted(id, account) is true if and only if `account` cast a ballot on `id` here.
    function _assertHasVoted(uint256 id, address account) internal view {
        assertEq(governor.hasVoted(id, account), voted[id][account], "hasVoted");
    }
}
