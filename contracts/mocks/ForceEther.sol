// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice Test double: forces ETH into `target` without calling it, as selfdestruct does,
/// so no receive() runs and no deposit event is emitted.
contract ForceEther {
    constructor(address payable target) payable {
        selfdestruct(target);
    }
}
