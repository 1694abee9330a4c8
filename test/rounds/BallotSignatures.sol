// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Vm.sol";
import {BudgetRound} from "../../contracts/rounds/BudgetRound.sol";

/// @notice Signs a ballot as a voter's wallet does (EIP-712), for the Foundry tests.
library BallotSignatures {
    Vm private constant VM = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    function sign(
        BudgetRound round,
        uint256 key,
        address voter,
        uint256[] memory ids,
        uint256 nonce,
        uint256 deadline
    ) internal view returns (bytes memory) {
        bytes32 structHash = keccak256(
            abi.encode(round.BALLOT_TYPEHASH(), voter, keccak256(abi.encodePacked(ids)), nonce, deadline)
        );
        (uint8 v, bytes32 r, bytes32 s) = VM.sign(
            key,
            keccak256(abi.encodePacked("\x19\x01", domainSeparator(round), structHash))
        );
        return abi.encodePacked(r, s, v);
    }

    function domainSeparator(BudgetRound round) internal view returns (bytes32) {
        (, string memory name, string memory version, uint256 chainId, address verifying, , ) = round.eip712Domain();
        return
            keccak256(
                abi.encode(
                    keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                    keccak256(bytes(name)),
                    keccak256(bytes(version)),
                    chainId,
                    verifying
                )
            );
    }
}
