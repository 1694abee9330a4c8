import type { ReactNode } from "react";
import { CHAIN_ID } from "../config/deployment";
import { useI18n } from "../i18n/I18nProvider";
import { TxStatusList } from "../transactions/TxStatusList";
import { NetworkBanner } from "../wallet/NetworkBanner";
import { SiteHeader } from "./SiteHeader";
import { networkName } from "../i18n/networkName";

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <SiteHeader />
      <NetworkBanner />
      {/* Before main: on a phone the messages sit here in the page, under the header. */}
      <TxStatusList />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("app.footer", { network: networkName(CHAIN_ID, t) })}</p>
      </footer>
    </>
  );
}
