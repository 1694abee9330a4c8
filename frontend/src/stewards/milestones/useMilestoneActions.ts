import { simulateContract } from "wagmi/actions";
import type { Hex } from "viem";
import { milestoneGrantsContract } from "../../config/contracts";
import { useSimulatedWrite } from "../../transactions/useSimulatedWrite";

/** Deliver, stop and release milestones; each simulated first, so a refusal is a sentence. */
export function useMilestoneActions() {
  const { config, t, run } = useSimulatedWrite();
  const milestones = milestoneGrantsContract()!;
  const label = (
    key: "tx.label.markDelivered" | "tx.label.stopMilestone" | "tx.label.releaseMilestone",
    title: string,
    index: number,
  ) => t(key, { title, number: index + 1 });

  return {
    markDelivered: (grantId: bigint, index: number, title: string, uri: string, hash: Hex) =>
      run(label("tx.label.markDelivered", title, index), (from) =>
        simulateContract(config, {
          ...milestones,
          account: from,
          functionName: "markDelivered",
          args: [grantId, index, uri, hash],
        }),
      ),
    stop: (grantId: bigint, index: number, title: string, reason: string) =>
      run(label("tx.label.stopMilestone", title, index), (from) =>
        simulateContract(config, {
          ...milestones,
          account: from,
          functionName: "stop",
          args: [grantId, index, reason],
        }),
      ),
    release: (grantId: bigint, index: number, title: string) =>
      run(label("tx.label.releaseMilestone", title, index), (from) =>
        simulateContract(config, { ...milestones, account: from, functionName: "release", args: [grantId, index] }),
      ),
  };
}
