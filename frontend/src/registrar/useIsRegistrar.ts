import { useAccount, useReadContract } from "wagmi";
import { roleHash } from "@sdk/model/roles";
import { membershipContract } from "../config/contracts";

/**
 * Whether the connected account may admit members (REGISTRAR_ROLE on the membership contract);
 * undefined while unknown or without an account. Apart from the admissions themselves, since
 * the header asks on every page and their write code should load only with the registrar's page.
 */
export function useIsRegistrar(): boolean | undefined {
  const { address } = useAccount();
  const membership = membershipContract();
  const { data } = useReadContract({
    address: membership?.address,
    abi: membership?.abi,
    functionName: "hasRole",
    args: [roleHash("REGISTRAR_ROLE"), address ?? "0x0000000000000000000000000000000000000000"],
    query: { enabled: Boolean(address && membership) },
  });
  return address && membership ? (data as boolean | undefined) : undefined;
}
