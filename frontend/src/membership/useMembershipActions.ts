import { useAccount, useReadContract } from "wagmi";
import { simulateContract } from "wagmi/actions";
import { membershipAbi } from "@sdk/generated/pulje";
import { membershipContract } from "../config/contracts";
import { useSimulatedWrite } from "../transactions/useSimulatedWrite";

/**
 * A member's own membership: whether the connected account is a member (undefined while read,
 * and in a token-weighted fund, which has no membership), and leaving, simulated first.
 */
export function useMembershipActions() {
  const { address } = useAccount();
  const { config, t, run } = useSimulatedWrite();
  const membership = membershipContract();
  const { data: isMember } = useReadContract({
    address: membership?.address,
    abi: membershipAbi,
    functionName: "isMember",
    args: [address ?? "0x0000000000000000000000000000000000000000"],
    query: { enabled: Boolean(address && membership) },
  });

  return {
    isMember: address && membership ? isMember : undefined,
    leave: () =>
      run(t("leave.tx"), (from) =>
        simulateContract(config, { ...membershipContract()!, account: from, functionName: "leave" }),
      ),
  };
}
