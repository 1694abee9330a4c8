import { readContract, simulateContract, writeContract } from "wagmi/actions";
import { proposalDescription } from "@sdk/model/description";
import { supportOf, type VoteChoice } from "@sdk/model/governance";
import type { ProposalActions } from "@sdk/proposals/actions";
import { governorContract } from "../config/contracts";
import { useSimulatedWrite } from "../transactions/useSimulatedWrite";

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
              args: [id, supportOf(choice), reason.trim()],
            })
          : simulateContract(config, {
              ...governor,
              account: from,
              functionName: "castVote",
              args: [id, supportOf(choice)],
            }),
      ),

    /**
     * Proposes the actions `build` makes (an sdk/proposals builder) with a title and body, and,
     * once confirmed, says which proposal it became. The description carries the sender's
     * `#proposer=` suffix, so it is written here and handed to `build`: a grant's payment carries
     * its hash, a round's or pool's address is salted by it.
     */
    propose: async (
      title: string,
      body: string,
      build: (description: string) => ProposalActions,
    ): Promise<{ ok: true; proposalId: bigint | null } | { ok: false }> => {
      const outcome = await run(t("tx.label.propose", { title }), (from) => {
        const description = proposalDescription(title, body, from);
        const { targets, values, calldatas } = build(description);
        return simulateContract(config, {
          ...governor,
          account: from,
          functionName: "propose",
          args: [targets, values, calldatas, description],
        });
      });
      if (!outcome.ok) return { ok: false };
      // One live proposal per proposer: the newest one is the one just made. Should reading it
      // fail, the proposal is made all the same (the caller shows the list instead): like `run`,
      // this never rejects, so a form's busy state always ends.
      try {
        const proposalId = await readContract(config, {
          ...governor,
          functionName: "latestProposalIdOf",
          args: [account()],
        });
        return { ok: true, proposalId };
      } catch {
        return { ok: true, proposalId: null };
      }
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
