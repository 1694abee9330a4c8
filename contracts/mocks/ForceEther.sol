// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

// Test double / benchmark reference, not part of a fund: documented at the contract only.
// solhint-disable use-natspec

/// @notice Test double: forces ETH into `target` without calling it, as selfdestruct does,
/// so no receive() runs and no deposit event is emitted.
contract ForceEther {
    constructor(address payable target) payable {
        selfdestruct(target);
    }
}
