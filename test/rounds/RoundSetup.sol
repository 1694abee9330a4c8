// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Membership} from "../../contracts/membership/Membership.sol";
import {Treasury} from "../../contracts/treasury/Treasury.sol";
import {PayeeRegistry} from "../../contracts/stewards/payees/PayeeRegistry.sol";
import {DemoStablecoin} from "../../contracts/demo/DemoStablecoin.sol";
import {BudgetRound} from "../../contracts/rounds/BudgetRound.sol";
import {BudgetRoundFactory} from "../../contracts/rounds/BudgetRoundFactory.sol";
import {GreedyApprovalRule} from "../../contracts/rounds/GreedyApprovalRule.sol";
import {IBudgetRound} from "../../contracts/rounds/IBudgetRound.sol";
import {Memberships} from "../helpers/Memberships.sol";
import {text} from "../helpers/Texts.sol";
import {BallotSignatures} from "./BallotSignatures.sol";

/// @notice A fund with budget rounds for the Foundry tests: `gov` stands for the timelock (it
/// owns the round factory and the treasury, and administers the membership and the payee
/// registry), eight founding members in two districts with signing keys, a reviewer, a
/// guardian, a verifier, and a round opened the way a proposal opens one (the treasury pays the
/// escrow, then the factory creates the round there).
abstract contract RoundSetup is Test {
    uint128 internal constant BUDGET = 100_000e6;
    uint256 internal constant VOTERS = 8;

    address internal gov = makeAddr("governance");
    address internal registrar = makeAddr("registrar");
    address internal reviewer = makeAddr("reviewer");
    address internal guardian = makeAddr("guardian");
    address internal verifier = makeAddr("verifier");
    address internal builder = makeAddr("builder");

    Membership internal membership;
    PayeeRegistry internal payees;
    Treasury internal treasury;
    DemoStablecoin internal dkk;
    BudgetRoundFactory internal factory;
    GreedyApprovalRule internal rule;
    BudgetRound internal round;

    address[VOTERS] internal voters;
    uint256[VOTERS] internal keys;

    function _deployFund() internal {
        vm.warp(1_800_000_000);
        address[] memory founders = new address[](VOTERS);
        uint16[] memory districts = new uint16[](VOTERS);
        for (uint256 i = 0; i < VOTERS; ++i) {
            (voters[i], keys[i]) = makeAddrAndKey(string.concat("voter", vm.toString(i)));
            founders[i] = voters[i];
            districts[i] = uint16(i % 2); // even: Nord (0), odd: Syd (1)
        }
        address[] memory registrars = new address[](1);
        registrars[0] = registrar;
        string[] memory names = new string[](3);
        (names[0], names[1], names[2]) = ("Nord", "Syd", "Midt");
        membership = Memberships.founded(gov, registrars, names, founders, districts);

        address[] memory verifiers = new address[](1);
        verifiers[0] = verifier;
        payees = new PayeeRegistry(gov, verifiers, false);
        treasury = new Treasury(gov, payees);
        dkk = new DemoStablecoin("Demo Danish Krone", "DKKT");
        dkk.mint(address(this), 10_000_000e6);
        dkk.approve(address(treasury), type(uint256).max);
        treasury.depositToken(IERC20(address(dkk)), 1_000_000e6, text("start"));
        rule = new GreedyApprovalRule();
        factory = new BudgetRoundFactory(gov, address(new BudgetRound()), membership, treasury);
        vm.warp(block.timestamp + 1); // the founders' votes are in the past
    }

    /// @dev Two districts of BUDGET each; a week per phase; 2 days of objections, 30 of payout.
    function _params() internal view returns (IBudgetRound.RoundParams memory p) {
        uint16[] memory districts = new uint16[](2);
        (districts[0], districts[1]) = (0, 1);
        uint128[] memory budgets = new uint128[](2);
        (budgets[0], budgets[1]) = (BUDGET, BUDGET);
        address[] memory reviewers = new address[](1);
        reviewers[0] = reviewer;
        uint48 t = uint48(block.timestamp);
        p.asset = IERC20(address(dkk));
        (p.districts, p.budgets, p.reviewers, p.guardian, p.rule) = (districts, budgets, reviewers, guardian, rule);
        (p.ideasEnd, p.reviewEnd, p.votingEnd) = (t + 7 days, t + 14 days, t + 21 days);
        (p.challengeDelay, p.payoutWindow) = (2 days, 30 days);
        (p.minPicks, p.maxPicks, p.maxIdeasPerDistrict) = (1, 3, 8);
        (p.maxIdeasPerMember, p.minApprovals, p.anyMemberMaySubmit) = (2, 1, false);
    }

    uint256 private _opened;

    function _open(IBudgetRound.RoundParams memory p) internal returns (BudgetRound) {
        bytes32 salt = keccak256(abi.encode("round", ++_opened));
        uint256 total;
        for (uint256 i = 0; i < p.budgets.length; ++i) total += p.budgets[i];
        vm.startPrank(gov);
        treasury.pay(address(dkk), payable(factory.predictRound(salt)), total, salt);
        round = BudgetRound(factory.createRound(salt, p));
        vm.stopPrank();
        return round;
    }

    /* ------------------------------- round steps -------------------------------- */

    /// @dev Founders alternate: even ones live in Nord (0), odd ones in Syd (1).
    function _submit(uint256 voter, uint128 cost) internal returns (uint256 ideaId) {
        vm.prank(voters[voter]);
        ideaId = round.submitIdea(uint16(voter % 2), cost, text("Idea"));
    }

    function _feasible(uint256 ideaId) internal {
        uint128 cost = round.ideaOf(ideaId).cost;
        vm.prank(reviewer);
        round.reviewIdea(ideaId, true, cost, builder, IBudgetRound.ReviewReason.Feasible, text("ok"));
    }

    function _ballot(uint256 voter, uint256 ideaId) internal {
        uint256[] memory ids = new uint256[](1);
        ids[0] = ideaId;
        vm.prank(voters[voter]);
        round.castBallot(ids);
    }

    function _toReview() internal {
        vm.warp(round.ideasEnd());
    }

    function _toVoting() internal {
        vm.warp(round.reviewEnd());
    }

    function _toTally() internal {
        vm.warp(round.votingEnd());
    }

    function _toPayout() internal {
        vm.warp(round.finalizedAt() + round.challengeDelay());
    }

    /// @dev The EIP-712 signature of `voter`'s ballot, as a wallet makes it.
    function _signBallot(
        uint256 voter,
        uint256[] memory ids,
        uint256 nonce,
        uint256 deadline
    ) internal view returns (bytes memory) {
        return BallotSignatures.sign(round, keys[voter], voters[voter], ids, nonce, deadline);
    }
}
