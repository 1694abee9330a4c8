import { describe, expect, it } from "vitest";
import { ConfigError } from "./fields";
import { parsePoolCommittee, parsePoolTopUp } from "./stewards";

const A = "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955";
const B = "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f";

const problems = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as ConfigError).problems;
  }
  return [];
};

describe("a pool's new committee, checked as a new pool's is", () => {
  it("accepts distinct addresses and a threshold within their number, checksummed", () => {
    expect(parsePoolCommittee({ committee: [A.toLowerCase(), B], threshold: 2 })).toEqual({
      committee: [A, B],
      threshold: 2,
    });
  });

  it("names every problem at its field", () => {
    expect(problems(() => parsePoolCommittee({ committee: [A, A.toLowerCase(), "0x12"], threshold: 4 }))).toEqual([
      'committee[2]: must be an address (0x followed by 40 hex digits), got "0x12"',
      `committee[1]: duplicate of committee[0] (${A})`,
      "threshold: must be a whole number from 1 to 3 (the committee), got 4",
    ]);
    expect(problems(() => parsePoolCommittee({ committee: [], threshold: 1 }))).toEqual([
      "committee: must list 1 to 15 addresses, got 0",
      "threshold: must be a whole number from 1 to 0 (the committee), got 1",
    ]);
  });
});

describe("a pool's top-up", () => {
  it("reads whole units of the pool's asset", () => {
    expect(parsePoolTopUp({ amount: "2500.5" }, { decimals: 2 })).toBe(250050n);
  });

  it("refuses nothing, zero and too many decimals", () => {
    expect(problems(() => parsePoolTopUp({ amount: "0" }, { decimals: 2 }))).toEqual([
      'amount: must be a positive amount in whole units, e.g. "5000", got "0"',
    ]);
    expect(problems(() => parsePoolTopUp({ amount: "1.234" }, { decimals: 2 }))).toEqual([
      "amount: has more than 2 decimals",
    ]);
  });
});
