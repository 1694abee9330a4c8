// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test, console} from "forge-std/Test.sol";
import {StdInvariant} from "forge-std/StdInvariant.sol";
import {BudgetRound} from "../../contracts/rounds/BudgetRound.sol";
import {IBudgetRound} from "../../contracts/rounds/IBudgetRound.sol";
import {Membership} from "../../contracts/membership/Membership.sol";
import {PayeeRegistry} from "../../contracts/stewards/payees/PayeeRegistry.sol";
import {DemoStablecoin} from "../../contracts/demo/DemoStablecoin.sol";
import {text} from "../helpers/Texts.sol";
import {RoundSetup} from "./RoundSetup.sol";
import {BallotSignatures} from "./BallotSignatures.sol";

/// @notice Drives a budget round through every phase while its membership changes under it:
/// members leave, are revoked and re-admitted (in another district too), ballots are cast,
/// replaced and signed (old signatures tried again, signatures cancelled), the members turn
/// payee verification on and off, cancel winners and close the round. Every call is made as a
/// resident, steward or the members would; what the round refuses is caught, so the fuzzer
/// explores on. Ghosts keep what went in and out of the escrow.
contract RoundHandler is Test {
    BudgetRound internal immutable round;
    Membership internal immutable membership;
    PayeeRegistry internal immutable payees;
    DemoStablecoin internal immutable dkk;
    address internal immutable gov;
    address internal immutable registrar;
    address internal immutable reviewer;
    address internal immutable guardian;
    address[] internal voters;
    uint256[] internal keys;
    address[2] internal builders;

    uint256 public ghostPaidIn;
    uint256 public ghostReleased;
    uint256 public ghostReturned;
    mapping(bytes32 action => uint256) public calls;

    /// @dev A signature a voter gave earlier, kept to be tried again later.
    struct Signed {
        uint256 voter;
        uint256[] ids;
        uint256 deadline;
        bytes signature;
    }
    Signed[] internal signedBallots;

    /// @dev `roles`: the members' governance, a registrar, the reviewer and the guardian.
    constructor(BudgetRound round_, address[4] memory roles, address[] memory voters_, uint256[] memory keys_) {
        round = round_;
        membership = Membership(address(round_.membership()));
        payees = PayeeRegistry(address(round_.treasury().payees()));
        dkk = DemoStablecoin(address(round_.asset()));
        (gov, registrar, reviewer, guardian) = (roles[0], roles[1], roles[2], roles[3]);
        (voters, keys) = (voters_, keys_);
        builders = [makeAddr("builder a"), makeAddr("builder b")];
        ghostPaidIn = round_.total();
    }

    function voterCount() external view returns (uint256) {
        return voters.length;
    }

    function voterAt(uint256 i) external view returns (address) {
        return voters[i];
    }

    /// @dev Every step takes two hours, so a run of calls lives through the round's phases.
    modifier tick() {
        vm.warp(block.timestamp + 2 hours);
        _;
    }

    /* ------------------------------------ time ------------------------------------ */

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 0, 2 days));
        ++calls["warp"];
    }

    /// @dev What someone would do now: the round's current phase decides the menu.
    function act(uint256 who, uint256 seed) external tick {
        IBudgetRound.Phase phase = round.phase();
        uint256 choice = seed % 4;
        if (phase == IBudgetRound.Phase.Ideas) {
            if (choice == 0) _withdraw(seed);
            else _submit(who, seed);
        } else if (phase == IBudgetRound.Phase.Review) _review(seed);
        else if (phase == IBudgetRound.Phase.Voting) {
            if (choice == 0) _sign(who, seed, false);
            else if (choice == 1) _sign(who, seed, true);
            else if (choice == 2 && seed % 16 == 2) _cancelSignatures(who);
            else _vote(who, seed);
        } else if (phase == IBudgetRound.Phase.Tally) _finalize(seed);
        else if (phase == IBudgetRound.Phase.Challenge) _cancelWinner(seed, seed % 8 == 1);
        else if (phase == IBudgetRound.Phase.Payout) {
            if (choice == 0) _returnUnspent();
            else if (choice == 1 && seed % 8 == 1) _cancelWinner(seed, true);
            else _release(seed);
        } else _returnUnspent();
    }

    /// @dev An old signature tried again, at any time.
    function replay(uint256 seed) external tick {
        if (signedBallots.length == 0) return;
        _sendSigned(seed % signedBallots.length);
    }

    /// @dev Members leave, are revoked and are re-admitted (in any district), mid-round; now
    /// and then, so most members still take part.
    function churn(uint256 who, uint256 what) external tick {
        if (what % 4 != 0) return;
        what /= 4;
        address voter = voters[who % voters.length];
        bool member = membership.isMember(voter);
        if (!member) {
            vm.prank(registrar);
            membership.addMember(voter, uint16(what % 3));
            ++calls["readmit"];
        } else if (what % 2 == 0) {
            vm.prank(voter);
            membership.leave();
            ++calls["leave"];
        } else {
            vm.prank(gov);
            membership.revoke(voter);
            ++calls["revoke"];
        }
    }

    /// @dev The members switch verification on (builders are unverified: releases fail) or off.
    function requireVerification(bool required) external tick {
        vm.prank(gov);
        payees.setVerificationRequired(required);
        ++calls["requireVerification"];
    }

    /// @dev Rarely: a closed round has little left to explore.
    function close(uint256 seed) external tick {
        if (seed % 97 != 13 || round.phase() == IBudgetRound.Phase.Closed) return;
        uint256 before = dkk.balanceOf(address(round));
        vm.prank(gov);
        round.closeRound();
        ghostReturned += before - dkk.balanceOf(address(round));
        ++calls["close"];
    }

    /* ---------------------------------- actions ----------------------------------- */

    function _submit(uint256 who, uint256 seed) internal {
        address voter = voters[who % voters.length];
        uint16 district = membership.isMember(voter) && seed % 5 != 0 ? _districtOf(voter) : uint16(seed % 3);
        uint128 cost = uint128(bound(seed, 1, 60_000e6));
        vm.prank(voter);
        try round.submitIdea(district, cost, text("Idea")) {
            ++calls["submit"];
        } catch {}
    }

    function _withdraw(uint256 seed) internal {
        uint256 id = _idea(seed);
        if (id == 0) return;
        address proposer = round.ideaOf(id).proposer;
        vm.prank(proposer);
        try round.withdrawIdea(id) {
            ++calls["withdraw"];
        } catch {}
    }

    function _review(uint256 seed) internal {
        uint256 id = _idea(seed);
        if (id == 0) return;
        uint128 cost = round.ideaOf(id).cost;
        bool feasible = seed % 5 != 0;
        // Feasible, or one of the six codes that say why not.
        IBudgetRound.ReviewReason code =
            feasible ? IBudgetRound.ReviewReason.Feasible : IBudgetRound.ReviewReason(1 + ((seed / 5) % 6));
        vm.prank(reviewer);
        try round.reviewIdea(id, feasible, cost, builders[seed % 2], code, text("reviewed")) {
            ++calls["review"];
        } catch {}
    }

    function _vote(uint256 who, uint256 seed) internal {
        uint256 i = who % voters.length;
        uint256[] memory ids = _picks(voters[i], seed);
        vm.prank(voters[i]);
        try round.castBallot(ids) {
            ++calls["vote"];
        } catch {}
    }

    /// @dev Signs a ballot now; it is sent at once or kept to be tried later (replayed, after a
    /// newer ballot, after cancelling, after its deadline).
    function _sign(uint256 who, uint256 seed, bool sendNow) internal {
        uint256 i = who % voters.length;
        uint256[] memory ids = _picks(voters[i], seed);
        uint256 deadline = block.timestamp + 1 days;
        uint256 nonce = round.nonces(voters[i]);
        signedBallots.push(
            Signed(i, ids, deadline, BallotSignatures.sign(round, keys[i], voters[i], ids, nonce, deadline))
        );
        if (sendNow) _sendSigned(signedBallots.length - 1);
    }

    function _sendSigned(uint256 index) internal {
        Signed storage s = signedBallots[index];
        address voter = voters[s.voter];
        uint256 nonceBefore = round.nonces(voter);
        try round.castBallotBySig(voter, s.ids, s.deadline, s.signature) {
            ++calls["voteBySig"];
            // A signature only ever counts with the nonce it was made for: once.
            assertEq(round.nonces(voter), nonceBefore + 1);
        } catch {}
    }

    function _cancelSignatures(uint256 who) internal {
        vm.prank(voters[who % voters.length]);
        round.cancelBallotSignatures();
        ++calls["cancelSignatures"];
    }

    function _finalize(uint256 seed) internal {
        // District by district now and then, as a large round is counted.
        if (seed % 3 == 0) {
            try round.finalizeDistrict(uint16(seed % 2)) {
                ++calls["finalizeDistrict"];
            } catch {}
            return;
        }
        round.finalize();
        ++calls["finalize"];
    }

    function _cancelWinner(uint256 seed, bool byMembers) internal {
        uint256 id = _idea(seed);
        if (id == 0) return;
        vm.prank(byMembers ? gov : guardian);
        try round.cancelWinner(id, IBudgetRound.CancelReason(seed % 5), text("objection")) {
            ++calls["cancelWinner"];
        } catch {}
    }

    function _release(uint256 seed) internal {
        uint256 id = _idea(seed);
        if (id == 0) return;
        uint128 cost = round.ideaOf(id).cost;
        try round.release(id) {
            ghostReleased += cost;
            ++calls["release"];
        } catch {}
    }

    function _returnUnspent() internal {
        uint256 before = dkk.balanceOf(address(round));
        try round.returnUnspent() {
            ghostReturned += before - dkk.balanceOf(address(round));
            ++calls["returnUnspent"];
        } catch {}
    }

    /* --------------------------------- internals ---------------------------------- */

    function _idea(uint256 seed) internal view returns (uint256) {
        uint256 count = round.ideaCount();
        return count == 0 ? 0 : 1 + (seed % count);
    }

    function _districtOf(address voter) internal view returns (uint16 district) {
        (district, ) = membership.memberOf(voter);
    }

    /// @dev Up to three feasible ideas of the voter's district (or of district 0 for a
    /// non-member), chosen by `seed`, within the district's budget.
    function _picks(address voter, uint256 seed) internal view returns (uint256[] memory ids) {
        uint16 district = membership.isMember(voter) ? _districtOf(voter) : 0;
        (uint128 budget, , , ) = round.districtOf(district);
        uint256[] memory found = new uint256[](3);
        uint256 n;
        uint256 spent;
        uint256 count = round.ideaCount();
        for (uint256 id = 1; id <= count && n < 3; ++id) {
            BudgetRound.Idea memory idea = round.ideaOf(id);
            if (idea.district != district || idea.status != IBudgetRound.IdeaStatus.Feasible) continue;
            // The first one always; the others as the seed picks them.
            if ((n > 0 && (seed >> id) & 1 == 0) || spent + idea.cost > budget) continue;
            found[n++] = id;
            spent += idea.cost;
        }
        ids = new uint256[](n);
        for (uint256 i = 0; i < n; ++i) ids[i] = found[i];
    }
}

/// @notice The round's books and promises, whatever happens to its members: every idea's
/// approvals are the current ballots that pick it, the escrow is what was paid in less what
/// was released and returned, what is owed is held, and every krone can still leave.
/// forge-config: default.invariant.depth = 200
/// forge-config: default.invariant.runs = 32
contract BudgetRoundInvariantTest is StdInvariant, RoundSetup {
    RoundHandler internal handler;

    function setUp() public {
        _deployFund();
        _open(_params());
        address[] memory everyone = new address[](VOTERS);
        uint256[] memory secrets = new uint256[](VOTERS);
        for (uint256 i = 0; i < VOTERS; ++i) (everyone[i], secrets[i]) = (voters[i], keys[i]);
        handler = new RoundHandler(round, [gov, registrar, reviewer, guardian], everyone, secrets);
        targetContract(address(handler));
        // Time passes with every call; warp jumps, act does what the phase allows.
        bytes4[] memory selectors = new bytes4[](7);
        selectors[0] = RoundHandler.warp.selector;
        selectors[1] = RoundHandler.act.selector;
        selectors[2] = RoundHandler.replay.selector;
        selectors[3] = RoundHandler.churn.selector;
        selectors[4] = RoundHandler.requireVerification.selector;
        selectors[5] = RoundHandler.close.selector;
        selectors[6] = RoundHandler.act.selector; // twice: most steps are someone taking part
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @dev One campaign checks all three (each invariant function would run its own).
    function invariant_roundBooks() public {
        _approvalsAreTheCurrentBallots();
        _escrowIsPaidInLessReleasedAndReturned();
        _everyKroneCanLeave();
    }

    function _approvalsAreTheCurrentBallots() internal view {
        uint256 count = round.ideaCount();
        for (uint256 id = 1; id <= count; ++id) {
            BudgetRound.Idea memory idea = round.ideaOf(id);
            if (idea.status == IBudgetRound.IdeaStatus.Withdrawn) {
                assertEq(idea.approvals, 0);
                continue;
            }
            uint256 ballots;
            for (uint256 v = 0; v < handler.voterCount(); ++v) {
                (uint64 picks, uint16 district) = round.ballotOf(handler.voterAt(v));
                if (district == idea.district && (picks >> idea.slot) & 1 == 1) ++ballots;
            }
            assertEq(idea.approvals, ballots, "approvals = the current ballots that pick the idea");
        }
    }

    function _escrowIsPaidInLessReleasedAndReturned() internal view {
        assertEq(
            dkk.balanceOf(address(round)),
            handler.ghostPaidIn() - handler.ghostReleased() - handler.ghostReturned(),
            "escrow = paid in - released - returned"
        );
        assertLe(round.outstanding(), dkk.balanceOf(address(round)));
    }

    /// @dev Whatever state the round is in, the members can empty it into the treasury.
    function _everyKroneCanLeave() internal {
        uint256 snapshot = vm.snapshotState();
        uint256 held = dkk.balanceOf(address(round));
        uint256 before = dkk.balanceOf(address(treasury));
        if (round.phase() != IBudgetRound.Phase.Closed) {
            vm.prank(gov);
            round.closeRound();
        } else if (held > 0) {
            round.returnUnspent();
        }
        assertEq(dkk.balanceOf(address(round)), 0, "every krone can leave");
        assertEq(dkk.balanceOf(address(treasury)) - before, held, "and it reaches the treasury");
        vm.revertToState(snapshot);
    }

    /// @dev How far the runs got: printed with -vv, to check the handler reaches payouts.
    function afterInvariant() public view {
        console.log("phase", uint8(round.phase()), "ideas", round.ideaCount());
        console.log("votes", handler.calls("vote"), "signed", handler.calls("voteBySig"));
        console.log("releases", handler.calls("release"), "closes", handler.calls("close"));
        console.log("submit", handler.calls("submit"), "review", handler.calls("review"));
        console.log("finalize", handler.calls("finalize"), "cancelWinner", handler.calls("cancelWinner"));
        console.log(
            "returnUnspent",
            handler.calls("returnUnspent"),
            "churn",
            handler.calls("leave") + handler.calls("revoke")
        );
    }
}
