// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Membership} from "../../contracts/membership/Membership.sol";

/// @notice Memberships for the Foundry tests, built as deploy/deployFund.ts builds them.
library Memberships {
    /// @dev No founding members, and an admission limit no test reaches (a test of the limit
    /// sets its own).
    function open(
        address governance,
        address[] memory registrars,
        string[] memory districts
    ) internal returns (Membership) {
        return founded(governance, registrars, districts, new address[](0), new uint16[](0));
    }

    /// @dev With founding members, admitted by the constructor as the deployment does.
    function founded(
        address governance,
        address[] memory registrars,
        string[] memory districts,
        address[] memory members,
        uint16[] memory memberDistricts
    ) internal returns (Membership) {
        return
            new Membership(
                "Pulje membership",
                "MEMBER",
                Membership.Setup({
                    governance: governance,
                    registrars: registrars,
                    districtNames: districts,
                    admissionLimit: type(uint32).max,
                    admissionPeriod: 1 days,
                    members: members,
                    memberDistricts: memberDistricts
                })
            );
    }
}
