import { expect } from "chai";
import { callFrames, executionGas, gasReadings, type StructLog } from "../../bench/sponsoredTrace";
import { bundlerLimits, limitsOf, unusedGasPenalty } from "../../bench/sponsoredAccounting";
import { calldataCost } from "../../bench/sponsoredBreakdown";

const ACCOUNT = "0x00000000000000000000000000000000000000aa";
const P256 = "0x0000000000000000000000000000000000000100";
/** A stack word (no 0x), as Hardhat's struct logs carry them. */
const word = (hex: string) => hex.replace(/^0x/, "").padStart(64, "0");
const hex = (n: number) => word(n.toString(16));
const step = (op: string, gas: number, gasCost: number, depth: number, stack: string[] = []): StructLog => ({
  pc: 0,
  op,
  gas,
  gasCost,
  depth,
  stack,
});

const SELECTOR_WORD = word("19822f7c" + "0".repeat(56));

/**
 * The transaction's code asks gasleft() and calls ACCOUNT, which dispatches on a selector, calls
 * the P-256 precompile (7,000 gas) and asks gasleft() itself; back in the transaction's code, it
 * stops. Each step's stack is the one before it runs: what GAS or CALLDATALOAD pushed is on top
 * of the next step's.
 */
const trace = {
  gas: 0,
  failed: false,
  structLogs: [
    step("GAS", 100_000, 2, 1),
    step("PUSH1", 99_998, 3, 1, [hex(99_998)]),
    step("CALL", 99_995, 2_600, 1, [word("0"), word(ACCOUNT), word("ffff")]),
    step("PUSH1", 60_000, 3, 2),
    step("CALLDATALOAD", 59_997, 3, 2, [word("0")]),
    step("DUP1", 59_994, 3, 2, [SELECTOR_WORD]),
    step("STATICCALL", 59_991, 100, 2, [SELECTOR_WORD, word(P256), word("1b58")]),
    step("GAS", 52_991, 2, 2, [word("1")]),
    step("RETURN", 52_989, 0, 2, [hex(52_989)]),
    step("STOP", 90_000, 0, 1, [word("1")]),
  ],
};

describe("bench: a handleOps trace's call frames and the EntryPoint's charges", () => {
  it("measures a call from the gas left before it and after it returned, a precompile as one step", () => {
    const [call] = callFrames(trace);
    expect(call.to).to.equal("0x00000000000000000000000000000000000000AA");
    expect(call.gas).to.equal(99_995 - 90_000);
    expect(call.selector).to.equal("0x19822f7c");
    expect(call.children.map((c) => [c.to, c.gas, c.children.length])).to.deep.equal([
      ["0x0000000000000000000000000000000000000100", 7_000, 0],
    ]);
    expect(executionGas(trace)).to.equal(100_000 - 90_000);
  });

  it("reads what each gasleft() returned, for the transaction's code or one frame's", () => {
    expect(gasReadings(trace)).to.deep.equal([99_998]);
    expect(gasReadings(trace, callFrames(trace)[0])).to.deep.equal([52_989]);
  });

  it("penalises 10 % of unused gas only beyond 40,000 unused", () => {
    expect(unusedGasPenalty(54_595, 300_000)).to.equal(24_540);
    expect(unusedGasPenalty(20_000, 60_000)).to.equal(0);
    expect(unusedGasPenalty(19_999, 60_000)).to.equal(4_000);
  });

  it("reads an operation's limits and gives a bundler's: what each part used plus 10 %", () => {
    const limits = limitsOf({
      accountGasLimits: "0x" + (1_000_000).toString(16).padStart(32, "0") + (300_000).toString(16).padStart(32, "0"),
      preVerificationGas: 60_000n,
      paymasterAndData:
        "0x" +
        "11".repeat(20) +
        (150_000).toString(16).padStart(32, "0") +
        (60_000).toString(16).padStart(32, "0") +
        "000000000001",
    });
    expect(limits).to.deep.equal({
      preVerificationGas: 60_000,
      verificationGasLimit: 1_000_000,
      callGasLimit: 300_000,
      paymasterVerificationGasLimit: 150_000,
      paymasterPostOpGasLimit: 60_000,
    });
    const used = { verification: 46_808, paymasterVerification: 38_485, call: 37_495, postOp: 5_315 };
    const charge = {
      ...limits,
      limits,
      used,
      validation: 0,
      execution: 0,
      postOpPhase: 0,
      executionPenalty: 0,
      postOpPenalty: 0,
      actualGasUsed: 0,
    };
    expect(bundlerLimits(charge, 51_446)).to.deep.equal({
      preVerificationGas: 56_591,
      verificationGasLimit: 51_489,
      callGasLimit: 41_245,
      paymasterVerificationGasLimit: 42_334,
      paymasterPostOpGasLimit: 5_847,
    });
  });

  it("prices calldata at 4 per zero byte and 16 per other, with EIP-7623's floor beside it", () => {
    expect(calldataCost("0x00ff0000ab")).to.deep.equal({
      bytes: 5,
      zeroBytes: 3,
      nonZeroBytes: 2,
      gas: 3 * 4 + 2 * 16,
      floorGas: 21_000 + 10 * (3 + 4 * 2),
      floorApplies: false,
    });
  });
});
