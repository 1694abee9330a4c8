// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title Pulje payee registry
/// @notice Verifiers (staff who checked a business register) attest payees: which register
/// (and so which country), whether a company or a sole trader, a commitment to the legal name
/// and registration number, and how long the attestation holds. The name and number stay off
/// chain in the content service: a sole trader's number can be a personal identity number, and
/// events are public forever. When the members require it, every path that pays — grants, pool
/// micro-grants, milestones, budget-round releases — asks {checkPayee} first and refuses an
/// unverified, expired or revoked payee.
interface IPayeeRegistry {
    /// @notice The business registers a registration number can come from.
    enum Scheme {
        DanishCvr, // 8 digits
        SwedishOrgNumber, // 10 digits
        NorwegianOrgNumber // 9 digits
    }

    /// @notice What kind of business the payee is: a sole trader's identity is never published.
    enum PayeeKind {
        Company,
        SoleTrader
    }

    /// @notice Why a verifier revoked an attestation: data for auditors beside the written reason.
    enum RevocationReason {
        RegistrationEnded, // struck off, dissolved or ceased trading
        DetailsWrong, // the register does not confirm what was attested
        AccountCompromised, // the payout address is no longer the payee's
        Misconduct,
        Other
    }

    /* ---------------------------------- EVENTS ---------------------------------- */

    /// @notice `verifier` checked `payee`, a `kind`, in the `scheme` register; `identity` commits
    /// to its legal name and registration number; the attestation holds until `validUntil`.
    event PayeeAttested(
        address indexed payee,
        address indexed verifier,
        Scheme scheme,
        PayeeKind kind,
        bytes32 identity,
        uint48 validUntil
    );

    /// @notice `verifier` withdrew `payee`'s attestation, with a reason code and a commitment to
    /// the written reason. It stands until lifted.
    event PayeeRevoked(address indexed payee, address indexed verifier, RevocationReason code, bytes32 reason);

    /// @notice `by` (governance, or the verifier who revoked) lifted `payee`'s revocation: any
    /// verifier may attest it again.
    event RevocationLifted(address indexed payee, address indexed by);

    /// @notice The members decided whether payouts need a verified payee (`oldRequired` is the
    /// rule it replaced; false at deployment).
    event VerificationRequirementSet(bool oldRequired, bool newRequired);

    /// @notice The members marked `account` as one of the fund's own accounts (an escrow such
    /// as a budget round), which receives money without an attestation; or unmarked it.
    event FundAccountSet(address indexed account, bool isFundAccount);

    /* ---------------------------------- ERRORS ---------------------------------- */

    /// @notice Payouts require a verified payee and `payee` was never attested.
    error PayeeRegistryNotVerified(address payee);

    /// @notice `payee`'s attestation ran out at `validUntil`.
    error PayeeRegistryAttestationExpired(address payee, uint48 validUntil);

    /// @notice `payee`'s attestation was revoked.
    error PayeeRegistryAttestationRevoked(address payee);

    /// @notice An attestation needs a payee, an identity commitment and an end in the future.
    error PayeeRegistryInvalidAttestation(address payee, uint48 validUntil);

    /// @notice `payee` has no attestation in force to revoke.
    error PayeeRegistryNothingToRevoke(address payee);

    /// @notice `revokedBy` revoked `payee`; only that verifier or governance can lift it.
    error PayeeRegistryRevocationStands(address payee, address revokedBy);

    /// @notice `payee` has no standing revocation to lift.
    error PayeeRegistryNothingToLift(address payee);

    /* --------------------------------- FUNCTIONS -------------------------------- */

    /// @notice Attests `payee` (or renews its attestation). Verifiers only; a revoked payee only
    /// by the verifier who revoked it, or after the revocation was lifted.
    /// @param scheme Which register the payee is in.
    /// @param kind A company, or a sole trader.
    /// @param identity The commitment to the legal name and registration number (the content
    /// service checks the number's form: CVR 8 digits, Swedish 10, Norwegian 9).
    /// @param validUntil When the attestation stops holding (a timestamp in the future).
    function attest(address payee, Scheme scheme, PayeeKind kind, bytes32 identity, uint48 validUntil) external;

    /// @notice Revokes `payee`'s attestation, with a reason. Verifiers only.
    /// @param reason The commitment to the written reason.
    function revoke(address payee, RevocationReason code, bytes32 reason) external;

    /// @notice Lifts `payee`'s revocation, so any verifier may attest it again. Governance (the
    /// timelock) or the verifier who revoked it only.
    function liftRevocation(address payee) external;

    /// @notice Whether payouts need a verified payee. Governance (the timelock) only.
    function setVerificationRequired(bool required) external;

    /// @notice Marks `account` as the fund's own escrow (or not). Governance (the timelock) only.
    function setFundAccount(address account, bool isFundAccount_) external;

    /// @notice Reverts with a named error if a payout to `payee` is not allowed now.
    function checkPayee(address payee) external view;

    /// @notice Whether `payee` holds an attestation in force, whatever the requirement.
    function isVerified(address payee) external view returns (bool);

    /// @notice Whether payouts need a verified payee.
    function verificationRequired() external view returns (bool);
}
