import { useAccount, useSwitchChain } from "wagmi";
import { CHAIN_ID } from "../config/deployment";
import { useI18n } from "../i18n/I18nProvider";
import { BusyButton } from "../ui/BusyButton";
import { networkName } from "../i18n/networkName";

/** Says so when the wallet is on another chain than the fund, with a button to switch. */
export function NetworkBanner() {
  const { t } = useI18n();
  const { isConnected, chainId } = useAccount();
  const { switchChain, isPending } = useSwitchChain();
  if (!isConnected || chainId === CHAIN_ID) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <p>
        {t("wallet.wrongNetwork", {
          actual: chainId === undefined ? "?" : networkName(chainId, t),
          expected: networkName(CHAIN_ID, t),
        })}
      </p>
      <BusyButton busy={isPending} onClick={() => switchChain({ chainId: CHAIN_ID })}>
        {t("wallet.switchNetwork")}
      </BusyButton>
    </div>
  );
}
