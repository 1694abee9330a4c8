// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {StdInvariant} from "forge-std/StdInvariant.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Treasury} from "../../contracts/treasury/Treasury.sol";
import {ITreasury} from "../../contracts/treasury/ITreasury.sol";
import {PayeeRegistry} from "../../contracts/stewards/payees/PayeeRegistry.sol";
import {DemoStablecoin} from "../../contracts/demo/DemoStablecoin.sol";
import {StewardPool} from "../../contracts/stewards/pools/StewardPool.sol";
import {StewardPoolFactory} from "../../contracts/stewards/pools/StewardPoolFactory.sol";
import {IStewardPool, IMemberBalance} from "../../contracts/stewards/pools/IStewardPool.sol";
import {text} from "../helpers/Texts.sol";

/// @notice Drives the treasury's allowances with valid calls only: the owner (the timelock)
/// reserves money for spenders and pays grants from what is free; spenders (plain accounts and
/// a steward pool whose committee approves micro-grants) pay from and give back their
/// allowances; anyone deposits. Ghost totals let the invariants check the books exactly.
contract StewardsHandler is Test {
    Treasury public immutable treasury;
    address public immutable owner;
    DemoStablecoin public immutable stable;
    StewardPool public immutable pool;

    /// @dev ETH is address(0), as in the treasury's own views and events.
    address[2] public assets;
    /// @dev Three plain spenders and the pool (last).
    address[4] public spenders;
    address[3] internal committee;
    address[4] internal payees;

    mapping(address asset => uint256) public ghostDeposits;
    mapping(address asset => uint256) public ghostPayments;
    /// @dev What the pool was given in all (its budget), and the largest grant it paid.
    uint256 public ghostPoolBudget;
    uint256 public ghostPoolPaid;
    uint256 public ghostLargestPoolGrant;
    mapping(bytes32 action => uint256) public calls;

    constructor(Treasury treasury_, address owner_, StewardPool pool_, DemoStablecoin stable_, address[3] memory c) {
        (treasury, owner, pool, stable, committee) = (treasury_, owner_, pool_, stable_, c);
        assets = [address(0), address(stable)];
        for (uint256 i = 0; i < 3; ++i) spenders[i] = makeAddr(string.concat("spender", vm.toString(i)));
        spenders[3] = address(pool);
        for (uint256 i = 0; i < payees.length; ++i) payees[i] = makeAddr(string.concat("payee", vm.toString(i)));
    }

    /* --------------------------------- deposits --------------------------------- */

    function deposit(uint256 assetSeed, uint256 amount) external {
        address asset = assets[assetSeed % 2];
        amount = bound(amount, 1, 1e30);
        address from = makeAddr("depositor");
        if (asset == address(0)) {
            vm.deal(from, amount);
            vm.prank(from);
            treasury.deposit{value: amount}(text("deposit"));
        } else {
            stable.mint(from, amount);
            vm.startPrank(from);
            stable.approve(address(treasury), amount);
            treasury.depositToken(IERC20(asset), amount, text("deposit"));
            vm.stopPrank();
        }
        ghostDeposits[asset] += amount;
        ++calls["deposit"];
    }

    /* ------------------------------ the owner's calls ----------------------------- */

    /// @dev The proposal that created the pool also reserved its budget (called from setUp).
    function fundPool(uint256 budget) external {
        this.deposit(1, budget);
        vm.prank(owner);
        treasury.setAllowance(address(pool), address(stable), budget);
        ghostPoolBudget += budget;
    }

    /// @dev Sets a spender's allowance to anything the free balance (plus its own) backs.
    function setAllowance(uint256 spenderSeed, uint256 assetSeed, uint256 amount) external {
        address spender = spenders[spenderSeed % 3];
        address asset = assets[assetSeed % 2];
        uint256 own = treasury.allowanceOf(spender, asset);
        amount = bound(amount, 0, treasury.available(asset) + own);
        vm.prank(owner);
        treasury.setAllowance(spender, asset, amount);
        ++calls["setAllowance"];
    }

    /// @dev Tops a spender (often the pool) up with part of what is free.
    function increaseAllowance(uint256 spenderSeed, uint256 assetSeed, uint256 amount) external {
        address spender = spenders[spenderSeed % 4];
        address asset = spender == address(pool) ? address(stable) : assets[assetSeed % 2];
        uint256 free = treasury.available(asset);
        if (free == 0 || (spender == address(pool) && pool.closed())) return;
        amount = bound(amount, 1, free);
        vm.prank(owner);
        treasury.increaseAllowance(spender, asset, amount);
        if (spender == address(pool)) ghostPoolBudget += amount;
        ++calls["increaseAllowance"];
    }

    /// @dev A grant: never more than is free, so reserved money stays put.
    function pay(uint256 assetSeed, uint256 payeeSeed, uint256 amount) external {
        address asset = assets[assetSeed % 2];
        uint256 free = treasury.available(asset);
        if (free == 0) return;
        amount = bound(amount, 1, free);
        vm.prank(owner);
        treasury.pay(asset, payable(payees[payeeSeed % 4]), amount, keccak256("grant"));
        ghostPayments[asset] += amount;
        ++calls["pay"];
    }

    /// @dev A grant of one unit more than is free must be refused with the exact numbers.
    function payTooMuch(uint256 assetSeed) external {
        address asset = assets[assetSeed % 2];
        uint256 free = treasury.available(asset);
        vm.expectRevert(abi.encodeWithSelector(ITreasury.TreasuryInsufficientBalance.selector, asset, free, free + 1));
        vm.prank(owner);
        treasury.pay(asset, payable(payees[0]), free + 1, keccak256("too much"));
        ++calls["payTooMuch"];
    }

    /* ----------------------------- the spenders' calls ---------------------------- */

    function spend(uint256 spenderSeed, uint256 assetSeed, uint256 payeeSeed, uint256 amount) external {
        address spender = spenders[spenderSeed % 3];
        address asset = assets[assetSeed % 2];
        uint256 allowance = treasury.allowanceOf(spender, asset);
        if (allowance == 0) return;
        amount = bound(amount, 1, allowance);
        vm.prank(spender);
        treasury.spend(asset, payable(payees[payeeSeed % 4]), amount, keccak256("spend"));
        ghostPayments[asset] += amount;
        ++calls["spend"];
    }

    /// @dev A spender can never pay more than its allowance, whatever the balance.
    function overspend(uint256 spenderSeed, uint256 assetSeed) external {
        address spender = spenders[spenderSeed % 3];
        address asset = assets[assetSeed % 2];
        uint256 allowance = treasury.allowanceOf(spender, asset);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITreasury.TreasurySpenderAllowanceExceeded.selector,
                spender,
                asset,
                allowance,
                allowance + 1
            )
        );
        vm.prank(spender);
        treasury.spend(asset, payable(payees[0]), allowance + 1, keccak256("overspend"));
        ++calls["overspend"];
    }

    function returnAllowance(uint256 spenderSeed, uint256 assetSeed, uint256 amount) external {
        address spender = spenders[spenderSeed % 3];
        address asset = assets[assetSeed % 2];
        uint256 allowance = treasury.allowanceOf(spender, asset);
        if (allowance == 0) return;
        amount = bound(amount, 1, allowance);
        vm.prank(spender);
        treasury.returnAllowance(asset, amount);
        ++calls["returnAllowance"];
    }

    /// @dev A committee member proposes a micro-grant within cap and budget; a second approves.
    function poolGrant(uint256 memberSeed, uint256 payeeSeed, uint256 amount) external {
        uint256 left = pool.remaining();
        if (pool.closed() || block.timestamp >= pool.endsAt() || left == 0) return;
        amount = bound(amount, 1, left < pool.capPerGrant() ? left : pool.capPerGrant());
        address proposer = committee[memberSeed % 3];
        address approver = committee[((memberSeed % 3) + 1) % 3];
        vm.prank(proposer);
        uint256 grantId = pool.proposeGrant(payees[payeeSeed % 4], uint128(amount), text("micro-grant"));
        vm.prank(approver);
        pool.approveGrant(grantId);
        ghostPayments[address(stable)] += amount;
        ghostPoolPaid += amount;
        if (amount > ghostLargestPoolGrant) ghostLargestPoolGrant = amount;
        ++calls["poolGrant"];
    }

    /// @dev A grant above the cap is refused.
    function poolOverCap(uint256 memberSeed) external {
        if (pool.closed() || block.timestamp >= pool.endsAt()) return;
        uint128 cap = pool.capPerGrant();
        vm.expectRevert(abi.encodeWithSelector(IStewardPool.StewardPoolOverCap.selector, cap + 1, cap));
        vm.prank(committee[memberSeed % 3]);
        pool.proposeGrant(payees[0], cap + 1, text("too big"));
        ++calls["poolOverCap"];
    }

    /// @dev Time passes (the pool ends after 30 days, so a campaign sees it both open and ended).
    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 1, 4 days));
        ++calls["warp"];
    }

    function closePool() external {
        if (pool.closed() || block.timestamp < pool.endsAt()) return;
        vm.prank(makeAddr("anyone"));
        pool.close();
        ++calls["closePool"];
    }

    function spenderCount() external pure returns (uint256) {
        return 4;
    }
}

contract StewardsInvariantTest is StdInvariant, Test {
    Treasury internal treasury;
    StewardsHandler internal handler;
    StewardPool internal pool;
    address internal owner = makeAddr("timelock");
    uint128 internal constant CAP = 5_000e6;

    function setUp() public {
        treasury = new Treasury(owner, new PayeeRegistry(owner, new address[](0), false));
        DemoStablecoin stable = new DemoStablecoin("Demo Krone", "DKKT");
        StewardPoolFactory factory = new StewardPoolFactory(
            owner,
            address(new StewardPool()),
            treasury,
            IMemberBalance(makeAddr("members"))
        );
        address[3] memory c = [makeAddr("anna"), makeAddr("emma"), makeAddr("ida")];
        address[] memory members = new address[](3);
        (members[0], members[1], members[2]) = (c[0], c[1], c[2]);
        IStewardPool.PoolParams memory params = IStewardPool.PoolParams({
            kind: IStewardPool.Kind.QuickPool,
            text: text("Hurtigpuljen: small grants"),
            token: address(stable),
            capPerGrant: CAP,
            endsAt: uint48(block.timestamp + 30 days),
            committee: members,
            threshold: 2
        });
        vm.prank(owner);
        pool = StewardPool(factory.createPool(keccak256("pool"), params));
        handler = new StewardsHandler(treasury, owner, pool, stable, c);
        stable.transferOwnership(address(handler)); // the handler mints deposits
        handler.fundPool(50_000e6);

        bytes4[] memory selectors = new bytes4[](12);
        selectors[0] = StewardsHandler.deposit.selector;
        selectors[1] = StewardsHandler.setAllowance.selector;
        selectors[2] = StewardsHandler.increaseAllowance.selector;
        selectors[3] = StewardsHandler.pay.selector;
        selectors[4] = StewardsHandler.payTooMuch.selector;
        selectors[5] = StewardsHandler.spend.selector;
        selectors[6] = StewardsHandler.overspend.selector;
        selectors[7] = StewardsHandler.returnAllowance.selector;
        selectors[8] = StewardsHandler.poolGrant.selector;
        selectors[9] = StewardsHandler.poolOverCap.selector;
        selectors[10] = StewardsHandler.warp.selector;
        selectors[11] = StewardsHandler.closePool.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @notice Per asset: balance = deposits − payments, and what is reserved is held.
    function invariant_booksBalance() public view {
        for (uint256 i = 0; i < 2; ++i) {
            address asset = handler.assets(i);
            uint256 balance = treasury.balanceOf(asset);
            assertEq(balance, handler.ghostDeposits(asset) - handler.ghostPayments(asset), "balance != in - out");
            assertGe(balance, treasury.reserved(asset), "reserved money is not held");
            assertEq(treasury.available(asset), balance - treasury.reserved(asset), "available");
        }
    }

    /// @notice Reserved is exactly the sum of every spender's allowance.
    function invariant_reservedIsSumOfAllowances() public view {
        for (uint256 i = 0; i < 2; ++i) {
            address asset = handler.assets(i);
            uint256 sum;
            for (uint256 s = 0; s < handler.spenderCount(); ++s)
                sum += treasury.allowanceOf(handler.spenders(s), asset);
            assertEq(treasury.reserved(asset), sum, "reserved != sum of allowances");
        }
    }

    /// @notice The pool never pays more than its budget, nor more than the cap in one grant.
    function invariant_poolWithinBudgetAndCap() public view {
        assertEq(pool.spent(), handler.ghostPoolPaid(), "spent");
        assertLe(pool.spent(), handler.ghostPoolBudget(), "over budget");
        assertLe(handler.ghostLargestPoolGrant(), CAP, "over the cap");
        if (pool.closed()) assertEq(pool.remaining(), 0, "a closed pool keeps an allowance");
        else assertEq(pool.remaining(), handler.ghostPoolBudget() - pool.spent(), "remaining");
    }
}
