import type { Address } from "viem";
import { useI18n } from "../../i18n/I18nProvider";
import { addressLabel } from "../../ui/AddressText";
import { Field } from "../../ui/Field";

/** The committee field's lines (addresses), as typed. */
const lines = (committee: string) =>
  committee
    .split(/\s+/)
    .map((line) => line.trim().toLowerCase())
    .filter(Boolean);

/**
 * A pool's committee (one address a line) and how many of them must approve a grant: the same
 * two fields when a pool is created and when its committee is changed, checked by the same SDK rule.
 * `candidates` (a task group's interested members) can each be added to the list with a button.
 */
export function CommitteeFields({
  committee,
  threshold,
  onChange,
  errors,
  candidates = [],
}: {
  committee: string;
  threshold: string;
  onChange: (field: "committee" | "threshold", value: string) => void;
  errors: { committee: string | null; threshold: string | null };
  candidates?: readonly Address[];
}) {
  const { t } = useI18n();
  const listed = new Set(lines(committee));
  const add = (member: Address) =>
    onChange("committee", committee.trim() === "" ? member : `${committee.trimEnd()}\n${member}`);
  return (
    <>
      {candidates.length > 0 && (
        <fieldset className="committee-candidates">
          <legend>{t("poolForm.interested")}</legend>
          <ul>
            {candidates.map((member) => {
              const name = addressLabel(member);
              return (
                <li key={member}>
                  {listed.has(member.toLowerCase()) ? (
                    t("poolForm.interestedAdded", { name })
                  ) : (
                    <button type="button" onClick={() => add(member)}>
                      {t("poolForm.interestedAdd", { name })}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
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
