// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title DemoStablecoin
/// @notice A stand-in for a krone stable-coin on the local demo chain only ("DKKT", six
/// decimals like most stable-coins). Not part of a fund: real deployments pay in a real token.
contract DemoStablecoin is ERC20, Ownable {
    constructor(string memory name_, string memory symbol_) ERC20(name_, symbol_) Ownable(msg.sender) {}

    /// @notice Mints demo money. Owner (the demo's deployer) only.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    /// @notice Six decimals, like most stable-coins.
    function decimals() public pure override returns (uint8) {
        return 6;
    }
}
