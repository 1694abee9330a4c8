import { useState } from "react";
import { useAccount, useConfig, useReadContract } from "wagmi";
import { connect, disconnect, getConnectors } from "wagmi/actions";
import { membershipAbi } from "@sdk/generated/pulje";
import { CHAIN_ID, FUND } from "../config/deployment";
import { PASSKEYS } from "../config/passkeys";
import { useI18n } from "../i18n/I18nProvider";
import { explainError } from "../transactions/explainError";
import { BusyButton } from "../ui/BusyButton";
import { usePageTitle } from "../ui/usePageTitle";
import { AccountCode } from "./AccountCode";
import { AddDevicePasskey } from "./AddDevicePasskey";
import { PASSKEY_CONNECTOR_TYPE } from "./passkeyConnector";
import { loadPasskey, savePasskey, type StoredPasskey } from "./passkeyStore";
import { createPasskey, signInWithPasskey } from "./webAuthn";

/**
 * A resident's own Pulje account, made with a passkey: what a passkey is and that taking part
 * is free; making one, or signing in with one made on another device; and, once there, the
 * code to show the registrar. The account is logged in as the dApp's wallet, so every page
 * sends with it as with any other.
 */
export default function AccountPage() {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t("account.title"));
  const config = useConfig();
  const { connector } = useAccount();
  const [passkey, setPasskey] = useState<StoredPasskey | null>(loadPasskey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { data: isMember } = useReadContract({
    address: FUND?.contracts.membership ?? undefined,
    abi: membershipAbi,
    functionName: "isMember",
    args: passkey ? [passkey.address] : undefined,
    query: { enabled: Boolean(passkey && FUND?.contracts.membership) },
  });
  const loggedIn = connector?.type === PASSKEY_CONNECTOR_TYPE;

  const logIn = async () => {
    const passkeyConnector = getConnectors(config).find((c) => c.type === PASSKEY_CONNECTOR_TYPE);
    if (!passkeyConnector) return;
    // One wallet at a time: a wallet app or demo account logged in makes way for the passkey.
    if (connector && !loggedIn) await disconnect(config, { connector });
    if (!loggedIn) await connect(config, { connector: passkeyConnector, chainId: CHAIN_ID });
  };

  const start = async (make: () => Promise<StoredPasskey>) => {
    setBusy(true);
    setError(null);
    try {
      const made = await make();
      savePasskey(made);
      setPasskey(made);
      await logIn();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (!PASSKEYS) {
    return (
      <div className="page account">
        <h1>{t("account.title")}</h1>
        <p>{t("account.unavailable")}</p>
      </div>
    );
  }
  const name = `${FUND?.name ?? "Pulje"} ${new Date().toISOString().slice(0, 10)}`;

  return (
    <div className="page account">
      <h1>{t("account.title")}</h1>
      <p>{t("account.whatIsAPasskey")}</p>
      <p>
        <strong>{t("account.free")}</strong>
      </p>
      {passkey ? (
        <section aria-labelledby="account-yours">
          <h2 id="account-yours">{t("account.yours")}</h2>
          <p role="status">
            {isMember === true ? t("account.member") : isMember === false ? t("account.notMember") : null}
          </p>
          {isMember === false && <p>{t("account.showRegistrar")}</p>}
          <AccountCode address={passkey.address} />
          {loggedIn ? (
            <>
              <p>{t("account.signedIn")}</p>
              <button type="button" className="secondary" onClick={() => void disconnect(config, { connector })}>
                {t("account.logOut")}
              </button>
            </>
          ) : (
            <BusyButton busy={busy} onClick={() => void start(async () => passkey)}>
              {t("account.logIn")}
            </BusyButton>
          )}
        </section>
      ) : (
        <div className="account-start">
          <BusyButton busy={busy} onClick={() => void start(() => createPasskey(config, PASSKEYS!, name))}>
            {t("account.create")}
          </BusyButton>
          <p>{t("account.signInHelp")}</p>
          <BusyButton
            busy={busy}
            className="secondary"
            onClick={() => void start(() => signInWithPasskey(config, PASSKEYS!))}
          >
            {t("account.signIn")}
          </BusyButton>
        </div>
      )}
      {passkey && loggedIn && isMember === true && <AddDevicePasskey passkey={passkey} name={name} />}
      <p role="status" aria-live="polite">
        {busy ? t("account.working") : ""}
      </p>
      {error !== null && (
        <p className="error" role="alert">
          {explainError(error, i18n, CHAIN_ID)}
        </p>
      )}
    </div>
  );
}
