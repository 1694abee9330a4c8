/**
 * A real EIP-1193 wallet for the browser tests, installed before the dApp loads: it announces
 * itself by EIP-6963, answers account and chain questions itself and forwards everything else
 * — eth_sendTransaction included — to the Hardhat node, which signs for its unlocked
 * accounts. Tests steer it through window.__testWallet: which account, which chain, and
 * whether to reject the next request (code 4001, as a person pressing "Reject").
 */
export function testWalletScript(rpcUrl: string): string {
  return `(() => {
  const RPC = ${JSON.stringify(rpcUrl)};
  const KEY = "__testWalletState";
  const state = Object.assign({ account: null, chainId: 31337, rejectNext: false, connected: false }, JSON.parse(sessionStorage.getItem(KEY) || "{}"));
  const save = () => sessionStorage.setItem(KEY, JSON.stringify(state));
  const listeners = {};
  const emit = (event, value) => (listeners[event] || []).slice().forEach((f) => f(value));
  let id = 0;
  async function forward(method, params) {
    const response = await fetch(RPC, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: ++id, method, params: params || [] }) });
    const body = await response.json();
    if (body.error) { const error = new Error(body.error.message); error.code = body.error.code; error.data = body.error.data; throw error; }
    return body.result;
  }
  function rejectIfAsked() {
    if (!state.rejectNext) return;
    state.rejectNext = false; save();
    const error = new Error("User rejected the request."); error.code = 4001; throw error;
  }
  const provider = {
    async request({ method, params }) {
      switch (method) {
        case "eth_requestAccounts": rejectIfAsked(); state.connected = true; save(); return [state.account];
        case "eth_accounts": return state.connected ? [state.account] : [];
        case "eth_chainId": return "0x" + state.chainId.toString(16);
        case "net_version": return String(state.chainId);
        case "wallet_requestPermissions": case "wallet_getPermissions": return [{ parentCapability: "eth_accounts" }];
        case "wallet_revokePermissions": state.connected = false; save(); return null;
        case "wallet_switchEthereumChain": {
          rejectIfAsked();
          state.chainId = parseInt(params[0].chainId, 16); save();
          emit("chainChanged", params[0].chainId); return null;
        }
        case "eth_sendTransaction": case "eth_signTypedData_v4": case "personal_sign": rejectIfAsked(); return forward(method, params);
        default: return forward(method, params);
      }
    },
    on(event, f) { (listeners[event] = listeners[event] || []).push(f); return provider; },
    removeListener(event, f) { listeners[event] = (listeners[event] || []).filter((g) => g !== f); return provider; },
  };
  window.__testWallet = {
    use(account) { state.account = account; save(); if (state.connected) emit("accountsChanged", [account]); },
    chain(chainId) { state.chainId = chainId; save(); emit("chainChanged", "0x" + chainId.toString(16)); },
    rejectNext() { state.rejectNext = true; save(); },
  };
  const info = Object.freeze({ uuid: "9a3b1c2d-0e4f-4a5b-8c6d-7e8f9a0b1c2d", name: "Test Wallet", rdns: "org.pulje.testwallet",
    icon: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='32' height='32'%3E%3Crect width='32' height='32' fill='%230b5c7a'/%3E%3C/svg%3E" });
  const announce = () => window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail: Object.freeze({ info, provider }) }));
  window.addEventListener("eip6963:requestProvider", announce);
  announce();
})();`;
}
