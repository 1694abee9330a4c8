// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title LocalMulticall
/// @notice The parts of Multicall3 that viem batches reads through (`aggregate3`, and
/// `getEthBalance` for balances), for the local demo chain, which has no Multicall3 at the
/// canonical address. Real networks use their canonical Multicall3.
contract LocalMulticall {
    /// @notice One call: where, whether it may fail, and the calldata.
    struct Call3 {
        address target;
        bool allowFailure;
        bytes callData;
    }

    /// @notice One call's outcome.
    struct Result {
        bool success;
        bytes returnData;
    }

    /// @notice Call `index` failed and was not allowed to.
    error LocalMulticallCallFailed(uint256 index);

    /// @notice The ETH balance of `account`.
    function getEthBalance(address account) external view returns (uint256) {
        return account.balance;
    }

    /// @notice Makes every call in order and returns each outcome.
    function aggregate3(Call3[] calldata calls) external returns (Result[] memory results) {
        results = new Result[](calls.length);
        for (uint256 i = 0; i < calls.length; ++i) {
            (bool success, bytes memory returnData) = calls[i].target.call(calls[i].callData);
            if (!success && !calls[i].allowFailure) revert LocalMulticallCallFailed(i);
            results[i] = Result(success, returnData);
        }
    }
}
