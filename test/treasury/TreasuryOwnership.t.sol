// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Treasury} from "../../contracts/treasury/Treasury.sol";
import {PayeeRegistry} from "../../contracts/stewards/payees/PayeeRegistry.sol";

/// @notice The treasury's ownership moves in two steps: a new governance must accept it.
contract TreasuryOwnershipTest is Test {
    Treasury internal treasury;
    address internal gov = makeAddr("governance");
    address internal next = makeAddr("new governance");

    function setUp() public {
        treasury = new Treasury(gov, new PayeeRegistry(gov, new address[](0), false));
    }

    function test_ownershipMovesOnlyWhenTheNewOwnerAccepts() public {
        vm.prank(gov);
        treasury.transferOwnership(next);
        assertEq(treasury.owner(), gov); // not yet
        assertEq(treasury.pendingOwner(), next);

        address stranger = makeAddr("stranger");
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        vm.prank(stranger);
        treasury.acceptOwnership();

        vm.prank(next);
        treasury.acceptOwnership();
        assertEq(treasury.owner(), next);
        assertEq(treasury.pendingOwner(), address(0));
    }

    function test_aMistypedOwnerCanBeCorrectedBeforeAnythingMoves() public {
        vm.startPrank(gov);
        treasury.transferOwnership(makeAddr("typo"));
        treasury.transferOwnership(next);
        vm.stopPrank();
        assertEq(treasury.pendingOwner(), next);
        assertEq(treasury.owner(), gov);
    }
}
