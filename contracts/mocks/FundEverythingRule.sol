// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAllocationRule} from "../rounds/IAllocationRule.sol";

// Test double / benchmark reference, not part of a fund: documented at the contract only.
// solhint-disable use-natspec

/// @notice Test double: a broken allocation rule that funds every candidate whatever the
/// budget, so the round's own over-budget guard can be seen to refuse it.
contract FundEverythingRule is IAllocationRule {
    function allocate(Candidate[] calldata candidates, uint128) external pure returns (bool[] memory funded) {
        funded = new bool[](candidates.length);
        for (uint256 i = 0; i < candidates.length; ++i) funded[i] = true;
    }
}
