import { useState } from "react";
import type { Address } from "viem";
import { CHAIN_ID } from "../../config/deployment";
import { parseAmountInput } from "../../governance/grantForm";
import { useI18n } from "../../i18n/I18nProvider";
import { DraftFormFooter } from "../../ui/DraftFormFooter";
import { Field } from "../../ui/Field";
import { useDraft } from "../../ui/useDraft";
import { useFocusFirstInvalid } from "../../ui/useFocusFirstInvalid";
import { usePayeeLabel } from "../payees/payeeLabel";
import { usePayees } from "../payees/usePayees";
import { useAssetText } from "../useAssetText";
import {
  APPLICATION_PURPOSE_MAX,
  APPLICATION_TITLE_MAX,
  applicationPayee,
  EMPTY_APPLICATION,
  validateApplication,
  type ApplicationDraft,
  type ApplicationErrors,
} from "./applicationForm";
import { useHoldsMembership } from "./useHoldsMembership";
import { usePoolActions } from "./usePoolActions";
import type { Pool } from "./usePools";

/** A payee in the register, by its legal name where the verifier gave one. */
function PayeeOption({ address }: { address: Address }) {
  return <option value={address}>{usePayeeLabel(address)}</option>;
}

/**
 * A member applies to a pool for a grant: title, purpose, amount and a payee from the register.
 * Checked field by field before anything is sent; the draft is kept until the application is.
 */
export function ApplyForGrant({ pool, now }: { pool: Pool; now: number }) {
  const { t, unit } = useI18n();
  const { money, info } = useAssetText();
  const asset = info(pool.token);
  const isMember = useHoldsMembership();
  const { payees } = usePayees();
  const actions = usePoolActions(pool.address);
  const { draft, update, clear } = useDraft<ApplicationDraft>(
    `pulje.draft.poolApplication.${CHAIN_ID}.${pool.address.toLowerCase()}`,
    EMPTY_APPLICATION,
  );
  const [errors, setErrors] = useState<ApplicationErrors>({});
  const [busy, setBusy] = useState(false);
  const form = useFocusFirstInvalid();
  const message = (field: keyof ApplicationErrors) =>
    errors[field] ? t(errors[field]!.key, errors[field]!.vars) : null;
  const capText = money(pool.token, pool.cap);
  // Only payees money may go to now: an application for another would be granted in vain.
  const choices = payees.filter((p) => p.mayBePaid).map((p) => p.address);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = validateApplication(draft, {
      decimals: asset.decimals,
      cap: pool.cap,
      capText,
      isMember,
      isOpen: !pool.closed && pool.endsAt > now,
    });
    setErrors(found);
    if (Object.keys(found).some((f) => f !== "form")) return form.focusFirstInvalid();
    const amount = parseAmountInput(draft.amount, asset.decimals);
    if (found.form || amount === null) return;
    setBusy(true);
    const outcome = await actions.applyForGrant(
      amount,
      applicationPayee(draft),
      draft.title.trim(),
      draft.purpose.trim(),
      money(pool.token, amount),
    );
    setBusy(false);
    if (outcome.ok) (clear(), setErrors({}));
  };

  return (
    <section aria-labelledby="apply-title" className="apply-for-grant">
      <h2 id="apply-title">{t("application.title")}</h2>
      <p>{t("application.intro")}</p>
      <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t("application.field.title")} error={message("title")}>
          <input
            name="title"
            value={draft.title}
            maxLength={APPLICATION_TITLE_MAX}
            onChange={(e) => update("title", e.target.value)}
          />
        </Field>
        <Field
          label={t("application.field.amount", { symbol: unit(asset.symbol) })}
          help={t("application.field.amountHelp", { cap: capText })}
          error={message("amount")}
        >
          <input
            name="amount"
            inputMode="decimal"
            autoComplete="off"
            value={draft.amount}
            onChange={(e) => update("amount", e.target.value)}
          />
        </Field>
        <Field
          label={t("application.field.purpose")}
          help={t("application.field.purposeHelp")}
          error={message("purpose")}
        >
          <textarea
            name="purpose"
            rows={4}
            maxLength={APPLICATION_PURPOSE_MAX}
            value={draft.purpose}
            onChange={(e) => update("purpose", e.target.value)}
          />
        </Field>
        <Field label={t("application.field.payee")} help={t("application.field.payeeHelp")} error={message("payee")}>
          <select name="payee" value={draft.payee} onChange={(e) => update("payee", e.target.value)}>
            <option value="">{t("application.field.payeeChoose")}</option>
            {choices.map((address) => (
              <PayeeOption key={address} address={address} />
            ))}
          </select>
        </Field>
        <DraftFormFooter
          formError={message("form")}
          busy={busy}
          submitLabel={t("application.submit")}
          onClear={() => (clear(), setErrors({}))}
        />
      </form>
    </section>
  );
}
