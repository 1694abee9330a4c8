import { useEffect, useRef } from "react";
import { useConnect, useConnectors, type Connector } from "wagmi";
import { FUND, IS_LOCAL, type DemoAccount } from "../config/deployment";
import { INTL_TAG } from "../i18n/format";
import { useI18n, type I18n } from "../i18n/I18nProvider";
import { personName } from "../ui/names";
import { demoRoles, type ChainRoles } from "./demoRoles";
import { useDemoChainRoles } from "./useDemoChainRoles";

/** "member in Måløv and registrar", in the visitor's language, as the chain says it now. */
function roleText(person: DemoAccount, chain: ChainRoles | null, { t, locale }: I18n): string {
  const roles = demoRoles(person, chain).map(({ role, district }) =>
    t(`wallet.role.${role}`, { district: district ?? "" }),
  );
  return new Intl.ListFormat(INTL_TAG[locale], { type: "conjunction" }).format(roles);
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
      {IS_LOCAL && FUND && demo.length > 0 && (
        <DemoAccounts connectors={demo} people={FUND.demoAccounts} open={open} onChoose={choose} />
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

/**
 * The local demo's people, each with what the chain says they are now: mounted only on the
 * local chain with a fund, where the demo connectors exist.
 */
function DemoAccounts({
  connectors,
  people,
  open,
  onChoose,
}: {
  connectors: readonly Connector[];
  people: readonly DemoAccount[];
  open: boolean;
  onChoose: (connector: Connector) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const chainRoles = useDemoChainRoles(people, open);
  return (
    <section aria-labelledby="demo-title" className="demo-accounts">
      <h3 id="demo-title">{t("wallet.demo")}</h3>
      <p className="note">{t("wallet.demoNote")}</p>
      <ul className="connector-list">
        {connectors.map((c) => {
          const person = people.find((p) => `demo-${p.index}` === c.id);
          return (
            <li key={c.uid}>
              <button type="button" onClick={() => onChoose(c)}>
                <strong>{personName(c.name)}</strong>
                {person && (
                  <span className="role">
                    {" "}
                    — {roleText(person, chainRoles?.get(person.address.toLowerCase()) ?? null, i18n)}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
