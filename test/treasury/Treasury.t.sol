// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test, Vm} from "forge-std/Test.sol";
import {StdInvariant} from "forge-std/StdInvariant.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Treasury} from "../../contracts/treasury/Treasury.sol";
import {ITreasury} from "../../contracts/treasury/ITreasury.sol";
import {PayeeRegistry} from "../../contracts/stewards/payees/PayeeRegistry.sol";
import {DemoStablecoin} from "../../contracts/demo/DemoStablecoin.sol";
import {FeeOnTransferToken} from "../../contracts/mocks/FeeOnTransferToken.sol";
import {ForceEther} from "../../contracts/mocks/ForceEther.sol";
import {text} from "../helpers/Texts.sol";

/// @notice Drives the treasury with valid calls only and keeps, per asset, the total that went
/// in and the total that went out, so the invariant test can check
/// balance == deposits - payments exactly.
contract TreasuryHandler is Test {
    Treasury public immutable treasury;
    address public immutable owner;
    DemoStablecoin public immutable stable;
    FeeOnTransferToken public immutable feeToken;

    /// @dev ETH is address(0), as in the treasury's own views and events.
    address[3] public assets;

    address[6] internal depositors;
    address[6] internal strangers;

    mapping(address asset => uint256) public ghostDeposits;
    mapping(address asset => uint256) public ghostPayments;
    uint256 public ghostUnauthorizedPaymentsSucceeded;
    uint256 public ghostUnauthorizedWrongError;
    uint256 public ghostUnauthorizedAttempts;

    /// @dev Calls that did something, per action (early returns not counted). Not asserted:
    /// log them from an afterInvariant() when tuning, to see the campaign is not vacuous.
    mapping(bytes32 action => uint256) public calls;

    constructor(Treasury treasury_, address owner_) {
        treasury = treasury_;
        owner = owner_;
        stable = new DemoStablecoin("Demo Krone", "DKKT"); // this handler owns it, so it can mint
        feeToken = new FeeOnTransferToken();
        assets = [address(0), address(stable), address(feeToken)];
        for (uint256 i = 0; i < depositors.length; ++i) {
            depositors[i] = makeAddr(string.concat("depositor", vm.toString(i)));
            strangers[i] = makeAddr(string.concat("stranger", vm.toString(i)));
        }
    }

    /* --------------------------------- deposits --------------------------------- */

    function depositEth(uint256 actorSeed, uint256 amount) external {
        address from = depositors[actorSeed % depositors.length];
        amount = bound(amount, 1, 1_000_000 ether);
        vm.deal(from, amount);
        vm.prank(from);
        treasury.deposit{value: amount}(text("deposit"));
        ghostDeposits[address(0)] += amount;
        ++calls["depositEth"];
    }

    /// @dev A plain transfer runs receive(); zero is allowed there.
    function sendEth(uint256 actorSeed, uint256 amount) external {
        address from = depositors[actorSeed % depositors.length];
        amount = bound(amount, 0, 1_000_000 ether);
        vm.deal(from, amount);
        vm.prank(from);
        (bool ok, ) = address(treasury).call{value: amount}("");
        require(ok, "receive() refused ETH");
        ghostDeposits[address(0)] += amount;
        ++calls["sendEth"];
    }

    function depositStable(uint256 actorSeed, uint256 amount) external {
        address from = depositors[actorSeed % depositors.length];
        amount = bound(amount, 1, 1e30);
        stable.mint(from, amount);
        vm.startPrank(from);
        stable.approve(address(treasury), amount);
        treasury.depositToken(IERC20(address(stable)), amount, text("stable"));
        vm.stopPrank();
        ghostDeposits[address(stable)] += amount;
        ++calls["depositStable"];
    }

    /// @dev The token burns 1 % of a transfer, so the treasury receives (and records) less.
    function depositFeeToken(uint256 actorSeed, uint256 amount) external {
        address from = depositors[actorSeed % depositors.length];
        amount = bound(amount, 1, 1e30);
        feeToken.mint(from, amount);
        vm.startPrank(from);
        feeToken.approve(address(treasury), amount);
        treasury.depositToken(IERC20(address(feeToken)), amount, text("fee"));
        vm.stopPrank();
        ghostDeposits[address(feeToken)] += amount - amount / 100;
        ++calls["depositFeeToken"];
    }

    /* --------------------------------- payments --------------------------------- */

    /// @dev Pays a random part of the balance of a random asset to a random recipient, as the owner.
    function pay(uint256 assetSeed, address to, uint256 amount, bytes32 decision) external {
        address asset = assets[assetSeed % assets.length];
        uint256 available = treasury.balanceOf(asset);
        if (available == 0) return;
        amount = bound(amount, 1, available);
        to = _recipient(to);

        uint256 recipientBefore = _balance(asset, to);
        vm.prank(owner);
        treasury.pay(asset, payable(to), amount, decision);
        ghostPayments[asset] += amount;

        // The recipient got the amount (less the burn, for the fee token).
        uint256 expected = asset == address(feeToken) ? amount - amount / 100 : amount;
        assertEq(_balance(asset, to), recipientBefore + expected, "recipient balance");
        ++calls["pay"];
    }

    /// @dev Pays the whole balance of an asset: the edge of the bound.
    function payAll(uint256 assetSeed, address to) external {
        address asset = assets[assetSeed % assets.length];
        uint256 available = treasury.balanceOf(asset);
        if (available == 0) return;
        vm.prank(owner);
        treasury.pay(asset, payable(_recipient(to)), available, keccak256("all"));
        ghostPayments[asset] += available;
        assertEq(treasury.balanceOf(asset), 0, "emptied");
        ++calls["payAll"];
    }

    /// @dev Anyone but the owner: the payment must revert with OwnableUnauthorizedAccount.
    function payUnauthorized(
        uint256 callerSeed,
        address caller,
        uint256 assetSeed,
        address to,
        uint256 amount
    ) external {
        if (callerSeed % 2 == 0) caller = strangers[(callerSeed / 2) % strangers.length];
        if (caller == owner) caller = strangers[0];
        address asset = assets[assetSeed % assets.length];
        uint256 available = treasury.balanceOf(asset);
        // A request the owner could make; only the caller is wrong.
        amount = available == 0 ? bound(amount, 1, type(uint128).max) : bound(amount, 1, available);
        to = _recipient(to);

        ++ghostUnauthorizedAttempts;
        vm.prank(caller);
        try treasury.pay(asset, payable(to), amount, keccak256("theft")) {
            ++ghostUnauthorizedPaymentsSucceeded;
        } catch (bytes memory reason) {
            if (
                keccak256(reason) !=
                keccak256(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller))
            ) {
                ++ghostUnauthorizedWrongError;
            }
        }
        ++calls["payUnauthorized"];
    }

    /* ---------------------------------- helpers --------------------------------- */

    /// @dev A plain account: not the treasury (a payment to itself is no payment), not a contract,
    /// precompile or address forge intercepts (the cheatcode and console addresses take no ETH).
    /// Anything else falls back to a fixed recipient, so the call stays valid.
    function _recipient(address to) internal returns (address) {
        if (
            to == address(0) ||
            to == address(treasury) ||
            to.code.length != 0 ||
            uint160(to) < 0x10000 ||
            to == VM_ADDRESS ||
            to == CONSOLE ||
            to == CREATE2_FACTORY ||
            to == DEFAULT_TEST_CONTRACT ||
            to == MULTICALL3_ADDRESS
        ) {
            to = makeAddr("fallbackRecipient");
        }
        return to;
    }

    function _balance(address asset, address account) internal view returns (uint256) {
        return asset == address(0) ? account.balance : IERC20(asset).balanceOf(account);
    }

    function assetCount() external pure returns (uint256) {
        return 3;
    }
}

contract TreasuryInvariantTest is StdInvariant, Test {
    Treasury internal treasury;
    TreasuryHandler internal handler;
    address internal owner = makeAddr("timelock");

    function setUp() public {
        treasury = new Treasury(owner, new PayeeRegistry(owner, new address[](0), false));
        handler = new TreasuryHandler(treasury, owner);

        bytes4[] memory selectors = new bytes4[](7);
        selectors[0] = TreasuryHandler.depositEth.selector;
        selectors[1] = TreasuryHandler.sendEth.selector;
        selectors[2] = TreasuryHandler.depositStable.selector;
        selectors[3] = TreasuryHandler.depositFeeToken.selector;
        selectors[4] = TreasuryHandler.pay.selector;
        selectors[5] = TreasuryHandler.payAll.selector;
        selectors[6] = TreasuryHandler.payUnauthorized.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// forge-config: default.invariant.runs = 128
    /// forge-config: default.invariant.depth = 64
    function invariant_balanceIsDepositsMinusPayments() public view {
        for (uint256 i = 0; i < handler.assetCount(); ++i) {
            address asset = handler.assets(i);
            assertEq(
                treasury.balanceOf(asset),
                handler.ghostDeposits(asset) - handler.ghostPayments(asset),
                "balance != deposits - payments"
            );
        }
    }

    function invariant_balanceMatchesTheChain() public view {
        assertEq(treasury.balanceOf(address(0)), address(treasury).balance, "ETH view");
        for (uint256 i = 1; i < handler.assetCount(); ++i) {
            address asset = handler.assets(i);
            assertEq(treasury.balanceOf(asset), IERC20(asset).balanceOf(address(treasury)), "token view");
        }
    }

    /// forge-config: default.invariant.runs = 128
    /// forge-config: default.invariant.depth = 64
    function invariant_onlyTheOwnerPays() public view {
        assertEq(handler.ghostUnauthorizedPaymentsSucceeded(), 0, "a non-owner paid");
        assertEq(handler.ghostUnauthorizedWrongError(), 0, "a non-owner's payment failed for another reason");
    }

    function invariant_ownerNeverChanges() public view {
        assertEq(treasury.owner(), owner);
    }
}

/// @notice Fuzz tests of what the event record can and cannot explain.
contract TreasuryFuzzTest is Test {
    Treasury internal treasury;
    address internal owner = makeAddr("timelock");
    address internal depositor = makeAddr("depositor");
    address payable internal grantee = payable(makeAddr("grantee"));

    bytes32 internal immutable DEPOSITED = ITreasury.Deposited.selector;
    bytes32 internal immutable PAID = ITreasury.Paid.selector;

    function setUp() public {
        treasury = new Treasury(owner, new PayeeRegistry(owner, new address[](0), false));
    }

    /// @notice ETH forced in by selfdestruct raises the balance without any Deposited event: the
    /// balance is exactly the evented deposits, minus the evented payments, plus the forced amount.
    function testFuzz_forcedEtherIsBalanceWithoutDepositEvent(
        uint96 depositAmount,
        uint96 transferAmount,
        uint96 forced,
        uint256 payAmount
    ) public {
        depositAmount = uint96(bound(depositAmount, 1, type(uint96).max));
        forced = uint96(bound(forced, 1, type(uint96).max));
        vm.deal(depositor, uint256(depositAmount) + transferAmount);
        vm.deal(address(this), forced);

        vm.recordLogs();
        vm.prank(depositor);
        treasury.deposit{value: depositAmount}(text("budget"));
        vm.prank(depositor);
        (bool ok, ) = address(treasury).call{value: transferAmount}("");
        assertTrue(ok);
        uint256 deposits = uint256(depositAmount) + transferAmount;
        payAmount = bound(payAmount, 1, deposits);
        vm.prank(owner);
        treasury.pay(address(0), grantee, payAmount, keccak256("grant"));

        uint256 balanceBeforeForce = treasury.balanceOf(address(0));
        assertEq(balanceBeforeForce, deposits - payAmount, "balance before the force");

        // Nothing of the forced transfer reaches the treasury's code.
        new ForceEther{value: forced}(payable(address(treasury)));

        Vm.Log[] memory logs = vm.getRecordedLogs();
        (uint256 eventedIn, uint256 eventedOut, uint256 depositEvents, uint256 paidEvents) = _sumTreasuryEvents(logs);
        assertEq(depositEvents, 2, "Deposited events: the deposit and the transfer only");
        assertEq(paidEvents, 1, "Paid events");
        assertEq(eventedIn, deposits, "evented deposits");
        assertEq(eventedOut, payAmount, "evented payments");

        uint256 balance = treasury.balanceOf(address(0));
        assertEq(balance, address(treasury).balance);
        assertEq(balance, deposits - payAmount + forced, "balance = deposits - payments + forced");
        assertEq(balance - (eventedIn - eventedOut), forced, "the unexplained part is exactly the forced amount");
        assertGt(balance, eventedIn - eventedOut);
        assertEq(grantee.balance, payAmount);
    }

    /// @notice The forced ETH is the treasury's like any other: the owner can pay all of it out,
    /// and the only event about it is that Paid.
    function testFuzz_forcedEtherCanBePaidOut(uint96 forced, uint256 payAmount) public {
        forced = uint96(bound(forced, 1, type(uint96).max));
        payAmount = bound(payAmount, 1, forced);
        vm.deal(address(this), forced);
        new ForceEther{value: forced}(payable(address(treasury)));
        assertEq(treasury.balanceOf(address(0)), forced);

        vm.prank(owner);
        treasury.pay(address(0), grantee, payAmount, keccak256("grant"));
        assertEq(treasury.balanceOf(address(0)), uint256(forced) - payAmount);
        assertEq(grantee.balance, payAmount);

        // More than the balance is refused with the exact numbers.
        uint256 left = uint256(forced) - payAmount;
        vm.expectRevert(
            abi.encodeWithSelector(ITreasury.TreasuryInsufficientBalance.selector, address(0), left, left + 1)
        );
        vm.prank(owner);
        treasury.pay(address(0), grantee, left + 1, keccak256("too much"));
    }

    /// @notice Any caller but the owner is refused, whatever the asset or amount.
    function testFuzz_nonOwnerCannotPay(address caller, address token, address payable to, uint256 amount) public {
        vm.assume(caller != owner);
        vm.deal(address(treasury), 10 ether);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller));
        vm.prank(caller);
        treasury.pay(token, to, amount, bytes32(0));
        assertEq(address(treasury).balance, 10 ether);
    }

    function _sumTreasuryEvents(
        Vm.Log[] memory logs
    ) internal view returns (uint256 eventedIn, uint256 eventedOut, uint256 depositEvents, uint256 paidEvents) {
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].emitter != address(treasury)) continue;
            if (logs[i].topics[0] == DEPOSITED) {
                assertEq(address(uint160(uint256(logs[i].topics[2]))), address(0), "ETH deposits only");
                (uint256 amount, bytes32 memo) = abi.decode(logs[i].data, (uint256, bytes32));
                // The deposit's memo, then the plain transfer's none.
                assertEq(memo, depositEvents == 0 ? text("budget") : bytes32(0), "memo");
                eventedIn += amount;
                ++depositEvents;
            } else if (logs[i].topics[0] == PAID) {
                eventedOut += abi.decode(logs[i].data, (uint256));
                ++paidEvents;
            }
        }
    }
}
