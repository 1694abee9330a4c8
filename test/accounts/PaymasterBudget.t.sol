// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {StdInvariant} from "forge-std/StdInvariant.sol";
import {IPaymaster, PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {ERC4337Utils} from "@openzeppelin/contracts/account/utils/ERC4337Utils.sol";
import {ERC7821} from "@openzeppelin/contracts/account/extensions/draft-ERC7821.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {FundPaymaster} from "../../contracts/accounts/FundPaymaster.sol";
import {Membership} from "../../contracts/membership/Membership.sol";
import {Memberships} from "../helpers/Memberships.sol";

/// @dev The signature relay's address as the paymaster knows it (the paymaster never calls it).
address constant RELAY = address(0x5E1A7);

/// @notice Plays the EntryPoint: validates and settles random sponsored delegations of three
/// members with random gas limits, fees offered (up to twice the cap), costs and times, each sent
/// from the member's own account or by signature through the signature relay (whose nonce key
/// names the member), and keeps what was charged per member and period, in gas and in wei.
contract PaymasterHandler is Test {
    FundPaymaster public immutable paymaster;
    address public immutable target;
    address[3] public members;
    uint256 public constant BUDGET = 3_000_000;
    uint256 public constant PERIOD = 30 days;
    uint256 public constant CAP = 10 gwei;
    uint256 private constant POST_OP_GAS = 60_000;

    /// @dev The gas charged (settled) per member per period, from the Sponsored figures.
    mapping(address member => mapping(uint256 window => uint256)) public charged;
    /// @dev The most the deposit can have paid per member per period: each operation's charged gas
    /// at the fee the EntryPoint charged (what it adds after postOp stays within the postOp limit).
    mapping(address member => mapping(uint256 window => uint256)) public paid;
    uint256 public worst;
    uint256 public worstPaid;
    uint256 public sponsored;
    /// @dev Operations sponsored although they offered more per gas than the cap.
    uint256 public overCap;

    constructor(FundPaymaster paymaster_, address target_, address[3] memory members_) {
        paymaster = paymaster_;
        target = target_;
        members = members_;
    }

    function sponsor(
        uint256 who,
        uint256 limit,
        uint256 spentShare,
        uint256 fee,
        uint256 offer,
        bool relayed
    ) external {
        address member = members[bound(who, 0, 2)];
        offer = bound(offer, 1, 2 * CAP);
        PackedUserOperation memory op = _op(member, bound(limit, 50_000, 1_500_000), offer, relayed);
        uint256 maxGas = op.preVerificationGas + 3 * bound(limit, 50_000, 1_500_000) + 20_000 + POST_OP_GAS;
        uint256 before = paymaster.gasUsed(member);
        vm.prank(address(ERC4337Utils.ENTRYPOINT_V08));
        try paymaster.validatePaymasterUserOp(op, bytes32(0), 0) returns (bytes memory context, uint256) {
            if (offer > CAP) ++overCap;
            // The EntryPoint charges at most what the operation offers per gas.
            fee = bound(fee, 1, offer);
            // What the EntryPoint reports never exceeds the operation's limits (postOp excluded).
            uint256 actualGas = bound(spentShare, 21_000, maxGas - POST_OP_GAS);
            vm.prank(address(ERC4337Utils.ENTRYPOINT_V08));
            paymaster.postOp(IPaymaster.PostOpMode.opSucceeded, context, actualGas * fee, fee);
            _record(member, paymaster.gasUsed(member) - before, fee);
        } catch {
            // Refused (over budget, or offering more than the cap): nothing is charged.
            return;
        }
    }

    /// @dev Usage after settling minus before validating: what the operation was charged.
    function _record(address member, uint256 gas, uint256 fee) private {
        uint256 window = paymaster.windowAt(block.timestamp);
        charged[member][window] += gas;
        paid[member][window] += gas * fee;
        if (charged[member][window] > worst) worst = charged[member][window];
        if (paid[member][window] > worstPaid) worstPaid = paid[member][window];
        ++sponsored;
    }

    function wait(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 1, 20 days));
    }

    function _op(
        address member,
        uint256 limit,
        uint256 offer,
        bool relayed
    ) private view returns (PackedUserOperation memory op) {
        Execution[] memory calls = new Execution[](1);
        if (relayed) {
            bytes memory bySig = abi.encodeWithSignature(
                "delegateBySig(address,uint256,uint256,uint8,bytes32,bytes32)",
                member,
                0,
                0,
                0,
                0,
                0
            );
            calls[0] = Execution(target, 0, bySig);
            (op.sender, op.nonce) = (RELAY, uint256(uint160(member)) << 64);
        } else {
            calls[0] = Execution(target, 0, abi.encodeWithSignature("delegate(address)", member));
            op.sender = member;
        }
        op.callData = abi.encodeCall(ERC7821.execute, (bytes32(uint256(1) << 248), abi.encode(calls)));
        op.accountGasLimits = bytes32((limit << 128) | limit);
        op.preVerificationGas = limit;
        // The whole offer as the tip: the EntryPoint's price is then the offer, whatever the base fee.
        op.gasFees = bytes32((offer << 128) | offer);
        op.paymasterAndData = abi.encodePacked(
            address(paymaster),
            uint128(20_000),
            uint128(POST_OP_GAS),
            paymaster.windowAt(block.timestamp)
        );
    }
}

/// @notice Whatever members (and whoever relays their signatures) do, no member is ever charged more
/// gas in a period than the budget, no operation offering more per gas than the cap is paid, and
/// so no member's period costs the deposit more than the budget times the cap.
contract PaymasterBudgetInvariant is StdInvariant, Test {
    PaymasterHandler private handler;
    FundPaymaster private paymaster;

    function setUp() public {
        vm.warp(1_800_000_000);
        address[3] memory members = [address(0xA11CE), address(0xB0B), address(0xCA401)];
        address[] memory list = new address[](3);
        uint16[] memory districts = new uint16[](3);
        for (uint256 i = 0; i < 3; ++i) list[i] = members[i];
        string[] memory names = new string[](1);
        names[0] = "Skovlunde";
        Membership membership = Memberships.founded(address(this), new address[](0), names, list, districts);
        address[] memory targets = new address[](2);
        bytes4[] memory selectors = new bytes4[](2);
        (targets[0], targets[1]) = (address(membership), address(membership));
        selectors[0] = bytes4(keccak256("delegate(address)"));
        selectors[1] = bytes4(keccak256("delegateBySig(address,uint256,uint256,uint8,bytes32,bytes32)"));
        paymaster = new FundPaymaster(
            address(this),
            membership,
            RELAY,
            30 days,
            3_000_000,
            10 gwei,
            targets,
            selectors
        );
        handler = new PaymasterHandler(paymaster, address(membership), members);
        targetContract(address(handler));
        bytes4[] memory actions = new bytes4[](2);
        actions[0] = PaymasterHandler.sponsor.selector;
        actions[1] = PaymasterHandler.wait.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: actions}));
    }

    function invariant_sponsoredGasWithinBudget() public view {
        assertLe(handler.worst(), handler.BUDGET());
        for (uint256 i = 0; i < 3; ++i) assertLe(paymaster.gasUsed(handler.members(i)), paymaster.gasBudget());
    }

    function invariant_sponsoredWeiWithinBudgetTimesCap() public view {
        assertEq(handler.overCap(), 0);
        assertLe(handler.worstPaid(), handler.BUDGET() * handler.CAP());
    }
}
