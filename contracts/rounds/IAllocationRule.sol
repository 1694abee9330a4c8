// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title Allocation rule of a budget round
/// @notice Decides which ideas of one district are funded from its approvals and budget. Kept
/// behind this interface so another rule (e.g. the method of equal shares) can be added without
/// touching the round.
interface IAllocationRule {
    /// @notice One feasible idea of the district.
    struct Candidate {
        uint256 ideaId;
        uint128 cost;
        uint32 approvals;
    }

    /// @notice Which candidates are funded, in the candidates' order. Must not spend more than `budget`.
    function allocate(Candidate[] calldata candidates, uint128 budget) external pure returns (bool[] memory funded);
}
