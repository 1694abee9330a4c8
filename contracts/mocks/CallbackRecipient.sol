// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

// Test double / benchmark reference, not part of a fund: documented at the contract only.
// solhint-disable use-natspec

/// @notice Test double: a payee that, when it receives ETH, makes one configured call (for
/// example back into the treasury or the governor) and records how that call ended, without
/// reverting itself. Used to prove re-entry gets nowhere.
contract CallbackRecipient {
    address public callbackTarget;
    bytes public callbackData;
    bool public attempted;
    bool public callbackSucceeded;
    bytes public callbackResult;

    function setCallback(address target_, bytes calldata data) external {
        callbackTarget = target_;
        callbackData = data;
    }

    // The whole point of this double is a receive() that does something.
    // solhint-disable-next-line no-complex-fallback
    receive() external payable {
        if (callbackTarget == address(0) || attempted) return;
        attempted = true;
        (callbackSucceeded, callbackResult) = callbackTarget.call(callbackData);
    }
}
