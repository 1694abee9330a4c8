import { createPublicClient, defineChain, http, type Address, type Hex } from "viem";
import { createBundlerClient, type SmartAccount } from "viem/account-abstraction";
import { fundPaymaster } from "../../sdk/accounts/fundPaymaster";

/** A local chain as viem sees it (its id goes into every user operation's hash). */
export function localChain(id: number, rpcUrl: string) {
  return defineChain({
    id,
    name: "local",
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
  });
}

/** A public client for scripts on the local chain. */
export function localClient(id: number, rpcUrl: string) {
  return createPublicClient({ chain: localChain(id, rpcUrl), transport: http(rpcUrl) });
}

/**
 * A bundler client for `account` whose operations the fund's paymaster pays, with the fees Alto
 * asks for: it refuses fees under its own price and names that price
 * (pimlico_getUserOperationGasPrice).
 */
export function sponsoredBundlerClient(options: {
  client: ReturnType<typeof localClient>;
  account: SmartAccount;
  bundlerUrl: string;
  paymaster: Address;
}) {
  const { client, account, bundlerUrl, paymaster } = options;
  return createBundlerClient({
    client,
    account,
    chain: client.chain,
    transport: http(bundlerUrl),
    paymaster: fundPaymaster({ client, address: paymaster }),
    userOperation: {
      async estimateFeesPerGas({ bundlerClient }) {
        const prices = (await bundlerClient.request({
          method: "pimlico_getUserOperationGasPrice" as never,
          params: [] as never,
        })) as { fast: { maxFeePerGas: Hex; maxPriorityFeePerGas: Hex } };
        return {
          maxFeePerGas: BigInt(prices.fast.maxFeePerGas),
          maxPriorityFeePerGas: BigInt(prices.fast.maxPriorityFeePerGas),
        };
      },
    },
  });
}
