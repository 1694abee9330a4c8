import { zeroAddress } from "viem";
import { describe, expect, it } from "vitest";
import { balancesFrom } from "./useHolders";

const ANNA = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const BO = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const SOFIE = "0x5E661B79FE2D3F6cE70F5AAC07d8Cd9abb2743F1";

describe("the token's holders, from its transfers", () => {
  it("adds mints, moves transfers, drops whoever holds nothing, and lists the largest first", () => {
    expect(
      balancesFrom([
        { from: zeroAddress, to: ANNA, value: 400n },
        { from: zeroAddress, to: BO, value: 250n },
        { from: ANNA, to: SOFIE, value: 150n },
        { from: zeroAddress, to: SOFIE, value: 100n },
        { from: BO, to: ANNA, value: 250n },
      ]),
    ).toEqual([
      { account: ANNA, balance: 500n },
      { account: SOFIE, balance: 250n },
    ]);
  });

  it("counts an address however it is cased as one holder, and orders equal holdings by address", () => {
    expect(
      balancesFrom([
        { from: zeroAddress, to: SOFIE, value: 5n },
        { from: zeroAddress, to: ANNA, value: 3n },
        { from: zeroAddress, to: ANNA.toLowerCase() as `0x${string}`, value: 2n },
      ]),
    ).toEqual([
      { account: SOFIE, balance: 5n },
      { account: ANNA, balance: 5n },
    ]);
  });
});
