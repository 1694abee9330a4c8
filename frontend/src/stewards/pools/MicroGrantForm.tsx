import { useRef, useState } from "react";
import { CHAIN_ID } from "../../config/deployment";
import { parseAmountInput } from "../../governance/grantForm";
import { useI18n } from "../../i18n/I18nProvider";
import { addressLabel } from "../../ui/AddressText";
import { Field } from "../../ui/Field";
import { useDraft } from "../../ui/useDraft";
import {
  EMPTY_MICRO_GRANT,
  payeeOf,
  validateMicroGrant,
  type MicroGrantDraft,
  type MicroGrantErrors,
} from "./microGrantForm";
import { approvalConsequence } from "./poolModel";
import { useAssetText } from "../useAssetText";
import { usePayees } from "../payees/usePayees";
import { usePoolActions } from "./usePoolActions";
import type { Pool } from "./usePools";
import { DraftFormFooter } from "../../ui/DraftFormFooter";

const FIELD_ORDER: (keyof MicroGrantDraft)[] = ["payee", "amount", "reason"];

/** A committee member proposes a micro-grant; the draft is kept until it is sent. */
export function MicroGrantForm({ pool, now }: { pool: Pool; now: number }) {
  const { t, locale, unit } = useI18n();
  const { money, info } = useAssetText();
  const asset = info(pool.token);
  const { draft, update, clear } = useDraft<MicroGrantDraft>(
    `pulje.draft.microGrant.${CHAIN_ID}.${pool.address.toLowerCase()}`,
    EMPTY_MICRO_GRANT,
  );
  const typedPayee = /^0x[0-9a-fA-F]{40}$/.test(draft.payee.trim()) ? (draft.payee.trim() as `0x${string}`) : null;
  const payees = usePayees(typedPayee ? [typedPayee] : []);
  const standing = typedPayee ? payees.standingOf(typedPayee) : undefined;
  const actions = usePoolActions(pool.address);
  const [errors, setErrors] = useState<MicroGrantErrors>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const message = (field: keyof MicroGrantErrors) =>
    errors[field] ? t(errors[field]!.key, errors[field]!.vars) : null;
  const context = {
    decimals: asset.decimals,
    cap: pool.cap,
    remaining: pool.remaining,
    capText: money(pool.token, pool.cap),
    remainingText: money(pool.token, pool.remaining),
    isCommitteeMember: pool.isMine,
    isOpen: !pool.closed && pool.endsAt > now,
    payeeAllowed: standing ? standing.mayBePaid : null,
  };
  const value = parseAmountInput(draft.amount, asset.decimals);
  const preview =
    typedPayee && value !== null && value > 0n
      ? approvalConsequence(
          { amount: value, approvals: 0, payee: typedPayee },
          {
            threshold: pool.threshold,
            remaining: pool.remaining,
            payeeAllowed: standing?.mayBePaid ?? true,
            amountText: money(pool.token, value),
            payeeText: addressLabel(typedPayee),
            locale,
          },
          "propose",
        )
      : null;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = validateMicroGrant(draft, context);
    setErrors(found);
    const first = FIELD_ORDER.find((f) => found[f]);
    if (first) return form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
    if (found.form || value === null) return;
    setBusy(true);
    const outcome = await actions.proposeGrant(payeeOf(draft), value, draft.reason.trim(), money(pool.token, value));
    setBusy(false);
    if (outcome.ok) (clear(), setErrors({}));
  };

  return (
    <form ref={form} className="micro-grant-form" onSubmit={(e) => void submit(e)} noValidate>
      <Field label={t("pool.form.payee")} help={t("newGrant.recipientHelp")} error={message("payee")}>
        <input
          name="payee"
          value={draft.payee}
          onChange={(e) => update("payee", e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      <Field
        label={t("pool.form.amount", { symbol: unit(asset.symbol) })}
        help={t("pool.form.amountHelp", { cap: context.capText, remaining: context.remainingText })}
        error={message("amount")}
      >
        <input
          name="amount"
          inputMode="decimal"
          value={draft.amount}
          onChange={(e) => update("amount", e.target.value)}
        />
      </Field>
      <Field label={t("pool.form.reason")} error={message("reason")}>
        <textarea name="reason" rows={3} value={draft.reason} onChange={(e) => update("reason", e.target.value)} />
      </Field>
      {preview && <p className="consequence-text">{t(preview.key, preview.vars)}</p>}
      <DraftFormFooter
        formError={message("form")}
        busy={busy}
        submitLabel={t("pool.form.submit")}
        onClear={() => (clear(), setErrors({}))}
      />
    </form>
  );
}
