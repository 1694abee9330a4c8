// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title Pulje member balance
/// @notice Who counts as a member of the fund: a holder of its voting source, the membership
/// (ERC-721) or, in token mode, the token (ERC-20); both answer `balanceOf` alike.
interface IMemberBalance {
    /// @notice How many memberships (or tokens) `account` holds.
    function balanceOf(address account) external view returns (uint256);
}

/// @title Pulje steward pool
/// @notice Money the members delegated to a committee for small grants decided quickly: a
/// quick pool, or a task group acting on one problem until an end date. The money stays in the
/// treasury as an allowance reserved for the pool; the committee pays from it when k of its n
/// members approved a grant, never more than the cap per grant, never after the end date.
interface IStewardPool {
    /// @notice How the dApp presents the pool.
    enum Kind {
        QuickPool,
        TaskGroup
    }

    enum GrantStatus {
        None,
        Pending,
        Paid,
        Withdrawn
    }

    /// @notice Where a resident's application stands; it is decided once.
    enum ApplicationStatus {
        None,
        Open,
        Granted,
        Declined
    }

    /// @notice What the members decided when they created the pool. `text` commits to the
    /// pool's name and mandate, kept off chain in the content service.
    struct PoolParams {
        Kind kind;
        bytes32 text;
        address token;
        uint128 capPerGrant;
        uint48 endsAt;
        address[] committee;
        uint8 threshold;
    }

    /* ---------------------------------- EVENTS ---------------------------------- */

    /// @notice The pool was created with its name and mandate (`text`, a commitment), asset, cap
    /// and end date.
    event PoolOpened(Kind kind, bytes32 text, address indexed token, uint128 capPerGrant, uint48 endsAt);

    /// @notice The committee is now `committee`, of whom `threshold` must approve a grant.
    /// Grants still pending from an earlier committee must be proposed again.
    event CommitteeSet(address[] committee, uint8 threshold, uint32 epoch);

    /// @notice `proposer` proposed paying `amount` to `payee`; `reason` commits to why.
    event GrantProposed(
        uint256 indexed grantId,
        address indexed proposer,
        address indexed payee,
        uint128 amount,
        bytes32 reason
    );

    /// @notice `approver` approved the grant; `approvals` so far.
    event GrantApproved(uint256 indexed grantId, address indexed approver, uint8 approvals);

    /// @notice The grant reached its approvals and was paid from the pool's allowance.
    event GrantPaid(uint256 indexed grantId, address indexed payee, uint128 amount);

    /// @notice The proposer withdrew the grant before it was paid.
    event GrantWithdrawn(uint256 indexed grantId);

    /// @notice A member applied for `amount` to be paid to `payee`; `text` commits to the
    /// application's title and purpose, kept off chain in the content service.
    event ApplicationSubmitted(
        uint256 indexed applicationId,
        address indexed applicant,
        address indexed payee,
        uint128 amount,
        bytes32 text
    );

    /// @notice A committee member made the application the micro-grant `grantId`, whose own
    /// events ({GrantProposed} onwards) follow it from here.
    event ApplicationGranted(uint256 indexed applicationId, uint256 indexed grantId, address indexed by);

    /// @notice A committee member declined the application; `reason` commits to why.
    event ApplicationDeclined(uint256 indexed applicationId, address indexed by, bytes32 reason);

    /// @notice `member` put their name on the task group's list of interested members.
    event InterestRegistered(address indexed member);

    /// @notice `member` took their name off the task group's list of interested members.
    event InterestWithdrawn(address indexed member);

    /// @notice The pool closed (by governance, or after its end date by anyone); `returned`
    /// went back to the treasury's free balance.
    event PoolClosed(address indexed by, uint256 returned);

    /* ---------------------------------- ERRORS ---------------------------------- */

    /// @notice `caller` is not on the pool's committee.
    error StewardPoolNotCommitteeMember(address caller);

    /// @notice `caller` is not the members' governance.
    error StewardPoolNotGovernance(address caller);

    /// @notice The pool was closed (and has nothing left to give back).
    error StewardPoolAlreadyClosed();

    /// @notice The pool's mandate ended at `endsAt`.
    error StewardPoolExpired(uint48 endsAt);

    /// @notice The pool is still running until `endsAt`; only governance can close it now.
    error StewardPoolNotExpired(uint48 endsAt);

    /// @notice `amount` is above the pool's cap per grant.
    error StewardPoolOverCap(uint128 amount, uint128 cap);

    /// @notice `amount` is more than the `remaining` the pool may still pay.
    error StewardPoolOverBudget(uint128 amount, uint256 remaining);

    /// @notice A grant needs a payee and an amount.
    error StewardPoolInvalidGrant(address payee, uint128 amount);

    /// @notice No pending grant with this id.
    error StewardPoolGrantNotPending(uint256 grantId, GrantStatus status);

    /// @notice The grant was proposed under an earlier committee; propose it again.
    error StewardPoolGrantStale(uint256 grantId);

    /// @notice `approver` already approved this grant.
    error StewardPoolAlreadyApproved(uint256 grantId, address approver);

    /// @notice Only the proposer may withdraw a grant.
    error StewardPoolNotProposer(uint256 grantId, address caller);

    /// @notice `caller` holds no membership (or, in token mode, no tokens) of the fund.
    error StewardPoolNotMember(address caller);

    /// @notice An application needs a payee, an amount and a text.
    error StewardPoolInvalidApplication(address payee, uint128 amount);

    /// @notice No open application with this id: it does not exist or was decided already.
    error StewardPoolApplicationNotOpen(uint256 applicationId, ApplicationStatus status);

    /// @notice A declined application needs a written reason.
    error StewardPoolMissingReason();

    /// @notice Only a task group keeps a list of interested members.
    error StewardPoolNotTaskGroup();

    /// @notice `member` is on the list of interested members already.
    error StewardPoolAlreadyInterested(address member);

    /// @notice `member` is not on the list of interested members.
    error StewardPoolNotInterested(address member);

    /// @notice A committee of 1 to 15 distinct members and a threshold from 1 to its size.
    error StewardPoolInvalidCommittee(uint256 size, uint8 threshold);

    /// @notice The pool's parameters do not make sense (no text, no token, no cap, an end in the past).
    error StewardPoolInvalidParams();

    /* --------------------------------- FUNCTIONS -------------------------------- */

    /// @notice Proposes a micro-grant and approves it as the first committee member; pays at
    /// once if one approval is enough. Committee only.
    /// @param reason The commitment to the written reason.
    function proposeGrant(address payee, uint128 amount, bytes32 reason) external returns (uint256 grantId);

    /// @notice Approves a pending grant; the approval that reaches the threshold pays it.
    /// Committee only, once per member.
    function approveGrant(uint256 grantId) external;

    /// @notice Withdraws a pending grant. Its proposer only.
    function withdrawGrant(uint256 grantId) external;

    /// @notice Applies for a micro-grant of `amount` to `payee`, at most the cap per grant. Any
    /// current member, while the pool runs.
    /// @param text The commitment to the application's title and purpose.
    function applyForGrant(uint128 amount, address payee, bytes32 text) external returns (uint256 applicationId);

    /// @notice Proposes the application's micro-grant (its payee and amount) and approves it as
    /// the first committee member, as {proposeGrant} does. Committee only, once per application.
    /// @param reason The commitment to the committee's written reason.
    function grantApplication(uint256 applicationId, bytes32 reason) external returns (uint256 grantId);

    /// @notice Declines an open application. Committee only, once per application.
    /// @param reason The commitment to the written reason the applicant sees.
    function declineApplication(uint256 applicationId, bytes32 reason) external;

    /// @notice Puts the caller on a running task group's list of interested members. Members only.
    function registerInterest() external;

    /// @notice Takes the caller off the list of interested members (always possible).
    function withdrawInterest() external;

    /// @notice Replaces the committee and threshold. Governance only.
    function setCommittee(address[] calldata committee, uint8 threshold) external;

    /// @notice Closes the pool and gives its allowance back. Governance any time; anyone after
    /// the end date, or whenever a closed pool still has an allowance (e.g. a late top-up).
    function close() external;

    /// @notice What the pool may still pay: its allowance on the treasury.
    function remaining() external view returns (uint256);
}
