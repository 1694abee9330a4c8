// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

// CLOCK_MODE and COUNTING_MODE are the names ERC-6372 and the Governor interface define.
/* solhint-disable func-name-mixedcase */

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ERC721Votes} from "@openzeppelin/contracts/token/ERC721/extensions/ERC721Votes.sol";
import {Votes} from "@openzeppelin/contracts/governance/utils/Votes.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";
import {IMembership} from "./IMembership.sol";
import {SelfDelegation} from "./SelfDelegation.sol";

/// @title Membership
/// @notice One member, one vote: a non-transferable ERC-721 with ERC-5805 votes on a
/// timestamp clock. Registrars (stewards who checked eligibility) admit members; only the
/// members' governance (the timelock, holding DEFAULT_ADMIN_ROLE) revokes them, names
/// districts and appoints registrars; a member may leave at any time.
/// @dev The token id of a membership is the holder's address, which makes "one per address"
/// structural and lets other contracts look a member up without an index.
contract Membership is ERC721Votes, SelfDelegation, AccessControl, IMembership {
    /// @notice Role of the stewards who admit members after checking their eligibility.
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");

    struct Record {
        uint16 district;
        uint48 joinedAt;
    }

    mapping(address account => Record) private _records;
    string[] private _districtNames;

    /// @notice Creates the membership with its districts; no members yet.
    /// @param name_ ERC-721 name. (The EIP-712 domain of delegation by signature is always
    /// "Pulje Membership", version 1: OpenZeppelin limits domain names to 31 bytes, and the
    /// contract address in the domain already makes it unique.)
    /// @param symbol_ ERC-721 symbol.
    /// @param governance The timelock: holds DEFAULT_ADMIN_ROLE (revokes, adds districts, manages registrars).
    /// @param registrars Accounts allowed to admit members.
    /// @param districtNames The districts, in id order.
    constructor(
        string memory name_,
        string memory symbol_,
        address governance,
        address[] memory registrars,
        string[] memory districtNames
    ) ERC721(name_, symbol_) EIP712("Pulje Membership", "1") {
        _grantRole(DEFAULT_ADMIN_ROLE, governance);
        for (uint256 i = 0; i < registrars.length; ++i) {
            _grantRole(REGISTRAR_ROLE, registrars[i]);
        }
        for (uint256 i = 0; i < districtNames.length; ++i) {
            _addDistrict(districtNames[i]);
        }
    }

    /* ----------------------------- MEMBERSHIP CHANGES ----------------------------- */

    /// @inheritdoc IMembership
    function addMember(address account, uint16 district) external onlyRole(REGISTRAR_ROLE) {
        if (district >= _districtNames.length) revert MembershipUnknownDistrict(district, _districtNames.length);
        if (balanceOf(account) != 0) revert MembershipAlreadyMember(account);
        _records[account] = Record({district: district, joinedAt: clock()});
        emit MemberAdded(account, district, _msgSender());
        _mint(account, _tokenIdOf(account));
    }

    /// @inheritdoc IMembership
    function revoke(address account) external onlyRole(DEFAULT_ADMIN_ROLE) {
        uint16 district = _remove(account);
        emit MemberRevoked(account, district);
    }

    /// @inheritdoc IMembership
    function leave() external {
        address account = _msgSender();
        uint16 district = _remove(account);
        emit MemberLeft(account, district);
    }

    /// @inheritdoc IMembership
    function addDistrict(string calldata name) external onlyRole(DEFAULT_ADMIN_ROLE) returns (uint16) {
        return _addDistrict(name);
    }

    /* ------------------------------------ VIEWS ----------------------------------- */

    /// @inheritdoc IMembership
    function isMember(address account) external view returns (bool) {
        return balanceOf(account) != 0;
    }

    /// @inheritdoc IMembership
    function memberOf(address account) external view returns (uint16 district, uint48 joinedAt) {
        if (balanceOf(account) == 0) revert MembershipNotMember(account);
        Record memory record = _records[account];
        return (record.district, record.joinedAt);
    }

    /// @inheritdoc IMembership
    function memberCount() external view returns (uint256) {
        return _getTotalSupply();
    }

    /// @inheritdoc IMembership
    function districtCount() external view returns (uint256) {
        return _districtNames.length;
    }

    /// @inheritdoc IMembership
    function districtName(uint16 district) external view returns (string memory) {
        if (district >= _districtNames.length) revert MembershipUnknownDistrict(district, _districtNames.length);
        return _districtNames[district];
    }

    /* ------------------------------ NON-TRANSFERABLE ------------------------------ */

    /// @notice Always reverts: memberships cannot be approved for transfer.
    function approve(address, uint256) public pure override {
        revert MembershipNonTransferable();
    }

    /// @notice Always reverts: memberships cannot be approved for transfer.
    function setApprovalForAll(address, bool) public pure override {
        revert MembershipNonTransferable();
    }

    /// @dev Only mints and burns move a membership; every transfer path ends here.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address from) {
        from = _ownerOf(tokenId);
        if (from != address(0) && to != address(0)) revert MembershipNonTransferable();
        return super._update(to, tokenId, auth);
    }

    /* ----------------------------------- CLOCK ------------------------------------ */

    /// @notice Votes are checkpointed by timestamp (ERC-6372), so durations are in seconds.
    function clock() public view override returns (uint48) {
        return Time.timestamp();
    }

    /// @notice The ERC-6372 clock description.
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    /* ---------------------------------- INTERNAL ---------------------------------- */

    function _remove(address account) private returns (uint16 district) {
        if (balanceOf(account) == 0) revert MembershipNotMember(account);
        district = _records[account].district;
        delete _records[account];
        _burn(_tokenIdOf(account));
        // A later membership of the same account starts self-delegated again, like a new one.
        if (delegates(account) != account) _delegate(account, account);
    }

    function _addDistrict(string memory name) private returns (uint16 district) {
        if (bytes(name).length == 0) revert MembershipEmptyDistrictName();
        // Ids are uint16; SafeCast reverts on the 65,537th district.
        district = SafeCast.toUint16(_districtNames.length);
        _districtNames.push(name);
        emit DistrictAdded(district, name);
    }

    function _tokenIdOf(address account) private pure returns (uint256) {
        return uint256(uint160(account));
    }

    /* ------------------------- OVERRIDES REQUIRED BY SOLIDITY ------------------------- */

    /// @inheritdoc SelfDelegation
    function delegates(address account) public view override(Votes, SelfDelegation) returns (address) {
        return super.delegates(account);
    }

    /// @dev Resolves Votes/SelfDelegation; the behaviour is SelfDelegation's.
    function _delegate(address account, address delegatee) internal override(Votes, SelfDelegation) {
        super._delegate(account, delegatee);
    }

    /// @inheritdoc ERC721
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, AccessControl) returns (bool) {
        return super.supportsInterface(interfaceId);
    }
}
