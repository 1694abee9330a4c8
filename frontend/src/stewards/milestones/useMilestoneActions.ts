import { simulateContract } from "wagmi/actions";
import type { Hex } from "viem";
import { STOP_REASONS, type StopReason } from "@sdk/model/stewards";
import { milestoneGrantsContract } from "../../config/contracts";
import { useSimulatedWrite } from "../../transactions/useSimulatedWrite";

/**
 * Deliver, stop and release milestones; each simulated first, so a refusal is a sentence. The
 * evidence and a stop's reason go to the content service; the contract gets their commitments.
 */
export function useMilestoneActions() {
  const { config, t, run, runWithTexts } = useSimulatedWrite();
  const milestones = milestoneGrantsContract()!;
  const label = (
    key: "tx.label.markDelivered" | "tx.label.stopMilestone" | "tx.label.releaseMilestone",
    title: string,
    index: number,
  ) => t(key, { title, number: index + 1 });

  return {
    markDelivered: (grantId: bigint, index: number, title: string, uri: string, note: string, hash: Hex) =>
      runWithTexts(
        label("tx.label.markDelivered", title, index),
        [{ kind: "milestoneEvidence", contract: milestones.address, fields: { uri, note } }],
        (from, [evidence]) =>
          simulateContract(config, {
            ...milestones,
            account: from,
            functionName: "markDelivered",
            args: [grantId, index, evidence, hash],
          }),
      ),
    stop: (grantId: bigint, index: number, title: string, code: StopReason, reason: string) =>
      runWithTexts(
        label("tx.label.stopMilestone", title, index),
        [{ kind: "milestoneStop", contract: milestones.address, fields: { reason } }],
        (from, [text]) =>
          simulateContract(config, {
            ...milestones,
            account: from,
            functionName: "stop",
            args: [grantId, index, STOP_REASONS.indexOf(code), text],
          }),
      ),
    release: (grantId: bigint, index: number, title: string) =>
      run(label("tx.label.releaseMilestone", title, index), (from) =>
        simulateContract(config, { ...milestones, account: from, functionName: "release", args: [grantId, index] }),
      ),
  };
}
