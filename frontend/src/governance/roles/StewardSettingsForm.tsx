import { useState } from "react";
import { useNavigate } from "react-router";
import { useAccount, useReadContract } from "wagmi";
import { milestoneGrantsContract, payeeRegistryContract, requireFund } from "../../config/contracts";
import { CHAIN_ID } from "../../config/deployment";
import { useI18n } from "../../i18n/I18nProvider";
import { DraftFormFooter } from "../../ui/DraftFormFooter";
import { Field } from "../../ui/Field";
import { useDraft } from "../../ui/useDraft";
import { useFocusFirstInvalid } from "../../ui/useFocusFirstInvalid";
import { ExactCalls } from "../ExactCalls";
import { useGovernanceActions } from "../useGovernanceActions";
import { useProposingVotes } from "../useProposingVotes";
import { ROLE_REASON_MAX } from "./roleForm";
import {
  EMPTY_SETTINGS_DRAFT,
  settingsActions,
  validateSettings,
  type SettingsDraft,
  type SettingsErrors,
} from "./settingsForm";

/**
 * The stewards' two rules as they are now (payee verification, the milestone veto window),
 * and a member's proposal to change them: the SDK's verificationRuleActions and
 * vetoWindowActions, said in sentences with the exact calls folded away.
 */
export function StewardSettingsForm() {
  const { t, duration } = useI18n();
  const fund = requireFund();
  const navigate = useNavigate();
  const { address, isConnected } = useAccount();
  const proposing = useProposingVotes();
  const { propose } = useGovernanceActions();
  const { data: verificationRequired } = useReadContract({
    ...payeeRegistryContract(),
    functionName: "verificationRequired",
  });
  const { data: vetoWindow } = useReadContract({ ...milestoneGrantsContract(), functionName: "vetoWindow" });
  const { draft, update, clear } = useDraft<SettingsDraft>(
    `pulje.draft.stewardRules.${CHAIN_ID}`,
    EMPTY_SETTINGS_DRAFT,
  );
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [busy, setBusy] = useState(false);
  const form = useFocusFirstInvalid();

  const context = { connected: isConnected, ...proposing, verificationRequired, vetoWindow };
  const { change } = validateSettings(draft, context);
  const { payeeRegistry, milestoneGrants } = fund.contracts;
  const preview = change && settingsActions({ payeeRegistry, milestoneGrants }, change);
  const message = (field: keyof SettingsErrors) => (errors[field] ? t(errors[field]!.key, errors[field]!.vars) : null);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const checked = validateSettings(draft, context);
    setErrors(checked.errors);
    if (Object.keys(checked.errors).some((f) => f !== "form")) return form.focusFirstInvalid();
    if (checked.errors.form || !checked.change || !address) return;
    setBusy(true);
    const outcome = await propose(t("settingsForm.proposalTitle"), draft.reason, false, () =>
      settingsActions({ payeeRegistry, milestoneGrants }, checked.change!),
    );
    setBusy(false);
    if (!outcome.ok) return; // the draft stays; the transaction list says why
    clear();
    void navigate(outcome.proposalId === null ? "/proposals" : `/proposals/${outcome.proposalId}`);
  };

  return (
    <section aria-labelledby="steward-rules-title" className="steward-rules">
      <h2 id="steward-rules-title">{t("settingsForm.title")}</h2>
      <ul className="rules-list">
        {verificationRequired !== undefined && (
          <li>{t(verificationRequired ? "payees.rule.required" : "payees.rule.notRequired")}</li>
        )}
        {vetoWindow !== undefined && <li>{t("settingsForm.vetoNow", { value: duration(BigInt(vetoWindow)) })}</li>}
      </ul>
      {isConnected && (
        <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate>
          <Field label={t("settingsForm.verification")} error={message("verification")}>
            <select
              name="verification"
              value={draft.verification}
              onChange={(e) => update("verification", e.target.value as SettingsDraft["verification"])}
            >
              <option value="">{t("settingsForm.verification.keep")}</option>
              <option value="required">{t("settingsForm.verification.required")}</option>
              <option value="optional">{t("settingsForm.verification.optional")}</option>
            </select>
          </Field>
          <Field label={t("settingsForm.vetoDays")} help={t("settingsForm.vetoHelp")} error={message("vetoDays")}>
            <input
              name="vetoDays"
              inputMode="numeric"
              value={draft.vetoDays}
              onChange={(e) => update("vetoDays", e.target.value)}
            />
          </Field>
          <Field label={t("settingsForm.vetoHours")} error={message("vetoHours")}>
            <input
              name="vetoHours"
              inputMode="numeric"
              value={draft.vetoHours}
              onChange={(e) => update("vetoHours", e.target.value)}
            />
          </Field>
          <Field label={t("settingsForm.reason")} error={message("reason")}>
            <textarea
              name="settingsReason"
              value={draft.reason}
              onChange={(e) => update("reason", e.target.value)}
              rows={4}
              maxLength={ROLE_REASON_MAX}
            />
          </Field>
          {change && preview && (
            <section className="preview" aria-labelledby="steward-rules-preview-title">
              <h3 id="steward-rules-preview-title">{t("settingsForm.preview")}</h3>
              {change.verificationRequired !== null && (
                <p className="summary">
                  {t(
                    change.verificationRequired
                      ? "settingsForm.consequence.required"
                      : "settingsForm.consequence.optional",
                  )}
                </p>
              )}
              {change.vetoWindow !== null && (
                <p className="summary">
                  {t("settingsForm.consequence.veto", { value: duration(BigInt(change.vetoWindow)) })}
                </p>
              )}
              <ExactCalls actions={preview} />
            </section>
          )}
          <DraftFormFooter
            formError={message("form")}
            busy={busy}
            submitLabel={t("settingsForm.submit")}
            clearLabel={t("settingsForm.clear")}
            onClear={() => (clear(), setErrors({}))}
          />
        </form>
      )}
    </section>
  );
}
