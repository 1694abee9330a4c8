import { numberToHex, type Address, type Client, type Hex } from "viem";
import { getBlock, readContract } from "viem/actions";
import type { GetPaymasterStubDataReturnType } from "viem/account-abstraction";
import { fundPaymasterAbi } from "../generated/pulje";

/**
 * The fund's paymaster for a bundler client: every user operation names it, with the budget
 * period it falls in (6 bytes, big-endian) as its data. The paymaster decides on chain whether it
 * pays (member, allowed action, budget); nothing here signs or holds a key.
 */
export function fundPaymaster(options: { client: Client; address: Address }) {
  const { client, address } = options;
  const data = async (): Promise<{ paymaster: Address; paymasterData: Hex }> => {
    const block = await getBlock(client, { blockTag: "latest" });
    // The operation is mined in a later block: name the period of the next second.
    const window = await readContract(client, {
      abi: fundPaymasterAbi,
      address,
      functionName: "windowAt",
      args: [block.timestamp + 1n],
    });
    return { paymaster: address, paymasterData: numberToHex(window, { size: 6 }) as Hex };
  };
  return {
    // Without gas limits: the bundler estimates both of the paymaster's (viem's type insists on a
    // post-op limit, but a stub's limit would stop viem from taking the estimate).
    getPaymasterStubData: async () => ({ ...(await data()), isFinal: false }) as GetPaymasterStubDataReturnType,
    getPaymasterData: data,
  };
}
