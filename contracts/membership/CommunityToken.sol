// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

// CLOCK_MODE and COUNTING_MODE are the names ERC-6372 and the Governor interface define.
/* solhint-disable func-name-mixedcase */

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Votes} from "@openzeppelin/contracts/governance/utils/Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";
import {IProposerStake} from "../governance/IProposerStake.sol";
import {SelfDelegation} from "./SelfDelegation.sol";

/// @title CommunityToken
/// @notice The voting source of a token-weighted fund: an ERC-20 with ERC-5805 votes on a
/// timestamp clock and EIP-2612 permits. Holders vote with their balance without a separate
/// delegation step, and may delegate to anyone. Only the members' governance (the owner, the
/// timelock) mints after the initial distribution.
contract CommunityToken is ERC20, ERC20Permit, ERC20Votes, SelfDelegation, Ownable, IProposerStake {
    /// @notice The initial distribution lists `recipients` and `amounts` of different lengths.
    error CommunityTokenLengthMismatch(uint256 recipients, uint256 amounts);

    /// @notice Creates the token and its initial distribution.
    /// @param governance The timelock; the only account that can mint later.
    /// @param recipients Initial holders.
    /// @param amounts Their balances, in the token's smallest unit.
    constructor(
        string memory name_,
        string memory symbol_,
        address governance,
        address[] memory recipients,
        uint256[] memory amounts
    ) ERC20(name_, symbol_) ERC20Permit(name_) Ownable(governance) {
        if (recipients.length != amounts.length) {
            revert CommunityTokenLengthMismatch(recipients.length, amounts.length);
        }
        for (uint256 i = 0; i < recipients.length; ++i) {
            _mint(recipients[i], amounts[i]);
        }
    }

    /// @inheritdoc IProposerStake
    /// @dev The proposer's own balance must meet the threshold: votes delegated to it count for
    /// voting, not for proposing.
    function hasProposerStake(address account, uint256 threshold) external view returns (bool) {
        return balanceOf(account) >= threshold;
    }

    /// @notice Mints `amount` to `to`. Governance (the timelock) only.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    /// @notice Votes are checkpointed by timestamp (ERC-6372), so durations are in seconds.
    function clock() public view override returns (uint48) {
        return Time.timestamp();
    }

    /// @notice The ERC-6372 clock description.
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    /// @dev The governor keeps For and Abstain tallies in 128 bits each; capping the supply
    /// there means a tally can never overflow.
    function _maxSupply() internal pure override returns (uint256) {
        return type(uint128).max;
    }

    /* ------------------------- OVERRIDES REQUIRED BY SOLIDITY ------------------------- */

    /// @dev Resolves ERC20/ERC20Votes; the behaviour is ERC20Votes'.
    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    /// @inheritdoc SelfDelegation
    function delegates(address account) public view override(Votes, SelfDelegation) returns (address) {
        return super.delegates(account);
    }

    /// @dev Resolves Votes/SelfDelegation; the behaviour is SelfDelegation's.
    function _delegate(address account, address delegatee) internal override(Votes, SelfDelegation) {
        super._delegate(account, delegatee);
    }

    /// @inheritdoc Nonces
    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}
