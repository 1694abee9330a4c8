// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAllocationRule} from "./IAllocationRule.sol";

/// @title GreedyApprovalRule
/// @notice The usual participatory-budgeting rule: ideas in order of approvals (most first;
/// ties go to the lower cost, then the lower id), each funded while it fits in what is left of
/// the budget; one that does not fit is skipped and the next is tried.
/// @dev An insertion sort over at most 64 candidates: the cost depends on the number of
/// ideas, never on the number of voters.
contract GreedyApprovalRule is IAllocationRule {
    /// @inheritdoc IAllocationRule
    function allocate(Candidate[] calldata candidates, uint128 budget) external pure returns (bool[] memory funded) {
        uint256 n = candidates.length;
        uint256[] memory order = new uint256[](n);
        for (uint256 i = 0; i < n; ++i) {
            uint256 j = i;
            while (j > 0 && _before(candidates[i], candidates[order[j - 1]])) {
                order[j] = order[j - 1];
                --j;
            }
            order[j] = i;
        }
        funded = new bool[](n);
        uint128 left = budget;
        for (uint256 k = 0; k < n; ++k) {
            Candidate calldata c = candidates[order[k]];
            if (c.cost <= left) {
                funded[order[k]] = true;
                left -= c.cost;
            }
        }
    }

    /// @dev Whether `a` ranks before `b`: more approvals, then lower cost, then lower id.
    function _before(Candidate calldata a, Candidate calldata b) private pure returns (bool) {
        if (a.approvals != b.approvals) return a.approvals > b.approvals;
        if (a.cost != b.cost) return a.cost < b.cost;
        return a.ideaId < b.ideaId;
    }
}
