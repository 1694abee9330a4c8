import { useAccount, useConfig, useReadContracts } from "wagmi";
import { simulateContract, writeContract } from "wagmi/actions";
import type { Address } from "viem";
import { votesContract } from "../config/contracts";
import { useI18n } from "../i18n/I18nProvider";
import { useTxCenter } from "../transactions/TxCenter";
import { NoWalletError } from "../transactions/explainError";
import { useMembers } from "./useMembers";

/** The connected account's delegate, voting power and delegators, and the delegate action. */
export function useDelegation() {
  const { address } = useAccount();
  const config = useConfig();
  const { track } = useTxCenter();
  const { t } = useI18n();
  const votes = votesContract();
  const { members } = useMembers();

  const reads = useReadContracts({
    allowFailure: false,
    contracts: [
      { ...votes, functionName: "delegates", args: [address ?? "0x0000000000000000000000000000000000000000"] },
      { ...votes, functionName: "getVotes", args: [address ?? "0x0000000000000000000000000000000000000000"] },
    ],
    query: { enabled: Boolean(address) },
  });

  const delegators = address
    ? members.filter(
        (m) => m.delegate.toLowerCase() === address.toLowerCase() && m.account.toLowerCase() !== address.toLowerCase(),
      ).length
    : 0;

  const delegate = (to: Address) =>
    track(t("tx.label.delegate"), async () => {
      if (!address) throw new NoWalletError();
      const { request } = await simulateContract(config, {
        ...votes,
        account: address,
        functionName: "delegate",
        args: [to],
      });
      return writeContract(config, request);
    });

  return {
    address,
    delegate: reads.data?.[0],
    power: reads.data?.[1],
    delegators,
    isLoading: reads.isLoading,
    delegateTo: delegate,
  };
}
