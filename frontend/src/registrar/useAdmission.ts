import { simulateContract } from "wagmi/actions";
import type { Address } from "viem";
import { membershipContract, requireFund } from "../config/contracts";
import { useSimulatedWrite } from "../transactions/useSimulatedWrite";
import { addressLabel } from "../ui/AddressText";
import { useIsRegistrar } from "./useIsRegistrar";

/**
 * The registrar's admissions: whether the connected account may admit (REGISTRAR_ROLE on the
 * membership contract), and `admit`, one `addMember` transaction simulated first. The
 * membership contract has no batch call (no multicall), so a file's members go one by one.
 */
export function useAdmission() {
  const { config, t, run } = useSimulatedWrite();
  const isRegistrar = useIsRegistrar();
  const admit = (account: Address, district: number) =>
    run(t("registrar.tx", { account: addressLabel(account), district: requireFund().districts[district] }), (from) =>
      simulateContract(config, {
        ...membershipContract()!,
        account: from,
        functionName: "addMember",
        args: [account, district],
      }),
    );
  return { isRegistrar, admit };
}
