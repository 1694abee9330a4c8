// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC7913WebAuthnVerifier} from "@openzeppelin/contracts/utils/cryptography/verifiers/ERC7913WebAuthnVerifier.sol";

/// @title WebAuthnVerifier
/// @notice OpenZeppelin's stateless ERC-7913 verifier of WebAuthn assertions (P-256 passkeys,
/// user verification required), deployed once per fund and named by every passkey account's
/// signers. It uses the P-256 precompile where the chain has one, and Solidity otherwise.
contract WebAuthnVerifier is ERC7913WebAuthnVerifier {}
