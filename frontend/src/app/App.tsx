import { lazy, Suspense, useEffect, useRef, type ComponentProps } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, Route, Routes, useLocation } from "react-router";
import { WagmiProvider } from "wagmi";
import { CHAIN_ID, FUND } from "../config/deployment";
import { I18nProvider, useI18n } from "../i18n/I18nProvider";
import { ContentProvider } from "../texts/ContentProvider";
import { TxProvider } from "../transactions/TxCenter";
import { Layout } from "./Layout";
import { wagmiConfig } from "../wallet/wagmiConfig";
import { OverviewPage } from "../overview/OverviewPage";
import { networkName } from "../i18n/networkName";

// The first page loads with the app; the rest on demand, to keep the initial download small.
const ProposalsPage = lazy(() => import("../governance/ProposalsPage"));
const ProposalPage = lazy(() => import("../governance/ProposalPage"));
const NewGrantPage = lazy(() => import("../governance/NewGrantPage"));
const NewMintPage = lazy(() => import("../governance/NewMintPage"));
const RulesPage = lazy(() => import("../governance/RulesPage"));
const RolesPage = lazy(() => import("../governance/roles/RolesPage"));
const DelegationPage = lazy(() => import("../membership/DelegationPage"));
const MembersPage = lazy(() => import("../membership/MembersPage"));
const HistoryPage = lazy(() => import("../history/HistoryPage"));
const RoundsPage = lazy(() => import("../rounds/RoundsPage"));
const RoundPage = lazy(() => import("../rounds/RoundPage"));
const NewRoundPage = lazy(() => import("../rounds/NewRoundPage"));
const StewardsPage = lazy(() => import("../stewards/StewardsPage"));
const PoolPage = lazy(() => import("../stewards/pools/PoolPage"));
const NewPoolPage = lazy(() => import("../stewards/pools/NewPoolPage"));
const NewMilestoneGrantPage = lazy(() => import("../stewards/milestones/NewMilestoneGrantPage"));
const MyDataPage = lazy(() => import("../privacy/MyDataPage"));
const ModerationLogPage = lazy(() => import("../privacy/ModerationLogPage"));
const ErasurePage = lazy(() => import("../privacy/ErasurePage"));
const DepositPage = lazy(() => import("../treasury/DepositPage"));
const AccountPage = lazy(() => import("../passkeys/AccountPage"));
const RegistrarPage = lazy(() => import("../registrar/RegistrarPage"));

const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, retry: 1 } } });

/**
 * Moves focus to the main region when the visitor goes to another page, so screen readers
 * start at the new page. Not on the first load: there the page starts at its top, and the
 * first Tab reaches the skip link, the menu, the language and the wallet.
 */
function FocusOnNavigate() {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    document.getElementById("main")?.focus({ preventScroll: true });
  }, [pathname]);
  return null;
}

function Pages() {
  const { t } = useI18n();
  if (!FUND) return <p role="alert">{t("app.noDeployment", { network: networkName(CHAIN_ID, t) })}</p>;
  return (
    <Suspense fallback={<p aria-busy="true">{t("app.loading")}</p>}>
      <Routes>
        <Route path="/" element={<OverviewPage />} />
        <Route path="/proposals" element={<ProposalsPage />} />
        <Route path="/proposals/new" element={<NewGrantPage />} />
        <Route path="/proposals/mint" element={<NewMintPage />} />
        <Route path="/proposals/:id" element={<ProposalPage />} />
        <Route path="/delegation" element={<DelegationPage />} />
        <Route path="/members" element={<MembersPage />} />
        <Route path="/registrar" element={<RegistrarPage />} />
        <Route path="/account" element={<AccountPage />} />
        <Route path="/rounds" element={<RoundsPage />} />
        <Route path="/rounds/new" element={<NewRoundPage />} />
        <Route path="/rounds/:address" element={<RoundPage />} />
        <Route path="/stewards" element={<StewardsPage />} />
        <Route path="/stewards/pools/new" element={<NewPoolPage />} />
        <Route path="/stewards/pools/:address" element={<PoolPage />} />
        <Route path="/stewards/milestones/new" element={<NewMilestoneGrantPage />} />
        <Route path="/treasury/deposit" element={<DepositPage />} />
        <Route path="/history" element={<HistoryPage />} />
        <Route path="/rules" element={<RulesPage />} />
        <Route path="/rules/roles" element={<RolesPage />} />
        <Route path="/my-data" element={<MyDataPage />} />
        <Route path="/moderation" element={<ModerationLogPage />} />
        <Route path="/erasure" element={<ErasurePage />} />
        <Route path="*" element={<OverviewPage />} />
      </Routes>
    </Suspense>
  );
}

/** The whole dApp; `language` is the visitor's language with its catalogue already loaded. */
export function App({ language }: { language?: ComponentProps<typeof I18nProvider>["initial"] }) {
  return (
    <WagmiProvider config={wagmiConfig}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider initial={language}>
          <ContentProvider>
            <TxProvider>
              <BrowserRouter>
                <FocusOnNavigate />
                <Layout>
                  <Pages />
                </Layout>
              </BrowserRouter>
            </TxProvider>
          </ContentProvider>
        </I18nProvider>
      </QueryClientProvider>
    </WagmiProvider>
  );
}
