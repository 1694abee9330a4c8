import { useI18n } from "../i18n/I18nProvider";

/** Loading and failed-to-load states, said in words. */
export function LoadState({
  isLoading,
  error,
  retry,
}: {
  isLoading?: boolean;
  error?: Error | null;
  retry?: () => void;
}) {
  const { t } = useI18n();
  if (error) {
    return (
      <p className="load-error" role="alert">
        {t("common.loadError", { message: error.message.split("\n")[0] })}{" "}
        {retry && (
          <button type="button" onClick={retry}>
            {t("common.retry")}
          </button>
        )}
      </p>
    );
  }
  if (isLoading) return <p aria-busy="true">{t("app.loading")}</p>;
  return null;
}
