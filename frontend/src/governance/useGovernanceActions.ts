import { readContract, simulateContract, writeContract } from "wagmi/actions";
import { keccak256, toBytes, type Address } from "viem";
import { proposalDescription } from "@sdk/model/description";
import { governorContract } from "../config/contracts";
import { useSimulatedWrite } from "../transactions/useSimulatedWrite";

export type VoteChoice = "against" | "for" | "abstain";
const SUPPORT: Record<VoteChoice, number> = { against: 0, for: 1, abstain: 2 };

export interface ProposalCall {
  target: Address;
  value: bigint;
  data: `0x${string}`;
}

/**
 * Every governance write: vote, propose, queue, execute, cancel. Each is simulated first, so a
 * revert is explained by its custom error before the wallet is even asked.
 */
export function useGovernanceActions() {
  const { config, t, run, track, account } = useSimulatedWrite();
  const governor = governorContract();

  return {
    castVote: (id: bigint, choice: VoteChoice, reason: string) =>
      run(t("tx.label.vote", { id: String(id) }), (from) =>
        reason.trim()
          ? simulateContract(config, {
              ...governor,
              account: from,
              functionName: "castVoteWithReason",
              args: [id, SUPPORT[choice], reason.trim()],
            })
          : simulateContract(config, {
              ...governor,
              account: from,
              functionName: "castVote",
              args: [id, SUPPORT[choice]],
            }),
      ),

    /**
     * Proposes `calls` with a title and body (the description carries the proposer suffix) and,
     * once confirmed, says which proposal it became.
     */
    propose: async (
      title: string,
      body: string,
      calls: ProposalCall[] | ((descriptionHash: `0x${string}`) => ProposalCall[]),
    ): Promise<{ ok: true; proposalId: bigint } | { ok: false }> => {
      const outcome = await run(t("tx.label.propose", { title }), (from) => {
        const description = proposalDescription(title, body, from);
        const resolved = typeof calls === "function" ? calls(keccak256(toBytes(description))) : calls;
        return simulateContract(config, {
          ...governor,
          account: from,
          functionName: "propose",
          args: [resolved.map((c) => c.target), resolved.map((c) => c.value), resolved.map((c) => c.data), description],
        });
      });
      if (!outcome.ok) return { ok: false };
      // One live proposal per proposer: the newest one is the one just made.
      const proposalId = await readContract(config, {
        ...governor,
        functionName: "latestProposalIdOf",
        args: [account()],
      });
      return { ok: true, proposalId };
    },

    queue: (id: bigint) =>
      run(t("tx.label.queue", { id: String(id) }), (from) =>
        simulateContract(config, { ...governor, account: from, functionName: "queue", args: [id] }),
      ),

    // execute is payable, which `run`'s request type leaves out: simulated and sent here.
    execute: (id: bigint) =>
      track(t("tx.label.execute", { id: String(id) }), async () => {
        const { request } = await simulateContract(config, {
          ...governor,
          account: account(),
          functionName: "execute",
          args: [id],
        });
        return writeContract(config, request);
      }),

    cancel: (id: bigint) =>
      run(t("tx.label.cancel", { id: String(id) }), (from) =>
        simulateContract(config, { ...governor, account: from, functionName: "cancel", args: [id] }),
      ),
  };
}
