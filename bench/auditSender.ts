/**
 * Sends the audit benchmark's transactions from the node's unlocked (or impersonated) accounts
 * and moves time on the chain. Transactions go as JSON-RPC batches (many per HTTP request) with
 * a fixed gas limit, so the node neither estimates gas nor waits on us between them; the node
 * mines each in its own block and answers with an error if one reverts.
 */
import { getAddress as checksum, type Address } from "viem";
import { id, toQuantity } from "ethers";
import type { DeploymentRecord } from "../sdk/deployment";
import { proposalDescription } from "../sdk/model/description";
import { supportOf, type VoteChoice } from "../sdk/model/governance";
import { ETH_ADDRESS } from "../sdk/model/treasury";
import type { ProposalActions } from "../sdk/proposals/actions";
import { grantActions } from "../sdk/proposals/governance";
import { PuljeGovernor__factory, Treasury__factory } from "../typechain-types";
import { rpc, rpcBatch, type RpcCall } from "./auditRpc";
import { benchText } from "./texts";

// Gas limits high enough for each call (bench/results/gas.json has the real costs), so the
// node does not estimate gas for every one of twenty thousand transactions.
const GAS = {
  propose: 1_000_000,
  /** Opening a round carries the whole round's parameters in its calldata (and the event). */
  proposeRound: 2_000_000,
  vote: 200_000,
  queue: 400_000,
  execute: 1_500_000,
  deposit: 200_000,
} as const;

export const ETHER = 10n ** 18n;

/** A payee that is no account of the node (so no role holder is paid), one per number. */
export function payee(n: number): Address {
  return checksum(`0x${id(`pulje bench payee ${n}`).slice(-40)}`);
}

export class Sender {
  transactions = 0;
  private readonly governor = PuljeGovernor__factory.createInterface();
  private readonly treasuryInterface = Treasury__factory.createInterface();

  constructor(
    private readonly url: string,
    private readonly deployment: DeploymentRecord,
  ) {}

  /** Any transaction, with its gas limit. */
  tx(from: string, to: string, data: string, gas: number, value = 0n): RpcCall {
    return {
      method: "eth_sendTransaction",
      params: [{ from, to, data, gas: toQuantity(gas), value: toQuantity(value) }],
    };
  }

  /** A proposal with the given actions. */
  proposeActions(proposer: string, actions: ProposalActions, description: string, gas: number = GAS.propose): RpcCall {
    const data = this.governor.encodeFunctionData("propose", [
      actions.targets,
      actions.values,
      actions.calldatas,
      description,
    ]);
    return this.tx(proposer, this.deployment.contracts.governor, data, gas);
  }

  /** A grant of a little ETH to the association of member `member`. */
  propose(proposer: string, member: number, title: string): RpcCall {
    const grant = {
      asset: ETH_ADDRESS,
      recipient: payee(member),
      amount: ETHER / 100n + BigInt(member) * (ETHER / 1000n),
    };
    // The title is published (the longest description Pulje writes); the text is a commitment.
    const description = proposalDescription(title, benchText(`${title} ${member}`), proposer);
    return this.proposeActions(
      proposer,
      grantActions(this.deployment.contracts.treasury, grant, description),
      description,
    );
  }

  /** The proposal that opens a budget round (pay the escrow, create the round). */
  proposeRound(proposer: string, actions: ProposalActions, description: string): RpcCall {
    return this.proposeActions(proposer, actions, description, GAS.proposeRound);
  }

  vote(voter: string, proposalId: number, support: VoteChoice): RpcCall {
    const data = this.governor.encodeFunctionData("castVote", [proposalId, supportOf(support)]);
    return this.tx(voter, this.deployment.contracts.governor, data, GAS.vote);
  }

  queue(from: string, proposalId: number): RpcCall {
    const data = this.governor.encodeFunctionData("queue(uint256)", [proposalId]);
    return this.tx(from, this.deployment.contracts.governor, data, GAS.queue);
  }

  execute(from: string, proposalId: number): RpcCall {
    const data = this.governor.encodeFunctionData("execute(uint256)", [proposalId]);
    return this.tx(from, this.deployment.contracts.governor, data, GAS.execute);
  }

  deposit(from: string, amount: bigint, memo: string): RpcCall {
    const data = this.treasuryInterface.encodeFunctionData("deposit", [memo]);
    return this.tx(from, this.deployment.contracts.treasury, data, GAS.deposit, amount);
  }

  /** Sends in order and returns the transaction hashes. */
  async send(calls: RpcCall[]): Promise<string[]> {
    const hashes = (await rpcBatch(this.url, calls)) as string[];
    this.transactions += calls.length;
    return hashes;
  }

  /** Moves chain time on by `seconds` and mines a block at the new time. */
  async advance(seconds: number): Promise<void> {
    await rpc(this.url, "evm_increaseTime", [seconds]);
    await rpc(this.url, "evm_mine", []);
  }

  /** Mines a block at `timestamp` (Unix seconds), later than the chain's last. */
  async advanceTo(timestamp: number): Promise<void> {
    await rpc(this.url, "evm_setNextBlockTimestamp", [timestamp]);
    await rpc(this.url, "evm_mine", []);
  }

  /** The latest block's time. */
  async now(): Promise<number> {
    const block = (await rpc(this.url, "eth_getBlockByNumber", ["latest", false])) as { timestamp: string };
    return Number(block.timestamp);
  }

  async latestProposalId(): Promise<number> {
    const data = this.governor.encodeFunctionData("latestProposalId");
    const result = await rpc(this.url, "eth_call", [{ to: this.deployment.contracts.governor, data }, "latest"]);
    return Number(this.governor.decodeFunctionResult("latestProposalId", String(result))[0]);
  }
}
