import { describe, expect, it } from "vitest";
import {
  createPublicClient,
  createWalletClient,
  custom,
  encodeErrorResult,
  getAddress,
  http,
  type Address,
  type Hex,
} from "viem";
import { hardhat } from "viem/chains";
import { ABIS } from "@sdk/contracts/kinds";
import { FUND } from "../config/deployment";
import type { Locale } from "../i18n/format";
import { makeI18n } from "../i18n/makeI18n";
import { da } from "../i18n/messages/da";
import { sv } from "../i18n/messages/sv";
import type { Messages } from "../i18n/messages/en";
import { explainError, type AssetUnits } from "./explainError";

/*
 * Errors raised inside another contract, in the shapes the dApp really meets them. The JSON-RPC
 * errors below are the local Hardhat node's answers, recorded on the seeded demo: the governor's
 * execute of proposal #6 (60,000 DKKT to Ballerup Syd Legepladsforening) with verification
 * required, and with only 50,000 DKKT unreserved in the treasury; a round's release of idea #17
 * (the same payee). Each goes through viem's own simulateContract (the HTTP transport the dApp
 * reads with) or writeContract (an EIP-1193 wallet forwarding to the node, as the demo accounts
 * and the browser tests' wallet do), so the error explained is the one viem builds.
 */

const fund = FUND!;
const DKKT = fund.assets.find((a) => a.symbol === "DKKT")!.address;
const HANS: Address = "0xBcd4042DE499D14e55001CcbB24a551F3b954096";
const ROUND_2026: Address = "0x0c3e5A8abedCc70CcC2Fb595A5d272fd14472118";
const ASSETS: AssetUnits[] = [{ address: DKKT, symbol: "DKKT", decimals: 6 }];

interface RpcError {
  code: number;
  message: string;
  data: { message: string; data: Hex; txHash?: Hex };
}
const hardhatError = (message: string, data: Hex): RpcError => ({
  code: -32603,
  message: `Error: VM Exception while processing transaction: ${message}`,
  data: { message: `Error: VM Exception while processing transaction: ${message}`, data },
});
const NOT_VERIFIED = hardhatError(
  "reverted with custom error 'PayeeRegistryNotVerified(\"0x08135Da0A343E492FA2d4282F2AE34c6c5CC1BbE\")'",
  "0xa856257f00000000000000000000000008135da0a343e492fa2d4282f2ae34c6c5cc1bbe",
);
const TREASURY_SHORT = hardhatError(
  `reverted with custom error 'TreasuryInsufficientBalance("${getAddress(DKKT)}", 50000000000, 60000000000)'`,
  encodeErrorResult({
    abi: ABIS.treasury,
    errorName: "TreasuryInsufficientBalance",
    args: [DKKT as Address, 50_000_000_000n, 60_000_000_000n],
  }),
);

/** A node that answers every eth_call with `error`, as Hardhat did (batched requests included). */
function nodeRefusing(error: RpcError) {
  const calls: string[] = [];
  const fetchFn = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init!.body)) as { id: number; method: string } | { id: number; method: string }[];
    const answer = (r: { id: number; method: string }) => (calls.push(r.method), { jsonrpc: "2.0", id: r.id, error });
    return new Response(JSON.stringify(Array.isArray(body) ? body.map(answer) : answer(body)));
  };
  const client = createPublicClient({
    chain: hardhat,
    transport: http("http://127.0.0.1:8545", { batch: true, fetchFn, retryCount: 0 }),
  });
  return { client, calls };
}

/** A wallet that forwards to the node and passes its refusal on, as the demo connector does. */
function walletRefusing(error: RpcError) {
  const calls: string[] = [];
  const provider = {
    async request({ method }: { method: string }) {
      calls.push(method);
      if (method === "eth_chainId") return "0x7a69";
      throw Object.assign(new Error(error.message), error);
    },
  };
  return { client: createWalletClient({ chain: hardhat, account: HANS, transport: custom(provider) }), calls };
}

async function failure(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error("the action did not fail");
}

const explainIn = (locale: Locale, messages: Messages) => (error: unknown) =>
  explainError(error, makeI18n(locale, messages), 31337, ASSETS);

const UNVERIFIED_DA =
  "Ballerup Syd Legepladsforening (0x0813…1BbE) er ikke en verificeret modtager, og denne pulje betaler kun verificerede modtagere: bed en verifikator om at tjekke den i virksomhedsregistret først.";
const SHORT_DA =
  "Kassen har 50.000\u00a0kr. frit (ikke reserveret til puljer eller milepælstilskud), mindre end de 60.000\u00a0kr., der bedes om: den kan betale, når der er indbetalt nok.";

describe("errors raised inside another contract, as Hardhat and viem really report them", () => {
  const execute = {
    address: fund.contracts.governor,
    abi: ABIS.governor,
    functionName: "execute",
    args: [6n],
  } as const;

  it("carrying out a payment to an unverified payee: the payee registry's error, in Danish", async () => {
    const { client, calls } = nodeRefusing(NOT_VERIFIED);
    const error = await failure(() => client.simulateContract({ ...execute, account: HANS }));
    expect(calls).toEqual(["eth_call"]);
    // What the issue saw: viem cannot name it from the governor's ABI.
    expect((error as Error).message.split("\n")[0]).toBe(
      'The contract function "execute" reverted with the following signature:',
    );
    expect(explainIn("da", da)(error)).toBe(UNVERIFIED_DA);
  });

  it("carrying out a payment the treasury has too little for: the treasury's error, amounts in kroner", async () => {
    const { client } = nodeRefusing(TREASURY_SHORT);
    const error = await failure(() => client.simulateContract({ ...execute, account: HANS }));
    expect(explainIn("da", da)(error)).toBe(SHORT_DA);
  });

  it("paying out a round's winner whose payee is not verified: the registry's error through the round", async () => {
    const { client } = nodeRefusing(NOT_VERIFIED);
    const release = { address: ROUND_2026, abi: ABIS.round, functionName: "release", args: [17n] } as const;
    const error = await failure(() => client.simulateContract({ ...release, account: HANS }));
    expect(explainIn("sv", sv)(error)).toBe(
      "Ballerup Syd Legepladsforening (0x0813…1BbE) är inte en verifierad mottagare, och den här fonden betalar bara verifierade mottagare: be en verifierare att kontrollera den i företagsregistret först.",
    );
  });

  it("the same refusals when the wallet, not the simulation, meets them", async () => {
    for (const [refusal, sentence] of [
      [NOT_VERIFIED, UNVERIFIED_DA],
      [TREASURY_SHORT, SHORT_DA],
    ] as const) {
      const { client, calls } = walletRefusing(refusal);
      const error = await failure(() => client.writeContract({ ...execute, chain: hardhat }));
      expect(calls.at(-1)).toBe("eth_sendTransaction");
      expect(explainIn("da", da)(error)).toBe(sentence);
    }
  });
});
