// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

// Test double / benchmark reference, not part of a fund: documented at the contract only.
// solhint-disable use-natspec

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice Test double: an ERC-20 with a transfer hook (like ERC-777) that calls a configured
/// target during `transferFrom`, to try to re-enter the treasury mid-deposit. The hook's
/// failure propagates, so a refused re-entry makes the whole deposit revert.
contract ReentrantToken is ERC20 {
    address public hookTarget;
    bytes public hookData;

    constructor() ERC20("Reentrant Token", "HOOK") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function setHook(address target, bytes calldata data) external {
        hookTarget = target;
        hookData = data;
    }

    function transferFrom(address from, address to, uint256 value) public override returns (bool) {
        address target = hookTarget;
        if (target != address(0)) {
            hookTarget = address(0);
            (bool ok, bytes memory result) = target.call(hookData);
            if (!ok) {
                assembly ("memory-safe") {
                    revert(add(result, 0x20), mload(result))
                }
            }
        }
        return super.transferFrom(from, to, value);
    }
}
