// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {ITreasury} from "../../treasury/ITreasury.sol";
import {IStewardPool, IMemberBalance} from "./IStewardPool.sol";

/// @title StewardPool
/// @notice A quick pool or task group (see {IStewardPool}). Created as a minimal clone by the
/// {StewardPoolFactory}; its budget is an allowance the same proposal sets on the treasury, so
/// the pool holds no money itself and can never pay more than the members reserved for it.
/// Members apply for grants and put their names on a task group's list; the committee decides.
contract StewardPool is IStewardPool, Initializable {
    /// @notice The largest committee: approvals are counted in a loop-free way, but a committee
    /// is replaced by a loop over its members.
    uint256 public constant MAX_COMMITTEE = 15;

    struct Grant {
        address payee;
        uint128 amount;
        uint32 epoch;
        uint8 approvals;
        GrantStatus status;
        address proposer;
    }

    /// @notice What the pool keeps of an application: the rest is in {ApplicationSubmitted}.
    struct Application {
        address payee;
        ApplicationStatus status;
        uint128 amount;
    }

    /// @notice The members' governance (the timelock).
    address public governance;
    /// @notice Where the money is, and who checks payees.
    ITreasury public treasury;
    /// @notice The asset the pool pays in (zero address: ETH).
    address public token;
    /// @notice The most one grant may pay.
    uint128 public capPerGrant;
    /// @notice After this time the pool pays nothing and anyone may close it.
    uint48 public endsAt;
    /// @notice Whether the pool is a quick pool or a task group.
    Kind public kind;
    /// @notice Whether the pool was closed.
    bool public closed;
    /// @notice How many committee members must approve a grant.
    uint8 public threshold;
    /// @notice Bumped whenever the committee changes; a grant counts approvals of one epoch.
    uint32 public epoch;
    /// @notice What the pool has paid so far.
    uint256 public spent;
    /// @notice Grants proposed so far (ids run from 1).
    uint256 public grantCount;
    /// @notice Who counts as a member: the fund's voting source (the membership, or in token
    /// mode the token), asked for a balance above zero.
    IMemberBalance public members;
    /// @notice Applications made so far (ids run from 1).
    uint256 public applicationCount;
    /// @notice Whether a member is on the task group's list of interested members. The list
    /// itself is rebuilt from {InterestRegistered} and {InterestWithdrawn}.
    mapping(address member => bool) public isInterested;

    address[] private _committee;
    mapping(address member => uint32 epoch) private _memberEpoch;
    mapping(uint256 grantId => Grant) private _grants;
    mapping(uint256 grantId => mapping(address member => bool)) private _approved;
    mapping(uint256 applicationId => Application) private _applications;

    /// @dev Locks the implementation; clones are set up by {initialize}.
    constructor() {
        _disableInitializers();
    }

    /// @notice Sets up a new pool. Called once, by the factory that cloned it.
    /// @param p The pool's kind, text (name and mandate), asset, cap, end date and committee.
    /// @param governance_ The timelock.
    /// @param treasury_ The treasury holding the pool's allowance.
    /// @param members_ The fund's voting source: who may apply and show interest.
    function initialize(
        PoolParams calldata p,
        address governance_,
        ITreasury treasury_,
        IMemberBalance members_
    ) external initializer {
        if (p.capPerGrant == 0 || p.endsAt <= block.timestamp || p.text == bytes32(0)) {
            revert StewardPoolInvalidParams();
        }
        (governance, treasury, token, capPerGrant, endsAt) = (governance_, treasury_, p.token, p.capPerGrant, p.endsAt);
        (kind, members) = (p.kind, members_);
        emit PoolOpened(p.kind, p.text, p.token, p.capPerGrant, p.endsAt);
        _setCommittee(p.committee, p.threshold);
    }

    /* --------------------------------- COMMITTEE -------------------------------- */

    /// @inheritdoc IStewardPool
    function proposeGrant(address payee, uint128 amount, bytes32 reason) external returns (uint256 grantId) {
        return _proposeGrant(payee, amount, reason);
    }

    /// @inheritdoc IStewardPool
    function grantApplication(uint256 applicationId, bytes32 reason) external returns (uint256 grantId) {
        Application storage a = _open(applicationId);
        a.status = ApplicationStatus.Granted;
        grantId = _proposeGrant(a.payee, a.amount, reason);
        emit ApplicationGranted(applicationId, grantId, msg.sender);
    }

    /// @inheritdoc IStewardPool
    /// @dev Also once the pool closed or expired, so no application is left without an answer.
    function declineApplication(uint256 applicationId, bytes32 reason) external {
        _requireCommittee();
        if (reason == bytes32(0)) revert StewardPoolMissingReason();
        _open(applicationId).status = ApplicationStatus.Declined;
        emit ApplicationDeclined(applicationId, msg.sender, reason);
    }

    /* ---------------------------------- MEMBERS --------------------------------- */

    /// @inheritdoc IStewardPool
    /// @dev The payee is checked against the registry when the committee grants it: a payee
    /// may be verified while the application waits.
    function applyForGrant(uint128 amount, address payee, bytes32 text) external returns (uint256 applicationId) {
        _requireMember();
        _requireOpen();
        if (payee == address(0) || amount == 0 || text == bytes32(0)) {
            revert StewardPoolInvalidApplication(payee, amount);
        }
        if (amount > capPerGrant) revert StewardPoolOverCap(amount, capPerGrant);
        applicationId = ++applicationCount;
        _applications[applicationId] = Application(payee, ApplicationStatus.Open, amount);
        emit ApplicationSubmitted(applicationId, msg.sender, payee, amount, text);
    }

    /// @inheritdoc IStewardPool
    function registerInterest() external {
        if (kind != Kind.TaskGroup) revert StewardPoolNotTaskGroup();
        _requireMember();
        _requireOpen();
        if (isInterested[msg.sender]) revert StewardPoolAlreadyInterested(msg.sender);
        isInterested[msg.sender] = true;
        emit InterestRegistered(msg.sender);
    }

    /// @inheritdoc IStewardPool
    function withdrawInterest() external {
        if (!isInterested[msg.sender]) revert StewardPoolNotInterested(msg.sender);
        isInterested[msg.sender] = false;
        emit InterestWithdrawn(msg.sender);
    }

    /// @dev {proposeGrant}, shared with {grantApplication}.
    function _proposeGrant(address payee, uint128 amount, bytes32 reason) private returns (uint256 grantId) {
        _requireCommittee();
        _requireOpen();
        if (payee == address(0) || amount == 0) revert StewardPoolInvalidGrant(payee, amount);
        if (amount > capPerGrant) revert StewardPoolOverCap(amount, capPerGrant);
        uint256 left = remaining();
        if (amount > left) revert StewardPoolOverBudget(amount, left);
        // Said now rather than when the last approval arrives.
        treasury.payees().checkPayee(payee);

        grantId = ++grantCount;
        _grants[grantId] = Grant(payee, amount, epoch, 0, GrantStatus.Pending, msg.sender);
        emit GrantProposed(grantId, msg.sender, payee, amount, reason);
        _approve(grantId, _grants[grantId]);
    }

    /// @inheritdoc IStewardPool
    function approveGrant(uint256 grantId) external {
        _requireCommittee();
        _requireOpen();
        Grant storage g = _pending(grantId);
        if (g.epoch != epoch) revert StewardPoolGrantStale(grantId);
        if (_approved[grantId][msg.sender]) revert StewardPoolAlreadyApproved(grantId, msg.sender);
        _approve(grantId, g);
    }

    /// @inheritdoc IStewardPool
    function withdrawGrant(uint256 grantId) external {
        Grant storage g = _pending(grantId);
        if (g.proposer != msg.sender) revert StewardPoolNotProposer(grantId, msg.sender);
        g.status = GrantStatus.Withdrawn;
        emit GrantWithdrawn(grantId);
    }

    /* -------------------------------- GOVERNANCE -------------------------------- */

    /// @inheritdoc IStewardPool
    function setCommittee(address[] calldata committee_, uint8 threshold_) external {
        _requireGovernance();
        _setCommittee(committee_, threshold_);
    }

    /// @inheritdoc IStewardPool
    /// @dev A closed pool may be closed again by anyone while an allowance is left, so money a
    /// later top-up reserved for it is never stuck.
    function close() external {
        uint256 rest = remaining();
        if (closed) {
            if (rest == 0) revert StewardPoolAlreadyClosed();
        } else {
            if (msg.sender != governance && block.timestamp < endsAt) revert StewardPoolNotExpired(endsAt);
            closed = true;
        }
        emit PoolClosed(msg.sender, rest);
        if (rest > 0) treasury.returnAllowance(token, rest);
    }

    /* ----------------------------------- VIEWS ---------------------------------- */

    /// @inheritdoc IStewardPool
    function remaining() public view returns (uint256) {
        return treasury.allowanceOf(address(this), token);
    }

    /// @notice The committee in order.
    function committee() external view returns (address[] memory) {
        return _committee;
    }

    /// @notice Whether `account` is on the committee now.
    function isCommitteeMember(address account) public view returns (bool) {
        return _memberEpoch[account] == epoch;
    }

    /// @notice A grant's payee, amount, approvals, status and proposer.
    function grantOf(uint256 grantId) external view returns (Grant memory) {
        return _grants[grantId];
    }

    /// @notice An application's payee, status and amount.
    function applicationOf(uint256 applicationId) external view returns (Application memory) {
        return _applications[applicationId];
    }

    /// @notice Whether `member` approved the grant.
    function hasApproved(uint256 grantId, address member) external view returns (bool) {
        return _approved[grantId][member];
    }

    /* --------------------------------- INTERNALS -------------------------------- */

    /// @dev Records an approval and pays when it is the one that reaches the threshold.
    function _approve(uint256 grantId, Grant storage g) private {
        _approved[grantId][msg.sender] = true;
        uint8 approvals = ++g.approvals;
        emit GrantApproved(grantId, msg.sender, approvals);
        if (approvals < threshold) return;
        // Pending grants may together exceed what is left: say so in the pool's own words.
        uint256 left = remaining();
        if (g.amount > left) revert StewardPoolOverBudget(g.amount, left);
        g.status = GrantStatus.Paid;
        spent += g.amount;
        emit GrantPaid(grantId, g.payee, g.amount);
        // The treasury checks the allowance and the payee again, then pays.
        treasury.spend(token, payable(g.payee), g.amount, keccak256(abi.encode(address(this), grantId)));
    }

    function _setCommittee(address[] calldata seats, uint8 threshold_) private {
        uint256 n = seats.length;
        if (n == 0 || n > MAX_COMMITTEE || threshold_ == 0 || threshold_ > n) {
            revert StewardPoolInvalidCommittee(n, threshold_);
        }
        uint32 next = ++epoch;
        for (uint256 i = 0; i < n; ++i) {
            // A duplicate or the zero address would make the threshold unreachable.
            if (seats[i] == address(0) || _memberEpoch[seats[i]] == next)
                revert StewardPoolInvalidCommittee(n, threshold_);
            _memberEpoch[seats[i]] = next;
        }
        (_committee, threshold) = (seats, threshold_);
        emit CommitteeSet(seats, threshold_, next);
    }

    function _pending(uint256 grantId) private view returns (Grant storage g) {
        g = _grants[grantId];
        if (g.status != GrantStatus.Pending) revert StewardPoolGrantNotPending(grantId, g.status);
    }

    function _open(uint256 applicationId) private view returns (Application storage a) {
        a = _applications[applicationId];
        if (a.status != ApplicationStatus.Open) revert StewardPoolApplicationNotOpen(applicationId, a.status);
    }

    function _requireMember() private view {
        if (members.balanceOf(msg.sender) == 0) revert StewardPoolNotMember(msg.sender);
    }

    function _requireCommittee() private view {
        if (!isCommitteeMember(msg.sender)) revert StewardPoolNotCommitteeMember(msg.sender);
    }

    function _requireGovernance() private view {
        if (msg.sender != governance) revert StewardPoolNotGovernance(msg.sender);
    }

    function _requireOpen() private view {
        if (closed) revert StewardPoolAlreadyClosed();
        if (block.timestamp >= endsAt) revert StewardPoolExpired(endsAt);
    }
}
