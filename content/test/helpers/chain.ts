/**
 * Transactions on the test chain that put a commitment somewhere: in a proposal's description
 * (the ASCII reference), in a proposal's calldata (raw bytes), in a log of a contract that is not
 * the fund's, or in a transaction that fails.
 */
import { concatHex, createPublicClient, createWalletClient, http, parseEventLogs, type Account, type Hex } from "viem";
import { inject } from "vitest";
import { proposalDescription } from "../../../sdk/model/description";
import { ABIS } from "../../../sdk/contracts/kinds";
import type { DeploymentRecord } from "../../../sdk/deployment";
import { TextCommitmentEmitter__factory } from "../../../typechain-types";
import { fundChainDefinition } from "../../src/chain/fundChain";
import { ACCOUNTS } from "./accounts";
import fs from "node:fs";

export const CHAIN_ID = 31337;
export const chain = () => fundChainDefinition(CHAIN_ID, inject("rpcUrl"));
export const publicClient = () => createPublicClient({ chain: chain(), transport: http() });
export const walletOf = (account: Account) => createWalletClient({ account, chain: chain(), transport: http() });
export const deployment = (): DeploymentRecord => JSON.parse(fs.readFileSync(inject("deploymentFile"), "utf8"));

let proposals = 0;

/**
 * A member proposes a grant whose description refers to `described` and whose one action's
 * calldata carries `inCalldata` (if given) as raw bytes; the guardian then cancels it, so the
 * member may propose again (one live proposal each). Returns the proposal's transaction.
 */
export async function propose(described: Hex, inCalldata?: Hex): Promise<Hex> {
  const member = ACCOUNTS.members[proposals++ % ACCOUNTS.members.length];
  const { contracts } = deployment();
  const client = publicClient();
  // Any selector will do: the action is never executed. The commitment sits at byte 4.
  const calldata = concatHex(["0x12345678", inCalldata ?? `0x${"00".repeat(32)}`]);
  const hash = await walletOf(member).writeContract({
    address: contracts.governor,
    abi: ABIS.governor,
    functionName: "propose",
    args: [[contracts.treasury], [0n], [calldata], proposalDescription(null, described, member.address)],
  });
  const receipt = await client.waitForTransactionReceipt({ hash });
  const [created] = parseEventLogs({ abi: ABIS.governor, logs: receipt.logs, eventName: "ProposalCreated" });
  const cancel = await walletOf(ACCOUNTS.guardian).writeContract({
    address: contracts.governor,
    abi: ABIS.governor,
    functionName: "cancel",
    args: [created.args.proposalId],
  });
  await client.waitForTransactionReceipt({ hash: cancel });
  return hash;
}

/** A contract that is not the fund's emits `commitment` as an indexed topic. */
export async function emitFromOutsider(commitment: Hex): Promise<Hex> {
  const hash = await walletOf(ACCOUNTS.deployer).writeContract({
    address: inject("emitter") as Hex,
    abi: TextCommitmentEmitter__factory.abi,
    functionName: "emitCommitment",
    args: [commitment],
  });
  await publicClient().waitForTransactionReceipt({ hash });
  return hash;
}

/**
 * A mined transaction that failed: someone who is not a member proposes with `commitment`'s
 * reference (the governor refuses). Automine is off while it is sent, so the node mines it
 * instead of refusing it at the door.
 */
export async function failedProposal(commitment: Hex): Promise<Hex> {
  const { contracts } = deployment();
  const outsider = ACCOUNTS.residents[5];
  await rpc("evm_setAutomine", [false]);
  try {
    const hash = await walletOf(outsider).writeContract({
      address: contracts.governor,
      abi: ABIS.governor,
      functionName: "propose",
      args: [[contracts.treasury], [0n], ["0x"], proposalDescription(null, commitment, outsider.address)],
      gas: 1_000_000n,
    });
    await rpc("evm_mine", []);
    return hash;
  } finally {
    await rpc("evm_setAutomine", [true]);
  }
}

/** A Hardhat JSON-RPC method viem has no action for. */
async function rpc(method: string, params: unknown[]): Promise<void> {
  const response = await fetch(inject("rpcUrl"), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = (await response.json()) as { error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
}
