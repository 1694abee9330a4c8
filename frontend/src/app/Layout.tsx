import type { ReactNode } from "react";
import { NavLink } from "react-router";
import { CHAIN_ID, FUND } from "../config/deployment";
import { LOCALES, type Locale } from "../i18n/format";
import { useI18n } from "../i18n/I18nProvider";
import { LANGUAGE_NAMES } from "../i18n/messages/names";
import type { MessageKey } from "../i18n/messages/en";
import { TxStatusList } from "../transactions/TxStatusList";
import { NetworkBanner } from "../wallet/NetworkBanner";
import { useRoleNav } from "./useRoleNav";
import { WalletButton } from "../wallet/WalletButton";

const NAV: [string, MessageKey][] = [
  ["/", "nav.overview"],
  ["/proposals", "nav.proposals"],
  ["/proposals/new", "nav.newGrant"],
  ["/delegation", "nav.delegation"],
  ["/members", "nav.members"],
  ["/rounds", "nav.rounds"],
  ["/stewards", "nav.stewards"],
  ["/history", "nav.history"],
  ["/rules", "nav.rules"],
];

export function Layout({ children }: { children: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  const nav = [...NAV, ...useRoleNav()];
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="site-header">
        <div className="brand">
          <span className="brand-name">{t("app.name")}</span>
          <span className="brand-fund">{FUND?.name ?? t("app.tagline")}</span>
        </div>
        <nav aria-label={t("nav.label")}>
          <ul>
            {nav.map(([to, key]) => (
              <li key={to}>
                <NavLink to={to} end>
                  {t(key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <label className="language">
            <span>{t("language.label")}</span>
            <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          <WalletButton />
        </div>
      </header>
      <NetworkBanner />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <TxStatusList />
      <footer className="site-footer">
        <p>{t("app.footer", { chainId: CHAIN_ID })}</p>
      </footer>
    </>
  );
}
