// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {StdInvariant} from "forge-std/StdInvariant.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC721Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {Membership} from "../../contracts/membership/Membership.sol";
import {IMembership} from "../../contracts/membership/IMembership.sol";
import {Memberships} from "../helpers/Memberships.sol";

/// @notice Drives a Membership with valid calls only: registrars admit, members leave, the
/// governance revokes, anyone delegates (to a pool account, to address(0), or to any address).
/// Keeps a ghost model of who is a member, of each account's delegate and of each member's record.
contract MembershipHandler is Test {
    Membership public immutable membership;
    address public immutable admin;
    address public immutable registrar;

    uint256 internal constant POOL = 8;
    address[POOL] internal pool;

    /// @dev Every account that could hold votes: the pool plus every delegatee ever named.
    address[] internal tracked;
    mapping(address => bool) internal isTracked;

    mapping(address => bool) public ghostIsMember;
    uint256 public ghostMemberCount;
    mapping(address => address) internal ghostDelegateChosen; // zero: itself
    mapping(address => uint16) public ghostDistrict;
    mapping(address => uint48) public ghostJoinedAt;

    struct Point {
        uint48 time;
        uint256 count;
    }
    /// @dev The member count at the end of each second in which it changed.
    Point[] public history;

    /// @dev Calls that did something, per action (early returns not counted). Not asserted:
    /// log them from an afterInvariant() when tuning, to see the campaign is not vacuous.
    mapping(bytes32 action => uint256) public calls;

    constructor(Membership membership_, address admin_, address registrar_) {
        membership = membership_;
        admin = admin_;
        registrar = registrar_;
        for (uint256 i = 0; i < POOL; ++i) {
            pool[i] = makeAddr(string.concat("resident", vm.toString(i)));
            _track(pool[i]);
        }
    }

    /* ---------------------------------- actions --------------------------------- */

    function addMember(uint256 actorSeed, uint256 districtSeed, uint256 dt) external {
        _advance(dt);
        (address account, bool found) = _pick(actorSeed, false);
        if (!found) return;
        uint16 district = uint16(bound(districtSeed, 0, membership.districtCount() - 1));
        vm.prank(registrar);
        membership.addMember(account, district);
        ghostIsMember[account] = true;
        ++ghostMemberCount;
        ghostDistrict[account] = district;
        ghostJoinedAt[account] = uint48(block.timestamp);
        _record();
        ++calls["addMember"];
    }

    function leave(uint256 actorSeed, uint256 dt) external {
        _advance(dt);
        (address account, bool found) = _pick(actorSeed, true);
        if (!found) return;
        vm.prank(account);
        membership.leave();
        _removed(account);
        ++calls["leave"];
    }

    function revoke(uint256 actorSeed, uint256 dt) external {
        _advance(dt);
        (address account, bool found) = _pick(actorSeed, true);
        if (!found) return;
        vm.prank(admin);
        membership.revoke(account);
        _removed(account);
        ++calls["revoke"];
    }

    /// @dev Members and non-members alike may delegate: to a pool account, to address(0) (back
    /// to itself), or to an arbitrary address.
    function delegate(uint256 actorSeed, uint256 choice, address anyone, uint256 dt) external {
        _advance(dt);
        address account = pool[actorSeed % POOL];
        address delegatee;
        choice = choice % (POOL + 2);
        if (choice < POOL) delegatee = pool[choice];
        else if (choice == POOL) delegatee = address(0);
        else delegatee = anyone;
        if (delegatee != address(0)) _track(delegatee);

        vm.prank(account);
        membership.delegate(delegatee);
        ghostDelegateChosen[account] = delegatee == address(0) ? account : delegatee;
        if (delegatee == address(0)) ++calls["delegateToZero"];
        else ++calls["delegate"];
    }

    /* ---------------------------------- views ----------------------------------- */

    function poolSize() external pure returns (uint256) {
        return POOL;
    }

    function poolAt(uint256 i) external view returns (address) {
        return pool[i];
    }

    function historyLength() external view returns (uint256) {
        return history.length;
    }

    function trackedCount() external view returns (uint256) {
        return tracked.length;
    }

    function trackedAt(uint256 i) external view returns (address) {
        return tracked[i];
    }

    function ghostDelegateOf(address account) public view returns (address) {
        address chosen = ghostDelegateChosen[account];
        return chosen == address(0) ? account : chosen;
    }

    /// @notice The votes the ghost model gives `account`: one per current member delegating to it.
    function ghostVotesOf(address account) external view returns (uint256 votes) {
        for (uint256 i = 0; i < POOL; ++i) {
            if (ghostIsMember[pool[i]] && ghostDelegateOf(pool[i]) == account) ++votes;
        }
    }

    /* --------------------------------- internal --------------------------------- */

    function _removed(address account) internal {
        ghostIsMember[account] = false;
        --ghostMemberCount;
        delete ghostDistrict[account];
        delete ghostJoinedAt[account];
        ghostDelegateChosen[account] = account; // a removed member is self-delegated again
        _record();
    }

    function _record() internal {
        uint48 now_ = uint48(block.timestamp);
        uint256 n = history.length;
        if (n != 0 && history[n - 1].time == now_) history[n - 1].count = ghostMemberCount;
        else history.push(Point(now_, ghostMemberCount));
    }

    /// @dev The first pool account from a random start whose membership is `member`.
    function _pick(uint256 seed, bool member) internal view returns (address, bool) {
        for (uint256 i = 0; i < POOL; ++i) {
            address candidate = pool[((seed % POOL) + i) % POOL];
            if (ghostIsMember[candidate] == member) return (candidate, true);
        }
        return (address(0), false);
    }

    function _track(address account) internal {
        if (isTracked[account]) return;
        isTracked[account] = true;
        tracked.push(account);
    }

    function _advance(uint256 dt) internal {
        vm.warp(block.timestamp + bound(dt, 0, 3 days));
    }
}

contract MembershipInvariantTest is StdInvariant, Test {
    Membership internal membership;
    MembershipHandler internal handler;
    address internal admin = makeAddr("timelock");
    address internal registrar = makeAddr("registrar");

    function setUp() public {
        vm.warp(1_750_000_000);
        address[] memory registrars = new address[](1);
        registrars[0] = registrar;
        string[] memory districts = new string[](3);
        districts[0] = "Nord";
        districts[1] = "Syd";
        districts[2] = "Midt";
        membership = Memberships.open(admin, registrars, districts);
        handler = new MembershipHandler(membership, admin, registrar);

        bytes4[] memory selectors = new bytes4[](4);
        selectors[0] = MembershipHandler.addMember.selector;
        selectors[1] = MembershipHandler.leave.selector;
        selectors[2] = MembershipHandler.revoke.selector;
        selectors[3] = MembershipHandler.delegate.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    function invariant_memberCountIsGhostCount() public view {
        assertEq(membership.memberCount(), handler.ghostMemberCount());
    }

    function invariant_votesSumToMemberCount() public view {
        uint256 sum = 0;
        for (uint256 i = 0; i < handler.trackedCount(); ++i) {
            sum += membership.getVotes(handler.trackedAt(i));
        }
        assertEq(sum, membership.memberCount(), "sum of votes != member count");
    }

    /// @notice Stronger than the sum: each account's votes are exactly the members delegating to it.
    function invariant_votesFollowDelegation() public view {
        for (uint256 i = 0; i < handler.trackedCount(); ++i) {
            address account = handler.trackedAt(i);
            assertEq(membership.getVotes(account), handler.ghostVotesOf(account), "votes of an account");
        }
        for (uint256 i = 0; i < handler.poolSize(); ++i) {
            address account = handler.poolAt(i);
            assertEq(membership.delegates(account), handler.ghostDelegateOf(account), "delegate of an account");
        }
    }

    function invariant_everyMemberHoldsExactlyOne() public view {
        for (uint256 i = 0; i < handler.poolSize(); ++i) {
            address account = handler.poolAt(i);
            bool member = handler.ghostIsMember(account);
            assertEq(membership.isMember(account), member, "isMember");
            assertEq(membership.balanceOf(account), member ? 1 : 0, "balanceOf");
            if (member) {
                assertEq(membership.ownerOf(uint256(uint160(account))), account, "token id is the address");
                (uint16 district, uint48 joinedAt) = membership.memberOf(account);
                assertEq(district, handler.ghostDistrict(account), "district");
                assertEq(joinedAt, handler.ghostJoinedAt(account), "joinedAt");
            }
        }
    }

    /// @notice The past does not change: at every second the handler acted in, the checkpointed
    /// total is the member count the ghost model had at the end of that second.
    function invariant_pastMemberCountsAreCheckpointed() public view {
        for (uint256 i = 0; i < handler.historyLength(); ++i) {
            (uint48 time, uint256 count) = handler.history(i);
            // The present second is not final yet.
            // forge-lint: disable-next-line(block-timestamp)
            if (time >= block.timestamp) continue;
            assertEq(membership.getPastTotalSupply(time), count, "past total supply");
        }
    }
}

/// @notice Memberships never move: every transfer and approval path reverts.
contract MembershipTransferFuzzTest is Test {
    Membership internal membership;
    address internal admin = makeAddr("timelock");
    address internal registrar = makeAddr("registrar");

    function setUp() public {
        address[] memory registrars = new address[](1);
        registrars[0] = registrar;
        string[] memory districts = new string[](1);
        districts[0] = "Nord";
        membership = Memberships.open(admin, registrars, districts);
    }

    function _admit(address account) internal {
        vm.prank(registrar);
        membership.addMember(account, 0);
    }

    function testFuzz_transferFromReverts(address member, address caller, address to) public {
        vm.assume(member != address(0) && to != address(0));
        _admit(member);
        uint256 tokenId = uint256(uint160(member));

        // By the holder itself, and by anyone else: the membership cannot move.
        vm.expectRevert(IMembership.MembershipNonTransferable.selector);
        vm.prank(member);
        membership.transferFrom(member, to, tokenId);

        vm.expectRevert(IMembership.MembershipNonTransferable.selector);
        vm.prank(caller);
        membership.transferFrom(member, to, tokenId);

        vm.expectRevert(IMembership.MembershipNonTransferable.selector);
        vm.prank(member);
        membership.safeTransferFrom(member, to, tokenId);

        vm.expectRevert(IMembership.MembershipNonTransferable.selector);
        vm.prank(member);
        membership.safeTransferFrom(member, to, tokenId, "");

        assertEq(membership.ownerOf(tokenId), member);
        assertEq(membership.balanceOf(member), 1);
        assertEq(membership.getVotes(member), 1);
        if (to != member) assertEq(membership.balanceOf(to), 0);
        assertEq(membership.memberCount(), 1);
    }

    function testFuzz_approveReverts(address member, address caller, address spender, uint256 tokenId) public {
        vm.assume(member != address(0));
        _admit(member);
        vm.expectRevert(IMembership.MembershipNonTransferable.selector);
        vm.prank(member);
        membership.approve(spender, uint256(uint160(member)));

        vm.expectRevert(IMembership.MembershipNonTransferable.selector);
        vm.prank(caller);
        membership.approve(spender, tokenId);

        assertEq(membership.getApproved(uint256(uint160(member))), address(0));
    }

    function testFuzz_setApprovalForAllReverts(address caller, address operator, bool approved) public {
        vm.expectRevert(IMembership.MembershipNonTransferable.selector);
        vm.prank(caller);
        membership.setApprovalForAll(operator, approved);
        assertFalse(membership.isApprovedForAll(caller, operator));
    }

    /// @notice A token that does not exist cannot be conjured by a transfer either.
    /// (The caller is never address(0): ERC721 skips the authorization check for a zero `auth`,
    /// and no transaction can come from address(0).)
    function testFuzz_transferOfNonexistentTokenReverts(
        address caller,
        address from,
        address to,
        uint256 tokenId
    ) public {
        vm.assume(caller != address(0) && to != address(0));
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, tokenId));
        vm.prank(caller);
        membership.transferFrom(from, to, tokenId);
        assertEq(membership.memberCount(), 0);
    }

    /// @notice Only a registrar admits and only governance revokes.
    function testFuzz_onlyRolesChangeMembership(address caller, address account) public {
        vm.assume(caller != registrar && caller != admin && account != address(0));
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                caller,
                membership.REGISTRAR_ROLE()
            )
        );
        vm.prank(caller);
        membership.addMember(account, 0);

        _admit(account);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                caller,
                membership.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(caller);
        membership.revoke(account);
        assertTrue(membership.isMember(account));
    }
}
