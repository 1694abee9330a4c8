import { simulateContract } from "wagmi/actions";
import type { Address } from "viem";
import { payeeRegistryContract } from "../../config/contracts";
import { useSimulatedWrite } from "../../transactions/useSimulatedWrite";
import type { Attestation } from "./attestationForm";

/** A verifier's writes: attest (or renew) and revoke; each simulated first. */
export function usePayeeActions() {
  const { config, t, run } = useSimulatedWrite();
  const registry = payeeRegistryContract()!;

  return {
    attest: (a: Attestation) =>
      run(t("tx.label.attest", { name: a.legalName }), (from) =>
        simulateContract(config, {
          ...registry,
          account: from,
          functionName: "attest",
          args: [a.payee, a.legalName, a.scheme, a.number, a.validUntil],
        }),
      ),
    revoke: (payee: Address, name: string, reason: string) =>
      run(t("tx.label.revokePayee", { name }), (from) =>
        simulateContract(config, { ...registry, account: from, functionName: "revoke", args: [payee, reason] }),
      ),
  };
}
