import { describe, expect, it } from "vitest";
import { decodeExact, encodeExact } from "./cacheJson";

const roundTrip = (value: unknown) => decodeExact(JSON.parse(JSON.stringify(encodeExact(value))));

describe("encodeExact / decodeExact", () => {
  it("gives back bigints, nested ones too, as bigints and everything else unchanged", () => {
    const value = {
      block: 21_269n,
      amount: 45_000_000_000_000_000_000_000n,
      negative: -1n,
      values: [0n, 10n ** 30n],
      actions: [{ kind: "pay", amount: 5n, to: "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199" }],
      timestamp: null,
      support: 1,
      feasible: false,
      text: "123",
    };
    expect(roundTrip(value)).toStrictEqual(value);
  });

  it("never takes text from the chain for a number, even text that starts with the mark", () => {
    const value = { reason: "\u0000n123", memo: "\u0000\u0000x", list: ["\u0000", ""] };
    expect(roundTrip(value)).toStrictEqual(value);
    expect(encodeExact(value)).toStrictEqual({
      reason: "\u0000\u0000n123",
      memo: "\u0000\u0000\u0000x",
      list: ["\u0000\u0000", ""],
    });
  });

  it("refuses undefined, which JSON would silently drop", () => {
    expect(() => encodeExact({ registrar: undefined })).toThrow("encodeExact: undefined cannot be written exactly");
  });
});
