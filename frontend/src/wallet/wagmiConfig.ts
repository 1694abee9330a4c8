import { createConfig, http } from "wagmi";
import { CHAIN, FUND, IS_LOCAL, RPC_URL } from "../config/deployment";
import { PASSKEYS } from "../config/passkeys";
import { passkeyConnector } from "../passkeys/passkeyConnector";
import { demoConnector } from "./demoConnector";

/**
 * Browser wallets are discovered by EIP-6963 (wagmi's multi-injected discovery). On the local
 * demo chain only, each demo account is a connector too; with passkey accounts, so is this
 * device's passkey account (see passkeys/passkeyConnector.ts). Reads are batched twice over: calls in
 * the same tick go into one Multicall3 call (no size limit, so a page is one eth_call), and
 * JSON-RPC requests made together travel in one HTTP request.
 */
export const wagmiConfig = createConfig({
  chains: [CHAIN],
  connectors: [
    ...(IS_LOCAL && FUND ? FUND.demoAccounts.map(demoConnector) : []),
    // This device's passkey account, where the fund has passkey accounts and a bundler.
    ...(PASSKEYS ? [passkeyConnector()] : []),
  ],
  multiInjectedProviderDiscovery: true,
  transports: { [CHAIN.id]: http(RPC_URL, { batch: true }) },
  batch: { multicall: { batchSize: 0 } },
  // How often to look for a transaction's receipt and new blocks: a local chain answers at once.
  pollingInterval: IS_LOCAL ? 500 : 4_000,
});

declare module "wagmi" {
  interface Register {
    config: typeof wagmiConfig;
  }
}
