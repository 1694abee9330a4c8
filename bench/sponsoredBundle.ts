/**
 * Sending user operations as a bundler does (one handleOps transaction from an EOA) and reading
 * back what each one cost: the EntryPoint's and the paymaster's events, and, from the
 * transaction's trace, the EntryPoint's accounting of each operation (bench/sponsoredAccounting.ts).
 */
import { ethers } from "hardhat";
import { concat, dataSlice, toBeHex, type TransactionReceipt, type TransactionResponse } from "ethers";
import { pack, userOp, type Resident, type SponsoredFund } from "../test/accounts/accountsFixture";
import { bundleCharges, type BundleCharges, type GasLimits } from "./sponsoredAccounting";
import type { TraceResult } from "./sponsoredTrace";

export type UserOp = Awaited<ReturnType<typeof userOp>>;

/** What the EntryPoint and the paymaster said about one operation. */
export interface OperationEvents {
  success: boolean;
  /** The EntryPoint's actualGasUsed: the gas the paymaster's deposit pays for. */
  actualGasUsed: number;
  /** The paymaster's Sponsored.gasCharged: counted against the member's budget. */
  budgetCharged: number;
  /** The paymaster's Sponsored.weiCharged. */
  weiCharged: bigint;
}

export interface Sent {
  tx: TransactionResponse;
  receipt: TransactionReceipt;
  operations: OperationEvents[];
}

/** One handleOps transaction of `ops`; fails if an operation reverted. */
export async function handleOps(f: SponsoredFund, ops: UserOp[]): Promise<Sent> {
  const tx: TransactionResponse = await f.entryPoint.handleOps(ops, f.bundler.address);
  const receipt = (await tx.wait())!;
  const entryPoint = (await f.entryPoint.getAddress()).toLowerCase();
  const paymaster = (await f.paymaster.getAddress()).toLowerCase();
  const events = receipt.logs.map((log) =>
    log.address.toLowerCase() === entryPoint
      ? f.entryPoint.interface.parseLog(log)
      : log.address.toLowerCase() === paymaster
        ? f.paymaster.interface.parseLog(log)
        : null,
  );
  const operation = events.filter((e) => e?.name === "UserOperationEvent");
  const charge = events.filter((e) => e?.name === "Sponsored");
  if (operation.length !== ops.length || charge.length !== ops.length)
    throw new Error(
      `bench: ${ops.length} operations, ${operation.length} UserOperationEvents, ${charge.length} Sponsored`,
    );
  return {
    tx,
    receipt,
    operations: operation.map((o, i) => {
      if (!o!.args.success) throw new Error(`bench: the operation of ${o!.args.sender} reverted`);
      return {
        success: true,
        actualGasUsed: Number(o!.args.actualGasUsed),
        budgetCharged: Number(charge[i]!.args.gasCharged),
        weiCharged: charge[i]!.args.weiCharged as bigint,
      };
    }),
  };
}

/** The struct-log trace of a mined transaction, without memory and storage (stacks are needed). */
export async function traceOf(hash: string): Promise<TraceResult> {
  return ethers.provider.send("debug_traceTransaction", [hash, { disableMemory: true, disableStorage: true }]);
}

/** handleOps with the EntryPoint's accounting of every operation, checked against its events. */
export async function accountedOps(
  f: SponsoredFund,
  ops: UserOp[],
): Promise<Sent & { charges: BundleCharges; trace: TraceResult }> {
  const sent = await handleOps(f, ops);
  const trace = await traceOf(sent.receipt.hash);
  const charges = bundleCharges(
    trace,
    Number(sent.receipt.gasUsed),
    await f.entryPoint.getAddress(),
    ops,
    sent.operations.map((o) => o.actualGasUsed),
  );
  return { ...sent, charges, trace };
}

/** `op` with other gas limits, signed again by `who`'s passkey (the limits are part of its hash). */
export async function withLimits(f: SponsoredFund, who: Resident, op: UserOp, limits: GasLimits): Promise<UserOp> {
  const limited = {
    ...op,
    accountGasLimits: pack(BigInt(limits.verificationGasLimit), BigInt(limits.callGasLimit)),
    preVerificationGas: BigInt(limits.preVerificationGas),
    paymasterAndData: concat([
      dataSlice(op.paymasterAndData, 0, 20),
      toBeHex(limits.paymasterVerificationGasLimit, 16),
      toBeHex(limits.paymasterPostOpGasLimit, 16),
      dataSlice(op.paymasterAndData, 52),
    ]),
    signature: "0x",
  };
  limited.signature = who.passkey.accountSignature(f.verifier, await f.entryPoint.getUserOpHash(limited));
  return limited;
}
