// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

// Test double / benchmark reference, not part of a fund: documented at the contract only.
// solhint-disable use-natspec

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice Test double: an ERC-20 that burns 1 % of every transfer, so the receiver gets less
/// than the amount sent.
contract FeeOnTransferToken is ERC20 {
    constructor() ERC20("Fee On Transfer Token", "FEE") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0) || to == address(0)) return super._update(from, to, value);
        uint256 fee = value / 100;
        super._update(from, address(0), fee);
        super._update(from, to, value - fee);
    }
}
