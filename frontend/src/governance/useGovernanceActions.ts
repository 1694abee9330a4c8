import { readContract, simulateContract, writeContract } from "wagmi/actions";
import { textReference } from "@sdk/content/reference";
import { proposalDescription } from "@sdk/model/description";
import { supportOf, type VoteChoice } from "@sdk/model/governance";
import type { ProposalActions } from "@sdk/proposals/actions";
import type { Address, Hex } from "viem";
import type { TextDraft } from "../texts/useTextWriter";
import { governorContract } from "../config/contracts";
import { useSimulatedWrite } from "../transactions/useSimulatedWrite";

/**
 * Every governance write: vote, propose, queue, execute, cancel, withdraw. Each is simulated first, so a
 * revert is explained by its custom error before the wallet is even asked.
 */
export function useGovernanceActions() {
  const { config, t, run, runWithTexts, track, account } = useSimulatedWrite();
  const governor = governorContract();

  return {
    /**
     * A vote; a written reason goes to the content service and the vote carries its reference.
     * A member whose wallet cannot pay the fee votes by signature, paid by the fund.
     */
    castVote: (id: bigint, choice: VoteChoice, reason: string) =>
      reason.trim()
        ? runWithTexts(
            t("tx.label.vote", { id: String(id) }),
            [{ kind: "voteReason", contract: governor.address, fields: { reason: reason.trim() } }],
            (from, [text]) =>
              simulateContract(config, {
                ...governor,
                account: from,
                functionName: "castVoteWithReason",
                args: [id, supportOf(choice), textReference(text)],
              }),
            undefined,
            async (from, [text]) => ({
              kind: "voteWithReason",
              governor: governor.address,
              voter: from,
              proposalId: id,
              support: supportOf(choice),
              reason: textReference(text),
            }),
          )
        : run(
            t("tx.label.vote", { id: String(id) }),
            (from) =>
              simulateContract(config, {
                ...governor,
                account: from,
                functionName: "castVote",
                args: [id, supportOf(choice)],
              }),
            async (from) => ({
              kind: "vote",
              governor: governor.address,
              voter: from,
              proposalId: id,
              support: supportOf(choice),
            }),
          ),

    /**
     * Proposes the actions `build` makes (an sdk/proposals builder) with a title and body, and,
     * once confirmed, says which proposal it became. Title and body go to the content service;
     * the description holds their reference, the title only when `publicTitle` (the proposer
     * accepted that it stays on chain for ever), and the sender's `#proposer=` suffix — so it is
     * written here and handed to `build`: a grant's payment carries its hash, a round's or
     * pool's address is salted by it. `actionTexts` are texts the actions carry (a new pool's
     * name and mandate), written once the description is known; `build` gets their commitments.
     * A round's opening proposal brings its allocation `criteria`: its text is then a round
     * proposal (as `round:open` writes it), which the proposal's and the round's pages show
     * under "How ideas are chosen".
     */
    propose: async (
      title: string,
      body: string,
      publicTitle: boolean,
      build: (description: string, texts: readonly Hex[]) => ProposalActions,
      actionTexts?: (description: string) => readonly TextDraft[],
      criteria = "",
    ): Promise<{ ok: true; proposalId: bigint | null } | { ok: false }> => {
      const describe = (from: Address, text: Hex) => proposalDescription(publicTitle ? title : null, text, from);
      const outcome = await runWithTexts(
        t("tx.label.propose", { title }),
        [
          criteria.trim()
            ? { kind: "roundProposal", contract: governor.address, fields: { title, body, criteria } }
            : { kind: "proposal", contract: governor.address, fields: { title, body } },
        ],
        (from, [text, ...carried]) => {
          const description = describe(from, text);
          const { targets, values, calldatas } = build(description, carried);
          return simulateContract(config, {
            ...governor,
            account: from,
            functionName: "propose",
            args: [targets, values, calldatas, description],
          });
        },
        actionTexts && ((from, [text]) => actionTexts(describe(from, text))),
      );
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

    /** The proposer's own cancel, allowed only while the proposal is pending: the same call, said as what it is. */
    withdraw: (id: bigint) =>
      run(t("withdraw.tx", { id: String(id) }), (from) =>
        simulateContract(config, { ...governor, account: from, functionName: "cancel", args: [id] }),
      ),
  };
}
