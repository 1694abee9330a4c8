import { ethers } from "hardhat";
import { dataSlice, toBigInt, type BytesLike, type TransactionReceipt } from "ethers";
import type { SponsoredFund } from "./accountsFixture";

/** What one user operation of a bundle cost, and whom: the paymaster's and the EntryPoint's events. */
export interface OperationCharge {
  /** Paymaster `Sponsored`: the member charged, the period, gas counted against the budget, wei reported. */
  member: string;
  window: bigint;
  gasCharged: bigint;
  weiCharged: bigint;
  succeeded: boolean;
  /** EntryPoint `UserOperationEvent`: the operation's nonce and what the deposit finally paid. */
  nonce: bigint;
  actualGasCost: bigint;
  actualGasUsed: bigint;
  /** EntryPoint `UserOperationRevertReason`: the call's revert data, if the call reverted. */
  revertReason: string | null;
  /** What the operation paid per gas: min(maxFeePerGas, maxPriorityFeePerGas + the block's base fee). */
  gasPrice: bigint;
}

/**
 * The charges of the operations `ops` that a handleOps transaction executed, in order (each op's
 * gas price from its own `gasFees`: maxPriorityFeePerGas in the high 16 bytes, maxFeePerGas low).
 */
export async function operationCharges(
  f: SponsoredFund,
  receipt: TransactionReceipt,
  ops: { gasFees: BytesLike }[],
): Promise<OperationCharge[]> {
  const baseFee = (await ethers.provider.getBlock(receipt.blockNumber))!.baseFeePerGas!;
  const gasPrice = (op: { gasFees: BytesLike }) => {
    const [tip, max] = [toBigInt(dataSlice(op.gasFees, 0, 16)), toBigInt(dataSlice(op.gasFees, 16, 32))];
    return tip + baseFee < max ? tip + baseFee : max;
  };
  const charges: OperationCharge[] = [];
  let revertReason: string | null = null;
  let sponsored: Pick<OperationCharge, "member" | "window" | "gasCharged" | "weiCharged" | "succeeded"> | null = null;
  for (const log of receipt.logs) {
    const event = f.paymaster.interface.parseLog(log) ?? f.entryPoint.interface.parseLog(log);
    if (event?.name === "UserOperationRevertReason") revertReason = event.args.revertReason;
    if (event?.name === "Sponsored") {
      const [member, window, gasCharged, weiCharged, succeeded] = event.args;
      sponsored = { member, window, gasCharged, weiCharged, succeeded };
    }
    // The EntryPoint emits UserOperationEvent after the paymaster's postOp: it closes the operation.
    if (event?.name === "UserOperationEvent") {
      const { nonce, actualGasCost, actualGasUsed } = event.args;
      const op = ops[charges.length];
      charges.push({ ...sponsored!, nonce, actualGasCost, actualGasUsed, revertReason, gasPrice: gasPrice(op) });
      [sponsored, revertReason] = [null, null];
    }
  }
  return charges;
}

/** What a transaction cost its sender in ETH. */
export function transactionFee(receipt: TransactionReceipt): bigint {
  return receipt.gasUsed * receipt.gasPrice;
}
