import { useState } from "react";
import { requireFund } from "../config/contracts";
import { useI18n } from "../i18n/I18nProvider";
import { useAdmission } from "../registrar/useAdmission";
import { addressLabel } from "../ui/AddressText";
import { BusyButton } from "../ui/BusyButton";
import { Field } from "../ui/Field";
import { useFocusFirstInvalid } from "../ui/useFocusFirstInvalid";
import { EMPTY_ADMIT, validateAdmission, type AdmitDraft, type AdmitErrors } from "./admitForm";
import { useMembers } from "./useMembers";

/**
 * A registrar admits a resident to a district, from the Members page (the registrar's page,
 * /registrar, also reads account codes and admits from a file): the same admission, simulated
 * first, so the admission limit or a missing role is explained before anything is signed.
 * Shown only to the membership's registrars, as the chain says now: one appointed by a
 * proposal sees it as soon as the proposal is carried out.
 */
export function AdmitMember() {
  const { t } = useI18n();
  const fund = requireFund();
  const { members } = useMembers();
  const { isRegistrar, admit } = useAdmission();
  const [draft, setDraft] = useState<AdmitDraft>(EMPTY_ADMIT);
  const [errors, setErrors] = useState<AdmitErrors>({});
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useFocusFirstInvalid();
  if (isRegistrar !== true) return null;

  const message = (field: keyof AdmitErrors) => (errors[field] ? t(errors[field]!.key, errors[field]!.vars) : null);
  const update = (field: keyof AdmitDraft, value: string) => (setDraft({ ...draft, [field]: value }), setDone(null));
  const checked = validateAdmission(draft, {
    members: members.map((m) => m.account),
    districts: fund.districts.length,
  });

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setErrors(checked.errors);
    if (!checked.admission) return form.focusFirstInvalid();
    const { account, district } = checked.admission;
    setBusy(true);
    const outcome = await admit(account, district);
    setBusy(false);
    if (!outcome.ok) return; // the transaction list says why; the form keeps what was typed
    setDraft(EMPTY_ADMIT);
    setDone(t("admit.done", { account: addressLabel(account), district: fund.districts[district] }));
  };

  return (
    <section aria-labelledby="admit-title" className="admit-member">
      <h2 id="admit-title">{t("admit.title")}</h2>
      <p>{t("admit.intro")}</p>
      <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t("admit.address")} help={t("admit.addressHelp")} error={message("address")}>
          <input
            name="address"
            value={draft.address}
            onChange={(e) => update("address", e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        <Field label={t("admit.district")} error={message("district")}>
          <select name="district" value={draft.district} onChange={(e) => update("district", e.target.value)}>
            <option value="">{t("admit.districtNone")}</option>
            {fund.districts.map((name, i) => (
              <option key={name} value={String(i)}>
                {name}
              </option>
            ))}
          </select>
        </Field>
        {checked.admission && (
          <p className="summary">
            {t("admit.consequence", {
              account: addressLabel(checked.admission.account),
              district: fund.districts[checked.admission.district],
            })}
          </p>
        )}
        <BusyButton type="submit" busy={busy}>
          {t("admit.submit")}
        </BusyButton>
        {done && (
          <p className="note" role="status">
            {done}
          </p>
        )}
      </form>
    </section>
  );
}
