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
import {IProposerStake} from "../governance/IProposerStake.sol";
import {IMembership} from "./IMembership.sol";
import {SelfDelegation} from "./SelfDelegation.sol";

/// @title Membership
/// @notice One member, one vote: a non-transferable ERC-721 with ERC-5805 votes on a
/// timestamp clock. Registrars (stewards who checked eligibility) admit members; only the
/// members' governance (the timelock, holding DEFAULT_ADMIN_ROLE) revokes them, names
/// districts and appoints registrars; a member may leave at any time.
/// @dev The token id of a membership is the holder's address, which makes "one per address"
/// structural and lets other contracts look a member up without an index. Registrars admit at
/// most `admissionLimit` members per `admissionPeriod`, so no single registrar can build a
/// majority between two decisions; the members admit more by proposal.
contract Membership is ERC721Votes, SelfDelegation, AccessControl, IMembership, IProposerStake {
    /// @notice Role of the stewards who admit members after checking their eligibility.
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");

    struct Record {
        uint16 district;
        uint48 joinedAt;
    }

    mapping(address account => Record) private _records;
    string[] private _districtNames;

    /// @notice How many members registrars may admit per admission period.
    uint32 public admissionLimit;
    /// @notice The length of an admission period, in seconds.
    uint32 public admissionPeriod;
    /// @dev The current period's index (timestamp / period) and registrars' admissions in it.
    uint48 private _admissionWindow;
    uint32 private _admittedInWindow;

    /// @notice A membership's starting point, fixed by the deployment.
    /// @param governance The timelock: holds DEFAULT_ADMIN_ROLE (revokes, adds districts, manages
    /// registrars and the admission limit, admits beyond it).
    /// @param registrars Accounts allowed to admit members.
    /// @param districtNames The districts, in id order.
    /// @param admissionLimit How many members registrars may admit per `admissionPeriod` seconds.
    /// @param admissionPeriod The length of an admission period, in seconds.
    /// @param members The founding members, admitted here (nobody holds a registrar role for it).
    /// @param memberDistricts Each founding member's district, in the order of `members`.
    struct Setup {
        address governance;
        address[] registrars;
        string[] districtNames;
        uint32 admissionLimit;
        uint32 admissionPeriod;
        address[] members;
        uint16[] memberDistricts;
    }

    /// @notice Creates the membership with its districts and founding members.
    /// @param name_ ERC-721 name. (The EIP-712 domain of delegation by signature is always
    /// "Pulje Membership", version 1: OpenZeppelin limits domain names to 31 bytes, and the
    /// contract address in the domain already makes it unique.)
    /// @param symbol_ ERC-721 symbol.
    /// @param setup Governance, registrars, districts, the admission limit and the founding members.
    constructor(
        string memory name_,
        string memory symbol_,
        Setup memory setup
    ) ERC721(name_, symbol_) EIP712("Pulje Membership", "1") {
        _grantRole(DEFAULT_ADMIN_ROLE, setup.governance);
        for (uint256 i = 0; i < setup.registrars.length; ++i) {
            _grantRole(REGISTRAR_ROLE, setup.registrars[i]);
        }
        for (uint256 i = 0; i < setup.districtNames.length; ++i) {
            _addDistrict(setup.districtNames[i]);
        }
        _setAdmissionLimit(setup.admissionLimit, setup.admissionPeriod);
        // Founding members are admitted by the deployment itself, so no temporary registrar is
        // left behind if a later deployment step fails.
        if (setup.members.length != setup.memberDistricts.length) {
            revert MembershipFoundersMismatch(setup.members.length, setup.memberDistricts.length);
        }
        for (uint256 i = 0; i < setup.members.length; ++i) {
            _admit(setup.members[i], setup.memberDistricts[i]);
        }
    }

    /* ----------------------------- MEMBERSHIP CHANGES ----------------------------- */

    /// @inheritdoc IMembership
    /// @dev Registrars count against the admission limit; governance (a passed proposal) does not.
    function addMember(address account, uint16 district) external {
        if (!hasRole(DEFAULT_ADMIN_ROLE, _msgSender())) {
            _checkRole(REGISTRAR_ROLE);
            _countAdmission();
        }
        _admit(account, district);
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

    /// @inheritdoc IMembership
    function setAdmissionLimit(uint32 limit, uint32 period) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setAdmissionLimit(limit, period);
    }

    /* ------------------------------------ VIEWS ----------------------------------- */

    /// @inheritdoc IMembership
    function isMember(address account) external view returns (bool) {
        return balanceOf(account) != 0;
    }

    /// @inheritdoc IProposerStake
    /// @dev One member, one stake: the threshold is met by votes, the stake by a membership.
    function hasProposerStake(address account, uint256) external view returns (bool) {
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

    function _admit(address account, uint16 district) private {
        if (district >= _districtNames.length) revert MembershipUnknownDistrict(district, _districtNames.length);
        if (balanceOf(account) != 0) revert MembershipAlreadyMember(account);
        _records[account] = Record({district: district, joinedAt: clock()});
        emit MemberAdded(account, district, _msgSender());
        _mint(account, _tokenIdOf(account));
    }

    /// @dev Counts one registrar admission in the current fixed window of `admissionPeriod` seconds.
    function _countAdmission() private {
        uint48 window = uint48(block.timestamp / admissionPeriod);
        if (window != _admissionWindow) (_admissionWindow, _admittedInWindow) = (window, 0);
        if (_admittedInWindow >= admissionLimit) {
            revert MembershipAdmissionLimitReached(admissionLimit, uint48((uint256(window) + 1) * admissionPeriod));
        }
        ++_admittedInWindow;
    }

    function _setAdmissionLimit(uint32 limit, uint32 period) private {
        if (period == 0) revert MembershipInvalidAdmissionPeriod();
        emit AdmissionLimitSet(admissionLimit, limit, admissionPeriod, period);
        (admissionLimit, admissionPeriod) = (limit, period);
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
