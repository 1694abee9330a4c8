import { useConfig } from "wagmi";
import { getAccount, simulateContract, writeContract } from "wagmi/actions";
import type { Address, Hex } from "viem";
import { milestoneGrantsContract } from "../config/contracts";
import { useI18n } from "../i18n/I18nProvider";
import { useTxCenter } from "../transactions/TxCenter";
import { NoWalletError } from "../transactions/explainError";

/** Deliver, stop and release milestones; each simulated first, so a refusal is a sentence. */
export function useMilestoneActions() {
  const config = useConfig();
  const { track } = useTxCenter();
  const { t } = useI18n();
  const milestones = milestoneGrantsContract()!;

  const account = () => {
    const { address: from } = getAccount(config);
    if (!from) throw new NoWalletError();
    return from;
  };
  const run = (label: string, simulate: (from: Address) => Promise<{ request: Parameters<typeof writeContract>[1] }>) =>
    track(label, async () => writeContract(config, (await simulate(account())).request));
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
