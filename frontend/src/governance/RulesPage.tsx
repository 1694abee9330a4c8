import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { useAccount } from "wagmi";
import { requireFund } from "../config/contracts";
import { CHAIN_ID } from "../config/deployment";
import { concatActions } from "@sdk/proposals/actions";
import { majorityActions, ruleChangeActions } from "@sdk/proposals/governance";
import { PublicTitleCheckbox } from "./PublicTitleCheckbox";
import { useI18n } from "../i18n/I18nProvider";
import { addressLabel } from "../ui/AddressText";
import { Field } from "../ui/Field";
import { LoadState } from "../ui/LoadState";
import { useDraft } from "../ui/useDraft";
import { usePageTitle } from "../ui/usePageTitle";
import { majorityPhrase } from "./majorityText";
import { ruleChanges, EMPTY_RULE_DRAFT, MAJORITY_CHOICES, type MajorityChoice, type RuleDraft } from "./ruleForm";
import { useGovernanceActions } from "./useGovernanceActions";
import { useRules } from "./useRules";
import { useFocusFirstInvalid } from "../ui/useFocusFirstInvalid";
import { BusyButton } from "../ui/BusyButton";
import { Explain } from "../ui/Explain";

export default function RulesPage() {
  const i18n = useI18n();
  const { t, duration, percent } = i18n;
  usePageTitle(t("rules.title"));
  const fund = requireFund();
  const { data: rules, isLoading, error } = useRules();
  const { address, isConnected } = useAccount();
  const navigate = useNavigate();
  const { propose } = useGovernanceActions();
  const { draft, update, clear } = useDraft<RuleDraft>(`pulje.draft.rules.${CHAIN_ID}`, EMPTY_RULE_DRAFT);
  const [problems, setProblems] = useState<Partial<Record<keyof RuleDraft | "form", string>>>({});
  const [busy, setBusy] = useState(false);
  const { ref, focusFirstInvalid } = useFocusFirstInvalid();

  /** A choice of the form's list by its usual name: "More than half (simple majority)", "At least 60%". */
  const majorityOption = (choice: (typeof MAJORITY_CHOICES)[number]) => {
    switch (choice) {
      case "1/2":
        return t("rules.majority.option.simple");
      case "3/5":
        return t("rules.majority.option.atLeast", { value: percent(0.6) });
      case "2/3":
        return t("rules.majority.option.twoThirds");
      case "3/4":
        return t("rules.majority.option.threeQuarters");
      case "1/1":
        return t("rules.majority.option.all");
    }
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const { changes, majority, errors } = ruleChanges(draft, fund.votingMode === "token" ? 10n ** 18n : 1n);
    const messages = Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(key)]));
    if (changes.length === 0 && majority === null && Object.keys(errors).length === 0)
      messages.form = t("rules.error.nothing");
    if (!draft.title.trim()) messages.title = t("newGrant.error.title");
    if (!draft.reason.trim()) messages.reason = t("newGrant.error.description");
    setProblems(messages);
    if (Object.keys(messages).length > 0) return focusFirstInvalid();
    if (!address) return;
    const { governor, timelock } = fund.contracts;
    setBusy(true);
    const outcome = await propose(draft.title.trim(), draft.reason, draft.publicTitle, () =>
      concatActions(
        ruleChangeActions({ governor, timelock }, changes),
        ...(majority ? [majorityActions(governor, majority)] : []),
      ),
    );
    setBusy(false);
    if (!outcome.ok) return;
    clear();
    void navigate(outcome.proposalId === null ? "/proposals" : `/proposals/${outcome.proposalId}`);
  };

  return (
    <div className="page rules">
      <h1>{t("rules.title")}</h1>
      <p>{t("rules.intro")}</p>
      <LoadState isLoading={isLoading} error={error} />
      {rules && (
        <ul className="rules-list">
          <li>{t("rules.votingDelay", { value: duration(rules.votingDelay) })}</li>
          <li>{t("rules.votingPeriod", { value: duration(rules.votingPeriod) })}</li>
          <li>
            {t("rules.quorum", { value: percent(Number(rules.quorumPercent) / 100) })}
            <Explain term="quorum" />
          </li>
          <li>
            {t("rules.majority", { majority: majorityPhrase(rules.majority, i18n) })}
            <Explain term="majority" />
          </li>
          <li>{t("rules.threshold", { value: rules.proposalThreshold })}</li>
          <li>{t("rules.lateQuorum", { value: duration(rules.lateQuorumExtension) })}</li>
          <li>
            {t("rules.timelock", { value: duration(rules.timelockDelay) })}
            <Explain term="waitingPeriod" />
          </li>
          <li>
            {/^0x0+$/.test(rules.guardian)
              ? t("rules.noGuardian")
              : t("rules.guardian", { guardian: addressLabel(rules.guardian) })}
          </li>
        </ul>
      )}
      <p>
        <Link to="/rules/roles">{t("rules.rolesLink")}</Link>
      </p>
      {isConnected && (
        <section aria-labelledby="change-title">
          <h2 id="change-title">{t("rules.change")}</h2>
          <p>{t("rules.changeIntro")}</p>
          <form ref={ref} onSubmit={(e) => void submit(e)} noValidate>
            <Field label={t("rules.field.votingDelayHours")} error={problems.votingDelayHours}>
              <input
                name="votingDelayHours"
                inputMode="numeric"
                value={draft.votingDelayHours}
                onChange={(e) => update("votingDelayHours", e.target.value)}
              />
            </Field>
            <Field label={t("rules.field.votingPeriodHours")} error={problems.votingPeriodHours}>
              <input
                name="votingPeriodHours"
                inputMode="numeric"
                value={draft.votingPeriodHours}
                onChange={(e) => update("votingPeriodHours", e.target.value)}
              />
            </Field>
            <Field label={t("rules.field.quorumPercent")} error={problems.quorumPercent}>
              <input
                name="quorumPercent"
                inputMode="numeric"
                value={draft.quorumPercent}
                onChange={(e) => update("quorumPercent", e.target.value)}
              />
            </Field>
            <Field label={t("rules.field.majority")}>
              <select
                name="majority"
                value={draft.majority}
                onChange={(e) => update("majority", e.target.value as MajorityChoice)}
              >
                <option value="">{t("rules.majority.keep")}</option>
                {MAJORITY_CHOICES.map((choice) => (
                  <option key={choice} value={choice}>
                    {majorityOption(choice)}
                  </option>
                ))}
                <option value="other">{t("rules.majority.option.other")}</option>
              </select>
            </Field>
            {draft.majority === "other" && (
              <Field label={t("rules.field.majorityPercent")} error={problems.majorityPercent}>
                <input
                  name="majorityPercent"
                  inputMode="decimal"
                  value={draft.majorityPercent}
                  onChange={(e) => update("majorityPercent", e.target.value)}
                />
              </Field>
            )}
            <Field label={t("rules.field.threshold")} error={problems.threshold}>
              <input
                name="threshold"
                inputMode="numeric"
                value={draft.threshold}
                onChange={(e) => update("threshold", e.target.value)}
              />
            </Field>
            <Field label={t("rules.field.lateQuorumHours")} error={problems.lateQuorumHours}>
              <input
                name="lateQuorumHours"
                inputMode="numeric"
                value={draft.lateQuorumHours}
                onChange={(e) => update("lateQuorumHours", e.target.value)}
              />
            </Field>
            <Field label={t("rules.field.timelockHours")} error={problems.timelockHours}>
              <input
                name="timelockHours"
                inputMode="numeric"
                value={draft.timelockHours}
                onChange={(e) => update("timelockHours", e.target.value)}
              />
            </Field>
            <Field label={t("rules.field.reasonTitle")} error={problems.title}>
              <input name="title" value={draft.title} onChange={(e) => update("title", e.target.value)} />
            </Field>
            <PublicTitleCheckbox checked={draft.publicTitle} onChange={(v) => update("publicTitle", v)} />
            <Field label={t("rules.field.reason")} error={problems.reason}>
              <textarea
                name="reason"
                rows={4}
                value={draft.reason}
                onChange={(e) => update("reason", e.target.value)}
              />
            </Field>
            {problems.form && (
              <p className="error" role="alert">
                {problems.form}
              </p>
            )}
            <BusyButton type="submit" busy={busy}>
              {t("rules.submit")}
            </BusyButton>
          </form>
        </section>
      )}
    </div>
  );
}
