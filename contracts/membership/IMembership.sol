// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title Pulje membership: one non-transferable vote per member, grouped by district.
/// @notice Every membership starts delegated to its holder, so a new member's vote counts at
/// once. An account that never emitted `DelegateChanged` delegates to itself.
interface IMembership {
    /* ---------------------------------- EVENTS ---------------------------------- */

    /// @notice A district was named; ids count up from 0 in the order they were added.
    event DistrictAdded(uint16 indexed district, string name);

    /// @notice A registrar admitted `account` as a member of `district`.
    event MemberAdded(address indexed account, uint16 indexed district, address indexed registrar);

    /// @notice The members' governance (the timelock) revoked `account`'s membership.
    event MemberRevoked(address indexed account, uint16 indexed district);

    /// @notice `account` gave up its membership.
    event MemberLeft(address indexed account, uint16 indexed district);

    /// @notice The members set how many members registrars may admit per period (more by proposal).
    event AdmissionLimitSet(uint32 oldLimit, uint32 newLimit, uint32 oldPeriod, uint32 newPeriod);

    /* ---------------------------------- ERRORS ---------------------------------- */

    /// @notice Memberships cannot be transferred or approved for transfer.
    error MembershipNonTransferable();

    /// @notice `account` already holds a membership.
    error MembershipAlreadyMember(address account);

    /// @notice `account` holds no membership.
    error MembershipNotMember(address account);

    /// @notice `district` is not one of the `districtCount` districts.
    error MembershipUnknownDistrict(uint16 district, uint256 districtCount);

    /// @notice A district needs a name.
    error MembershipEmptyDistrictName();

    /// @notice Registrars admitted their `limit` members of the period ending at `periodEnds`;
    /// more wait for the next period, or are admitted by a proposal.
    error MembershipAdmissionLimitReached(uint32 limit, uint48 periodEnds);

    /// @notice The deployment listed `members` founding members but `districts` districts for them.
    error MembershipFoundersMismatch(uint256 members, uint256 districts);

    /// @notice An admission period must last at least one second.
    error MembershipInvalidAdmissionPeriod();

    /* --------------------------------- FUNCTIONS -------------------------------- */

    /// @notice Admits `account` as a member of `district`. Registrars only.
    function addMember(address account, uint16 district) external;

    /// @notice Sets how many members registrars may admit per `period` seconds (counted in
    /// fixed windows); governance admits beyond it by proposal. Governance (the timelock) only.
    function setAdmissionLimit(uint32 limit, uint32 period) external;

    /// @notice Revokes `account`'s membership. Governance (the timelock) only.
    function revoke(address account) external;

    /// @notice Gives up the caller's membership.
    function leave() external;

    /// @notice Names a new district. Governance (the timelock) only.
    function addDistrict(string calldata name) external returns (uint16 district);

    /// @notice Whether `account` holds a membership now.
    function isMember(address account) external view returns (bool);

    /// @notice The district and joining time of a current member; reverts for a non-member.
    function memberOf(address account) external view returns (uint16 district, uint48 joinedAt);

    /// @notice The number of current members.
    function memberCount() external view returns (uint256);

    /// @notice The number of districts.
    function districtCount() external view returns (uint256);

    /// @notice The name of `district`.
    function districtName(uint16 district) external view returns (string memory);
}
