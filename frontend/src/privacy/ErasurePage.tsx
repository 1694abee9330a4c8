import { useI18n } from "../i18n/I18nProvider";
import { usePageTitle } from "../ui/usePageTitle";
import { ErasureLog } from "./ErasureLog";
import { ErasureRequests } from "./ErasureRequests";
import { StaffGate } from "./StaffGate";

/**
 * The erasure officer's page (GDPR Art. 17): the open requests to decide, the erasure log, and
 * whether the chain has anchored the log's current root.
 */
export default function ErasurePage() {
  const { t } = useI18n();
  usePageTitle(t("erasure.title"));
  return (
    <section aria-labelledby="erasure-title">
      <h1 id="erasure-title">{t("erasure.title")}</h1>
      <p>{t("erasure.intro")}</p>
      <StaffGate role="erasureOfficer">
        <ErasureRequests />
      </StaffGate>
      {/* Public: the log holds no personal data, and anyone may check it against the chain. */}
      <ErasureLog />
    </section>
  );
}
