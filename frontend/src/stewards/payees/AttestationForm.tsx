import { PAYEE_KINDS, type PayeeKind } from "@sdk/model/stewards";
import { useRef, useState } from "react";
import { CHAIN_ID } from "../../config/deployment";
import { useI18n } from "../../i18n/I18nProvider";
import { addressLabel } from "../../ui/AddressText";
import { Field } from "../../ui/Field";
import { useDraft } from "../../ui/useDraft";
import {
  EMPTY_ATTESTATION,
  validateAttestation,
  type AttestationDraft,
  type AttestationErrors,
} from "./attestationForm";
import { REGISTRATION_DIGITS, REGISTRATION_SCHEMES, type RegistrationScheme } from "../stewardModel";
import { usePayeeActions } from "./usePayeeActions";
import { DraftFormFooter } from "../../ui/DraftFormFooter";

const FIELD_ORDER: (keyof AttestationDraft)[] = ["payee", "legalName", "scheme", "number", "validUntil"];

/** A verifier attests (or renews) a payee after looking it up in the business register. */
export function AttestationForm({
  now,
  isVerifier,
  draftState,
}: {
  now: number;
  isVerifier: boolean;
  draftState: ReturnType<typeof useAttestationDraft>;
}) {
  const { t, date } = useI18n();
  const { attest } = usePayeeActions();
  const { draft, update, clear } = draftState;
  const [errors, setErrors] = useState<AttestationErrors>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const message = (field: keyof AttestationErrors) =>
    errors[field] ? t(errors[field]!.key, errors[field]!.vars) : null;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const { errors: found, attestation } = validateAttestation(draft, { now, isVerifier });
    setErrors(found);
    const first = FIELD_ORDER.find((f) => found[f]);
    if (first) return form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
    if (!attestation) return;
    setBusy(true);
    const outcome = await attest(attestation);
    setBusy(false);
    if (outcome.ok) (clear(), setErrors({}));
  };

  const valid = validateAttestation(draft, { now, isVerifier: true }).attestation;
  return (
    <form ref={form} id="attest" className="attestation-form" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t("payees.form.title")}</h3>
      <Field label={t("payees.form.payee")} error={message("payee")}>
        <input
          name="payee"
          value={draft.payee}
          onChange={(e) => update("payee", e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      <Field label={t("payees.form.legalName")} error={message("legalName")}>
        <input name="legalName" value={draft.legalName} onChange={(e) => update("legalName", e.target.value)} />
      </Field>
      <Field label={t("texts.payeeKindField")} help={t("texts.payeeKindHelp")}>
        <select
          name="payeeKind"
          value={draft.payeeKind}
          onChange={(e) => update("payeeKind", e.target.value as PayeeKind)}
        >
          {PAYEE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`texts.payeeKind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("payees.form.scheme")}>
        <select
          name="scheme"
          value={draft.scheme}
          onChange={(e) => update("scheme", e.target.value as RegistrationScheme)}
        >
          {REGISTRATION_SCHEMES.map((s) => (
            <option key={s} value={s}>
              {t(`payees.scheme.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t("payees.form.number")}
        help={t("payees.form.numberHelp", { length: REGISTRATION_DIGITS[draft.scheme] })}
        error={message("number")}
      >
        <input
          name="number"
          inputMode="numeric"
          value={draft.number}
          onChange={(e) => update("number", e.target.value)}
          autoComplete="off"
        />
      </Field>
      <Field label={t("payees.form.validUntil")} error={message("validUntil")}>
        <input
          name="validUntil"
          type="date"
          value={draft.validUntil}
          onChange={(e) => update("validUntil", e.target.value)}
        />
      </Field>
      {valid && (
        <p className="consequence-text">
          {t("payees.form.consequence", {
            payee: addressLabel(valid.payee),
            name: valid.legalName,
            until: date(valid.validUntil),
          })}
        </p>
      )}
      <DraftFormFooter
        formError={message("form")}
        busy={busy}
        submitLabel={t("payees.form.submit")}
        onClear={() => (clear(), setErrors({}))}
      />
    </form>
  );
}

/** The attestation draft, kept in local storage and shared with the "verify" buttons. */
export function useAttestationDraft() {
  return useDraft<AttestationDraft>(`pulje.draft.attestation.${CHAIN_ID}`, EMPTY_ATTESTATION);
}
