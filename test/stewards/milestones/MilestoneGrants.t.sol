// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {StdInvariant} from "forge-std/StdInvariant.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Treasury} from "../../../contracts/treasury/Treasury.sol";
import {ITreasury} from "../../../contracts/treasury/ITreasury.sol";
import {PayeeRegistry} from "../../../contracts/stewards/payees/PayeeRegistry.sol";
import {DemoStablecoin} from "../../../contracts/demo/DemoStablecoin.sol";
import {MilestoneGrants} from "../../../contracts/stewards/milestones/MilestoneGrants.sol";
import {IMilestoneGrants} from "../../../contracts/stewards/milestones/IMilestoneGrants.sol";
import {text} from "../../helpers/Texts.sol";

/// @notice Drives the milestone grants as the members, the steward and the guardian would:
/// grants created by proposal (allowance first), milestones delivered, stopped, released,
/// grants cancelled, and the members trying to cut the allowance below what is owed.
contract MilestoneHandler is Test {
    MilestoneGrants internal immutable milestones;
    Treasury internal immutable treasury;
    DemoStablecoin internal immutable dkk;
    address internal immutable gov;
    address internal immutable steward;
    address internal immutable guardian;
    address internal payee = makeAddr("roofer");

    /// @dev Per grant: what its milestones add up to, and what was released of it.
    mapping(uint256 grantId => uint256) public ghostTotal;
    mapping(uint256 grantId => uint256) public ghostReleased;
    mapping(bytes32 action => uint256) public calls;

    constructor(MilestoneGrants m, Treasury t, DemoStablecoin d, address[3] memory roles) {
        (milestones, treasury, dkk) = (m, t, d);
        (gov, steward, guardian) = (roles[0], roles[1], roles[2]);
    }

    modifier tick() {
        vm.warp(block.timestamp + 6 hours);
        _;
    }

    function create(uint256 n, uint256 amountSeed) external tick {
        if (milestones.grantCount() >= 12) return;
        n = bound(n, 1, 4);
        uint128[] memory amounts = new uint128[](n);
        bytes32[] memory descriptions = new bytes32[](n);
        uint256 total;
        for (uint256 i = 0; i < n; ++i) {
            amounts[i] = uint128(bound(uint256(keccak256(abi.encode(amountSeed, i))), 1, 50_000e6));
            descriptions[i] = text(string.concat("step ", vm.toString(i)));
            total += amounts[i];
        }
        if (treasury.available(address(dkk)) < total) return;
        vm.startPrank(gov);
        treasury.increaseAllowance(address(milestones), address(dkk), total);
        uint256 id = milestones.createGrant(payee, address(dkk), amounts, descriptions, text("Grant"));
        vm.stopPrank();
        ghostTotal[id] = total;
        ++calls["create"];
    }

    function deliver(uint256 grantSeed, uint8 index) external tick {
        (uint256 id, uint8 i) = _pick(grantSeed, index);
        if (id == 0) return;
        vm.prank(steward);
        try milestones.markDelivered(id, i, text("https://evidence"), keccak256("evidence")) {
            ++calls["deliver"];
        } catch {}
    }

    function stop(uint256 grantSeed, uint8 index) external tick {
        (uint256 id, uint8 i) = _pick(grantSeed, index);
        if (id == 0) return;
        vm.prank(guardian);
        try milestones.stop(id, i, IMilestoneGrants.StopReason(grantSeed % 5), text("not done")) {
            ++calls["stop"];
        } catch {}
    }

    function release(uint256 grantSeed, uint8 index) external tick {
        (uint256 id, uint8 i) = _pick(grantSeed, index);
        if (id == 0) return;
        uint128 amount = milestones.milestoneOf(id, i).amount;
        try milestones.release(id, i) {
            ghostReleased[id] += amount;
            ++calls["release"];
        } catch {}
    }

    function cancelRest(uint256 grantSeed) external tick {
        (uint256 id, ) = _pick(grantSeed, 0);
        if (id == 0) return;
        vm.prank(gov);
        try milestones.cancelRest(id) {
            ++calls["cancelRest"];
        } catch {}
    }

    /// @dev The members set the milestone grants' allowance to anything; below what is owed
    /// the treasury must refuse.
    function setAllowance(uint256 amount) external tick {
        uint256 own = treasury.allowanceOf(address(milestones), address(dkk));
        amount = bound(amount, 0, treasury.available(address(dkk)) + own);
        uint256 owed = milestones.committed(address(dkk));
        if (amount < owed) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    ITreasury.TreasuryAllowanceBelowOwed.selector,
                    address(milestones),
                    address(dkk),
                    amount,
                    owed
                )
            );
        }
        vm.prank(gov);
        treasury.setAllowance(address(milestones), address(dkk), amount);
        ++calls["setAllowance"];
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 0, 3 days));
    }

    function _pick(uint256 grantSeed, uint8 index) internal view returns (uint256 id, uint8 i) {
        uint256 count = milestones.grantCount();
        if (count == 0) return (0, 0);
        id = 1 + (grantSeed % count);
        i = uint8(index % milestones.grantOf(id).count);
    }
}

/// @notice Milestone grants never pay a grant more than its total, and never owe more than the
/// treasury reserved for them.
contract MilestoneGrantsInvariantTest is StdInvariant, Test {
    MilestoneHandler internal handler;
    MilestoneGrants internal milestones;
    Treasury internal treasury;
    DemoStablecoin internal dkk;

    function setUp() public {
        vm.warp(1_800_000_000);
        address gov = makeAddr("governance");
        address[] memory stewards = new address[](1);
        stewards[0] = makeAddr("steward");
        treasury = new Treasury(gov, new PayeeRegistry(gov, new address[](0), false));
        milestones = new MilestoneGrants(gov, treasury, stewards, makeAddr("guardian"), 2 days);
        dkk = new DemoStablecoin("Demo Danish Krone", "DKKT");
        dkk.mint(address(this), 1_000_000e6);
        dkk.approve(address(treasury), type(uint256).max);
        treasury.depositToken(IERC20(address(dkk)), 1_000_000e6, text("start"));
        handler = new MilestoneHandler(milestones, treasury, dkk, [gov, stewards[0], makeAddr("guardian")]);
        targetContract(address(handler));
    }

    function invariant_releasedWithinEachGrant_andOwedWithinTheAllowance() public view {
        uint256 count = milestones.grantCount();
        for (uint256 id = 1; id <= count; ++id) {
            assertLe(handler.ghostReleased(id), handler.ghostTotal(id), "released <= the grant's total");
        }
        assertLe(
            milestones.committed(address(dkk)),
            treasury.allowanceOf(address(milestones), address(dkk)),
            "committed <= allowance"
        );
    }
}
