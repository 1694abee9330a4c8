// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

// Test double, not part of a fund: documented at the contract only.
// solhint-disable use-natspec

import {TestSmartAccount} from "./TestSmartAccount.sol";

/// @notice Test double: deploys TestSmartAccounts with CREATE2, so an account's address is known
/// before it exists and it can sign in counterfactually (ERC-6492: the signature carries this
/// factory and the deploy call).
contract TestSmartAccountFactory {
    function deploy(address owner, bytes32 salt) external returns (TestSmartAccount) {
        return new TestSmartAccount{salt: salt}(owner);
    }

    function addressOf(address owner, bytes32 salt) external view returns (address) {
        bytes32 codeHash = keccak256(abi.encodePacked(type(TestSmartAccount).creationCode, abi.encode(owner)));
        return address(uint160(uint256(keccak256(abi.encodePacked(bytes1(0xff), address(this), salt, codeHash)))));
    }
}
