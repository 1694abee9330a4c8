import { useEffect, useRef } from "react";
import { useConnect, useConnectors, type Connector } from "wagmi";
import { FUND, IS_LOCAL, type DemoAccount } from "../config/deployment";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages/en";
import { personName } from "../ui/names";

function roleText(person: DemoAccount, t: (key: MessageKey, vars?: Record<string, string>) => string): string {
  return t(`wallet.role.${person.role}`, { district: person.district ?? "" });
}

/**
 * Picks a wallet: the browser wallets announced by EIP-6963 and, on the local demo chain only,
 * a clearly labelled list of demo accounts. A native <dialog>: focus stays inside, Escape closes.
 */
export function ConnectDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const connectors = useConnectors();
  const { connect, error } = useConnect();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const injected = connectors.filter((c) => c.type === "injected");
  const demo = connectors.filter((c) => c.type === "demo");
  const choose = (connector: Connector) => connect({ connector }, { onSuccess: onClose });

  return (
    <dialog ref={dialog} className="connect-dialog" aria-labelledby="connect-title" onClose={onClose}>
      <h2 id="connect-title">{t("wallet.dialogTitle")}</h2>
      <section aria-labelledby="injected-title">
        <h3 id="injected-title">{t("wallet.injected")}</h3>
        {injected.length === 0 ? (
          <p>{t("wallet.noInjected")}</p>
        ) : (
          <ul className="connector-list">
            {injected.map((c) => (
              <li key={c.uid}>
                <button type="button" onClick={() => choose(c)}>
                  {c.icon && <img src={c.icon} alt="" width={20} height={20} />} {c.name}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {IS_LOCAL && demo.length > 0 && (
        <section aria-labelledby="demo-title" className="demo-accounts">
          <h3 id="demo-title">{t("wallet.demo")}</h3>
          <p className="note">{t("wallet.demoNote")}</p>
          <ul className="connector-list">
            {demo.map((c) => {
              const person = FUND?.demoAccounts.find((p) => `demo-${p.index}` === c.id);
              return (
                <li key={c.uid}>
                  <button type="button" onClick={() => choose(c)}>
                    <strong>{personName(c.name)}</strong>
                    {person && <span className="role"> — {roleText(person, t)}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {error && (
        <p className="error" role="alert">
          {error.message.split("\n")[0]}
        </p>
      )}
      <button type="button" className="secondary" onClick={onClose}>
        {t("wallet.close")}
      </button>
    </dialog>
  );
}
