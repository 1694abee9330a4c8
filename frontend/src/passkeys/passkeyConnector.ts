import { createConnector } from "wagmi";
import { http, numberToHex, type Address, type Hex } from "viem";
import { CHAIN, CHAIN_ID, RPC_URL } from "../config/deployment";
import { loadPasskey, type StoredPasskey } from "./passkeyStore";

/** The connector type TxCenter recognises: its "transaction hashes" are user operation hashes. */
export const PASSKEY_CONNECTOR_TYPE = "passkey";
/** Set while this device is signed in with its passkey (the passkey itself stays stored when signing out). */
const SIGNED_IN_KEY = `pulje.passkey.signedIn.${CHAIN_ID}`;

interface RpcRequest {
  method: string;
  params?: unknown;
}

/**
 * An EIP-1193 provider for the passkey account: it answers account and chain questions,
 * turns a transaction into a sponsored user operation (returning the operation's hash), signs
 * messages and typed data with the passkey (ERC-7739, for ERC-1271), and forwards reads to the chain.
 */
function passkeyProvider(passkey: () => StoredPasskey | null) {
  // The bare transport, not a public client: this module is in the first download (wagmi's
  // config lists the connector), and a public client would bring every public action with it.
  const chain = http(RPC_URL)({ chain: CHAIN });
  return {
    async request({ method, params }: RpcRequest): Promise<unknown> {
      const current = passkey();
      if (method === "eth_requestAccounts" || method === "eth_accounts") return current ? [current.address] : [];
      if (method === "eth_chainId") return numberToHex(CHAIN_ID);
      if (method === "wallet_switchEthereumChain" || method === "wallet_addEthereumChain") return null;
      if (method === "eth_sendTransaction") {
        if (!current) throw new Error("Not connected");
        const [tx] = params as [{ to: Address; data?: Hex; value?: Hex }];
        // The bundler client and the WebAuthn account load when a passkey member first sends.
        const { sendSponsored } = await import("./sponsored");
        return sendSponsored(current, { to: tx.to, data: tx.data, value: tx.value ? BigInt(tx.value) : undefined });
      }
      if (method === "personal_sign") {
        if (!current) throw new Error("Not connected");
        const [message] = params as [Hex, Address];
        const { personalSign } = await import("./passkeySignatures");
        return personalSign(current, message);
      }
      if (method === "eth_signTypedData_v4") {
        if (!current) throw new Error("Not connected");
        const [, json] = params as [Address, string];
        const { signTypedDataV4 } = await import("./passkeySignatures");
        return signTypedDataV4(current, json);
      }
      // A raw hash (eth_sign) or older typed data: an ERC-7739 account signs neither.
      if (/^(eth_sign|eth_signTypedData)/.test(method))
        throw new Error(`The passkey account does not support ${method}`);
      return chain.request({ method, params } as never);
    },
    on() {},
    removeListener() {},
  };
}

/**
 * A wagmi connector for this device's passkey account, so `useAccount()` gives its address and
 * every write hook sends through it unchanged. Connect after the passkey is stored (created or
 * signed in on the account page); a reload signs in again while it stays signed in.
 */
export function passkeyConnector() {
  return createConnector<ReturnType<typeof passkeyProvider>>((config) => ({
    id: "pulje-passkey",
    name: "Passkey",
    type: PASSKEY_CONNECTOR_TYPE,
    async connect() {
      const passkey = loadPasskey();
      if (!passkey) throw new Error("Not connected: no passkey on this device");
      localStorage.setItem(SIGNED_IN_KEY, "1");
      return { accounts: [passkey.address] as never, chainId: CHAIN_ID };
    },
    async disconnect() {
      localStorage.removeItem(SIGNED_IN_KEY);
    },
    async getAccounts() {
      const passkey = loadPasskey();
      return passkey ? [passkey.address] : [];
    },
    async getChainId() {
      return CHAIN_ID;
    },
    async getProvider() {
      return passkeyProvider(loadPasskey);
    },
    async isAuthorized() {
      return localStorage.getItem(SIGNED_IN_KEY) === "1" && loadPasskey() !== null;
    },
    onAccountsChanged() {},
    onChainChanged() {},
    onDisconnect() {
      config.emitter.emit("disconnect");
    },
  }));
}
