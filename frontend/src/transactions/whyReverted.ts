import type { Hex } from "viem";
import type { Config } from "wagmi";
import { call, getTransaction } from "wagmi/actions";
import { decodeFundError } from "@sdk/errors/decode";

/** A transaction mined but reverted, for which no contract error could be found. */
export class RevertedOnChainError extends Error {
  constructor(readonly hash: Hex) {
    super(`Transaction ${hash} reverted`);
    this.name = "RevertedOnChainError";
  }
}

/**
 * Why a mined transaction reverted although its simulation had passed — the chain changed in
 * between: someone carried the proposal out first, another payment took the treasury's money.
 * A receipt says only "reverted", so the same call is replayed on the state its block left; its
 * failure carries the contract's revert data, as a failed simulation does, and is returned to
 * be explained the same way. A RevertedOnChainError when the replay names no error of the fund.
 */
export async function whyReverted(config: Config, hash: Hex, blockNumber: bigint): Promise<unknown> {
  try {
    const tx = await getTransaction(config, { hash });
    await call(config, { account: tx.from, to: tx.to ?? undefined, data: tx.input, value: tx.value, blockNumber });
  } catch (error) {
    if (decodeFundError(error)) return error;
  }
  return new RevertedOnChainError(hash);
}
