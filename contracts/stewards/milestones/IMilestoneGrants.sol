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

    /// @notice Why the guardian stopped a delivered milestone: data for auditors beside the
    /// written reason.
    enum StopReason {
        NotDelivered, // the work is not done as described
        EvidenceInsufficient, // the evidence does not show it
        PayeeIneligible, // the payee cannot lawfully be paid
        ConflictOfInterest,
        Other
    }

    /* ---------------------------------- EVENTS ---------------------------------- */

    /// @notice A grant for `payee` of `total` in `token` was created, in `milestones` parts;
    /// `title` commits to its title (texts live off chain in the content service).
    event MilestoneGrantCreated(
        uint256 indexed grantId,
        address indexed payee,
        address indexed token,
        uint256 total,
        uint8 milestones,
        bytes32 title
    );

    /// @notice Milestone `index` of the grant pays `amount` when what `description` commits to
    /// is delivered.
    event MilestonePlanned(uint256 indexed grantId, uint8 index, uint128 amount, bytes32 description);

    /// @notice `steward` marked the milestone delivered, with evidence: `evidence` commits to its
    /// link and note, `documentHash` is the hash of the document the link points to. It can be
    /// released at `releasableAt`.
    event MilestoneDelivered(
        uint256 indexed grantId,
        uint8 index,
        address indexed steward,
        bytes32 evidence,
        bytes32 documentHash,
        uint48 releasableAt
    );

    /// @notice The guardian stopped a delivered milestone within the veto window (`reason`
    /// commits to the written reason); it is planned again until a steward delivers it anew (or
    /// governance cancels the rest).
    event MilestoneStopped(
        uint256 indexed grantId,
        uint8 index,
        address indexed guardian,
        StopReason code,
        bytes32 reason
    );

    /// @notice The milestone's amount was paid to the grant's payee.
    event MilestoneReleased(uint256 indexed grantId, uint8 index, address indexed payee, uint128 amount);

    /// @notice Governance cancelled what was not yet released; `returned` is no longer reserved.
    event MilestoneGrantCancelled(uint256 indexed grantId, uint256 returned);

    /// @notice Governance changed the veto window (from zero at deployment).
    event VetoWindowSet(uint48 oldVetoWindow, uint48 newVetoWindow);

    /// @notice Governance changed the guardian (zero: none; from zero at deployment).
    event MilestoneGuardianSet(address oldGuardian, address newGuardian);

    /* ---------------------------------- ERRORS ---------------------------------- */

    /// @notice 1 to 16 milestones, each with an amount above zero and a description, a payee and a title.
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

    /// @notice Delivery needs evidence: the commitment to its link and the document's hash.
    error MilestoneGrantsMissingEvidence();

    /// @notice Nothing of the grant is left to cancel.
    error MilestoneGrantsNothingToCancel(uint256 grantId);

    /* --------------------------------- FUNCTIONS -------------------------------- */

    /// @notice Creates a grant. Governance (the timelock) only, after reserving the total with
    /// the treasury's `increaseAllowance` for this contract.
    /// @param descriptions The commitments to each milestone's description.
    /// @param title The commitment to the grant's title.
    function createGrant(
        address payee,
        address token,
        uint128[] calldata amounts,
        bytes32[] calldata descriptions,
        bytes32 title
    ) external returns (uint256 grantId);

    /// @notice Marks a planned milestone delivered, with evidence. Stewards only.
    /// @param evidence The commitment to the evidence's link and note.
    /// @param documentHash The hash of the document the link points to.
    function markDelivered(uint256 grantId, uint8 index, bytes32 evidence, bytes32 documentHash) external;

    /// @notice Stops a delivered milestone within the veto window, with a reason. Guardian only.
    /// @param reason The commitment to the written reason (zero: none written).
    function stop(uint256 grantId, uint8 index, StopReason code, bytes32 reason) external;

    /// @notice Pays a delivered milestone after its veto window. Anyone may call it.
    function release(uint256 grantId, uint8 index) external;

    /// @notice Cancels every milestone not yet released and gives its amount back to the
    /// treasury's free balance. Governance only.
    function cancelRest(uint256 grantId) external;
}
