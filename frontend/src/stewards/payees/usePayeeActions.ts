import { simulateContract } from "wagmi/actions";
import type { Address } from "viem";
import { REVOCATION_REASONS, type RevocationReason } from "@sdk/model/stewards";
import { payeeRegistryContract } from "../../config/contracts";
import { useSimulatedWrite } from "../../transactions/useSimulatedWrite";
import type { Attestation } from "./attestationForm";

/**
 * A verifier's writes: attest (or renew) and revoke; each simulated first. The legal name and
 * number, and a revocation's reason, go to the content service; the registry gets commitments.
 */
export function usePayeeActions() {
  const { config, t, runWithTexts } = useSimulatedWrite();
  const registry = payeeRegistryContract()!;

  return {
    attest: (a: Attestation) =>
      runWithTexts(
        t("tx.label.attest", { name: a.legalName }),
        [{ kind: "payeeIdentity", contract: registry.address, fields: { legalName: a.legalName, number: a.number } }],
        (from, [identity]) =>
          simulateContract(config, {
            ...registry,
            account: from,
            functionName: "attest",
            args: [a.payee, a.scheme, a.payeeKind, identity, a.validUntil],
          }),
      ),
    revoke: (payee: Address, name: string, code: RevocationReason, reason: string) =>
      runWithTexts(
        t("tx.label.revokePayee", { name }),
        [{ kind: "payeeRevocation", contract: registry.address, fields: { reason } }],
        (from, [text]) =>
          simulateContract(config, {
            ...registry,
            account: from,
            functionName: "revoke",
            args: [payee, REVOCATION_REASONS.indexOf(code), text],
          }),
      ),
  };
}
