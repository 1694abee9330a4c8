// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IMembership} from "../membership/IMembership.sol";
import {ITreasury} from "../treasury/ITreasury.sol";
import {BudgetRound} from "./BudgetRound.sol";
import {IBudgetRound} from "./IBudgetRound.sol";

/// @title BudgetRoundFactory
/// @notice Opens budget rounds for the members' governance (its owner, the timelock). A round
/// is a minimal clone at an address known in advance from its salt, so the proposal that opens
/// it can first pay the budget from the treasury into that address and then create the round,
/// which checks the budget has arrived.
contract BudgetRoundFactory is Ownable {
    /// @notice The round implementation every clone runs.
    address public immutable implementation;
    /// @notice Who may take part in rounds, and in which district.
    IMembership public immutable membership;
    /// @notice Where unspent budgets return.
    ITreasury public immutable treasury;

    /// @notice A round was opened at `round`; the history reader follows it from here.
    event RoundCreated(address indexed round, bytes32 indexed salt, address indexed asset, uint256 total);

    /// @notice Creates the factory, owned by the members' governance.
    /// @param governance The timelock: the only account that can open rounds.
    /// @param implementation_ A BudgetRound to clone.
    /// @param membership_ Who may take part, and in which district.
    /// @param treasury_ Where unspent budgets return.
    constructor(
        address governance,
        address implementation_,
        IMembership membership_,
        ITreasury treasury_
    ) Ownable(governance) {
        implementation = implementation_;
        membership = membership_;
        treasury = treasury_;
    }

    /// @notice Opens a round at `predictRound(salt)`, which must already hold its budget.
    /// Governance (the timelock) only.
    function createRound(
        bytes32 salt,
        IBudgetRound.RoundParams calldata params
    ) external onlyOwner returns (address round) {
        round = Clones.cloneDeterministic(implementation, salt);
        BudgetRound(round).initialize(params, membership, treasury);
        emit RoundCreated(round, salt, address(params.asset), BudgetRound(round).total());
    }

    /// @notice Where the round opened with `salt` lives (before or after it is created).
    function predictRound(bytes32 salt) external view returns (address) {
        return Clones.predictDeterministicAddress(implementation, salt);
    }
}
