// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Paymaster} from "@openzeppelin/contracts/account/paymaster/Paymaster.sol";
import {ERC4337Utils} from "@openzeppelin/contracts/account/utils/ERC4337Utils.sol";
import {ERC7821} from "@openzeppelin/contracts/account/extensions/draft-ERC7821.sol";
import {IEntryPoint, PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {IMembership} from "../membership/IMembership.sol";

/// @title FundPaymaster
/// @notice Pays the gas of members' own actions, so taking part costs a resident nothing. Its
/// rules are on chain and belong to the members (the owner is the timelock): it sponsors a user
/// operation only when its member is current (the sender, or for the signature relay the member
/// who signed the action), the operation is an ERC-7821 `execute`
/// whose every call is an allowed action (a target and a function the members listed, sending no
/// ETH), it offers no more per gas than the members' fee cap, and the member's gas this period
/// stays within the budget. A member whose wallet holds no
/// ETH takes part by signature through the `SignatureRelay`, charged to the same budget.
/// Everything else is refused with an error naming the reason. The money is its deposit at the EntryPoint: the treasury tops it up
/// by a proposal (a plain ETH payment here is deposited), and only the timelock takes it out.
/// @dev Budgets are in gas units, so a fee spike does not shrink what members can do; the fee cap
/// bounds what a unit costs, so a member's period costs the deposit at most `gasBudget` times
/// `maxFeePerGas`. Without it the sender would set the price: nobody signs a relayed operation's
/// gas fields, and a bundler that is its bundle's beneficiary keeps all the deposit pays. Validation
/// reserves an operation's maximum gas, so operations bundled together can never overspend;
/// `postOp` gives back what it did not use. Periods are numbered windows of `period` seconds from
/// the deployment (`periodsStart`); the operation names its window in `paymasterAndData` (6 bytes,
/// big-endian) and the validation data makes the EntryPoint refuse it outside that window
/// (validation may not read the clock).
/// Reading the membership and its own storage during validation requires the paymaster to be
/// staked at the EntryPoint on public bundlers (ERC-7562); the timelock stakes it.
contract FundPaymaster is Paymaster, Ownable {
    /// @notice The target that stands for "the sender's own account" in the list of actions
    /// (e.g. adding a passkey): calls an account makes to itself.
    address public constant OWN_ACCOUNT = address(0);

    /// @notice Who counts as a member.
    IMembership public immutable membership;
    /// @notice The `SignatureRelay` whose operations carry members' signed actions (zero: none).
    /// Its operations are the signer's: their nonce key is the signer's address, which the relay
    /// checked together with the signature before this paymaster validates.
    address public immutable signatureRelay;
    /// @notice The length of a budget period, in seconds.
    uint48 public immutable period;
    /// @notice When period 0 began: the paymaster's deployment. Periods are counted from the
    /// fund's start, so its first period is a whole one (counted from 1970, a "30-day" period
    /// could end the day after the fund opens).
    uint48 public immutable periodsStart;
    /// @notice The highest fee per gas, in wei, an operation it pays for may name (its
    /// `maxFeePerGas`): the price of a budget's gas unit is never above it. 128 bits, as in a
    /// user operation, and declared first, so it shares a storage slot with `gasBudget` (which
    /// would otherwise pack with Ownable's owner): validation reads both.
    uint128 public maxFeePerGas;
    /// @notice Gas each member may use per period.
    uint64 public gasBudget;

    /// @notice Whether calls to `selector` on `target` are sponsored.
    mapping(address target => mapping(bytes4 selector => bool)) public isAllowedAction;
    /// @notice How many functions of `target` are sponsored (zero: the target is not allowed).
    mapping(address target => uint256) public allowedActionCount;

    struct Usage {
        uint48 window;
        uint64 gas;
    }

    mapping(address member => Usage) private _usage;

    /// @notice The members allowed (or stopped allowing) calls to `selector` on `target`.
    event ActionAllowed(address indexed target, bytes4 indexed selector, bool allowed);
    /// @notice The members set the gas each member may use per period.
    event GasBudgetSet(uint64 oldBudget, uint64 newBudget);
    /// @notice The members set the highest fee per gas, in wei, the paymaster pays.
    event MaxFeePerGasSet(uint128 oldCap, uint128 newCap);
    /// @notice The fund paid `weiCharged` for `member`'s operation, counted as `gasCharged` gas in
    /// `window`. (The EntryPoint's `UserOperationEvent` in the same transaction names the operation.)
    event Sponsored(
        address indexed member,
        uint48 indexed window,
        uint256 gasCharged,
        uint256 weiCharged,
        bool succeeded
    );
    /// @notice `from` added `amount` wei to the paymaster's deposit at the EntryPoint.
    event Funded(address indexed from, uint256 amount);
    /// @notice The members took `amount` wei of the deposit back to `to`.
    event Withdrawn(address indexed to, uint256 amount);

    /// @notice The sender (or the signer of a relayed action) holds no membership.
    error PaymasterNotMember(address sender);
    /// @notice The members allow no action on `target`.
    error PaymasterTargetNotAllowed(address target);
    /// @notice `selector` on `target` is not a sponsored action (or the call sends ETH, or the
    /// operation is not a single batch `execute`).
    error PaymasterActionNotAllowed(address target, bytes4 selector);
    /// @notice `member` has used `used` of `budget` gas this period; the operation may use `requested`.
    error PaymasterOverBudget(address member, uint256 used, uint256 requested, uint256 budget);
    /// @notice The operation offers `maxFeePerGas` wei per gas, above the members' `cap`.
    error PaymasterFeeTooHigh(uint256 maxFeePerGas, uint256 cap);
    /// @notice The operation names budget period `window`, but the member already spent in `current`.
    error PaymasterStaleWindow(uint48 window, uint48 current);
    /// @notice `paymasterAndData` must end with the 6-byte budget period number.
    error PaymasterInvalidData();
    /// @notice Target and selector lists of different lengths.
    error PaymasterLengthMismatch(uint256 targets, uint256 selectors);
    /// @notice A budget period must last at least one second.
    error PaymasterInvalidPeriod();
    /// @notice Always: without an owner the deposit could never be withdrawn.
    error PaymasterOwnershipNotRenounceable();

    /// @notice Creates the paymaster with its first rules, owned by the members' governance.
    /// @param governance The timelock: sets the rules, withdraws and stakes.
    /// @param membership_ Who counts as a member.
    /// @param signatureRelay_ The `SignatureRelay` to sponsor members' signed actions through, or zero.
    /// @param period_ The length of a budget period, in seconds (fixed: period numbers must stay comparable).
    /// @param gasBudget_ Gas each member may use per period.
    /// @param maxFeePerGas_ The highest fee per gas, in wei, an operation it pays for may name.
    /// @param targets The contracts of the first allowed actions.
    /// @param selectors The functions of the first allowed actions, in the order of `targets`.
    constructor(
        address governance,
        IMembership membership_,
        address signatureRelay_,
        uint48 period_,
        uint64 gasBudget_,
        uint128 maxFeePerGas_,
        address[] memory targets,
        bytes4[] memory selectors
    ) Ownable(governance) {
        if (period_ == 0) revert PaymasterInvalidPeriod();
        membership = membership_;
        signatureRelay = signatureRelay_;
        period = period_;
        periodsStart = uint48(block.timestamp);
        _setGasBudget(gasBudget_);
        _setMaxFeePerGas(maxFeePerGas_);
        _setAllowedActions(targets, selectors, true);
    }

    /// @notice Deposits the ETH sent at the EntryPoint: how the treasury's payment tops it up.
    receive() external payable {
        deposit();
    }

    /// @notice Adds the ETH sent to the paymaster's deposit at the EntryPoint.
    function deposit() public payable {
        _deposit(msg.value);
        emit Funded(msg.sender, msg.value);
    }

    /// @notice The paymaster's deposit at the EntryPoint: what is left to pay gas with.
    /// @return The deposit, in wei.
    function deposited() external view returns (uint256) {
        return entryPoint().balanceOf(address(this));
    }

    /// @notice Sends `amount` wei of the deposit to `to`. Governance (the timelock) only.
    /// @param to Where the money goes (usually the treasury).
    /// @param amount In wei.
    function withdraw(address payable to, uint256 amount) external onlyOwner {
        emit Withdrawn(to, amount);
        _withdraw(to, amount);
    }

    /// @notice Stakes the ETH sent at the EntryPoint, which public bundlers require of a paymaster
    /// that reads storage. Governance (the timelock) only, so nobody can re-lock a stake being withdrawn.
    /// @param unstakeDelaySec How long an unlocked stake waits before it can be withdrawn.
    function addStake(uint32 unstakeDelaySec) external payable onlyOwner {
        _addStake(msg.value, unstakeDelaySec);
    }

    /// @notice Starts the stake's unstake delay. Governance (the timelock) only.
    function unlockStake() external onlyOwner {
        _unlockStake();
    }

    /// @notice Withdraws the unlocked stake to `to`. Governance (the timelock) only.
    /// @param to Where the stake goes.
    function withdrawStake(address payable to) external onlyOwner {
        _withdrawStake(to);
    }

    /// @notice Allows (or stops allowing) the actions `selectors[i]` on `targets[i]`. Use
    /// `OWN_ACCOUNT` as the target for calls an account makes to itself. Governance only.
    /// @param targets The contracts.
    /// @param selectors The functions, in the order of `targets`.
    /// @param allowed Whether they are sponsored from now on.
    function setAllowedActions(
        address[] calldata targets,
        bytes4[] calldata selectors,
        bool allowed
    ) external onlyOwner {
        _setAllowedActions(targets, selectors, allowed);
    }

    /// @notice Sets the gas each member may use per period. Governance (the timelock) only.
    /// @param newBudget In gas units.
    function setGasBudget(uint64 newBudget) external onlyOwner {
        _setGasBudget(newBudget);
    }

    /// @notice Sets the highest fee per gas an operation it pays for may name; operations naming
    /// more are refused (`PaymasterFeeTooHigh`) until the network's fee falls or the members raise
    /// the cap. Governance (the timelock) only.
    /// @param newCap In wei per gas (zero: it pays for no operation with a fee).
    function setMaxFeePerGas(uint128 newCap) external onlyOwner {
        _setMaxFeePerGas(newCap);
    }

    /// @notice Always reverts: without an owner the deposit could never be withdrawn.
    function renounceOwnership() public view override onlyOwner {
        revert PaymasterOwnershipNotRenounceable();
    }

    /// @notice The budget period `timestamp` falls in: the number an operation names.
    /// @param timestamp Seconds since 1970 (before `periodsStart`: period 0).
    /// @return The period's number.
    function windowAt(uint256 timestamp) public view returns (uint48) {
        return timestamp <= periodsStart ? 0 : uint48((timestamp - periodsStart) / period);
    }

    /// @notice The gas `member` has used (or reserved) in the current period.
    /// @param member A member's address.
    /// @return The gas used this period.
    function gasUsed(address member) public view returns (uint64) {
        Usage memory usage = _usage[member];
        return usage.window == windowAt(block.timestamp) ? usage.gas : 0;
    }

    /// @notice The gas `member` may still use this period.
    /// @param member A member's address.
    /// @return The gas left.
    function gasLeft(address member) external view returns (uint256) {
        uint256 used = gasUsed(member);
        return used >= gasBudget ? 0 : gasBudget - used;
    }

    /// @notice The canonical EntryPoint v0.8 (OpenZeppelin 5.7 defaults to v0.9).
    /// @return The EntryPoint at 0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108.
    function entryPoint() public pure override returns (IEntryPoint) {
        return ERC4337Utils.ENTRYPOINT_V08;
    }

    /// @dev Checks membership, the actions, the fee cap and the budget, reserves the operation's
    /// maximum gas, and limits the operation's validity to the period it names. A relayed operation
    /// is its signer's: the member is the nonce key (the relay's validation, which runs first,
    /// refused any key but the address whose signature it verified). The fee checked is the one the
    /// operation offers, not the block's: validation may not read BASEFEE or GASPRICE (ERC-7562), and
    /// the EntryPoint never charges more per gas than the operation's `maxFeePerGas`.
    function _validatePaymasterUserOp(
        PackedUserOperation calldata userOp,
        bytes32 /* userOpHash */,
        uint256 /* requiredPreFund */
    ) internal override returns (bytes memory context, uint256 validationData) {
        address member = _memberOf(userOp);
        // Membership is by address: an admitted account's first operation, which deploys it, passes too.
        if (!membership.isMember(member)) revert PaymasterNotMember(member);
        _checkActions(userOp.sender, userOp.callData);
        _checkFee(userOp);

        bytes calldata data = ERC4337Utils.paymasterData(userOp);
        if (data.length != 6) revert PaymasterInvalidData();
        uint48 window = uint48(bytes6(data));

        uint256 maxGas =
            userOp.preVerificationGas +
                ERC4337Utils.verificationGasLimit(userOp) +
                ERC4337Utils.callGasLimit(userOp) +
                ERC4337Utils.paymasterVerificationGasLimit(userOp) +
                ERC4337Utils.paymasterPostOpGasLimit(userOp);
        Usage memory usage = _usage[member];
        if (usage.window > window) revert PaymasterStaleWindow(window, usage.window);
        uint256 used = usage.window == window ? usage.gas : 0;
        if (used + maxGas > gasBudget) revert PaymasterOverBudget(member, used, maxGas, gasBudget);
        // Fits in 64 bits: it is at most the budget.
        _usage[member] = Usage(window, uint64(used + maxGas));

        context = abi.encode(member, window, maxGas, ERC4337Utils.paymasterPostOpGasLimit(userOp));
        uint48 start = periodsStart + window * period;
        // The EntryPoint accepts timestamps after `validAfter` up to `validUntil`: the period's own seconds.
        validationData = ERC4337Utils.packValidationData(true, start - 1, start + period - 1);
    }

    /// @dev Charges the gas the EntryPoint reports plus this call's own limit (never more than
    /// was reserved) and gives the rest of the reservation back.
    function _postOp(
        PostOpMode mode,
        bytes calldata context,
        uint256 actualGasCost,
        uint256 actualUserOpFeePerGas
    ) internal override {
        (address member, uint48 window, uint256 maxGas, uint256 postOpGas) = abi.decode(
            context,
            (address, uint48, uint256, uint256)
        );
        uint256 charged = _settle(member, window, maxGas, postOpGas, actualGasCost, actualUserOpFeePerGas);
        emit Sponsored(member, window, charged, actualGasCost, mode == PostOpMode.opSucceeded);
    }

    /// @dev Whose operation it is: the sender's, or for the relay the signer's its nonce key names.
    function _memberOf(PackedUserOperation calldata userOp) private view returns (address) {
        return userOp.sender == signatureRelay ? address(uint160(userOp.nonce >> 64)) : userOp.sender;
    }

    function _settle(
        address member,
        uint48 window,
        uint256 maxGas,
        uint256 postOpGas,
        uint256 actualGasCost,
        uint256 actualUserOpFeePerGas
    ) private returns (uint256 charged) {
        charged = actualUserOpFeePerGas == 0 ? maxGas : actualGasCost / actualUserOpFeePerGas + postOpGas;
        if (charged > maxGas) charged = maxGas;
        Usage storage usage = _usage[member];
        // A later period may have started for this member in the same bundle: its count starts afresh.
        if (usage.window == window) usage.gas -= uint64(maxGas - charged);
    }

    /// @dev The operation may offer at most the cap per gas (what the EntryPoint will charge at most).
    function _checkFee(PackedUserOperation calldata userOp) private view {
        (uint256 fee, uint256 cap) = (ERC4337Utils.maxFeePerGas(userOp), maxFeePerGas);
        if (fee > cap) revert PaymasterFeeTooHigh(fee, cap);
    }

    /// @dev The call data must be `execute(batch mode, calls)` where every call sends no ETH and
    /// is an allowed action.
    function _checkActions(address sender, bytes calldata callData) private view {
        bytes4 selector = bytes4(callData);
        if (callData.length < 4 || selector != ERC7821.execute.selector)
            revert PaymasterActionNotAllowed(sender, selector);
        (bytes32 mode, bytes memory executionData) = abi.decode(callData[4:], (bytes32, bytes));
        // The one mode ERC7821 executes: a batch, reverting on failure, without opData.
        if (mode != bytes32(uint256(0x01) << 248)) revert PaymasterActionNotAllowed(sender, selector);
        Execution[] memory calls = abi.decode(executionData, (Execution[]));
        for (uint256 i = 0; i < calls.length; ++i) {
            address target = calls[i].target == sender ? OWN_ACCOUNT : calls[i].target;
            if (allowedActionCount[target] == 0) revert PaymasterTargetNotAllowed(calls[i].target);
            bytes4 action = bytes4(calls[i].callData);
            if (calls[i].callData.length < 4 || calls[i].value != 0 || !isAllowedAction[target][action])
                revert PaymasterActionNotAllowed(calls[i].target, action);
        }
    }

    function _setAllowedActions(address[] memory targets, bytes4[] memory selectors, bool allowed) private {
        if (targets.length != selectors.length) revert PaymasterLengthMismatch(targets.length, selectors.length);
        for (uint256 i = 0; i < targets.length; ++i) {
            (address target, bytes4 selector) = (targets[i], selectors[i]);
            if (isAllowedAction[target][selector] == allowed) continue;
            isAllowedAction[target][selector] = allowed;
            if (allowed) ++allowedActionCount[target];
            else --allowedActionCount[target];
            emit ActionAllowed(target, selector, allowed);
        }
    }

    function _setGasBudget(uint64 newBudget) private {
        emit GasBudgetSet(gasBudget, newBudget);
        gasBudget = newBudget;
    }

    function _setMaxFeePerGas(uint128 newCap) private {
        emit MaxFeePerGasSet(maxFeePerGas, newCap);
        maxFeePerGas = newCap;
    }
}
