// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {GovernorReasonReferences} from "../../contracts/governance/extensions/GovernorReasonReferences.sol";
import {GovernanceSetup} from "./GovernanceSetup.sol";

/// @notice A vote's reason is empty or `pulje-text:0x` and 64 lowercase hex digits; every other
/// string is refused, so no words can reach VoteCast however a client builds them.
contract GovernorReasonReferencesTest is GovernanceSetup {
    bytes internal constant PREFIX = "pulje-text:0x";
    uint256 internal constant LENGTH = 77; // the prefix and 64 hex digits

    uint256 internal proposalId;
    address internal voter;

    function setUp() public {
        _deployGovernance(4, address(0));
        proposalId = _propose(founders[0], "A proposal");
        vm.warp(governor.proposalSnapshot(proposalId) + 1);
        voter = founders[1];
    }

    /* ----------------------------------- fuzz ----------------------------------- */

    /// @notice Any string: taken if it is empty or a reference, refused with its length otherwise.
    function testFuzz_anyReasonNotAReferenceIsRefused(string memory reason) public {
        _voteExpecting(reason, _isEmptyOrReference(bytes(reason)));
    }

    /// @notice Every reference to a commitment is taken, and emitted as it was sent.
    function testFuzz_everyReferenceIsTaken(bytes32 commitment) public {
        string memory reason = _reference(commitment);
        vm.expectEmit(address(governor));
        emit IGovernor.VoteCast(voter, proposalId, 1, 1, reason);
        vm.prank(voter);
        governor.castVoteWithReason(proposalId, 1, reason);
    }

    /// @notice A reference with one byte changed: refused unless the byte is still a lowercase
    /// hex digit in the digits (or the prefix's own byte in the prefix).
    function testFuzz_aReferenceWithOneByteChangedIsRefused(bytes32 commitment, uint8 at, bytes1 replacement) public {
        bytes memory reason = bytes(_reference(commitment));
        uint256 i = bound(at, 0, LENGTH - 1);
        reason[i] = replacement;
        bool stillReference = i < PREFIX.length ? replacement == PREFIX[i] : _isLowerHex(replacement);
        _voteExpecting(string(reason), stillReference);
    }

    /// @notice A reference cut short or carrying anything more is refused with its length.
    function testFuzz_aReferenceOfAnotherLengthIsRefused(bytes32 commitment, uint8 keep, bytes memory more) public {
        vm.assume(more.length > 0);
        bytes memory whole = bytes(_reference(commitment));
        uint256 cut = bound(keep, 1, LENGTH - 1);
        bytes memory shorter = new bytes(cut);
        for (uint256 i = 0; i < cut; ++i) shorter[i] = whole[i];
        _voteExpecting(string(shorter), false);
        _voteExpecting(string.concat(string(whole), string(more)), false);
    }

    /* -------------------------------- boundaries -------------------------------- */

    function test_theEmptyReasonIsTaken() public {
        _voteExpecting("", true);
    }

    function test_uppercaseDigitsAreRefused() public {
        string memory upper = string.concat(string(PREFIX), "ABCDEF", _digits(58));
        assertEq(bytes(upper).length, LENGTH);
        _voteExpecting(upper, false);
    }

    /// @notice Every byte value at the first and last digit of each 32-byte word the contract
    /// checks at once (positions 13, 44, 45 and 76): only 0-9 and a-f are taken.
    function test_everyByteValueAtEachWordsEdges() public {
        uint256[4] memory positions = [uint256(13), 44, 45, 76];
        for (uint256 p = 0; p < positions.length; ++p) {
            for (uint256 c = 0; c < 256; ++c) {
                bytes memory reason = bytes(_reference(bytes32(0)));
                reason[positions[p]] = bytes1(uint8(c));
                _checkOnly(string(reason), _isLowerHex(bytes1(uint8(c))));
            }
        }
    }

    function test_anUppercasePrefixIsRefused() public {
        _voteExpecting(string.concat("PULJE-TEXT:0x", _digits(64)), false);
    }

    /* ---------------------------------- helpers --------------------------------- */

    /// @dev Votes For with `reason` and checks it is either counted or refused with its length.
    /// @dev As `_voteExpecting`, then back to before the vote, so the same voter can try again.
    function _checkOnly(string memory reason, bool taken) internal {
        uint256 before = vm.snapshotState();
        _voteExpecting(reason, taken);
        vm.revertToState(before);
    }

    function _voteExpecting(string memory reason, bool taken) internal {
        if (taken) {
            vm.expectEmit(address(governor));
            emit IGovernor.VoteCast(voter, proposalId, 1, 1, reason);
        } else {
            vm.expectRevert(
                abi.encodeWithSelector(
                    GovernorReasonReferences.GovernorReasonNotReference.selector,
                    bytes(reason).length
                )
            );
        }
        vm.prank(voter);
        governor.castVoteWithReason(proposalId, 1, reason);
        assertEq(governor.hasVoted(proposalId, voter), taken);
    }

    /// @dev `pulje-text:` and the commitment as vm.toString writes it: 0x and lowercase hex.
    function _reference(bytes32 commitment) internal pure returns (string memory) {
        return string.concat("pulje-text:", vm.toString(commitment));
    }

    function _digits(uint256 n) internal pure returns (string memory) {
        bytes memory d = new bytes(n);
        for (uint256 i = 0; i < n; ++i) d[i] = bytes1(uint8(bytes1("0")) + uint8(i % 10));
        return string(d);
    }

    function _isLowerHex(bytes1 c) internal pure returns (bool) {
        return (c >= "0" && c <= "9") || (c >= "a" && c <= "f");
    }

    /// @dev The rule, written out independently of the contract: empty, or the prefix and 64
    /// lowercase hex digits.
    function _isEmptyOrReference(bytes memory reason) internal pure returns (bool) {
        if (reason.length == 0) return true;
        if (reason.length != LENGTH) return false;
        for (uint256 i = 0; i < LENGTH; ++i) {
            if (i < PREFIX.length ? reason[i] != PREFIX[i] : !_isLowerHex(reason[i])) return false;
        }
        return true;
    }
}
