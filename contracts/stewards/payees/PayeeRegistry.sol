// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IPayeeRegistry} from "./IPayeeRegistry.sol";

/// @title PayeeRegistry
/// @notice Attested payees, and the members' rule on whether payouts need one. Verifiers attest
/// and revoke; only governance (the timelock, the admin) sets the rule, names verifiers and
/// marks the fund's own escrows. A revocation stands: another verifier cannot undo it by
/// attesting again; only the revoking verifier or governance lifts it.
contract PayeeRegistry is AccessControl, IPayeeRegistry {
    /// @notice Staff who check payees in a business register.
    bytes32 public constant VERIFIER_ROLE = keccak256("VERIFIER_ROLE");

    struct Attestation {
        uint48 validUntil;
        bool revoked;
        /// @dev The verifier whose revocation stands (zero once lifted or never revoked).
        address revokedBy;
    }

    /// @inheritdoc IPayeeRegistry
    bool public verificationRequired;
    /// @notice The fund's own escrows, which receive money without an attestation.
    mapping(address account => bool) public isFundAccount;
    /// @notice Each payee's latest attestation; who it is lives off chain, behind its event's commitment.
    mapping(address payee => Attestation) public attestationOf;

    /// @notice Creates the registry with governance as its only admin.
    /// @param governance The timelock: sets the rule and names verifiers.
    /// @param verifiers Initial verifiers.
    /// @param required Whether payouts need a verified payee from the start.
    constructor(address governance, address[] memory verifiers, bool required) {
        _grantRole(DEFAULT_ADMIN_ROLE, governance);
        for (uint256 i = 0; i < verifiers.length; ++i) {
            _grantRole(VERIFIER_ROLE, verifiers[i]);
        }
        verificationRequired = required;
        emit VerificationRequirementSet(false, required);
    }

    /// @inheritdoc IPayeeRegistry
    function attest(
        address payee,
        Scheme scheme,
        PayeeKind kind,
        bytes32 identity,
        uint48 validUntil
    ) external onlyRole(VERIFIER_ROLE) {
        if (payee == address(0) || identity == bytes32(0) || validUntil <= block.timestamp) {
            revert PayeeRegistryInvalidAttestation(payee, validUntil);
        }
        address revokedBy = attestationOf[payee].revokedBy;
        if (revokedBy != address(0) && revokedBy != msg.sender) revert PayeeRegistryRevocationStands(payee, revokedBy);
        attestationOf[payee] = Attestation(validUntil, false, address(0));
        emit PayeeAttested(payee, msg.sender, scheme, kind, identity, validUntil);
    }

    /// @inheritdoc IPayeeRegistry
    function revoke(address payee, RevocationReason code, bytes32 reason) external onlyRole(VERIFIER_ROLE) {
        Attestation storage a = attestationOf[payee];
        if (a.validUntil == 0 || a.revoked) revert PayeeRegistryNothingToRevoke(payee);
        (a.revoked, a.revokedBy) = (true, msg.sender);
        emit PayeeRevoked(payee, msg.sender, code, reason);
    }

    /// @inheritdoc IPayeeRegistry
    function liftRevocation(address payee) external {
        Attestation storage a = attestationOf[payee];
        if (a.revokedBy == address(0)) revert PayeeRegistryNothingToLift(payee);
        // The revoking verifier, while still a verifier; otherwise only governance.
        if (msg.sender != a.revokedBy || !hasRole(VERIFIER_ROLE, msg.sender)) _checkRole(DEFAULT_ADMIN_ROLE);
        a.revokedBy = address(0);
        emit RevocationLifted(payee, msg.sender);
    }

    /// @inheritdoc IPayeeRegistry
    function setVerificationRequired(bool required) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emit VerificationRequirementSet(verificationRequired, required);
        verificationRequired = required;
    }

    /// @inheritdoc IPayeeRegistry
    function setFundAccount(address account, bool isFundAccount_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        isFundAccount[account] = isFundAccount_;
        emit FundAccountSet(account, isFundAccount_);
    }

    /// @inheritdoc IPayeeRegistry
    function checkPayee(address payee) external view {
        if (!verificationRequired || isFundAccount[payee]) return;
        Attestation memory a = attestationOf[payee];
        if (a.validUntil == 0) revert PayeeRegistryNotVerified(payee);
        if (a.revoked) revert PayeeRegistryAttestationRevoked(payee);
        if (a.validUntil <= block.timestamp) revert PayeeRegistryAttestationExpired(payee, a.validUntil);
    }

    /// @inheritdoc IPayeeRegistry
    function isVerified(address payee) external view returns (bool) {
        Attestation memory a = attestationOf[payee];
        return a.validUntil > block.timestamp && !a.revoked;
    }
}
