/**
 * The EntryPoint v0.8's own accounting of each user operation in a handleOps transaction,
 * rebuilt from the transaction's trace: the values its `gasleft()` calls returned (GAS steps),
 * in the order EntryPoint.sol reads them, give the gas it measured for validation, execution and
 * postOp, and with the operation's limits the 10 % penalty on unused execution and postOp gas
 * (EntryPoint._getUnusedGasPenalty). The sum must equal the UserOperationEvent's actualGasUsed,
 * which is what the paymaster's deposit pays: the run fails if it does not.
 *
 * The readings, for operations with a paymaster and an account already deployed:
 * - handleOps, per operation in the validation loop (_validatePrepayment): its start, the
 *   verificationGasLimit check, the paymaster's start and its limit check, preOpGas;
 *   per operation in the execution loop: _executeUserOp's start and the gas it gives
 *   innerHandleOp; then the bundler's payment (_compensate).
 * - innerHandleOp: its start, the gas check, after the account's execution (actualGas), then in
 *   _postExecution: its start, before postOp, after postOp, its end.
 */
import { dataSlice, getAddress, toNumber } from "ethers";
import { callFrames, gasReadings, type Frame, type TraceResult } from "./sponsoredTrace";

/** What the EntryPoint charges on unused gas beyond this much (UNUSED_GAS_PENALTY_PERCENT, PENALTY_GAS_THRESHOLD). */
const PENALTY_PERCENT = 10;
const PENALTY_THRESHOLD = 40_000;

/** The gas limits an operation carries. */
export interface GasLimits {
  preVerificationGas: number;
  verificationGasLimit: number;
  callGasLimit: number;
  paymasterVerificationGasLimit: number;
  paymasterPostOpGasLimit: number;
}

/** The gas each limit was checked against: what the operation used of it. */
export interface GasLimitsUsed {
  verification: number;
  paymasterVerification: number;
  call: number;
  postOp: number;
}

/** One operation's charge (actualGasUsed), in the EntryPoint's parts. */
export interface OperationCharge {
  /** Charged as declared, whatever the bundle spent outside the metered parts. */
  preVerificationGas: number;
  /** Measured: the account's and the paymaster's validation with the EntryPoint's checks around them. */
  validation: number;
  /** Measured: innerHandleOp until the account's execution returned. */
  execution: number;
  /** Measured: _postExecution, the paymaster's postOp within it. */
  postOpPhase: number;
  /** 10 % of callGasLimit the execution did not use, when more than 40,000 was unused. */
  executionPenalty: number;
  /** 10 % of paymasterPostOpGasLimit postOp did not use, when more than 40,000 was unused. */
  postOpPenalty: number;
  /** The sum: the UserOperationEvent's actualGasUsed. */
  actualGasUsed: number;
  limits: GasLimits;
  used: GasLimitsUsed;
}

/** A handleOps transaction's operations, and the gas nobody's operation was metered for. */
export interface BundleCharges {
  gasUsed: number;
  operations: OperationCharge[];
  /** Transaction base, calldata, and the EntryPoint's work outside every operation's metering. */
  unmetered: number;
}

/** The fields of a packed user operation the limits are read from. */
export interface PackedLimits {
  accountGasLimits: string;
  preVerificationGas: bigint | number;
  paymasterAndData: string;
}

export function limitsOf(op: PackedLimits): GasLimits {
  return {
    preVerificationGas: Number(op.preVerificationGas),
    verificationGasLimit: toNumber(dataSlice(op.accountGasLimits, 0, 16)),
    callGasLimit: toNumber(dataSlice(op.accountGasLimits, 16, 32)),
    paymasterVerificationGasLimit: toNumber(dataSlice(op.paymasterAndData, 20, 36)),
    paymasterPostOpGasLimit: toNumber(dataSlice(op.paymasterAndData, 36, 52)),
  };
}

export function unusedGasPenalty(used: number, limit: number): number {
  return limit <= used + PENALTY_THRESHOLD ? 0 : Math.floor(((limit - used) * PENALTY_PERCENT) / 100);
}

/** The innerHandleOp calls handleOps made (the EntryPoint calling itself), one per operation. */
export function innerHandleOps(frames: Frame[], entryPoint: string): Frame[] {
  return frames.filter((f) => f.op === "CALL" && f.to === getAddress(entryPoint));
}

/**
 * Each operation's charge in a handleOps transaction of `ops` (deployed accounts, each with a
 * paymaster), checked against the UserOperationEvents' `actualGasUsed`, in the same order.
 */
export function bundleCharges(
  trace: TraceResult,
  gasUsed: number,
  entryPoint: string,
  ops: PackedLimits[],
  actualGasUsed: number[],
): BundleCharges {
  const n = ops.length;
  const outer = gasReadings(trace);
  const inner = innerHandleOps(callFrames(trace), entryPoint);
  if (outer.length !== 7 * n + 1 || inner.length !== n)
    throw new Error(
      `accounting: expected ${7 * n + 1} gasleft() readings in handleOps and ${n} innerHandleOp calls, ` +
        `found ${outer.length} and ${inner.length} (an operation without a paymaster, or one deploying its account?)`,
    );
  const operations = ops.map((op, i): OperationCharge => {
    const [start, afterAccount, paymasterStart, afterPaymaster, preOp] = outer.slice(5 * i, 5 * i + 5);
    const readings = gasReadings(trace, inner[i]);
    if (readings.length !== 7)
      throw new Error(`accounting: innerHandleOp ${i} read gasleft() ${readings.length} times`);
    const [innerStart, , afterExecution, postStart, beforePostOp, afterPostOp, postEnd] = readings;
    const limits = limitsOf(op);
    const used = {
      verification: start - afterAccount,
      paymasterVerification: paymasterStart - afterPaymaster,
      call: innerStart - afterExecution,
      postOp: beforePostOp - afterPostOp,
    };
    const charge = {
      preVerificationGas: limits.preVerificationGas,
      validation: start - preOp,
      execution: used.call,
      postOpPhase: postStart - postEnd,
      executionPenalty: unusedGasPenalty(used.call, limits.callGasLimit),
      postOpPenalty: unusedGasPenalty(used.postOp, limits.paymasterPostOpGasLimit),
    };
    const sum = Object.values(charge).reduce((a, b) => a + b, 0);
    if (sum !== actualGasUsed[i])
      throw new Error(`accounting: operation ${i} adds up to ${sum}, the EntryPoint charged ${actualGasUsed[i]}`);
    return { ...charge, actualGasUsed: sum, limits, used };
  });
  const metered = operations.reduce(
    (sum, o) => sum + o.actualGasUsed - o.preVerificationGas - o.executionPenalty - o.postOpPenalty,
    0,
  );
  return { gasUsed, operations, unmetered: gasUsed - metered };
}

/** The margin a bundler adds to what each part used (preVerificationGas included). */
export const MARGIN_PERCENT = 10;
const withMargin = (gas: number) => Math.ceil((gas * (100 + MARGIN_PERCENT)) / 100);

/**
 * The limits a bundler would give the operation: what each part used plus MARGIN_PERCENT, and
 * preVerificationGas the gas the bundle spends outside the metered parts (`unmeteredPerOperation`,
 * the operation's share), plus the same margin.
 */
export function bundlerLimits(charge: OperationCharge, unmeteredPerOperation: number): GasLimits {
  return {
    preVerificationGas: withMargin(unmeteredPerOperation),
    verificationGasLimit: withMargin(charge.used.verification),
    callGasLimit: withMargin(charge.used.call),
    paymasterVerificationGasLimit: withMargin(charge.used.paymasterVerification),
    paymasterPostOpGasLimit: withMargin(charge.used.postOp),
  };
}
