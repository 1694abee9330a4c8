// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

// Test double, not part of a fund: documented at the contract only.
// solhint-disable use-natspec

/// @notice Test double: a contract that is not the fund's emitting a text commitment, the way a
/// fund contract would, so the content service's refusal to publish on its word can be tested.
contract TextCommitmentEmitter {
    event TextCommitted(bytes32 indexed commitment);

    function emitCommitment(bytes32 commitment) external {
        emit TextCommitted(commitment);
    }
}
