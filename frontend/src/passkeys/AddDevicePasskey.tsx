import { useState } from "react";
import { CHAIN_ID } from "../config/deployment";
import { useI18n } from "../i18n/I18nProvider";
import { explainError } from "../transactions/explainError";
import { BusyButton } from "../ui/BusyButton";
import type { StoredPasskey } from "./passkeyStore";
import { createPasskeyForAnotherDevice } from "./webAuthn";

/**
 * Adds a passkey made on another device (a phone nearby or a security key, as the browser offers)
 * to the account this device is logged in to: the account calls its own `addPasskey` in a
 * user operation the fund pays for. The other device then signs in with it and finds the account.
 */
export function AddDevicePasskey({ passkey, name }: { passkey: StoredPasskey; name: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  // Two touches in a row: first the other device makes its passkey, then this one confirms.
  // Saying which is due keeps a user from touching the security key twice.
  const [step, setStep] = useState<"idle" | "otherDevice" | "thisDevice">("idle");
  const [added, setAdded] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const add = async () => {
    setStep("otherDevice");
    setAdded(false);
    setError(null);
    try {
      const publicKey = await createPasskeyForAnotherDevice(name);
      setStep("thisDevice");
      // Loaded when used, like every sponsored operation: the bundler client is not in the first download.
      const [{ sendSponsored, waitForSponsored }, { passkeyChangeCall }] = await Promise.all([
        import("./sponsored"),
        import("@sdk/accounts/passkeyAccount"),
      ]);
      const operation = await sendSponsored(passkey, passkeyChangeCall(passkey.address, "addPasskey", publicKey));
      await waitForSponsored(operation);
      setAdded(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setStep("idle");
    }
  };

  return (
    <section aria-labelledby="account-devices">
      <h2 id="account-devices">{t("account.devices")}</h2>
      <p>{t("account.addDeviceHelp")}</p>
      <BusyButton busy={step !== "idle"} className="secondary" onClick={() => void add()}>
        {t("account.addDevice")}
      </BusyButton>
      <p role="status" aria-live="polite">
        {step === "otherDevice"
          ? t("account.makingOnOtherDevice")
          : step === "thisDevice"
            ? t("account.addingDevice")
            : added
              ? t("account.deviceAdded")
              : ""}
      </p>
      {error !== null && (
        <p className="error" role="alert">
          {explainError(error, i18n, CHAIN_ID)}
        </p>
      )}
    </section>
  );
}
