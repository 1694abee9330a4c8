// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {ITreasury} from "../../treasury/ITreasury.sol";
import {IStewardPool, IMemberBalance} from "./IStewardPool.sol";
import {StewardPool} from "./StewardPool.sol";

/// @title StewardPoolFactory
/// @notice Creates quick pools and task groups for the members' governance (its owner, the
/// timelock). A pool lives at an address known from its salt, so the proposal that creates it
/// can also set its allowance on the treasury.
contract StewardPoolFactory is Ownable {
    /// @notice The pool implementation every clone runs.
    address public immutable implementation;
    /// @notice The treasury pools spend from.
    ITreasury public immutable treasury;
    /// @notice The fund's voting source (membership or token): who may apply to a pool.
    IMemberBalance public immutable members;

    /// @notice A pool was created at `pool`; the history reader follows it from here.
    event PoolCreated(address indexed pool, bytes32 indexed salt, IStewardPool.Kind kind, address indexed token);

    /// @notice Creates the factory, owned by the members' governance.
    /// @param governance The timelock: the only account that can create pools.
    /// @param implementation_ A StewardPool to clone.
    /// @param treasury_ The treasury pools spend from.
    /// @param members_ The fund's voting source: the membership, or in token mode the token.
    constructor(
        address governance,
        address implementation_,
        ITreasury treasury_,
        IMemberBalance members_
    ) Ownable(governance) {
        implementation = implementation_;
        treasury = treasury_;
        members = members_;
    }

    /// @notice Creates a pool at `predictPool(salt)`. Governance (the timelock) only.
    function createPool(
        bytes32 salt,
        IStewardPool.PoolParams calldata params
    ) external onlyOwner returns (address pool) {
        pool = Clones.cloneDeterministic(implementation, salt);
        emit PoolCreated(pool, salt, params.kind, params.token);
        StewardPool(pool).initialize(params, owner(), treasury, members);
    }

    /// @notice Where the pool created with `salt` lives (before or after it is created).
    function predictPool(bytes32 salt) external view returns (address) {
        return Clones.predictDeterministicAddress(implementation, salt);
    }
}
