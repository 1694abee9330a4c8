import { useState } from "react";
import { useNavigate } from "react-router";
import { useAccount } from "wagmi";
import { milestoneCancelActions } from "@sdk/proposals/stewards";
import { requireFund } from "../../config/contracts";
import { CHAIN_ID } from "../../config/deployment";
import { ExactCalls } from "../../governance/ExactCalls";
import { useGovernanceActions } from "../../governance/useGovernanceActions";
import { useProposingVotes } from "../../governance/useProposingVotes";
import { useI18n } from "../../i18n/I18nProvider";
import { INTL_TAG } from "../../i18n/format";
import { DraftFormFooter } from "../../ui/DraftFormFooter";
import { Field } from "../../ui/Field";
import { useDraft } from "../../ui/useDraft";
import { useFocusFirstInvalid } from "../../ui/useFocusFirstInvalid";
import { REASON_MAX } from "../pools/poolChangeForm";
import { useAssetText } from "../useAssetText";
import {
  EMPTY_MILESTONE_CANCEL,
  validateMilestoneCancel,
  type MilestoneCancelDraft,
  type MilestoneCancelErrors,
} from "./milestoneCancelForm";
import { cancellableRest } from "./milestoneModel";
import type { MilestoneGrant } from "./useMilestones";

/**
 * Any member proposes cancelling what a milestone grant has not yet paid (the SDK's
 * milestoneCancelActions, the contract's cancelRest): the proposal says which milestones are
 * cancelled and how much stops being reserved, with the exact call folded away. Folded itself,
 * so each grant on the Stewards page keeps one line until someone opens it.
 */
export function ProposeMilestoneCancel({
  grant,
  title,
  payee,
}: {
  grant: MilestoneGrant;
  title: string;
  payee: string;
}) {
  const { t, locale } = useI18n();
  const { money } = useAssetText();
  const { milestoneGrants } = requireFund().contracts;
  const navigate = useNavigate();
  const { isConnected } = useAccount();
  const proposing = useProposingVotes();
  const { propose } = useGovernanceActions();
  const { draft, update, clear } = useDraft<MilestoneCancelDraft>(
    `pulje.draft.milestoneCancel.${CHAIN_ID}.${grant.grantId}`,
    EMPTY_MILESTONE_CANCEL,
  );
  const [errors, setErrors] = useState<MilestoneCancelErrors>({});
  const [busy, setBusy] = useState(false);
  const form = useFocusFirstInvalid();
  const { numbers, rest } = cancellableRest(grant.milestones);
  if (!isConnected || rest === 0n) return null;

  const context = { rest, connected: isConnected, ...proposing };
  const actions = milestoneCancelActions(milestoneGrants, grant.grantId);
  const message = (field: keyof MilestoneCancelErrors) =>
    errors[field] ? t(errors[field]!.key, errors[field]!.vars) : null;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = validateMilestoneCancel(draft, context);
    setErrors(found);
    if (found.reason) return form.focusFirstInvalid();
    if (found.form) return;
    setBusy(true);
    const outcome = await propose(t("milestoneCancel.proposal", { title }), draft.reason, false, () => actions);
    setBusy(false);
    if (!outcome.ok) return; // the draft stays; the transaction list says why
    clear();
    void navigate(outcome.proposalId === null ? "/proposals" : `/proposals/${outcome.proposalId}`);
  };

  return (
    <details className="propose-milestone-cancel">
      <summary>{t("milestoneCancel.open", { title })}</summary>
      <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t("poolChange.reason")} error={message("reason")}>
          <textarea
            name="reason"
            value={draft.reason}
            onChange={(e) => update("reason", e.target.value)}
            rows={4}
            maxLength={REASON_MAX}
          />
        </Field>
        <div className="preview">
          <p className="summary">
            {t("milestoneCancel.consequence", {
              title,
              count: numbers.length,
              numbers: new Intl.ListFormat(INTL_TAG[locale], { type: "conjunction" }).format(numbers.map(String)),
              payee,
              rest: money(grant.token, rest),
            })}
          </p>
          <ExactCalls actions={actions} />
        </div>
        <DraftFormFooter
          formError={message("form")}
          busy={busy}
          submitLabel={t("milestoneCancel.submit")}
          onClear={() => (clear(), setErrors({}))}
        />
      </form>
    </details>
  );
}
