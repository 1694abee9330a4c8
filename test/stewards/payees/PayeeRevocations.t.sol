// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {PayeeRegistry} from "../../../contracts/stewards/payees/PayeeRegistry.sol";
import {IPayeeRegistry} from "../../../contracts/stewards/payees/IPayeeRegistry.sol";
import {text} from "../../helpers/Texts.sol";

/// @notice Verifiers cannot undo each other: a revocation stands until the revoking verifier or
/// the members' governance lifts it.
contract PayeeRevocationsTest is Test {
    PayeeRegistry internal registry;
    address internal gov = makeAddr("governance");
    address internal first = makeAddr("first verifier");
    address internal second = makeAddr("second verifier");
    address internal club = makeAddr("club");

    function setUp() public {
        vm.warp(1_800_000_000);
        address[] memory verifiers = new address[](2);
        (verifiers[0], verifiers[1]) = (first, second);
        registry = new PayeeRegistry(gov, verifiers, true);
        _attest(first);
        vm.prank(first);
        registry.revoke(club, IPayeeRegistry.RevocationReason.RegistrationEnded, text("Dissolved"));
    }

    function _attest(address verifier) internal {
        vm.prank(verifier);
        registry.attest(
            club,
            IPayeeRegistry.Scheme.DanishCvr,
            IPayeeRegistry.PayeeKind.Company,
            text("Skovlunde Ungdomsklub, CVR 12345678"),
            1_900_000_000
        );
    }

    function test_anotherVerifierCannotAttestOverARevocation() public {
        vm.expectRevert(abi.encodeWithSelector(IPayeeRegistry.PayeeRegistryRevocationStands.selector, club, first));
        _attest(second);
        vm.expectRevert(abi.encodeWithSelector(IPayeeRegistry.PayeeRegistryAttestationRevoked.selector, club));
        registry.checkPayee(club);
        (, bool revoked, address revokedBy) = registry.attestationOf(club);
        assertTrue(revoked);
        assertEq(revokedBy, first);
    }

    function test_theRevokingVerifierAttestsAgain() public {
        _attest(first);
        registry.checkPayee(club);
        assertTrue(registry.isVerified(club));
    }

    function test_governanceLiftsARevocation_thenAnyVerifierAttests() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, second, bytes32(0))
        );
        vm.prank(second);
        registry.liftRevocation(club);

        vm.expectEmit(address(registry));
        emit IPayeeRegistry.RevocationLifted(club, gov);
        vm.prank(gov);
        registry.liftRevocation(club);
        // Lifted, not restored: still revoked until a verifier attests again.
        vm.expectRevert(abi.encodeWithSelector(IPayeeRegistry.PayeeRegistryAttestationRevoked.selector, club));
        registry.checkPayee(club);
        _attest(second);
        registry.checkPayee(club);

        vm.expectRevert(abi.encodeWithSelector(IPayeeRegistry.PayeeRegistryNothingToLift.selector, club));
        vm.prank(gov);
        registry.liftRevocation(club);
    }

    function test_aRevokerWhoIsNoLongerAVerifier_cannotLift() public {
        bytes32 verifierRole = registry.VERIFIER_ROLE();
        vm.prank(gov);
        registry.revokeRole(verifierRole, first);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, first, bytes32(0))
        );
        vm.prank(first);
        registry.liftRevocation(club);
    }
}
