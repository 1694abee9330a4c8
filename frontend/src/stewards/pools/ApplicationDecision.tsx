import { useState } from "react";
import { CHAIN_ID } from "../../config/deployment";
import { useI18n } from "../../i18n/I18nProvider";
import { CommittedText } from "../../texts/CommittedText";
import { AddressText } from "../../ui/AddressText";
import { BusyButton } from "../../ui/BusyButton";
import { Field } from "../../ui/Field";
import { useDraft } from "../../ui/useDraft";
import { usePayeeLabel } from "../payees/payeeLabel";
import { PayeeText } from "../payees/PayeeText";
import { useAssetText } from "../useAssetText";
import type { PoolApplication } from "../useStewardEvents";
import { decisionReasonError } from "./applicationForm";
import { usePoolActions } from "./usePoolActions";
import type { Pool } from "./usePools";

type Decision = "grant" | "decline";

/**
 * One open application as the committee sees it — what is asked, by whom, for whom — with the
 * two answers: make it a micro-grant (its payee and amount, with the committee's reason) or
 * decline it with a reason the applicant reads. Each reason is required and kept as a draft.
 */
export function ApplicationDecision({ pool, application }: { pool: Pool; application: PoolApplication }) {
  const { t } = useI18n();
  const { money } = useAssetText();
  const actions = usePoolActions(pool.address);
  const id = String(application.id);
  const { draft, update, clear } = useDraft<Record<Decision, string>>(
    `pulje.draft.applicationDecision.${CHAIN_ID}.${pool.address.toLowerCase()}.${id}`,
    { grant: "", decline: "" },
  );
  const [errors, setErrors] = useState<Partial<Record<Decision, string>>>({});
  const [busy, setBusy] = useState<Decision | null>(null);
  const amountText = money(pool.token, application.amount);
  const payeeName = usePayeeLabel(application.payee);

  const decide = async (decision: Decision) => {
    const error = decisionReasonError(draft[decision], decision);
    setErrors({ [decision]: error ? t(error.key, error.vars) : undefined });
    if (error) return;
    setBusy(decision);
    const reason = draft[decision].trim();
    const outcome =
      decision === "grant"
        ? await actions.grantApplication(application.id, reason)
        : await actions.declineApplication(application.id, reason);
    setBusy(null);
    if (outcome.ok) clear();
  };

  return (
    <li className="application">
      <h3>{t("application.heading", { id, amount: amountText })}</h3>
      <CommittedText
        commitment={application.text}
        about={t("application.heading", { id, amount: amountText })}
        render={(f) => (
          <>
            <p className="application-title">{f.title}</p>
            <p className="reason">{f.purpose}</p>
          </>
        )}
      />
      <dl className="facts">
        <dt>{t("application.applicant")}</dt>
        <dd>
          <AddressText address={application.applicant} />
        </dd>
        <dt>{t("application.payee")}</dt>
        <dd>
          <PayeeText address={application.payee} />
        </dd>
      </dl>
      <Field label={t("application.grant.reasonFor", { id })} error={errors.grant}>
        <textarea name={`grant-${id}`} rows={2} value={draft.grant} onChange={(e) => update("grant", e.target.value)} />
      </Field>
      <p className="consequence-text">
        {t("application.grant.consequence", {
          amount: amountText,
          payee: payeeName,
          threshold: pool.threshold,
          size: pool.committee.length,
        })}
      </p>
      <BusyButton type="button" busy={busy === "grant"} onClick={() => void decide("grant")}>
        {t("application.grant.submit", { id })}
      </BusyButton>
      <Field label={t("application.decline.reasonFor", { id })} error={errors.decline}>
        <textarea
          name={`decline-${id}`}
          rows={2}
          value={draft.decline}
          onChange={(e) => update("decline", e.target.value)}
        />
      </Field>
      <BusyButton type="button" busy={busy === "decline"} onClick={() => void decide("decline")}>
        {t("application.decline.submit", { id })}
      </BusyButton>
    </li>
  );
}
