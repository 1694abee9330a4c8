// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ITreasury} from "./ITreasury.sol";

/// @title Treasury
/// @notice The fund's money. Anyone may deposit; only the owner — the timelock, which acts
/// only on proposals the members passed — can pay, and there is no other way out.
contract Treasury is Ownable, ReentrancyGuardTransient, ITreasury {
    using SafeERC20 for IERC20;

    /// @notice Creates an empty treasury owned by `timelock`.
    /// @param timelock The owner: the timelock that executes passed proposals.
    constructor(address timelock) Ownable(timelock) {}

    /// @notice Plain ETH transfers are deposits without a memo.
    receive() external payable {
        emit Deposited(msg.sender, address(0), msg.value, "");
    }

    /// @inheritdoc ITreasury
    function deposit(string calldata memo) external payable {
        if (msg.value == 0) revert TreasuryZeroAmount();
        emit Deposited(msg.sender, address(0), msg.value, memo);
    }

    /// @inheritdoc ITreasury
    /// @dev Records the balance change rather than `amount`, so a token that takes a fee on
    /// transfer is recorded at what arrived. Guarded: a token calling back into a deposit
    /// mid-transfer would otherwise be counted twice.
    function depositToken(IERC20 token, uint256 amount, string calldata memo) external nonReentrant {
        if (address(token) == address(0)) revert TreasuryInvalidToken(address(0));
        if (amount == 0) revert TreasuryZeroAmount();
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit Deposited(msg.sender, address(token), token.balanceOf(address(this)) - before, memo);
    }

    /// @inheritdoc ITreasury
    function pay(address token, address payable to, uint256 amount, bytes32 decision) external onlyOwner nonReentrant {
        if (to == address(0)) revert TreasuryInvalidRecipient(to);
        if (amount == 0) revert TreasuryZeroAmount();
        uint256 available = balanceOf(token);
        if (amount > available) revert TreasuryInsufficientBalance(token, available, amount);

        // Checks, then the record, then the transfer.
        emit Paid(token, to, amount, decision);
        if (token == address(0)) {
            Address.sendValue(to, amount);
        } else {
            IERC20(token).safeTransfer(to, amount);
        }
    }

    /// @inheritdoc ITreasury
    function balanceOf(address token) public view returns (uint256) {
        return token == address(0) ? address(this).balance : IERC20(token).balanceOf(address(this));
    }

    /// @notice Always reverts: without an owner the funds could never move again.
    function renounceOwnership() public view override onlyOwner {
        revert TreasuryOwnershipNotRenounceable();
    }
}
