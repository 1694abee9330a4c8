import { useId } from "react";
import { useI18n } from "../i18n/I18nProvider";

/**
 * The proposer's choice to put a proposal's title on chain, where it can never be changed or
 * erased. Off by default: the title then lives with the body in the content service, and the
 * chain holds only its commitment.
 */
export function PublicTitleCheckbox({ checked, onChange }: { checked: boolean; onChange: (v: boolean) => void }) {
  const { t } = useI18n();
  const help = useId();
  return (
    <div className="field field-checkbox">
      <label className="checkbox">
        <input
          type="checkbox"
          name="publicTitle"
          checked={checked}
          aria-describedby={help}
          onChange={(e) => onChange(e.target.checked)}
        />{" "}
        {t("texts.publicTitle")}
      </label>
      <p id={help} className="help">
        {t("texts.publicTitleHelp")}
      </p>
    </div>
  );
}
