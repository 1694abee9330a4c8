// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ITreasury} from "../../treasury/ITreasury.sol";
import {IMilestoneGrants} from "./IMilestoneGrants.sol";

/// @title MilestoneGrants
/// @notice Every milestone grant of the fund (see {IMilestoneGrants}). The money stays in the
/// treasury as this contract's allowance, which must cover every open grant's unreleased
/// milestones; a release pays the payee straight from the treasury.
contract MilestoneGrants is IMilestoneGrants, AccessControl {
    /// @notice Staff who confirm that work was delivered.
    bytes32 public constant STEWARD_ROLE = keccak256("STEWARD_ROLE");
    /// @notice At most this many milestones per grant, so cancelling one is a bounded loop.
    uint8 public constant MAX_MILESTONES = 16;

    struct Grant {
        address payee;
        address token;
        uint8 count;
    }

    struct Milestone {
        uint128 amount;
        MilestoneStatus status;
        uint48 releasableAt;
    }

    /// @notice Where the money is, and who checks payees.
    ITreasury public immutable treasury;
    /// @notice How long the guardian has to stop a delivered milestone.
    uint48 public vetoWindow;
    /// @notice Who may stop a delivered milestone (zero: nobody).
    address public guardian;
    /// @notice Grants created so far (ids run from 1).
    uint256 public grantCount;
    /// @notice Per token, what open grants still have to pay.
    mapping(address token => uint256) public committed;

    mapping(uint256 grantId => Grant) private _grants;
    mapping(uint256 grantId => mapping(uint8 index => Milestone)) private _milestones;

    /// @notice Creates the contract with governance as its admin.
    /// @param governance The timelock: creates and cancels grants, names stewards.
    /// @param treasury_ The treasury the allowance is on.
    /// @param stewards Who may mark milestones delivered.
    /// @param guardian_ Who may stop a delivery within the veto window (zero: nobody).
    /// @param vetoWindow_ Seconds between delivery and release.
    constructor(
        address governance,
        ITreasury treasury_,
        address[] memory stewards,
        address guardian_,
        uint48 vetoWindow_
    ) {
        treasury = treasury_;
        _grantRole(DEFAULT_ADMIN_ROLE, governance);
        for (uint256 i = 0; i < stewards.length; ++i) {
            _grantRole(STEWARD_ROLE, stewards[i]);
        }
        (guardian, vetoWindow) = (guardian_, vetoWindow_);
        emit MilestoneGuardianSet(address(0), guardian_);
        emit VetoWindowSet(0, vetoWindow_);
    }

    /// @inheritdoc IMilestoneGrants
    function createGrant(
        address payee,
        address token,
        uint128[] calldata amounts,
        bytes32[] calldata descriptions,
        bytes32 title
    ) external onlyRole(DEFAULT_ADMIN_ROLE) returns (uint256 grantId) {
        uint256 n = amounts.length;
        if (payee == address(0) || n == 0 || n > MAX_MILESTONES || descriptions.length != n || title == bytes32(0)) {
            revert MilestoneGrantsInvalidGrant();
        }
        treasury.payees().checkPayee(payee);
        grantId = ++grantCount;
        _grants[grantId] = Grant(payee, token, uint8(n));
        uint256 total;
        for (uint8 i = 0; i < n; ++i) {
            if (amounts[i] == 0 || descriptions[i] == bytes32(0)) revert MilestoneGrantsInvalidGrant();
            _milestones[grantId][i] = Milestone(amounts[i], MilestoneStatus.Planned, 0);
            total += amounts[i];
        }
        uint256 owed = committed[token] + total;
        uint256 allowance = treasury.allowanceOf(address(this), token);
        if (owed > allowance) revert MilestoneGrantsUnfunded(token, allowance, owed);
        committed[token] = owed;
        emit MilestoneGrantCreated(grantId, payee, token, total, uint8(n), title);
        for (uint8 i = 0; i < n; ++i) {
            emit MilestonePlanned(grantId, i, amounts[i], descriptions[i]);
        }
    }

    /// @inheritdoc IMilestoneGrants
    function markDelivered(
        uint256 grantId,
        uint8 index,
        bytes32 evidence,
        bytes32 documentHash
    ) external onlyRole(STEWARD_ROLE) {
        if (evidence == bytes32(0) || documentHash == bytes32(0)) revert MilestoneGrantsMissingEvidence();
        Milestone storage m = _milestone(grantId, index, MilestoneStatus.Planned);
        uint48 releasableAt = uint48(block.timestamp) + vetoWindow;
        (m.status, m.releasableAt) = (MilestoneStatus.Delivered, releasableAt);
        emit MilestoneDelivered(grantId, index, msg.sender, evidence, documentHash, releasableAt);
    }

    /// @inheritdoc IMilestoneGrants
    function stop(uint256 grantId, uint8 index, StopReason code, bytes32 reason) external {
        // With no guardian (zero) nobody matches: no transaction comes from the zero address.
        if (msg.sender != guardian) revert MilestoneGrantsNotGuardian(msg.sender);
        Milestone storage m = _milestone(grantId, index, MilestoneStatus.Delivered);
        if (block.timestamp >= m.releasableAt) revert MilestoneGrantsVetoWindowClosed(grantId, index, m.releasableAt);
        (m.status, m.releasableAt) = (MilestoneStatus.Planned, 0);
        emit MilestoneStopped(grantId, index, msg.sender, code, reason);
    }

    /// @inheritdoc IMilestoneGrants
    function release(uint256 grantId, uint8 index) external {
        Milestone storage m = _milestone(grantId, index, MilestoneStatus.Delivered);
        if (block.timestamp < m.releasableAt) revert MilestoneGrantsInVetoWindow(grantId, index, m.releasableAt);
        Grant storage g = _grants[grantId];
        m.status = MilestoneStatus.Released;
        committed[g.token] -= m.amount;
        emit MilestoneReleased(grantId, index, g.payee, m.amount);
        // The treasury checks the payee's attestation again, then pays.
        treasury.spend(g.token, payable(g.payee), m.amount, keccak256(abi.encode(address(this), grantId, index)));
    }

    /// @inheritdoc IMilestoneGrants
    function cancelRest(uint256 grantId) external onlyRole(DEFAULT_ADMIN_ROLE) {
        Grant storage g = _grants[grantId];
        if (g.count == 0) revert MilestoneGrantsNotFound(grantId, 0);
        uint256 rest;
        for (uint8 i = 0; i < g.count; ++i) {
            Milestone storage m = _milestones[grantId][i];
            if (m.status == MilestoneStatus.Planned || m.status == MilestoneStatus.Delivered) {
                rest += m.amount;
                m.status = MilestoneStatus.Cancelled;
            }
        }
        if (rest == 0) revert MilestoneGrantsNothingToCancel(grantId);
        committed[g.token] -= rest;
        emit MilestoneGrantCancelled(grantId, rest);
        treasury.returnAllowance(g.token, rest);
    }

    /// @notice Sets the veto window for deliveries from now on. Governance only.
    function setVetoWindow(uint48 vetoWindow_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emit VetoWindowSet(vetoWindow, vetoWindow_);
        vetoWindow = vetoWindow_;
    }

    /// @notice Sets who may stop deliveries (zero: nobody). Governance only.
    function setGuardian(address guardian_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emit MilestoneGuardianSet(guardian, guardian_);
        guardian = guardian_;
    }

    /// @notice A grant's payee, token and number of milestones.
    function grantOf(uint256 grantId) external view returns (Grant memory) {
        return _grants[grantId];
    }

    /// @notice A milestone's amount, status and when it can be released.
    function milestoneOf(uint256 grantId, uint8 index) external view returns (Milestone memory) {
        return _milestones[grantId][index];
    }

    function _milestone(
        uint256 grantId,
        uint8 index,
        MilestoneStatus expected
    ) private view returns (Milestone storage m) {
        if (index >= _grants[grantId].count) revert MilestoneGrantsNotFound(grantId, index);
        m = _milestones[grantId][index];
        if (m.status != expected) revert MilestoneGrantsWrongStatus(grantId, index, expected, m.status);
    }
}
