// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";

/// @title GovernorReasonReferences
/// @notice Keeps people's words off the chain: a vote's reason is either empty or a reference to
/// a text in the fund's content service (`pulje-text:0x` and a commitment's 64 lowercase hex
/// digits), never the words themselves.
/// @dev OpenZeppelin's Governor emits any reason in VoteCast, where it stays public for ever and
/// cannot be erased. Every vote path (castVoteWithReason, castVoteWithReasonAndParams and their
/// BySig forms) ends in this `_castVote`, so one check covers all of them, for every client.
abstract contract GovernorReasonReferences is Governor {
    /// @notice A vote's reason of `length` bytes is neither empty nor a text reference.
    error GovernorReasonNotReference(uint256 length);

    bytes13 private constant _PREFIX = "pulje-text:0x";
    uint256 private constant _LENGTH = 77; // the prefix and 64 hex digits

    /// @dev Refuses a reason that is not empty and not a reference, then votes as Governor does.
    function _castVote(
        uint256 proposalId,
        address account,
        uint8 support,
        string memory reason,
        bytes memory params
    ) internal virtual override returns (uint256) {
        bytes memory text = bytes(reason);
        if (text.length != 0 && !_isReference(text)) revert GovernorReasonNotReference(text.length);
        return super._castVote(proposalId, account, support, reason, params);
    }

    function _isReference(bytes memory text) private pure returns (bool) {
        if (text.length != _LENGTH || bytes13(text) != _PREFIX) return false;
        bytes32 high;
        bytes32 low;
        // The 64 digits as two words (after the 32-byte length and the 13-byte prefix): checking
        // them a word at a time costs a few hundred gas where a byte loop cost about 18,000.
        assembly ("memory-safe") {
            high := mload(add(text, 45))
            low := mload(add(text, 77))
        }
        return _allLowerHex(high) && _allLowerHex(low);
    }

    /// @dev Whether every byte of `word` is 0-9 or a-f, all 32 at once: with every byte below
    /// 0x80, adding (0x80 - lo) sets a byte's top bit exactly when the byte is at least `lo`, and
    /// no addition carries into the next byte.
    function _allLowerHex(bytes32 word) private pure returns (bool) {
        uint256 w = uint256(word);
        uint256 top = 0x8080808080808080808080808080808080808080808080808080808080808080;
        uint256 ones = 0x0101010101010101010101010101010101010101010101010101010101010101;
        if (w & top != 0) return false;
        uint256 digit = ((w + ones * (0x80 - 0x30)) & ~(w + ones * (0x80 - 0x3a))) & top;
        uint256 letter = ((w + ones * (0x80 - 0x61)) & ~(w + ones * (0x80 - 0x67))) & top;
        return (digit | letter) == top;
    }
}
