import { useAccount, useReadContract } from "wagmi";
import { simulateContract } from "wagmi/actions";
import type { Address } from "viem";
import { roleHash } from "@sdk/model/roles";
import { membershipContract, requireFund } from "../config/contracts";
import { useSimulatedWrite } from "../transactions/useSimulatedWrite";
import { addressLabel } from "../ui/AddressText";

/**
 * The registrar's admissions: whether the connected account may admit (REGISTRAR_ROLE on the
 * membership contract), and `admit`, one `addMember` transaction simulated first. The
 * membership contract has no batch call (no multicall), so a file's members go one by one.
 */
export function useAdmission() {
  const { address } = useAccount();
  const { config, t, run } = useSimulatedWrite();
  const membership = membershipContract();
  const { data: isRegistrar } = useReadContract({
    address: membership?.address,
    abi: membership?.abi,
    functionName: "hasRole",
    args: [roleHash("REGISTRAR_ROLE"), address ?? "0x0000000000000000000000000000000000000000"],
    query: { enabled: Boolean(address && membership) },
  });
  const admit = (account: Address, district: number) =>
    run(t("registrar.tx", { account: addressLabel(account), district: requireFund().districts[district] }), (from) =>
      simulateContract(config, {
        ...membershipContract()!,
        account: from,
        functionName: "addMember",
        args: [account, district],
      }),
    );
  return { isRegistrar: address && membership ? isRegistrar : undefined, admit };
}
