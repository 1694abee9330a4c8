// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Account} from "@openzeppelin/contracts/account/Account.sol";
import {ERC7821} from "@openzeppelin/contracts/account/extensions/draft-ERC7821.sol";
import {ERC4337Utils} from "@openzeppelin/contracts/account/utils/ERC4337Utils.sol";
import {IEntryPoint} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {MultiSignerERC7913} from "@openzeppelin/contracts/utils/cryptography/signers/MultiSignerERC7913.sol";
import {ERC7739} from "@openzeppelin/contracts/utils/cryptography/signers/draft-ERC7739.sol";

/// @title PasskeyAccount
/// @notice A resident's account: an ERC-4337 smart account that passkeys (WebAuthn, P-256) sign
/// for, so taking part needs no wallet extension, no seed phrase and no ETH. It executes batches
/// of calls (ERC-7821) sent by the canonical EntryPoint v0.8, and answers ERC-1271 through
/// ERC-7739, so the fund's `castVoteBySig` and `castBallotBySig` accept its signatures.
/// @dev Built from OpenZeppelin parts only. Signers are ERC-7913 keys (the WebAuthn verifier's
/// address followed by the key's x and y) with a threshold of one: any one of the resident's
/// passkeys signs alone, and a second device's passkey can be added with the first
/// (`SignerWebAuthn` holds a single key, so it could not). ERC-7739 wraps every ERC-1271 hash
/// in this account's own domain, so a signature for one account never passes for another account
/// of the same passkey. Clones of one implementation, created by `PasskeyAccountFactory`.
contract PasskeyAccount is Account, EIP712, ERC7739, MultiSignerERC7913, ERC7821, Initializable {
    /// @notice The stateless ERC-7913 verifier that checks WebAuthn assertions for every passkey.
    address public immutable webAuthnVerifier;

    /// @notice The key is not a P-256 public key this account could hold (x or y is zero).
    error PasskeyAccountInvalidKey();

    /// @notice Sets the verifier every clone uses. The implementation itself can never be
    /// initialised and its only signer is the zero address, whose signature no key produces.
    /// (Clones start from empty storage; each gets its passkey from `initialize`.)
    /// @param verifier An `ERC7913WebAuthnVerifier`.
    constructor(address verifier) EIP712("Pulje Account", "1") MultiSignerERC7913(_nobody(), 1) {
        webAuthnVerifier = verifier;
        _disableInitializers();
    }

    /// @notice Gives a new clone its first passkey. The factory calls it in the transaction that
    /// creates the clone, so nobody can take the account over in between.
    /// @param qx The passkey's public key, x coordinate.
    /// @param qy The passkey's public key, y coordinate.
    function initialize(bytes32 qx, bytes32 qy) external initializer {
        _addSigners(_asSigners(qx, qy));
        _setThreshold(1);
    }

    /// @notice Adds another device's passkey; from then on either signs alone. Only through a user
    /// operation signed by a current passkey (or a call the account makes to itself).
    /// @param qx The new passkey's public key, x coordinate.
    /// @param qy The new passkey's public key, y coordinate.
    function addPasskey(bytes32 qx, bytes32 qy) external onlyEntryPointOrSelf {
        _addSigners(_asSigners(qx, qy));
    }

    /// @notice Removes a passkey (a lost device). The last one cannot be removed.
    /// @param qx The passkey's public key, x coordinate.
    /// @param qy The passkey's public key, y coordinate.
    function removePasskey(bytes32 qx, bytes32 qy) external onlyEntryPointOrSelf {
        _removeSigners(_asSigners(qx, qy));
    }

    /// @notice Whether the passkey with public key (`qx`, `qy`) signs for this account.
    /// @param qx The public key's x coordinate.
    /// @param qy The public key's y coordinate.
    /// @return Whether it is one of the account's passkeys.
    function isPasskey(bytes32 qx, bytes32 qy) external view returns (bool) {
        return isSigner(abi.encodePacked(webAuthnVerifier, qx, qy));
    }

    /// @notice The canonical EntryPoint v0.8 (OpenZeppelin 5.7 defaults to v0.9).
    /// @return The EntryPoint at 0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108.
    function entryPoint() public pure override returns (IEntryPoint) {
        return ERC4337Utils.ENTRYPOINT_V08;
    }

    /// @dev The EntryPoint executes the calls a passkey signed; the account may also call itself.
    function _erc7821AuthorizedExecutor(
        address caller,
        bytes32 mode,
        bytes calldata executionData
    ) internal view override returns (bool) {
        return caller == address(entryPoint()) || super._erc7821AuthorizedExecutor(caller, mode, executionData);
    }

    function _nobody() private pure returns (bytes[] memory signers) {
        signers = new bytes[](1);
        signers[0] = abi.encodePacked(address(0));
    }

    function _asSigners(bytes32 qx, bytes32 qy) private view returns (bytes[] memory signers) {
        if (qx == 0 || qy == 0) revert PasskeyAccountInvalidKey();
        signers = new bytes[](1);
        signers[0] = abi.encodePacked(webAuthnVerifier, qx, qy);
    }
}
