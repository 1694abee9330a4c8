import type { Hex } from "viem";

/**
 * Call gas added to the bundler's estimate of a user operation. Votes are checkpointed by the
 * second (the ERC-6372 timestamp clock), and a bundler estimates in the latest block's second: a
 * delegation sent right after another one updates that second's checkpoints in place in the
 * estimate, but pushes new ones (two new storage slots, 22,100 gas each) once mined a second
 * later, runs out of gas, and the member's budget pays for the failure. This covers both slots.
 * The EntryPoint charges a tenth of unused execution gas beyond 40,000, so the margin costs
 * about 5,000 gas where it is not needed.
 */
export const CALL_GAS_MARGIN = 50_000n;

interface GasEstimate {
  callGasLimit: bigint;
}

/**
 * Sends `calls` as a user operation with the bundler's gas estimate plus `CALL_GAS_MARGIN` of
 * call gas. Any viem bundler client whose account and paymaster are set.
 */
export async function sendWithGasMargin<Calls>(
  bundler: {
    estimateUserOperationGas: (args: { calls: Calls }) => Promise<GasEstimate>;
    sendUserOperation: (args: { calls: Calls } & GasEstimate) => Promise<Hex>;
  },
  calls: Calls,
): Promise<Hex> {
  const gas = await bundler.estimateUserOperationGas({ calls });
  return bundler.sendUserOperation({ calls, ...gas, callGasLimit: gas.callGasLimit + CALL_GAS_MARGIN });
}
