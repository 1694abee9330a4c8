// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

// Test double / benchmark reference, not part of a fund: documented at the contract only.
// solhint-disable use-natspec

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice Test double: an ERC-20 whose transfers can be switched to return false instead of
/// reverting, as some real tokens do.
contract FalseReturningToken is ERC20 {
    bool public failTransfers;

    constructor() ERC20("False Returning Token", "FALSE") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function setFailTransfers(bool fail) external {
        failTransfers = fail;
    }

    function transfer(address to, uint256 value) public override returns (bool) {
        if (failTransfers) return false;
        return super.transfer(to, value);
    }

    function transferFrom(address from, address to, uint256 value) public override returns (bool) {
        if (failTransfers) return false;
        return super.transferFrom(from, to, value);
    }
}
