// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Membership} from "../../contracts/membership/Membership.sol";
import {IMembership} from "../../contracts/membership/IMembership.sol";

/// @notice A registrar cannot build a majority at once: registrars admit at most the members'
/// limit per period; more take a proposal (the timelock admits without counting).
contract MembershipAdmissionsTest is Test {
    uint32 internal constant LIMIT = 3;
    uint32 internal constant PERIOD = 7 days;

    Membership internal membership;
    address internal gov = makeAddr("governance");
    address internal registrar = makeAddr("registrar");
    address internal other = makeAddr("second registrar");

    function setUp() public {
        vm.warp(1_800_000_000 - (1_800_000_000 % PERIOD)); // the start of a period
        address[] memory registrars = new address[](2);
        (registrars[0], registrars[1]) = (registrar, other);
        string[] memory districts = new string[](1);
        districts[0] = "Nord";
        membership = new Membership(
            "Pulje membership",
            "MEMBER",
            Membership.Setup(gov, registrars, districts, LIMIT, PERIOD, new address[](0), new uint16[](0))
        );
    }

    function _admit(address by, uint256 n) internal returns (address account) {
        account = makeAddr(string.concat("resident", vm.toString(n)));
        vm.prank(by);
        membership.addMember(account, 0);
    }

    function test_registrarsTogetherAdmitTheLimitPerPeriod_toTheSecond() public {
        _admit(registrar, 1);
        _admit(other, 2);
        _admit(registrar, 3);
        uint48 periodEnds = uint48(block.timestamp + PERIOD);
        vm.expectRevert(
            abi.encodeWithSelector(IMembership.MembershipAdmissionLimitReached.selector, LIMIT, periodEnds)
        );
        _admit(other, 4);
        vm.warp(periodEnds - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IMembership.MembershipAdmissionLimitReached.selector, LIMIT, periodEnds)
        );
        _admit(registrar, 4);
        vm.warp(periodEnds); // a new period
        _admit(registrar, 4);
        assertEq(membership.memberCount(), 4);
    }

    function test_theMembersAdmitBeyondTheLimitByProposal_andSetIt() public {
        for (uint256 i = 1; i <= LIMIT; ++i) _admit(registrar, i);
        for (uint256 i = 4; i <= 10; ++i) _admit(gov, i); // the timelock executing a proposal
        assertEq(membership.memberCount(), 10);

        vm.expectEmit(address(membership));
        emit IMembership.AdmissionLimitSet(LIMIT, 0, PERIOD, 1 days);
        vm.prank(gov);
        membership.setAdmissionLimit(0, 1 days);
        vm.warp(block.timestamp + 1 days);
        vm.expectRevert(
            abi.encodeWithSelector(
                IMembership.MembershipAdmissionLimitReached.selector,
                0,
                uint48((block.timestamp / 1 days + 1) * 1 days)
            )
        );
        _admit(registrar, 11);

        vm.expectRevert(IMembership.MembershipInvalidAdmissionPeriod.selector);
        vm.prank(gov);
        membership.setAdmissionLimit(5, 0);
    }

    function test_onlyGovernanceSetsTheLimit_andOnlyRegistrarsOrGovernanceAdmit() public {
        for (uint256 i = 0; i < 2; ++i) {
            address caller = [registrar, makeAddr("outsider")][i];
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, caller, bytes32(0))
            );
            vm.prank(caller);
            membership.setAdmissionLimit(1000, 1 days);
        }
        address outsider = makeAddr("outsider");
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                outsider,
                membership.REGISTRAR_ROLE()
            )
        );
        _admit(outsider, 1);
    }
}
