/**
 * Call frames from a transaction's struct-log trace (`debug_traceTransaction` with the default
 * tracer, the only one Hardhat's EDR node has): each CALL, STATICCALL, DELEGATECALL or CREATE
 * with its target and the gas it cost its caller, measured from the gas left before the call and
 * after it returned, so the call's own cost (cold address, memory, value) is included. A call to
 * a precompile opens no frame in the trace: its cost is the step to the caller's next operation.
 */
import { getAddress } from "ethers";

/** One step of Hardhat's struct log (hardhat/internal/.../convertToEdr.js; stack without 0x). */
export interface StructLog {
  pc: number;
  op: string;
  gas: number;
  gasCost: number;
  depth: number;
  stack?: string[];
}

export interface TraceResult {
  gas: number;
  failed: boolean;
  structLogs: StructLog[];
}

export interface Frame {
  op: string;
  /** The called (or created) address, checksummed; null for a CREATE (not known before it runs). */
  to: string | null;
  /** The caller's depth (1 = the transaction's own code). */
  depth: number;
  /** Gas left before the call minus gas left after it returned: what the call cost its caller. */
  gas: number;
  /** The first 4 bytes the callee read with CALLDATALOAD (its selector), when it read any. */
  selector: string | null;
  /** The call's step in the trace, and the caller's next step (after the callee returned). */
  steps: { call: number; next: number };
  children: Frame[];
}

const CALLS = new Set(["CALL", "CALLCODE", "STATICCALL", "DELEGATECALL", "CREATE", "CREATE2"]);

/** The called address from a call's stack: the second word from the top (CREATE: none). */
function target(log: StructLog): string | null {
  if (log.op.startsWith("CREATE") || !log.stack) return null;
  const word = log.stack[log.stack.length - 2];
  return getAddress(`0x${word.padStart(64, "0").slice(24)}`);
}

/**
 * The frames called at `depth` between steps `from` and `to` (exclusive), each with the frames
 * it called. Steps are the trace's, in order.
 */
function framesAt(logs: StructLog[], from: number, to: number, depth: number): Frame[] {
  const frames: Frame[] = [];
  for (let i = from; i < to; i++) {
    const log = logs[i];
    if (log.depth !== depth || !CALLS.has(log.op)) continue;
    // The caller's next step: after the callee returned (or, for a precompile, right away).
    let next = i + 1;
    while (next < logs.length && logs[next].depth > depth) next++;
    if (next >= logs.length || logs[next].depth !== depth)
      throw new Error(`trace: the call at step ${i} never returned to depth ${depth}`);
    const entered = next > i + 1;
    frames.push({
      op: log.op,
      to: target(log),
      depth,
      gas: log.gas - logs[next].gas,
      selector: entered ? selectorRead(logs, i + 1, next, depth + 1) : null,
      steps: { call: i, next },
      children: entered ? framesAt(logs, i + 1, next, depth + 1) : [],
    });
    i = next - 1;
  }
  return frames;
}

/** The callee's first CALLDATALOAD of offset 0, shifted to 4 bytes: the function it dispatched on. */
function selectorRead(logs: StructLog[], from: number, to: number, depth: number): string | null {
  for (let i = from; i < to; i++) {
    const log = logs[i];
    if (log.depth !== depth || log.op !== "CALLDATALOAD" || !log.stack) continue;
    if (BigInt(`0x${log.stack[log.stack.length - 1]}`) !== 0n) continue;
    const word = logs[i + 1]?.stack?.at(-1);
    return word ? `0x${word.padStart(64, "0").slice(0, 8)}` : null;
  }
  return null;
}

/** The frames the transaction's own code (depth 1) called, nested. */
export function callFrames(trace: TraceResult): Frame[] {
  return framesAt(trace.structLogs, 0, trace.structLogs.length, 1);
}

/**
 * What `gasleft()` returned each time the code of `frame` (or, without one, the transaction's
 * own code) asked: the values its GAS operations pushed, in order, read from the next step's stack.
 */
export function gasReadings(trace: TraceResult, frame?: Frame): number[] {
  const logs = trace.structLogs;
  const [from, to, depth] = frame ? [frame.steps.call + 1, frame.steps.next, frame.depth + 1] : [0, logs.length, 1];
  const readings: number[] = [];
  for (let i = from; i < to; i++) {
    if (logs[i].depth !== depth || logs[i].op !== "GAS") continue;
    const pushed = logs[i + 1]?.stack?.at(-1);
    if (pushed === undefined) throw new Error(`trace: no stack after the GAS at step ${i}`);
    readings.push(Number(BigInt(`0x${pushed}`)));
  }
  return readings;
}

/** Gas the transaction's code used in all: gas at its first step less gas left after its last. */
export function executionGas(trace: TraceResult): number {
  const logs = trace.structLogs;
  const last = logs[logs.length - 1];
  return logs[0].gas - (last.gas - last.gasCost);
}

/** Every frame under `frames`, depth first, each with its parent chain. */
export function* walk(frames: Frame[], parents: Frame[] = []): Generator<{ frame: Frame; parents: Frame[] }> {
  for (const frame of frames) {
    yield { frame, parents };
    yield* walk(frame.children, [...parents, frame]);
  }
}
