import { useState } from "react";
import { useAccount, useDisconnect } from "wagmi";
import { useI18n } from "../i18n/I18nProvider";
import { addressLabel } from "../ui/AddressText";
import { ConnectDialog } from "./ConnectDialog";

export function WalletButton() {
  const { t } = useI18n();
  const { address, isConnected } = useAccount();
  const { disconnect } = useDisconnect();
  const [open, setOpen] = useState(false);

  if (isConnected && address) {
    return (
      <div className="wallet">
        <span className="wallet-account" title={address}>
          {t("wallet.connectedAs", { name: addressLabel(address) })}
        </span>
        <button type="button" className="secondary" onClick={() => disconnect()}>
          {t("wallet.disconnect")}
        </button>
      </div>
    );
  }
  return (
    <div className="wallet">
      <button type="button" onClick={() => setOpen(true)}>
        {t("wallet.connect")}
      </button>
      <ConnectDialog open={open} onClose={() => setOpen(false)} />
    </div>
  );
}
