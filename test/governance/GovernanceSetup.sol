// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {Membership} from "../../contracts/membership/Membership.sol";
import {PuljeGovernor} from "../../contracts/governance/PuljeGovernor.sol";
import {PuljeTimelock} from "../../contracts/governance/PuljeTimelock.sol";
import {Memberships} from "../helpers/Memberships.sol";

/// @notice A membership fund's governance for the Foundry tests, wired as deploy/deployFund.ts
/// wires it: the timelock is created for the governor's address (known from the nonce), the
/// founders are admitted by the membership's constructor, and nobody else holds a role.
abstract contract GovernanceSetup is Test {
    uint48 internal constant VOTING_DELAY = 1 days;
    uint32 internal constant VOTING_PERIOD = 5 days;
    uint256 internal constant TIMELOCK_DELAY = 2 days;

    Membership internal membership;
    PuljeTimelock internal timelock;
    PuljeGovernor internal governor;
    address internal registrar = makeAddr("registrar");
    address[] internal founders;

    function _deployGovernance(uint256 members, address guardian) internal {
        vm.warp(1_800_000_000);
        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 2);
        address[] memory governorOnly = new address[](1);
        governorOnly[0] = predicted;
        timelock = new PuljeTimelock(TIMELOCK_DELAY, governorOnly, governorOnly, address(0));

        address[] memory registrars = new address[](1);
        registrars[0] = registrar;
        string[] memory districts = new string[](2);
        (districts[0], districts[1]) = ("Nord", "Syd");
        uint16[] memory homes = new uint16[](members);
        for (uint256 i = 0; i < members; ++i) {
            founders.push(makeAddr(string.concat("member", vm.toString(i))));
            homes[i] = uint16(i % 2);
        }
        membership = Memberships.founded(address(timelock), registrars, districts, founders, homes);
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
            guardian
        );
        assertEq(address(governor), predicted);
        vm.warp(block.timestamp + 1); // the founders' votes are in the past
    }

    /// @dev A proposal that does nothing but exist (a call to the timelock's getMinDelay).
    function _propose(address proposer, string memory title) internal returns (uint256) {
        address[] memory targets = new address[](1);
        targets[0] = address(timelock);
        uint256[] memory values = new uint256[](1);
        bytes[] memory calldatas = new bytes[](1);
        calldatas[0] = abi.encodeCall(TimelockController.getMinDelay, ());
        vm.prank(proposer);
        return governor.propose(targets, values, calldatas, title);
    }
}
