import { useEffect, useRef, useState } from "react";
import { useAccount, useDisconnect } from "wagmi";
import { useI18n } from "../i18n/I18nProvider";
import { addressLabel } from "../ui/AddressText";
import { ConnectDialog } from "./ConnectDialog";

/**
 * Connect and disconnect. The control that was pressed is gone afterwards (Connect becomes
 * "Connected as …", Disconnect becomes Connect), so focus moves to what replaced it: after
 * connecting to the account line, which reads out who is connected; after disconnecting to
 * the Connect button. A reconnection on page load moves nothing.
 */
export function WalletButton() {
  const { t } = useI18n();
  const { address, isConnected } = useAccount();
  const { disconnect } = useDisconnect();
  const [open, setOpen] = useState(false);
  const [disconnecting, setDisconnecting] = useState(false);
  const accountLine = useRef<HTMLParagraphElement>(null);
  const connectButton = useRef<HTMLButtonElement>(null);

  // The picker belongs to the signed-out state: closed once connected, it cannot reappear
  // by itself on disconnect. (Its own onClose never runs then: it unmounts first.)
  useEffect(() => {
    if (!isConnected) return;
    if (open) accountLine.current?.focus();
    setOpen(false);
    // Only a change of connection matters here, not the picker opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isConnected]);

  useEffect(() => {
    if (isConnected || !disconnecting) return;
    connectButton.current?.focus();
    setDisconnecting(false);
  }, [isConnected, disconnecting]);

  if (isConnected && address) {
    return (
      <div className="wallet">
        <p className="wallet-account" title={address} ref={accountLine} tabIndex={-1}>
          {t("wallet.connectedAs", { name: addressLabel(address) })}
        </p>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setDisconnecting(true);
            disconnect();
          }}
        >
          {t("wallet.disconnect")}
        </button>
      </div>
    );
  }
  return (
    <div className="wallet">
      <button ref={connectButton} type="button" onClick={() => setOpen(true)}>
        {t("wallet.connect")}
      </button>
      <ConnectDialog open={open} onClose={() => setOpen(false)} />
    </div>
  );
}
