import { useConfig } from "wagmi";
import { getAccount, simulateContract, writeContract } from "wagmi/actions";
import type { Address } from "viem";
import { payeeRegistryContract } from "../config/contracts";
import { useI18n } from "../i18n/I18nProvider";
import { useTxCenter } from "../transactions/TxCenter";
import { NoWalletError } from "../transactions/explainError";
import type { Attestation } from "./attestationForm";

/** A verifier's writes: attest (or renew) and revoke; each simulated first. */
export function usePayeeActions() {
  const config = useConfig();
  const { track } = useTxCenter();
  const { t } = useI18n();
  const registry = payeeRegistryContract()!;

  const account = () => {
    const { address: from } = getAccount(config);
    if (!from) throw new NoWalletError();
    return from;
  };
  const run = (label: string, simulate: (from: Address) => Promise<{ request: Parameters<typeof writeContract>[1] }>) =>
    track(label, async () => writeContract(config, (await simulate(account())).request));

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
