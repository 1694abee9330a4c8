import { useAccount, useReadContracts } from "wagmi";
import { simulateContract } from "wagmi/actions";
import type { Address } from "viem";
import { votesContract } from "../config/contracts";
import { signatureDeadline } from "../transactions/bySignature";
import { useSimulatedWrite } from "../transactions/useSimulatedWrite";
import { useMembers } from "./useMembers";

/** The connected account's delegate, voting power and delegators, and the delegate action. */
export function useDelegation() {
  const { address } = useAccount();
  const { config, t, run } = useSimulatedWrite();
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

  // By signature, paid by the fund, when the member's wallet cannot pay the fee.
  const delegate = (to: Address) =>
    run(
      t("tx.label.delegate"),
      (from) => simulateContract(config, { ...votes, account: from, functionName: "delegate", args: [to] }),
      async (from) => ({
        kind: "delegation",
        votes: votes.address,
        signer: from,
        delegatee: to,
        expiry: await signatureDeadline(config),
      }),
    );

  return {
    address,
    delegate: reads.data?.[0],
    power: reads.data?.[1],
    delegators,
    isLoading: reads.isLoading,
    delegateTo: delegate,
  };
}
