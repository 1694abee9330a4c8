// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IPayeeRegistry} from "../stewards/payees/IPayeeRegistry.sol";

/// @title Pulje treasury
/// @notice Holds the fund's ETH and ERC-20 tokens. Every inflow made through it and every
/// payment emits an event, so an auditor can explain the balance of each asset from events
/// alone: balance = deposits - payments. ETH is the zero address in events and views.
interface ITreasury {
    /* ---------------------------------- EVENTS ---------------------------------- */

    /// @notice `amount` of `token` (zero address: ETH) arrived from `from`. `memo` commits to the
    /// depositor's note, kept off chain in the content service (zero: no note). For tokens,
    /// `amount` is what the treasury actually received.
    event Deposited(address indexed from, address indexed token, uint256 amount, bytes32 memo);

    /// @notice The treasury paid `amount` of `token` (zero address: ETH) to `to`. `decision`
    /// names what allowed it: for a grant, the description hash of the proposal.
    event Paid(address indexed token, address indexed to, uint256 amount, bytes32 indexed decision);

    /// @notice Governance set `spender`'s spending allowance of `token` from `previous` to
    /// `current`; the money stays here, reserved for that spender (a steward pool or the
    /// milestone grants).
    event AllowanceSet(address indexed spender, address indexed token, uint256 previous, uint256 current);

    /// @notice `spender` paid `amount` of `token` from its allowance (the `Paid` event beside it
    /// says to whom); `remaining` is what it may still pay.
    event AllowanceSpent(address indexed spender, address indexed token, uint256 amount, uint256 remaining);

    /// @notice `spender` gave back `amount` of its allowance of `token` (a pool closed, a
    /// milestone grant cancelled), which is no longer reserved.
    event AllowanceReturned(address indexed spender, address indexed token, uint256 amount);

    /* ---------------------------------- ERRORS ---------------------------------- */

    /// @notice A deposit or payment of zero.
    error TreasuryZeroAmount();

    /// @notice Payments need a recipient.
    error TreasuryInvalidRecipient(address recipient);

    /// @notice The treasury holds `available` of `token`, less than the `requested` payment.
    error TreasuryInsufficientBalance(address token, uint256 available, uint256 requested);

    /// @notice Token deposits need a token contract; send ETH with {deposit} instead.
    error TreasuryInvalidToken(address token);

    /// @notice The owner (the timelock) can never be removed: the funds would be locked forever.
    error TreasuryOwnershipNotRenounceable();

    /// @notice `spender` may pay `allowance` of `token`, less than the `requested` payment.
    error TreasurySpenderAllowanceExceeded(address spender, address token, uint256 allowance, uint256 requested);

    /// @notice `spender` still owes `owed` of `token` (e.g. milestones already granted); its
    /// allowance cannot be set to `amount`, below that.
    error TreasuryAllowanceBelowOwed(address spender, address token, uint256 amount, uint256 owed);

    /* --------------------------------- FUNCTIONS -------------------------------- */

    /// @notice Deposits the ETH sent.
    /// @param memo The commitment to the depositor's note (e.g. "Municipal budget 2026"), or zero.
    function deposit(bytes32 memo) external payable;

    /// @notice Pulls `amount` of `token` from the caller (after an approval).
    /// @param memo The commitment to the depositor's note, or zero.
    function depositToken(IERC20 token, uint256 amount, bytes32 memo) external;

    /// @notice Pays `amount` of `token` (zero address: ETH) to `to`. Owner (the timelock) only.
    /// @param decision What allowed the payment: for a grant, its proposal's description hash.
    function pay(address token, address payable to, uint256 amount, bytes32 decision) external;

    /// @notice Sets how much of `token` `spender` may pay out on its own rules, reserving that
    /// much of the balance; never below what the spender says it still owes (its
    /// `committed(token)`, where it has one). Owner (the timelock) only.
    function setAllowance(address spender, address token, uint256 amount) external;

    /// @notice Adds `amount` to `spender`'s allowance of `token` (a top-up), reserving it.
    /// Owner (the timelock) only.
    function increaseAllowance(address spender, address token, uint256 amount) external;

    /// @notice Pays `amount` of `token` to `to` from the caller's allowance.
    /// @param decision What allowed the payment: the spender's own reference to it.
    function spend(address token, address payable to, uint256 amount, bytes32 decision) external;

    /// @notice Gives back `amount` of the caller's allowance of `token`.
    function returnAllowance(address token, uint256 amount) external;

    /// @notice The treasury's balance of `token` (zero address: ETH), reserved or not.
    function balanceOf(address token) external view returns (uint256);

    /// @notice What of `token` is not reserved for a spender: what a grant can still pay.
    function available(address token) external view returns (uint256);

    /// @notice The registry every payment's recipient is checked against.
    function payees() external view returns (IPayeeRegistry);

    /// @notice How much of `token` `spender` may still pay.
    function allowanceOf(address spender, address token) external view returns (uint256);
}
