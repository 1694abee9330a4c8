import { useConfig } from "wagmi";
import { getAccount, readContract, simulateContract, writeContract } from "wagmi/actions";
import { keccak256, toBytes, type Address } from "viem";
import { proposalDescription } from "@audit/description";
import { governorContract } from "../config/contracts";
import { useI18n } from "../i18n/I18nProvider";
import { useTxCenter } from "../transactions/TxCenter";
import { NoWalletError } from "../transactions/explainError";

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
  const config = useConfig();
  const { track } = useTxCenter();
  const { t } = useI18n();
  const governor = governorContract();

  const account = () => {
    const { address } = getAccount(config);
    if (!address) throw new NoWalletError();
    return address;
  };

  return {
    castVote: (id: bigint, choice: VoteChoice, reason: string) =>
      track(t("tx.label.vote", { id: String(id) }), async () => {
        const from = account();
        if (reason.trim()) {
          const { request } = await simulateContract(config, {
            ...governor,
            account: from,
            functionName: "castVoteWithReason",
            args: [id, SUPPORT[choice], reason.trim()],
          });
          return writeContract(config, request);
        }
        const { request } = await simulateContract(config, {
          ...governor,
          account: from,
          functionName: "castVote",
          args: [id, SUPPORT[choice]],
        });
        return writeContract(config, request);
      }),

    /**
     * Proposes `calls` with a title and body (the description carries the proposer suffix) and,
     * once confirmed, says which proposal it became.
     */
    propose: async (
      title: string,
      body: string,
      calls: ProposalCall[] | ((descriptionHash: `0x${string}`) => ProposalCall[]),
    ): Promise<{ ok: true; proposalId: bigint } | { ok: false }> => {
      const outcome = await track(t("tx.label.propose", { title }), async () => {
        const from = account();
        const description = proposalDescription(title, body, from);
        const resolved = typeof calls === "function" ? calls(keccak256(toBytes(description))) : calls;
        const { request } = await simulateContract(config, {
          ...governor,
          account: from,
          functionName: "propose",
          args: [resolved.map((c) => c.target), resolved.map((c) => c.value), resolved.map((c) => c.data), description],
        });
        return writeContract(config, request);
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
      track(t("tx.label.queue", { id: String(id) }), async () => {
        const { request } = await simulateContract(config, {
          ...governor,
          account: account(),
          functionName: "queue",
          args: [id],
        });
        return writeContract(config, request);
      }),

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
      track(t("tx.label.cancel", { id: String(id) }), async () => {
        const { request } = await simulateContract(config, {
          ...governor,
          account: account(),
          functionName: "cancel",
          args: [id],
        });
        return writeContract(config, request);
      }),
  };
}
