// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {StdInvariant} from "forge-std/StdInvariant.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {Membership} from "../../contracts/membership/Membership.sol";
import {PuljeGovernor} from "../../contracts/governance/PuljeGovernor.sol";
import {GovernanceSetup} from "./GovernanceSetup.sol";

/// @notice Members delegate to each other and to fresh addresses and back, leave, are revoked
/// and re-admitted, and everyone (members and fresh addresses alike) keeps trying to propose
/// and to vote. What the governor refuses is caught; ghosts record what it accepted.
contract ChurnHandler is Test {
    PuljeGovernor internal immutable governor;
    Membership internal immutable membership;
    address internal immutable gov;
    address internal immutable registrar;
    address[] internal actors; // the founders, then fresh addresses
    uint256 internal immutable founderCount;

    uint256[] public proposals;
    mapping(uint256 proposalId => address) public proposerOf;
    mapping(bytes32 action => uint256) public calls;

    constructor(PuljeGovernor governor_, address gov_, address registrar_, address[] memory founders) {
        governor = governor_;
        membership = Membership(address(governor_.token()));
        (gov, registrar) = (gov_, registrar_);
        actors = founders;
        founderCount = founders.length;
        for (uint256 i = 0; i < 3; ++i) actors.push(makeAddr(string.concat("fresh", vm.toString(i))));
    }

    function proposalCount() external view returns (uint256) {
        return proposals.length;
    }

    modifier tick() {
        vm.warp(block.timestamp + 3 hours);
        _;
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 1, 3 days));
    }

    function delegate(uint256 from, uint256 to) external tick {
        address member = actors[from % founderCount];
        if (!membership.isMember(member)) return;
        address delegatee = actors[to % actors.length];
        vm.prank(member);
        membership.delegate(delegatee);
        ++calls["delegate"];
    }

    function propose(uint256 who, uint256 salt) external tick {
        address proposer = actors[who % actors.length];
        address[] memory targets = new address[](1);
        targets[0] = address(governor);
        bytes[] memory calldatas = new bytes[](1);
        calldatas[0] = abi.encodeCall(governor.votingDelay, ());
        string memory description = string.concat("Proposal ", vm.toString(salt));
        bool member = membership.isMember(proposer);
        vm.prank(proposer);
        try governor.propose(targets, new uint256[](1), calldatas, description) returns (uint256 id) {
            // Only a member proposes, on its own membership.
            assertTrue(member, "a proposer holds a membership");
            proposals.push(id);
            proposerOf[id] = proposer;
            ++calls["propose"];
        } catch {}
    }

    function vote(uint256 who, uint256 proposalSeed, uint8 support) external tick {
        if (proposals.length == 0) return;
        uint256 id = proposals[proposalSeed % proposals.length];
        vm.prank(actors[who % actors.length]);
        try governor.castVote(id, support % 3) {
            ++calls["vote"];
        } catch {}
    }

    function churn(uint256 who, uint256 what) external tick {
        address member = actors[who % founderCount];
        if (!membership.isMember(member)) {
            vm.prank(registrar);
            membership.addMember(member, uint16(what % 2));
            ++calls["readmit"];
        } else if (what % 2 == 0) {
            vm.prank(member);
            membership.leave();
            ++calls["leave"];
        } else {
            vm.prank(gov);
            membership.revoke(member);
            ++calls["revoke"];
        }
    }
}

/// @notice Live proposals never outnumber memberships, each backed by a different member, and
/// no proposal counts more votes than there were memberships at its snapshot, however votes
/// were delegated, and whoever left and came back.
contract GovernorChurnInvariantTest is StdInvariant, GovernanceSetup {
    ChurnHandler internal handler;

    function setUp() public {
        _deployGovernance(6, address(0));
        handler = new ChurnHandler(governor, address(timelock), registrar, founders);
        targetContract(address(handler));
    }

    function invariant_oneLiveProposalPerMembership_andNoMoreVotesThanMembers() public view {
        uint256 live;
        uint256 count = handler.proposalCount();
        for (uint256 i = 0; i < count; ++i) {
            uint256 id = handler.proposals(i);
            IGovernor.ProposalState state = governor.state(id);
            if (state == IGovernor.ProposalState.Pending || state == IGovernor.ProposalState.Active) {
                ++live;
                // Its proposer has no other live proposal: the latest one is this one.
                assertEq(governor.latestProposalIdOf(handler.proposerOf(id)), id, "one live proposal per proposer");
            }
            uint256 snapshot = governor.proposalSnapshot(id);
            if (snapshot < block.timestamp) {
                (uint256 against, uint256 forVotes, uint256 abstain) = governor.proposalVotes(id);
                assertLe(against + forVotes + abstain, membership.getPastTotalSupply(snapshot), "votes <= members");
            }
        }
        assertLe(live, founders.length, "live proposals <= memberships");
    }
}
