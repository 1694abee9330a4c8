import { describe, expect, it } from "vitest";
import type { Address } from "viem";
import { memberChoices } from "./memberChoices";
import type { Member } from "./useMembers";

const ANNA = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const BO = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const CAMILLA = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
const EMMA = "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955";
const STRANGER = "0x1111111111111111111111111111111111111111";
const member = (account: Address, district: number): Member => ({
  account,
  district,
  joinedBlock: 1n,
  joinedAt: null,
  delegate: account,
});

describe("the members one can give one's vote to", () => {
  it("are grouped by district in the fund's order, named ones first by name, oneself left out", () => {
    const members = [member(STRANGER, 0), member(CAMILLA, 0), member(EMMA, 1), member(ANNA, 0), member(BO, 0)];
    expect(memberChoices(members, ["Skovlunde", "Måløv", "Ballerup Nord"], BO, "da-DK")).toEqual([
      {
        district: "Skovlunde",
        members: [
          { account: ANNA, label: "Anna (0x90F7…b906)" },
          { account: CAMILLA, label: "Camilla (0x9965…A4dc)" },
          { account: STRANGER, label: "0x1111…1111" },
        ],
      },
      { district: "Måløv", members: [{ account: EMMA, label: "Emma (0x14dC…9955)" }] },
    ]);
  });
});
