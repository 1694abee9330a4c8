import { createConnector } from "wagmi";
import { numberToHex, type Address } from "viem";
import { CHAIN_ID, RPC_URL, type DemoAccount } from "../config/deployment";

const STORAGE_KEY = "pulje.demoAccount";

interface RpcRequest {
  method: string;
  params?: unknown;
}

let requestId = 0;

/**
 * An EIP-1193 provider for one of the local node's unlocked accounts: it answers account and
 * chain questions itself and forwards everything else — transactions and signatures included
 * — to the Hardhat node, which signs for its own accounts. Only ever built for chain 31337.
 */
export function demoProvider(address: Address) {
  return {
    async request({ method, params }: RpcRequest): Promise<unknown> {
      if (method === "eth_requestAccounts" || method === "eth_accounts") return [address];
      if (method === "eth_chainId") return numberToHex(CHAIN_ID);
      if (method === "wallet_switchEthereumChain" || method === "wallet_addEthereumChain") return null;
      const response = await fetch(RPC_URL, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: ++requestId, method, params: params ?? [] }),
      });
      const body = (await response.json()) as {
        result?: unknown;
        error?: { code: number; message: string; data?: unknown };
      };
      if (body.error) throw Object.assign(new Error(body.error.message), body.error);
      return body.result;
    },
    on() {},
    removeListener() {},
  };
}

/** A wagmi connector that signs as one demo account; the choice survives a reload. */
export function demoConnector(account: DemoAccount) {
  const id = `demo-${account.index}`;
  return createConnector<ReturnType<typeof demoProvider>>((config) => ({
    id,
    name: account.name,
    type: "demo",
    async connect() {
      localStorage.setItem(STORAGE_KEY, id);
      return { accounts: [account.address] as never, chainId: CHAIN_ID };
    },
    async disconnect() {
      if (localStorage.getItem(STORAGE_KEY) === id) localStorage.removeItem(STORAGE_KEY);
    },
    async getAccounts() {
      return [account.address];
    },
    async getChainId() {
      return CHAIN_ID;
    },
    async getProvider() {
      return demoProvider(account.address);
    },
    async isAuthorized() {
      return localStorage.getItem(STORAGE_KEY) === id;
    },
    onAccountsChanged() {},
    onChainChanged() {},
    onDisconnect() {
      config.emitter.emit("disconnect");
    },
  }));
}
