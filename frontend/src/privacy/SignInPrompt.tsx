import { useState } from "react";
import { useAccount } from "wagmi";
import { CHAIN_ID } from "../config/deployment";
import { useI18n } from "../i18n/I18nProvider";
import { useContent } from "../texts/ContentProvider";
import { explainError } from "../transactions/explainError";
import { BusyButton } from "../ui/BusyButton";

/**
 * Asks the connected account to sign in to the text service (one wallet signature, EIP-4361):
 * the pages about one's own data and the staff's pages need to know who is asking.
 */
export function SignInPrompt() {
  const i18n = useI18n();
  const { t } = i18n;
  const { isConnected } = useAccount();
  const { signedIn } = useContent();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!isConnected) return <p className="note">{t("signIn.connectFirst")}</p>;
  const signIn = async () => {
    setBusy(true);
    setError(null);
    try {
      await signedIn();
    } catch (e) {
      setError(explainError(e, i18n, CHAIN_ID));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="sign-in">
      <p>{t("signIn.why")}</p>
      <BusyButton type="button" busy={busy} onClick={() => void signIn()}>
        {t("signIn.button")}
      </BusyButton>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
