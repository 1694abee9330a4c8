// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IPayeeRegistry} from "../stewards/payees/IPayeeRegistry.sol";
import {ITreasury} from "./ITreasury.sol";

/// @title Treasury
/// @notice The fund's money. Anyone may deposit. Money leaves only to a payee the registry
/// accepts, and only in two ways: the owner — the timelock, which acts only on proposals the
/// members passed — pays a grant, or a spender pays within an allowance those proposals gave
/// it (a steward pool's micro-grants, released milestones). Allowances are reserved: a grant
/// cannot spend money promised to a pool. Ownership moves in two steps: a new governance must
/// accept it, so the money can never pass to an address that cannot act.
contract Treasury is Ownable2Step, ReentrancyGuardTransient, ITreasury {
    using SafeERC20 for IERC20;

    /// @inheritdoc ITreasury
    IPayeeRegistry public immutable payees;

    /// @notice What is reserved of each token for all spenders together.
    mapping(address token => uint256) public reserved;
    mapping(address spender => mapping(address token => uint256)) private _allowances;

    /// @notice Creates an empty treasury owned by `timelock`.
    /// @param timelock The owner: the timelock that executes passed proposals.
    /// @param payees_ The registry that says who may be paid.
    constructor(address timelock, IPayeeRegistry payees_) Ownable(timelock) {
        payees = payees_;
    }

    /// @notice Plain ETH transfers are deposits without a memo.
    receive() external payable {
        emit Deposited(msg.sender, address(0), msg.value, bytes32(0));
    }

    /// @inheritdoc ITreasury
    function deposit(bytes32 memo) external payable {
        if (msg.value == 0) revert TreasuryZeroAmount();
        emit Deposited(msg.sender, address(0), msg.value, memo);
    }

    /// @inheritdoc ITreasury
    /// @dev Records the balance change rather than `amount`, so a token that takes a fee on
    /// transfer is recorded at what arrived. Guarded: a token calling back into a deposit
    /// mid-transfer would otherwise be counted twice.
    function depositToken(IERC20 token, uint256 amount, bytes32 memo) external nonReentrant {
        if (address(token) == address(0)) revert TreasuryInvalidToken(address(0));
        if (amount == 0) revert TreasuryZeroAmount();
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit Deposited(msg.sender, address(token), token.balanceOf(address(this)) - before, memo);
    }

    /// @inheritdoc ITreasury
    function pay(address token, address payable to, uint256 amount, bytes32 decision) external onlyOwner nonReentrant {
        _checkPayment(to, amount);
        uint256 free = available(token);
        if (amount > free) revert TreasuryInsufficientBalance(token, free, amount);
        _transfer(token, to, amount, decision);
    }

    /// @inheritdoc ITreasury
    function setAllowance(address spender, address token, uint256 amount) external onlyOwner {
        _setAllowance(spender, token, amount);
    }

    /// @inheritdoc ITreasury
    function increaseAllowance(address spender, address token, uint256 amount) external onlyOwner {
        if (amount == 0) revert TreasuryZeroAmount();
        _setAllowance(spender, token, _allowances[spender][token] + amount);
    }

    /// @inheritdoc ITreasury
    function spend(address token, address payable to, uint256 amount, bytes32 decision) external nonReentrant {
        _checkPayment(to, amount);
        uint256 allowance = _allowances[msg.sender][token];
        if (amount > allowance) revert TreasurySpenderAllowanceExceeded(msg.sender, token, allowance, amount);
        // Reserved money is held unless a token lost balance on its own (e.g. a rebase).
        uint256 balance = balanceOf(token);
        if (amount > balance) revert TreasuryInsufficientBalance(token, balance, amount);
        _allowances[msg.sender][token] = allowance - amount;
        reserved[token] -= amount;
        emit AllowanceSpent(msg.sender, token, amount, allowance - amount);
        _transfer(token, to, amount, decision);
    }

    /// @inheritdoc ITreasury
    function returnAllowance(address token, uint256 amount) external {
        uint256 allowance = _allowances[msg.sender][token];
        if (amount == 0) revert TreasuryZeroAmount();
        if (amount > allowance) revert TreasurySpenderAllowanceExceeded(msg.sender, token, allowance, amount);
        _allowances[msg.sender][token] = allowance - amount;
        reserved[token] -= amount;
        emit AllowanceReturned(msg.sender, token, amount);
    }

    /// @inheritdoc ITreasury
    function balanceOf(address token) public view returns (uint256) {
        return token == address(0) ? address(this).balance : IERC20(token).balanceOf(address(this));
    }

    /// @inheritdoc ITreasury
    function available(address token) public view returns (uint256) {
        uint256 balance = balanceOf(token);
        uint256 held = reserved[token];
        return balance > held ? balance - held : 0;
    }

    /// @inheritdoc ITreasury
    function allowanceOf(address spender, address token) external view returns (uint256) {
        return _allowances[spender][token];
    }

    /// @notice Always reverts: without an owner the funds could never move again.
    function renounceOwnership() public view override(Ownable) onlyOwner {
        revert TreasuryOwnershipNotRenounceable();
    }

    /// @dev A reservation must be backed by money not reserved for anyone else, and cover what
    /// the spender already owes.
    function _setAllowance(address spender, address token, uint256 amount) private {
        if (spender == address(0)) revert TreasuryInvalidRecipient(spender);
        uint256 owed = _owedBy(spender, token);
        if (amount < owed) revert TreasuryAllowanceBelowOwed(spender, token, amount, owed);
        uint256 previous = _allowances[spender][token];
        uint256 othersHeld = reserved[token] - previous;
        uint256 balance = balanceOf(token);
        uint256 free = balance > othersHeld ? balance - othersHeld : 0;
        if (amount > free) revert TreasuryInsufficientBalance(token, free, amount);
        _allowances[spender][token] = amount;
        reserved[token] = othersHeld + amount;
        emit AllowanceSet(spender, token, previous, amount);
    }

    /// @dev What a spender says it still owes of `token` through `committed(token)` (the
    /// milestone grants have it); zero for a spender without one (a pool, an account).
    function _owedBy(address spender, address token) private view returns (uint256 owed) {
        if (spender.code.length == 0) return 0;
        (bool ok, bytes memory data) = spender.staticcall(abi.encodeWithSignature("committed(address)", token));
        if (ok && data.length == 32) owed = abi.decode(data, (uint256));
    }

    function _checkPayment(address to, uint256 amount) private view {
        if (to == address(0)) revert TreasuryInvalidRecipient(to);
        if (amount == 0) revert TreasuryZeroAmount();
        payees.checkPayee(to);
    }

    /// @dev The record, then the transfer.
    function _transfer(address token, address payable to, uint256 amount, bytes32 decision) private {
        emit Paid(token, to, amount, decision);
        if (token == address(0)) {
            Address.sendValue(to, amount);
        } else {
            IERC20(token).safeTransfer(to, amount);
        }
    }
}
