import { useConfig } from "wagmi";
import { getAccount, writeContract } from "wagmi/actions";
import type { Address } from "viem";
import type { MessageKey } from "../i18n/messages/en";
import type { Sentence } from "../i18n/sentence";
import type { Vars } from "../i18n/translate";
import { useTxCenter } from "./TxCenter";
import { NoWalletError } from "./explainError";

type Simulated = Promise<{ request: Parameters<typeof writeContract>[1] }>;

/**
 * A transaction's label: kept as key and facts, not as text, so the transaction list says it in
 * whatever language the visitor switches to while it is shown. Named `t` where write hooks use
 * it, since they build labels as they would translate them: `run(t("tx.label.vote", { id }), …)`.
 */
const label = (key: MessageKey, vars?: Vars): Sentence => ({ key, vars });

/**
 * What every write hook shares: the connected account (or a NoWalletError, which becomes a
 * sentence), and `run`, which simulates first — so a refusal is explained by the contract's
 * named error before the wallet is asked — then sends exactly the simulated request and
 * follows it in the transaction list under `label`. `track` is there for a write whose request
 * `run` cannot type (a payable function).
 */
export function useSimulatedWrite() {
  const config = useConfig();
  const { track } = useTxCenter();
  const account = (): Address => {
    const { address } = getAccount(config);
    if (!address) throw new NoWalletError();
    return address;
  };
  const run = (label: Sentence, simulate: (from: Address) => Simulated) =>
    track(label, async () => writeContract(config, (await simulate(account())).request));
  return { config, t: label, run, track, account };
}
