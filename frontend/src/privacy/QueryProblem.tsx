import { useI18n } from "../i18n/I18nProvider";
import { useContentErrorText } from "../texts/useContentAction";

/** A staff page's list still loading, or failing in the visitor's words with a way to try again. */
export function QueryProblem({ isLoading, error, retry }: { isLoading: boolean; error: unknown; retry: () => void }) {
  const { t } = useI18n();
  const explain = useContentErrorText();
  if (error) {
    return (
      <p className="load-error" role="alert">
        {explain(error)}{" "}
        <button type="button" onClick={retry}>
          {t("common.retry")}
        </button>
      </p>
    );
  }
  return isLoading ? <p aria-busy="true">{t("app.loading")}</p> : null;
}
