// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

// Test double, not part of a fund: documented at the contract only.
// solhint-disable use-natspec

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @notice Test double: the smallest smart account that signs in with Ethereum. A signature is
/// valid (ERC-1271) when its owner's key signed the hash; it holds nothing and calls nothing.
contract TestSmartAccount is IERC1271 {
    address public immutable owner;

    constructor(address owner_) {
        owner = owner_;
    }

    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
        (address signer, ECDSA.RecoverError error, ) = ECDSA.tryRecover(hash, signature);
        return error == ECDSA.RecoverError.NoError && signer == owner ? this.isValidSignature.selector : bytes4(0);
    }
}
