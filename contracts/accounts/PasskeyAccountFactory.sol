// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {PasskeyAccount} from "./PasskeyAccount.sol";

/// @title PasskeyAccountFactory
/// @notice Creates residents' passkey accounts at addresses known before they exist: the address
/// follows from the passkey's public key and a salt, so a resident can show it to the registrar,
/// be admitted, and only then have the account created by its first (sponsored) user operation.
/// @dev Minimal clones (EIP-1167) of one `PasskeyAccount`, created with CREATE2 and initialised in
/// the same call. The EntryPoint calls `createAccount` through its SenderCreator for a user
/// operation's initCode; anyone may call it, the result is the same account.
contract PasskeyAccountFactory {
    /// @notice The account code every clone runs.
    address public immutable implementation;

    /// @notice A passkey account was created at `account` for the passkey (`qx`, `qy`).
    event AccountCreated(address indexed account, bytes32 qx, bytes32 qy, uint256 salt);

    /// @notice Creates the factory for one account implementation.
    /// @param implementation_ A `PasskeyAccount` (its constructor disabled its own initialiser).
    constructor(address implementation_) {
        implementation = implementation_;
    }

    /// @notice Creates the account of passkey (`qx`, `qy`) and `salt`, or returns it if it exists.
    /// @param qx The passkey's public key, x coordinate.
    /// @param qy The passkey's public key, y coordinate.
    /// @param salt Lets one passkey hold several accounts (0 for the first).
    /// @return account The account's address, equal to `predictAddress(qx, qy, salt)`.
    function createAccount(bytes32 qx, bytes32 qy, uint256 salt) external returns (address account) {
        bytes32 cloneSalt = _cloneSalt(qx, qy, salt);
        account = Clones.predictDeterministicAddress(implementation, cloneSalt);
        // Returning an existing account keeps a repeated initCode harmless.
        if (account.code.length == 0) {
            Clones.cloneDeterministic(implementation, cloneSalt);
            PasskeyAccount(payable(account)).initialize(qx, qy);
            emit AccountCreated(account, qx, qy, salt);
        }
    }

    /// @notice Where the account of passkey (`qx`, `qy`) and `salt` lives, before or after creation.
    /// @param qx The passkey's public key, x coordinate.
    /// @param qy The passkey's public key, y coordinate.
    /// @param salt Lets one passkey hold several accounts (0 for the first).
    /// @return The account's address.
    function predictAddress(bytes32 qx, bytes32 qy, uint256 salt) external view returns (address) {
        return Clones.predictDeterministicAddress(implementation, _cloneSalt(qx, qy, salt));
    }

    function _cloneSalt(bytes32 qx, bytes32 qy, uint256 salt) private pure returns (bytes32) {
        return keccak256(abi.encode(qx, qy, salt));
    }
}
