// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Votes} from "@openzeppelin/contracts/governance/utils/Votes.sol";

/// @title SelfDelegation
/// @notice Votes whose holders delegate to themselves until they choose someone else, so a
/// vote counts from the moment it is held, without a separate delegation transaction.
/// @dev The default costs no storage: an unset delegate reads as the account itself.
/// Delegating to the zero address means delegating back to oneself, never burning votes.
abstract contract SelfDelegation is Votes {
    /// @notice The account that votes with `account`'s units: its chosen delegate, or itself.
    function delegates(address account) public view virtual override returns (address) {
        address chosen = super.delegates(account);
        return chosen == address(0) ? account : chosen;
    }

    /// @dev Maps "no delegate" to the account itself; Votes would otherwise move the units to
    /// nobody while `delegates` still reported the account.
    function _delegate(address account, address delegatee) internal virtual override {
        super._delegate(account, delegatee == address(0) ? account : delegatee);
    }
}
