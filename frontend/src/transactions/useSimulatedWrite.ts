import { useConfig } from "wagmi";
import { getAccount, writeContract } from "wagmi/actions";
import type { Address } from "viem";
import { useI18n } from "../i18n/I18nProvider";
import { useTxCenter } from "./TxCenter";
import { NoWalletError } from "./explainError";

type Simulated = Promise<{ request: Parameters<typeof writeContract>[1] }>;

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
  const { t } = useI18n();
  const account = (): Address => {
    const { address } = getAccount(config);
    if (!address) throw new NoWalletError();
    return address;
  };
  const run = (label: string, simulate: (from: Address) => Simulated) =>
    track(label, async () => writeContract(config, (await simulate(account())).request));
  return { config, t, run, track, account };
}
