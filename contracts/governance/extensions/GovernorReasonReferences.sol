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
        for (uint256 i = 13; i < _LENGTH; ++i) {
            bytes1 c = text[i];
            if (!((c >= "0" && c <= "9") || (c >= "a" && c <= "f"))) return false;
        }
        return true;
    }
}
