// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title PuljeTimelock
/// @notice OpenZeppelin's TimelockController, unchanged: the waiting room between a passed
/// proposal and its execution, and the owner of the treasury. After deployment the governor
/// alone proposes, cancels and executes, and only the timelock itself administers roles.
contract PuljeTimelock is TimelockController {
    /// @notice Creates the timelock; see {TimelockController}.
    /// @param minDelay Seconds a passed proposal waits before it can be executed.
    /// @param proposers Accounts that may schedule (and cancel) operations: the governor.
    /// @param executors Accounts that may execute ready operations: the governor.
    /// @param admin An optional temporary administrator for wiring; renounced in the same deployment.
    constructor(
        uint256 minDelay,
        address[] memory proposers,
        address[] memory executors,
        address admin
    ) TimelockController(minDelay, proposers, executors, admin) {}
}
