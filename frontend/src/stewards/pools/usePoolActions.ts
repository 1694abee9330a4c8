import { simulateContract } from "wagmi/actions";
import type { Address } from "viem";
import { poolContract } from "../../config/contracts";
import { useSimulatedWrite } from "../../transactions/useSimulatedWrite";

/**
 * Every write to one pool. Each is simulated first, so a refusal (not on the committee, over
 * the cap, payee not verified) is explained by its named error before the wallet is asked. A
 * grant's reason, an application's title and purpose and a decline's reason go to the content
 * service; the pool gets their commitments.
 */
export function usePoolActions(address: Address) {
  const { config, t, run, runWithTexts } = useSimulatedWrite();
  const pool = poolContract(address);

  return {
    proposeGrant: (payee: Address, amount: bigint, reason: string, amountText: string) =>
      runWithTexts(
        t("tx.label.proposeMicroGrant", { amount: amountText }),
        [{ kind: "poolGrant", contract: address, fields: { reason } }],
        (from, [text]) =>
          simulateContract(config, {
            ...pool,
            account: from,
            functionName: "proposeGrant",
            args: [payee, amount, text],
          }),
      ),
    approveGrant: (id: bigint) =>
      run(t("tx.label.approveMicroGrant", { id: String(id) }), (from) =>
        simulateContract(config, { ...pool, account: from, functionName: "approveGrant", args: [id] }),
      ),
    withdrawGrant: (id: bigint) =>
      run(t("tx.label.withdrawMicroGrant", { id: String(id) }), (from) =>
        simulateContract(config, { ...pool, account: from, functionName: "withdrawGrant", args: [id] }),
      ),
    applyForGrant: (amount: bigint, payee: Address, title: string, purpose: string, amountText: string) =>
      runWithTexts(
        t("tx.label.applyForGrant", { amount: amountText }),
        [{ kind: "poolApplication", contract: address, fields: { title, purpose } }],
        (from, [text]) =>
          simulateContract(config, {
            ...pool,
            account: from,
            functionName: "applyForGrant",
            args: [amount, payee, text],
          }),
      ),
    grantApplication: (id: bigint, reason: string) =>
      runWithTexts(
        t("tx.label.grantApplication", { id: String(id) }),
        [{ kind: "poolGrant", contract: address, fields: { reason } }],
        (from, [text]) =>
          simulateContract(config, { ...pool, account: from, functionName: "grantApplication", args: [id, text] }),
      ),
    declineApplication: (id: bigint, reason: string) =>
      runWithTexts(
        t("tx.label.declineApplication", { id: String(id) }),
        [{ kind: "poolApplicationDecline", contract: address, fields: { reason } }],
        (from, [text]) =>
          simulateContract(config, { ...pool, account: from, functionName: "declineApplication", args: [id, text] }),
      ),
    registerInterest: (name: string) =>
      run(t("tx.label.registerInterest", { pool: name }), (from) =>
        simulateContract(config, { ...pool, account: from, functionName: "registerInterest" }),
      ),
    withdrawInterest: (name: string) =>
      run(t("tx.label.withdrawInterest", { pool: name }), (from) =>
        simulateContract(config, { ...pool, account: from, functionName: "withdrawInterest" }),
      ),
    close: (name: string) =>
      run(t("tx.label.closePool", { name }), (from) =>
        simulateContract(config, { ...pool, account: from, functionName: "close" }),
      ),
  };
}
