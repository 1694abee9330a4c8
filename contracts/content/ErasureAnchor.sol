// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IErasureAnchor} from "./IErasureAnchor.sol";

/// @title ErasureAnchor
/// @notice Holds the latest anchored root of the content service's erasure log. The anchor role
/// (the service's signer) only adds roots that cover more entries; governance (the timelock, the
/// admin) names and removes anchorers. It holds no money and no personal data.
contract ErasureAnchor is AccessControl, IErasureAnchor {
    /// @notice The content service's signer, which anchors the log.
    bytes32 public constant ANCHOR_ROLE = keccak256("ANCHOR_ROLE");

    bytes32 private _root;
    uint64 private _entries;

    /// @notice Creates the anchor with governance as its only admin.
    /// @param governance The timelock: names and removes anchorers.
    /// @param anchorers The content service's signers.
    constructor(address governance, address[] memory anchorers) {
        if (governance == address(0)) revert ErasureAnchorZeroAdmin();
        _grantRole(DEFAULT_ADMIN_ROLE, governance);
        for (uint256 i = 0; i < anchorers.length; ++i) {
            _grantRole(ANCHOR_ROLE, anchorers[i]);
        }
    }

    /// @inheritdoc IErasureAnchor
    function anchor(bytes32 root, uint64 entries) external onlyRole(ANCHOR_ROLE) {
        if (root == bytes32(0)) revert ErasureAnchorZeroRoot();
        if (entries <= _entries) revert ErasureAnchorNotAhead(_entries, entries);
        _root = root;
        _entries = entries;
        emit ErasureLogAnchored(root, entries, msg.sender);
    }

    /// @inheritdoc IErasureAnchor
    function latest() external view returns (bytes32 root, uint64 entries) {
        return (_root, _entries);
    }
}
