/**
 * Where the gas of a handleOps transaction carrying sponsored operations goes, measured from its
 * trace (debug_traceTransaction, struct logs): the transaction's base and calldata cost, the call
 * frames the EntryPoint opens for each operation (the account's validateUserOp with the passkey
 * check inside it, the paymaster's validation, the account's execute with the action inside it,
 * the paymaster's postOp), the bundler's payment, and the EntryPoint's own work as the remainder.
 * The parts add up to the receipt's gasUsed, or the run fails. For several operations each part
 * is their sum; `perOperation` divides it among them.
 */
import { getAddress, getBytes, type TransactionResponse } from "ethers";
import { callFrames, executionGas, walk, type Frame, type TraceResult } from "./sponsoredTrace";
import { innerHandleOps } from "./sponsoredAccounting";
import type { SponsoredFund } from "../test/accounts/accountsFixture";

const TX_BASE = 21_000;
/** EIP-2028 calldata prices, and EIP-7623's floor per token (a zero byte is 1 token, any other 4). */
const ZERO_BYTE = 4;
const NONZERO_BYTE = 16;
const FLOOR_PER_TOKEN = 10;
/** The precompiles the WebAuthn check calls: SHA-256 and EIP-7951's P-256 verification. */
const SHA256 = getAddress("0x0000000000000000000000000000000000000002");
const P256_VERIFY = getAddress("0x0000000000000000000000000000000000000100");

/** The addresses the frames are told apart by. */
export interface BreakdownAddresses {
  entryPoint: string;
  /** The operations' accounts, in the bundle's order (each is in it once). */
  accounts: string[];
  paymaster: string;
  /** The ERC-7913 WebAuthn verifier the account calls. */
  verifier: string;
  /** The contract the operation's action calls (the governor for a vote). */
  action: string;
  /** The membership the paymaster asks. */
  membership: string;
  /** The bundler's address (handleOps' beneficiary). */
  beneficiary: string;
}

/** The fund's addresses, for operations of `accounts` whose action calls `action`. */
export async function breakdownAddresses(
  f: SponsoredFund,
  accounts: string[],
  action: string,
): Promise<BreakdownAddresses> {
  return {
    entryPoint: await f.entryPoint.getAddress(),
    accounts,
    paymaster: await f.paymaster.getAddress(),
    verifier: f.verifier,
    action,
    membership: await f.fund.membership!.getAddress(),
    beneficiary: f.bundler.address,
  };
}

export interface Calldata {
  bytes: number;
  zeroBytes: number;
  nonZeroBytes: number;
  /** 4 per zero byte, 16 per other byte. */
  gas: number;
  /** EIP-7623: the least a transaction pays, 21,000 + 10 per token. */
  floorGas: number;
  /** Whether that floor decided the transaction's gas (it does not when execution is heavier). */
  floorApplies: boolean;
}

/** The gas of one handleOps transaction, by part; the parts add up to gasUsed. */
export interface Breakdown {
  operations: number;
  gasUsed: number;
  base: number;
  calldata: Calldata;
  validateUserOp: { gas: number; webAuthnVerifier: number; p256Precompile: number; sha256Precompile: number };
  paymasterValidation: { gas: number; membershipCheck: number };
  execute: { gas: number; action: number };
  postOp: number;
  entryPoint: { gas: number; bundlerPayment: number };
  /** Storage refunds (EIP-3529), taken off at the end. */
  refund: number;
}

export function calldataCost(data: string): Calldata {
  const bytes = getBytes(data);
  const zeroBytes = bytes.filter((b) => b === 0).length;
  const nonZeroBytes = bytes.length - zeroBytes;
  return {
    bytes: bytes.length,
    zeroBytes,
    nonZeroBytes,
    gas: zeroBytes * ZERO_BYTE + nonZeroBytes * NONZERO_BYTE,
    floorGas: TX_BASE + FLOOR_PER_TOKEN * (zeroBytes + 4 * nonZeroBytes),
    floorApplies: false,
  };
}

const sum = (frames: Frame[]) => frames.reduce((total, f) => total + f.gas, 0);
const under = (frame: Frame, to: string) => [...walk(frame.children)].map((w) => w.frame).filter((f) => f.to === to);

function only(frames: Frame[], what: string): Frame {
  if (frames.length !== 1) throw new Error(`breakdown: expected one ${what} call, found ${frames.length}`);
  return frames[0];
}

export function breakdown(
  trace: TraceResult,
  tx: TransactionResponse,
  gasUsed: number,
  a: BreakdownAddresses,
): Breakdown {
  const is = (address: string) => (f: Frame) => f.to === getAddress(address);
  const top = callFrames(trace);
  const inner = innerHandleOps(top, a.entryPoint);
  const paymasters = top.filter(is(a.paymaster));
  if (inner.length !== a.accounts.length || paymasters.length !== a.accounts.length)
    throw new Error(
      `breakdown: ${a.accounts.length} operations, ${inner.length} innerHandleOp and ${paymasters.length} paymaster calls`,
    );
  const parts = a.accounts.map((account, i) => {
    const validate = only(top.filter(is(account)), "validateUserOp");
    const verifier = only(under(validate, getAddress(a.verifier)), "WebAuthn verifier");
    const execute = only(inner[i].children.filter(is(account)), "execute");
    const postOp = only(inner[i].children.filter(is(a.paymaster)), "postOp");
    return {
      validateUserOp: validate.gas,
      webAuthnVerifier: verifier.gas,
      p256Precompile: sum(under(verifier, P256_VERIFY)),
      sha256Precompile: sum(under(verifier, SHA256)),
      paymasterValidation: paymasters[i].gas,
      membershipCheck: sum(under(paymasters[i], getAddress(a.membership))),
      execute: execute.gas,
      action: sum(under(execute, getAddress(a.action))),
      postOp: postOp.gas,
    };
  });
  const total = (pick: (p: (typeof parts)[number]) => number) => parts.reduce((t, p) => t + pick(p), 0);
  const payment = only(top.filter(is(a.beneficiary)), "bundler payment");

  const calldata = calldataCost(tx.data);
  const intrinsic = Number(tx.gasLimit) - trace.structLogs[0].gas;
  if (intrinsic !== TX_BASE + calldata.gas)
    throw new Error(`breakdown: intrinsic gas ${intrinsic}, but base and calldata make ${TX_BASE + calldata.gas}`);
  const execution = executionGas(trace);
  const beforeFloor = intrinsic + execution;
  calldata.floorApplies = calldata.floorGas > beforeFloor;
  if (calldata.floorApplies || beforeFloor < gasUsed)
    throw new Error(`breakdown: gasUsed ${gasUsed} is not base + calldata + execution (${beforeFloor}) less refunds`);
  const frames = total((p) => p.validateUserOp + p.paymasterValidation + p.execute + p.postOp);
  return {
    operations: a.accounts.length,
    gasUsed,
    base: TX_BASE,
    calldata,
    validateUserOp: {
      gas: total((p) => p.validateUserOp),
      webAuthnVerifier: total((p) => p.webAuthnVerifier),
      p256Precompile: total((p) => p.p256Precompile),
      sha256Precompile: total((p) => p.sha256Precompile),
    },
    paymasterValidation: { gas: total((p) => p.paymasterValidation), membershipCheck: total((p) => p.membershipCheck) },
    execute: { gas: total((p) => p.execute), action: total((p) => p.action) },
    postOp: total((p) => p.postOp),
    entryPoint: { gas: execution - frames, bundlerPayment: payment.gas },
    refund: beforeFloor - gasUsed,
  };
}

/** Each part divided among the operations (rounded, so the parts need not add up exactly). */
export function perOperation(b: Breakdown): Breakdown {
  const per = (gas: number) => Math.round(gas / b.operations);
  const c = b.calldata;
  return {
    operations: 1,
    gasUsed: per(b.gasUsed),
    base: per(b.base),
    calldata: {
      ...c,
      bytes: per(c.bytes),
      zeroBytes: per(c.zeroBytes),
      nonZeroBytes: per(c.nonZeroBytes),
      gas: per(c.gas),
      floorGas: per(c.floorGas),
    },
    validateUserOp: {
      gas: per(b.validateUserOp.gas),
      webAuthnVerifier: per(b.validateUserOp.webAuthnVerifier),
      p256Precompile: per(b.validateUserOp.p256Precompile),
      sha256Precompile: per(b.validateUserOp.sha256Precompile),
    },
    paymasterValidation: {
      gas: per(b.paymasterValidation.gas),
      membershipCheck: per(b.paymasterValidation.membershipCheck),
    },
    execute: { gas: per(b.execute.gas), action: per(b.execute.action) },
    postOp: per(b.postOp),
    entryPoint: { gas: per(b.entryPoint.gas), bundlerPayment: per(b.entryPoint.bundlerPayment) },
    refund: per(b.refund),
  };
}
