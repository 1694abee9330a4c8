// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Account} from "@openzeppelin/contracts/account/Account.sol";
import {ERC7821} from "@openzeppelin/contracts/account/extensions/draft-ERC7821.sol";
import {ERC4337Utils} from "@openzeppelin/contracts/account/utils/ERC4337Utils.sol";
import {ERC7579Utils} from "@openzeppelin/contracts/account/utils/draft-ERC7579Utils.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {IERC5267} from "@openzeppelin/contracts/interfaces/IERC5267.sol";
import {IEntryPoint, PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

/// @title ISignatureNonces
/// @notice What every by-signature target has: the next nonce a signer's signature must carry.
interface ISignatureNonces {
    /// @notice The nonce `signer`'s next signature must carry.
    function nonces(address signer) external view returns (uint256);
}

/// @title IVotingEnd
/// @notice What a budget round tells about its schedule: when its voting phase ends.
interface IVotingEnd {
    /// @notice The first second the round no longer takes ballots.
    function votingEnd() external view returns (uint48);
}

/// @title SignatureRelay
/// @notice Lets a member whose wallet holds no ETH vote, cast a round ballot or delegate by
/// signature, paid by the fund: an ERC-4337 account that anyone's user operation may use as its
/// sender, whose only call is one such by-signature action. It accepts an operation only when
/// the action's signature is valid now for the signer the operation names, so nobody can spend a
/// member's gas budget with a bad, stale or someone else's signature. It has no owner, signs
/// nothing and holds no money; the fund's paymaster pays and counts the gas against the signer.
/// @dev The operation's callData is ERC-7821 `execute(batch mode, [one call])` with no ETH, the
/// call one of `castVoteBySig` and `castVoteWithReasonAndParamsBySig` (OpenZeppelin Governor),
/// `castBallotBySig` (BudgetRound) or `delegateBySig` (OpenZeppelin Votes). Validation rebuilds the
/// EIP-712 digest the target will check, from the target's ERC-5267 domain and its current nonce
/// for the signer, and checks the signature as the target does (ERC-1271 or ECDSA for a voter,
/// ECDSA recovery for a delegation). The EntryPoint nonce's key is the signer's address, so
/// members' operations never wait on each other; the paymaster reads the signer from it.
/// Deadlines become the operation's validity (validation may not read the clock): a vote's is
/// its proposal's deadline, a ballot's the earlier of its signed deadline and the round's last
/// voting second, a delegation's its expiry; a vote by a member who has voted is not valid. So a
/// vote or ballot relayed after its time, or a vote its member already cast another way, is
/// refused in validation, charging nobody, instead of failing in execution at the signer's cost
/// again each time someone relays it (a failed call spends no target nonce). The user
/// operation's own signature is unused. Reading targets' state (nonces, deadlines) during
/// validation makes a staked relay necessary on public bundlers (ERC-7562 STO-033).
contract SignatureRelay is Account, ERC7821 {
    /// @notice OpenZeppelin Governor's vote by signature.
    bytes32 public constant BALLOT_TYPEHASH = keccak256(
        "Ballot(uint256 proposalId,uint8 support,address voter,uint256 nonce)"
    );
    /// @notice OpenZeppelin Governor's vote with a reason and parameters by signature.
    bytes32 public constant EXTENDED_BALLOT_TYPEHASH = keccak256(
        "ExtendedBallot(uint256 proposalId,uint8 support,address voter,uint256 nonce,string reason,bytes params)"
    );
    /// @notice A budget round's ballot by signature (BudgetRound.BALLOT_TYPEHASH).
    bytes32 public constant ROUND_BALLOT_TYPEHASH = keccak256(
        "Ballot(address voter,uint256[] ideaIds,uint256 nonce,uint256 deadline)"
    );
    /// @notice OpenZeppelin Votes' delegation by signature.
    bytes32 public constant DELEGATION_TYPEHASH = keccak256(
        "Delegation(address delegatee,uint256 nonce,uint256 expiry)"
    );

    bytes32 private constant DOMAIN_TYPEHASH = keccak256(
        "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
    );
    /// @dev ERC-7821's batch mode without opData, the one mode `execute` runs.
    bytes32 private constant BATCH_MODE = bytes32(uint256(0x01) << 248);

    /// @notice The operation is not one by-signature action (`selector` is what it calls), or it
    /// sends ETH, or it is not a single-call batch `execute`.
    error SignatureRelayUnsupportedCall(bytes4 selector);
    /// @notice The operation's nonce key must be the signer's address.
    error SignatureRelayWrongNonceKey(address signer, uint192 key);
    /// @notice The target's EIP-712 domain has fields other than name, version, chain and contract.
    error SignatureRelayUnsupportedDomain(address target);
    /// @notice The relay holds no money: it pays nothing itself.
    error SignatureRelayHoldsNoFunds();

    /// @notice The canonical EntryPoint v0.8 (OpenZeppelin 5.7 defaults to v0.9).
    /// @return The EntryPoint at 0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108.
    function entryPoint() public pure override returns (IEntryPoint) {
        return ERC4337Utils.ENTRYPOINT_V08;
    }

    /// @notice Refuses ETH: operations are paid by the paymaster, never by the relay.
    receive() external payable override {
        revert SignatureRelayHoldsNoFunds();
    }

    /// @notice Whose action an operation's callData is, and whether its signature is valid now.
    /// @param callData The user operation's callData (`execute` with one by-signature call).
    /// @return signer The voter, or the delegation's signer (recovered; zero if unrecoverable).
    /// @return valid Whether the signature is the signer's for the target's current nonce (and, for
    /// a vote, the voter has not voted on the proposal yet).
    /// @return validUntil The action's last valid second: a vote's proposal deadline (1, already
    /// past, if the proposal does not exist), a ballot's signed deadline or the round's last voting
    /// second if earlier, a delegation's expiry.
    function signerOf(bytes calldata callData) public view returns (address signer, bool valid, uint48 validUntil) {
        (address target, bytes calldata data) = _singleCall(callData);
        bytes4 selector = bytes4(data);
        bytes32 domain = _domainSeparator(target);
        if (selector == CAST_VOTE_BY_SIG) return _vote(target, domain, data);
        if (selector == CAST_VOTE_WITH_PARAMS_BY_SIG) return _extendedVote(target, domain, data);
        if (selector == CAST_BALLOT_BY_SIG) return _roundBallot(target, domain, data);
        return _delegation(target, domain, data);
    }

    /// @dev Accepts the operation only for a valid signature of the signer its nonce key names.
    function _validateUserOp(
        PackedUserOperation calldata userOp,
        bytes32 /* userOpHash */,
        bytes calldata /* signature */
    ) internal view override returns (uint256) {
        (address signer, bool valid, uint48 validUntil) = signerOf(userOp.callData);
        uint192 key = uint192(userOp.nonce >> 64);
        // A delegation's signer is recovered: one that differs from the key is not the key's signature.
        if (valid && key != uint160(signer)) {
            if (bytes4(_innerCall(userOp.callData)) == DELEGATE_BY_SIG) valid = false;
            else revert SignatureRelayWrongNonceKey(signer, key);
        }
        return ERC4337Utils.packValidationData(valid, 0, validUntil);
    }

    /// @dev Only the EntryPoint executes, and only what validation accepted.
    function _erc7821AuthorizedExecutor(address caller, bytes32, bytes calldata) internal pure override returns (bool) {
        return caller == address(entryPoint());
    }

    /// @dev The relay signs nothing (no ERC-1271 either).
    function _rawSignatureValidation(bytes32, bytes calldata) internal pure override returns (bool) {
        return false;
    }

    bytes4 private constant CAST_VOTE_BY_SIG = bytes4(keccak256("castVoteBySig(uint256,uint8,address,bytes)"));
    bytes4 private constant CAST_VOTE_WITH_PARAMS_BY_SIG = bytes4(
        keccak256("castVoteWithReasonAndParamsBySig(uint256,uint8,address,string,bytes,bytes)")
    );
    bytes4 private constant CAST_BALLOT_BY_SIG = bytes4(keccak256("castBallotBySig(address,uint256[],uint256,bytes)"));
    bytes4 private constant DELEGATE_BY_SIG = bytes4(
        keccak256("delegateBySig(address,uint256,uint256,uint8,bytes32,bytes32)")
    );

    function _vote(
        address target,
        bytes32 domain,
        bytes calldata data
    ) private view returns (address voter, bool valid, uint48 validUntil) {
        (uint256 proposalId, uint8 support, address voter_, bytes memory signature) = abi.decode(
            data[4:],
            (uint256, uint8, address, bytes)
        );
        voter = voter_;
        uint256 nonce = ISignatureNonces(target).nonces(voter);
        bytes32 digest = _digest(domain, keccak256(abi.encode(BALLOT_TYPEHASH, proposalId, support, voter, nonce)));
        valid = SignatureChecker.isValidSignatureNow(voter, digest, signature);
        (valid, validUntil) = _voteValidity(target, proposalId, voter, valid);
    }

    function _extendedVote(
        address target,
        bytes32 domain,
        bytes calldata data
    ) private view returns (address voter, bool valid, uint48 validUntil) {
        (uint256 proposalId, , address voter_, , , bytes memory signature) = abi.decode(
            data[4:],
            (uint256, uint8, address, string, bytes, bytes)
        );
        voter = voter_;
        bytes32 structHash = _extendedBallotHash(data, ISignatureNonces(target).nonces(voter));
        valid = SignatureChecker.isValidSignatureNow(voter, _digest(domain, structHash), signature);
        (valid, validUntil) = _voteValidity(target, proposalId, voter, valid);
    }

    /// @dev A vote succeeds only while its proposal is active (until its deadline, inclusive) and
    /// only once: a signature the voter did not spend (they voted otherwise) must not be relayable.
    function _voteValidity(
        address governor,
        uint256 proposalId,
        address voter,
        bool signatureValid
    ) private view returns (bool valid, uint48 validUntil) {
        valid = signatureValid && !IGovernor(governor).hasVoted(proposalId, voter);
        validUntil = _until(IGovernor(governor).proposalDeadline(proposalId));
    }

    function _extendedBallotHash(bytes calldata data, uint256 nonce) private pure returns (bytes32) {
        (uint256 proposalId, uint8 support, address voter, string memory reason, bytes memory params, ) = abi.decode(
            data[4:],
            (uint256, uint8, address, string, bytes, bytes)
        );
        return
            keccak256(
                abi.encode(
                    EXTENDED_BALLOT_TYPEHASH,
                    proposalId,
                    support,
                    voter,
                    nonce,
                    keccak256(bytes(reason)),
                    keccak256(params)
                )
            );
    }

    function _roundBallot(
        address target,
        bytes32 domain,
        bytes calldata data
    ) private view returns (address voter, bool valid, uint48 validUntil) {
        (address voter_, uint256[] memory ideaIds, uint256 deadline, bytes memory signature) = abi.decode(
            data[4:],
            (address, uint256[], uint256, bytes)
        );
        voter = voter_;
        bytes32 structHash = keccak256(
            abi.encode(
                ROUND_BALLOT_TYPEHASH,
                voter,
                keccak256(abi.encodePacked(ideaIds)),
                ISignatureNonces(target).nonces(voter),
                deadline
            )
        );
        valid = SignatureChecker.isValidSignatureNow(voter, _digest(domain, structHash), signature);
        // The round takes ballots while block.timestamp < votingEnd: its last second is votingEnd - 1
        // (a round without a schedule takes none: 0, which _until makes "already past").
        uint256 votingEnd = IVotingEnd(target).votingEnd();
        uint256 lastVotingSecond = votingEnd == 0 ? 0 : votingEnd - 1;
        validUntil = _until(deadline < lastVotingSecond ? deadline : lastVotingSecond);
    }

    function _delegation(
        address target,
        bytes32 domain,
        bytes calldata data
    ) private view returns (address signer, bool valid, uint48 validUntil) {
        (address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) = abi.decode(
            data[4:],
            (address, uint256, uint256, uint8, bytes32, bytes32)
        );
        bytes32 digest = _digest(domain, keccak256(abi.encode(DELEGATION_TYPEHASH, delegatee, nonce, expiry)));
        ECDSA.RecoverError error;
        (signer, error, ) = ECDSA.tryRecover(digest, v, r, s);
        if (error != ECDSA.RecoverError.NoError) return (address(0), false, 0);
        valid = nonce == ISignatureNonces(target).nonces(signer);
        validUntil = _until(expiry);
    }

    /// @dev The one call of `execute(batch mode, calls)`: no ETH, a by-signature function.
    function _singleCall(bytes calldata callData) private pure returns (address target, bytes calldata data) {
        if (callData.length < 4 || bytes4(callData) != ERC7821.execute.selector)
            revert SignatureRelayUnsupportedCall(callData.length < 4 ? bytes4(0) : bytes4(callData));
        bytes calldata args = callData[4:];
        if (bytes32(args[0:32]) != BATCH_MODE) revert SignatureRelayUnsupportedCall(bytes4(callData));
        // The executions: abi-encoded `bytes` at the offset the second word names.
        uint256 offset = uint256(bytes32(args[32:64]));
        uint256 length = uint256(bytes32(args[offset:offset + 32]));
        Execution[] calldata calls = ERC7579Utils.decodeBatch(args[offset + 32:offset + 32 + length]);
        if (calls.length != 1) revert SignatureRelayUnsupportedCall(bytes4(callData));
        (target, data) = (calls[0].target, calls[0].callData);
        bytes4 selector = bytes4(data);
        if (
            calls[0].value != 0 ||
            data.length < 4 ||
            (selector != CAST_VOTE_BY_SIG &&
                selector != CAST_VOTE_WITH_PARAMS_BY_SIG &&
                selector != CAST_BALLOT_BY_SIG &&
                selector != DELEGATE_BY_SIG)
        ) revert SignatureRelayUnsupportedCall(selector);
    }

    function _innerCall(bytes calldata callData) private pure returns (bytes calldata data) {
        (, data) = _singleCall(callData);
    }

    /// @dev The target's EIP-712 domain separator, rebuilt from its ERC-5267 description.
    function _domainSeparator(address target) private view returns (bytes32) {
        (
            bytes1 fields,
            string memory name,
            string memory version,
            uint256 chainId,
            address verifyingContract,
            ,

        ) = IERC5267(target).eip712Domain();
        if (fields != hex"0f") revert SignatureRelayUnsupportedDomain(target);
        return
            keccak256(
                abi.encode(
                    DOMAIN_TYPEHASH,
                    keccak256(bytes(name)),
                    keccak256(bytes(version)),
                    chainId,
                    verifyingContract
                )
            );
    }

    function _digest(bytes32 domain, bytes32 structHash) private pure returns (bytes32) {
        return MessageHashUtils.toTypedDataHash(domain, structHash);
    }

    /// @dev A deadline as the operation's last valid second (0 would mean "no limit" to the EntryPoint).
    function _until(uint256 deadline) private pure returns (uint48) {
        if (deadline == 0) return 1;
        return deadline > type(uint48).max ? 0 : uint48(deadline);
    }
}
