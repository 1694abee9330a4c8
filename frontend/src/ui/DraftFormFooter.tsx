import { useI18n } from "../i18n/I18nProvider";
import { BusyButton } from "./BusyButton";

/**
 * The end of every form whose draft is kept in the browser: the form-wide error (announced),
 * the note that nothing typed is lost, the submit button and "Clear the form".
 */
export function DraftFormFooter({
  formError,
  busy,
  submitLabel,
  clearLabel,
  onClear,
}: {
  formError: string | null;
  busy: boolean;
  submitLabel: string;
  /** For a page with two such forms, so each clear button has its own name. */
  clearLabel?: string;
  onClear: () => void;
}) {
  const { t } = useI18n();
  return (
    <>
      {formError && (
        <p className="error" role="alert">
          {formError}
        </p>
      )}
      <p className="note">{t("newGrant.draftSaved")}</p>
      <div className="form-buttons">
        <BusyButton type="submit" busy={busy}>
          {submitLabel}
        </BusyButton>
        <button type="button" className="secondary" onClick={onClear}>
          {clearLabel ?? t("newGrant.clear")}
        </button>
      </div>
    </>
  );
}
