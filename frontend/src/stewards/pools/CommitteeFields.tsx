import { useI18n } from "../../i18n/I18nProvider";
import { Field } from "../../ui/Field";

/**
 * A pool's committee (one address a line) and how many of them must approve a grant: the same
 * two fields when a pool is created and when its committee is changed, checked by the same SDK rule.
 */
export function CommitteeFields({
  committee,
  threshold,
  onChange,
  errors,
}: {
  committee: string;
  threshold: string;
  onChange: (field: "committee" | "threshold", value: string) => void;
  errors: { committee: string | null; threshold: string | null };
}) {
  const { t } = useI18n();
  return (
    <>
      <Field label={t("poolForm.committee")} help={t("poolForm.committeeHelp")} error={errors.committee}>
        <textarea
          name="committee"
          value={committee}
          onChange={(e) => onChange("committee", e.target.value)}
          rows={4}
          spellCheck={false}
          autoComplete="off"
        />
      </Field>
      <Field label={t("poolForm.threshold")} error={errors.threshold}>
        <input
          name="threshold"
          inputMode="numeric"
          value={threshold}
          onChange={(e) => onChange("threshold", e.target.value)}
          autoComplete="off"
        />
      </Field>
    </>
  );
}
