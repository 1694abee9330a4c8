// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice A stand-in commitment to `words` for the Forge tests: the contracts only store and
/// emit a text's commitment, so a distinct non-zero value that says what it stands for is
/// enough. The same value as test/helpers/texts.ts's `text(words)`.
function text(string memory words) pure returns (bytes32) {
    return keccak256(bytes(string.concat("test text: ", words)));
}
