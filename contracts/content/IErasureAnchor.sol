// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title Pulje erasure-log anchor
/// @notice The content service keeps an append-only, hash-chained log of the texts it erased
/// (no personal data: a commitment, a grounds code, the officer and the time). From time to time
/// it anchors the log's latest entry hash here, so anyone can check later that the log they are
/// shown is the one that existed then: an entry cannot be dropped or rewritten without the
/// anchored root no longer matching.
interface IErasureAnchor {
    /* ---------------------------------- EVENTS ---------------------------------- */

    /// @notice `by` anchored the erasure log: its first `entries` entries end in the hash `root`.
    event ErasureLogAnchored(bytes32 root, uint64 entries, address indexed by);

    /* ---------------------------------- ERRORS ---------------------------------- */

    /// @notice An anchor must cover more entries than the last one (`anchored`): the log only grows.
    error ErasureAnchorNotAhead(uint64 anchored, uint64 entries);

    /// @notice A zero root anchors nothing (an empty log has no entry hash).
    error ErasureAnchorZeroRoot();

    /// @notice The admin (the timelock) must be an address.
    error ErasureAnchorZeroAdmin();

    /* --------------------------------- FUNCTIONS -------------------------------- */

    /// @notice Records that the log's first `entries` entries end in the hash `root`.
    /// @dev Only an account with the anchor role (the content service's signer).
    /// @param root The hash of the log's latest entry.
    /// @param entries How many entries the log holds (its latest sequence number).
    function anchor(bytes32 root, uint64 entries) external;

    /// @notice The latest anchored root and how many entries it covers (zero and zero before the first).
    function latest() external view returns (bytes32 root, uint64 entries);
}
