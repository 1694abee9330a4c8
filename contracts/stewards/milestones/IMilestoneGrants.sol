// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title Pulje milestone grants
/// @notice Grants paid as work is delivered, e.g. a building project. A proposal creates a
/// grant of up to 16 milestones for one payee and reserves its total on the treasury; a steward
/// marks a milestone delivered with evidence; after a veto window in which the guardian can
/// stop it, anyone releases it to the payee. A proposal can cancel the rest, which is no longer
/// reserved.
interface IMilestoneGrants {
    enum MilestoneStatus {
        None,
        Planned,
        Delivered,
        Released,
        Cancelled
    }

    /* ---------------------------------- EVENTS ---------------------------------- */

    /// @notice A grant for `payee` of `total` in `token` was created, in `milestones` parts.
    event MilestoneGrantCreated(
        uint256 indexed grantId,
        address indexed payee,
        address indexed token,
        uint256 total,
        uint8 milestones,
        string title
    );

    /// @notice Milestone `index` of the grant pays `amount` when `description` is delivered.
    event MilestonePlanned(uint256 indexed grantId, uint8 index, uint128 amount, string description);

    /// @notice `steward` marked the milestone delivered, with evidence (a URI and the hash of
    /// what it points to); it can be released at `releasableAt`.
    event MilestoneDelivered(
        uint256 indexed grantId,
        uint8 index,
        address indexed steward,
        string evidenceUri,
        bytes32 evidenceHash,
        uint48 releasableAt
    );

    /// @notice The guardian stopped a delivered milestone within the veto window; it is planned
    /// again until a steward delivers it anew (or governance cancels the rest).
    event MilestoneStopped(uint256 indexed grantId, uint8 index, address indexed guardian, string reason);

    /// @notice The milestone's amount was paid to the grant's payee.
    event MilestoneReleased(uint256 indexed grantId, uint8 index, address indexed payee, uint128 amount);

    /// @notice Governance cancelled what was not yet released; `returned` is no longer reserved.
    event MilestoneGrantCancelled(uint256 indexed grantId, uint256 returned);

    /// @notice Governance changed the veto window (from zero at deployment).
    event VetoWindowSet(uint48 oldVetoWindow, uint48 newVetoWindow);

    /// @notice Governance changed the guardian (zero: none; from zero at deployment).
    event MilestoneGuardianSet(address oldGuardian, address newGuardian);

    /* ---------------------------------- ERRORS ---------------------------------- */

    /// @notice 1 to 16 milestones, each with an amount above zero, and a payee.
    error MilestoneGrantsInvalidGrant();

    /// @notice The treasury reserved `allowance` of `token` for milestones, less than the
    /// `committed` total of open grants with this one.
    error MilestoneGrantsUnfunded(address token, uint256 allowance, uint256 committed);

    /// @notice No such grant or milestone.
    error MilestoneGrantsNotFound(uint256 grantId, uint8 index);

    /// @notice The milestone is `actual`, not `expected`.
    error MilestoneGrantsWrongStatus(uint256 grantId, uint8 index, MilestoneStatus expected, MilestoneStatus actual);

    /// @notice The veto window runs until `releasableAt`.
    error MilestoneGrantsInVetoWindow(uint256 grantId, uint8 index, uint48 releasableAt);

    /// @notice The veto window closed at `releasableAt`; the guardian can no longer stop it.
    error MilestoneGrantsVetoWindowClosed(uint256 grantId, uint8 index, uint48 releasableAt);

    /// @notice `caller` is not the guardian.
    error MilestoneGrantsNotGuardian(address caller);

    /// @notice Delivery needs evidence: a URI and a hash.
    error MilestoneGrantsMissingEvidence();

    /// @notice Nothing of the grant is left to cancel.
    error MilestoneGrantsNothingToCancel(uint256 grantId);

    /* --------------------------------- FUNCTIONS -------------------------------- */

    /// @notice Creates a grant. Governance (the timelock) only, after reserving the total with
    /// the treasury's `increaseAllowance` for this contract.
    function createGrant(
        address payee,
        address token,
        uint128[] calldata amounts,
        string[] calldata descriptions,
        string calldata title
    ) external returns (uint256 grantId);

    /// @notice Marks a planned milestone delivered, with evidence. Stewards only.
    function markDelivered(uint256 grantId, uint8 index, string calldata evidenceUri, bytes32 evidenceHash) external;

    /// @notice Stops a delivered milestone within the veto window, with a reason. Guardian only.
    function stop(uint256 grantId, uint8 index, string calldata reason) external;

    /// @notice Pays a delivered milestone after its veto window. Anyone may call it.
    function release(uint256 grantId, uint8 index) external;

    /// @notice Cancels every milestone not yet released and gives its amount back to the
    /// treasury's free balance. Governance only.
    function cancelRest(uint256 grantId) external;
}
