import { simulateContract } from "wagmi/actions";
import type { Address } from "viem";
import { poolContract } from "../../config/contracts";
import { useSimulatedWrite } from "../../transactions/useSimulatedWrite";

/**
 * Every write to one pool. Each is simulated first, so a refusal (not on the committee, over
 * the cap, payee not verified) is explained by its named error before the wallet is asked. A
 * grant's reason goes to the content service; the pool gets its commitment.
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
    close: (name: string) =>
      run(t("tx.label.closePool", { name }), (from) =>
        simulateContract(config, { ...pool, account: from, functionName: "close" }),
      ),
  };
}
