import { simulateContract } from "wagmi/actions";
import type { Address } from "viem";
import { CANCEL_REASONS, type CancelReason } from "@sdk/model/rounds";
import { roundContract } from "../config/contracts";
import { signatureDeadline } from "../transactions/bySignature";
import { useSimulatedWrite } from "../transactions/useSimulatedWrite";

/**
 * Every write to one budget round. Each is simulated first, so a refusal is explained by the
 * round's named error before the wallet is asked, and followed in the transaction list. The
 * words (an idea, a reason) go to the content service; the round gets their commitments.
 */
export function useRoundActions(address: Address) {
  const { config, t, run, runWithTexts } = useSimulatedWrite();
  const round = roundContract(address);

  return {
    submitIdea: (district: number, cost: bigint, title: string, description: string) =>
      runWithTexts(
        t("tx.label.submitIdea", { title }),
        [{ kind: "idea", contract: address, fields: { title, description } }],
        (from, [text]) =>
          simulateContract(config, {
            ...round,
            account: from,
            functionName: "submitIdea",
            args: [district, cost, text],
          }),
      ),
    withdrawIdea: (id: bigint) =>
      run(t("tx.label.withdrawIdea", { id: String(id) }), (from) =>
        simulateContract(config, { ...round, account: from, functionName: "withdrawIdea", args: [id] }),
      ),
    reviewIdea: (id: bigint, feasible: boolean, cost: bigint, payee: Address, code: number, reason: string) =>
      runWithTexts(
        t("tx.label.reviewIdea", { id: String(id) }),
        [{ kind: "review", contract: address, fields: { reason } }],
        (from, [text]) =>
          simulateContract(config, {
            ...round,
            account: from,
            functionName: "reviewIdea",
            args: [id, feasible, cost, payee, code, text],
          }),
      ),
    /** A ballot; by signature, paid by the fund, when the member's wallet cannot pay the fee. */
    castBallot: (ids: readonly bigint[]) =>
      run(
        t("tx.label.ballot"),
        (from) => simulateContract(config, { ...round, account: from, functionName: "castBallot", args: [ids] }),
        async (from) => ({
          kind: "ballot",
          round: address,
          voter: from,
          ideaIds: ids,
          deadline: await signatureDeadline(config),
        }),
      ),
    finalize: () =>
      run(t("tx.label.finalize"), (from) =>
        simulateContract(config, { ...round, account: from, functionName: "finalize" }),
      ),
    finalizeDistrict: (district: number, name: string) =>
      run(t("tx.label.finalizeDistrict", { district: name }), (from) =>
        simulateContract(config, { ...round, account: from, functionName: "finalizeDistrict", args: [district] }),
      ),
    cancelWinner: (id: bigint, code: CancelReason, reason: string) =>
      runWithTexts(
        t("tx.label.cancelWinner", { id: String(id) }),
        [{ kind: "winnerCancellation", contract: address, fields: { reason } }],
        (from, [text]) =>
          simulateContract(config, {
            ...round,
            account: from,
            functionName: "cancelWinner",
            args: [id, CANCEL_REASONS.indexOf(code), text],
          }),
      ),
    release: (id: bigint) =>
      run(t("tx.label.release", { id: String(id) }), (from) =>
        simulateContract(config, { ...round, account: from, functionName: "release", args: [id] }),
      ),
    returnUnspent: () =>
      run(t("tx.label.returnUnspent"), (from) =>
        simulateContract(config, { ...round, account: from, functionName: "returnUnspent" }),
      ),
  };
}
