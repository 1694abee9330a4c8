import { describe, expect, it } from "vitest";
import { EMPTY_ADMIT, validateAdmission } from "./admitForm";

const SOFIE = "0x5E661B79FE2D3F6cE70F5AAC07d8Cd9abb2743F1";
const ANNA = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const context = { members: [ANNA], districts: 4 };

describe("admission form", () => {
  it("admits a resident to a district", () => {
    expect(validateAdmission({ address: ` ${SOFIE.toLowerCase()} `, district: "1" }, context)).toEqual({
      errors: {},
      admission: { account: SOFIE, district: 1 },
    });
  });

  it("refuses each bad field at its field, with the exact message", () => {
    expect(validateAdmission(EMPTY_ADMIT, context)).toEqual({
      errors: { address: { key: "newGrant.error.recipient" }, district: { key: "admit.error.district" } },
      admission: null,
    });
    expect(validateAdmission({ address: SOFIE.replace("cE70", "ce70"), district: "0" }, context).errors).toEqual({
      address: { key: "newGrant.error.checksum" },
    });
    expect(validateAdmission({ address: ANNA.toLowerCase(), district: "0" }, context).errors).toEqual({
      address: { key: "admit.error.member" },
    });
    expect(validateAdmission({ address: SOFIE, district: "4" }, context).errors).toEqual({
      district: { key: "admit.error.district" },
    });
  });
});
