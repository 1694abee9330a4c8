import { useEffect, useMemo, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useAccount, useReadContract } from "wagmi";
import { zeroAddress } from "viem";
import type { RoundContext } from "@sdk/config/round";
import { proposalDescription } from "@sdk/model/description";
import { roundOpeningActions, type RoundContracts } from "@sdk/proposals/rounds";
import { payeeRegistryContract, requireFund } from "../config/contracts";
import { CHAIN_ID } from "../config/deployment";
import { PublicTitleCheckbox } from "../governance/PublicTitleCheckbox";
import { useGovernanceActions } from "../governance/useGovernanceActions";
import { useProposingVotes } from "../governance/useProposingVotes";
import { useRules } from "../governance/useRules";
import { useI18n } from "../i18n/I18nProvider";
import { PLACEHOLDER_COMMITMENT } from "../texts/useTextWriter";
import { useTreasury } from "../treasury/useTreasury";
import { DraftFormFooter } from "../ui/DraftFormFooter";
import { Field } from "../ui/Field";
import { useChainNow } from "../ui/useChainNow";
import { useDraft } from "../ui/useDraft";
import { useFocusFirstInvalid } from "../ui/useFocusFirstInvalid";
import { usePageTitle } from "../ui/usePageTitle";
import { RoundConsequence } from "./RoundConsequence";
import { CRITERIA_MAX, checkRoundDraft, defaultRoundDraft, type RoundDraft, type RoundErrors } from "./roundForm";
import { AssetSelect } from "../treasury/AssetSelect";

type LimitField = "maxIdeasPerDistrict" | "maxIdeasPerMember" | "minApprovals" | "minPicks" | "maxPicks";
const LIMITS: readonly LimitField[] = [
  "maxIdeasPerDistrict",
  "maxIdeasPerMember",
  "minApprovals",
  "minPicks",
  "maxPicks",
];

/**
 * A steward proposes a budget round: the same round `round:open` opens from a file, checked by
 * the same SDK check and built by the same builder. The proposal pays the budgets into the
 * round's escrow and opens it; its text (with the allocation criteria) is a round proposal.
 */
export default function NewRoundPage() {
  const { t, dateTime, unit } = useI18n();
  usePageTitle(t("roundForm.title"));
  const fund = requireFund();
  const { roundFactory, roundImplementation, allocationRule, treasury, payeeRegistry, paymaster } = fund.contracts;
  const navigate = useNavigate();
  const { address, isConnected } = useAccount();
  const { assets: allAssets } = useTreasury();
  const assets = allAssets.filter((a) => a.address !== zeroAddress); // a round pays out an ERC-20
  const rules = useRules().data;
  const now = useChainNow();
  const verified = useReadContract({ ...payeeRegistryContract(), functionName: "verificationRequired" }).data;
  const proposing = useProposingVotes();
  const { propose } = useGovernanceActions();
  const form = useFocusFirstInvalid();
  const [errors, setErrors] = useState<RoundErrors>({});
  const [busy, setBusy] = useState(false);

  // The phases' defaults need the chain's time and the governor's delays: the draft starts
  // without them, and they are filled in once read (and again after "Clear the form").
  const empty = useMemo(
    () => ({
      ...defaultRoundDraft({ districts: fund.districts, asset: "", earliestExecution: 0, guardian: "" }),
      ideasEnd: "",
      reviewEnd: "",
      votingEnd: "",
    }),
    [fund.districts],
  );
  const { draft, update, clear } = useDraft<RoundDraft>(`pulje.draft.round.${CHAIN_ID}`, empty);
  const earliestExecution =
    rules && now !== null ? now + Number(rules.votingDelay + rules.votingPeriod + rules.timelockDelay) : null;
  const fresh = draft.ideasEnd === "" && draft.reviewEnd === "" && draft.votingEnd === "";
  useEffect(() => {
    if (!fresh || earliestExecution === null || !rules) return;
    const defaults = defaultRoundDraft({
      districts: fund.districts,
      asset: "",
      earliestExecution,
      guardian: rules.guardian === zeroAddress ? "" : rules.guardian,
    });
    update("ideasEnd", defaults.ideasEnd);
    update("reviewEnd", defaults.reviewEnd);
    update("votingEnd", defaults.votingEnd);
    update("guardian", defaults.guardian);
  }, [fresh, earliestExecution, rules, fund.districts, update]);

  const asset = assets.find((a) => a.address === draft.asset) ?? assets[0];
  const contracts: RoundContracts | null =
    roundFactory && roundImplementation
      ? { treasury, roundFactory, roundImplementation, payeeRegistry, paymaster }
      : null;
  const context: RoundContext | null =
    asset && allocationRule && rules && now !== null && earliestExecution !== null
      ? {
          districts: fund.districts,
          asset: { address: asset.address, decimals: asset.decimals },
          now,
          earliestExecution,
          guardian: rules.guardian,
          rule: allocationRule,
        }
      : null;
  const ready = contracts !== null && context !== null && verified !== undefined;
  const checked = context ? checkRoundDraft({ ...draft, asset: asset!.address }, context, dateTime) : null;
  // The consequence is shown for a description the proposal does not have yet: the calls are
  // the same but for the round's address, which the real description's fingerprint fixes.
  const preview =
    ready && checked?.round
      ? roundOpeningActions(
          contracts,
          checked.round.params,
          proposalDescription(null, PLACEHOLDER_COMMITMENT, address ?? zeroAddress),
          { verifiedPayeesRequired: verified },
        ).actions
      : null;

  const message = (field: keyof RoundErrors) => (errors[field] ? t(errors[field]!.key, errors[field]!.vars) : null);
  const set =
    <K extends keyof RoundDraft>(field: K) =>
    (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      update(field, e.target.value as RoundDraft[K]);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!ready || !checked) return;
    const found: RoundErrors = checked.errors ?? {};
    if (!isConnected) found.form = { key: "newGrant.error.connect" };
    else if (proposing.votes < proposing.threshold)
      found.form =
        proposing.votesNow >= proposing.threshold
          ? { key: "newGrant.error.votesNotYet" }
          : {
              key: "newGrant.error.threshold",
              vars: { votes: String(proposing.votes), threshold: String(proposing.threshold) },
            };
    setErrors(found);
    if (checked.errors) return form.focusFirstInvalid();
    if (found.form || !checked.round) return;
    const round = checked.round;
    setBusy(true);
    const outcome = await propose(
      round.title,
      round.description,
      draft.publicTitle,
      (description) =>
        roundOpeningActions(contracts, round.params, description, { verifiedPayeesRequired: verified }).actions,
      undefined, // the round's own texts are all in the proposal's
      round.criteria,
    );
    setBusy(false);
    if (!outcome.ok) return; // the draft stays; the transaction list says why
    clear();
    void navigate(outcome.proposalId === null ? "/proposals" : `/proposals/${outcome.proposalId}`);
  };

  return (
    <div className="page new-round">
      <p>
        <Link to="/rounds">{t("round.back")}</Link>
      </p>
      <h1>{t("roundForm.title")}</h1>
      <p>{t("roundForm.intro")}</p>
      <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate>
        <fieldset>
          <legend>{t("roundForm.about")}</legend>
          <Field label={t("roundForm.name")} error={message("title")}>
            <input name="title" value={draft.title} onChange={set("title")} maxLength={120} />
          </Field>
          <PublicTitleCheckbox checked={draft.publicTitle} onChange={(v) => update("publicTitle", v)} />
          <Field label={t("roundForm.description")} error={message("description")}>
            <textarea name="description" value={draft.description} onChange={set("description")} rows={4} />
          </Field>
          <Field label={t("roundForm.criteria")} help={t("roundForm.criteriaHelp")} error={message("criteria")}>
            <textarea
              name="criteria"
              value={draft.criteria}
              onChange={set("criteria")}
              rows={6}
              maxLength={CRITERIA_MAX}
            />
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t("roundForm.money")}</legend>
          <p className="help">{t("roundForm.budgetHelp")}</p>
          <Field label={t("roundForm.asset")}>
            <AssetSelect assets={assets} value={asset?.address ?? ""} onPick={(address) => update("asset", address)} />
          </Field>
          {fund.districts.map((district) => (
            <Field
              key={district}
              label={t("roundForm.budget", { district, unit: asset ? unit(asset.symbol) : "" })}
              error={message(`budget.${district}`)}
            >
              <input
                name={`budget.${district}`}
                inputMode="decimal"
                autoComplete="off"
                value={draft.budgets[district] ?? ""}
                onChange={(e) => update("budgets", { ...draft.budgets, [district]: e.target.value })}
              />
            </Field>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("roundForm.phases")}</legend>
          <Field
            label={t("roundForm.ideasEnd")}
            help={
              earliestExecution !== null
                ? t("roundForm.ideasEndHelp", { earliest: dateTime(earliestExecution) })
                : undefined
            }
            error={message("ideasEnd")}
          >
            <input type="datetime-local" name="ideasEnd" value={draft.ideasEnd} onChange={set("ideasEnd")} />
          </Field>
          <Field label={t("roundForm.reviewEnd")} error={message("reviewEnd")}>
            <input type="datetime-local" name="reviewEnd" value={draft.reviewEnd} onChange={set("reviewEnd")} />
          </Field>
          <Field label={t("roundForm.votingEnd")} error={message("votingEnd")}>
            <input type="datetime-local" name="votingEnd" value={draft.votingEnd} onChange={set("votingEnd")} />
          </Field>
          <Field
            label={t("roundForm.challengeDays")}
            help={t("roundForm.challengeHelp")}
            error={message("challengeDays")}
          >
            <input
              name="challengeDays"
              inputMode="numeric"
              value={draft.challengeDays}
              onChange={set("challengeDays")}
            />
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t("roundForm.limits")}</legend>
          {LIMITS.map((field) => (
            <Field key={field} label={t(`roundForm.${field}`)} error={message(field)}>
              <input name={field} inputMode="numeric" value={draft[field]} onChange={set(field)} />
            </Field>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("roundForm.people")}</legend>
          <Field label={t("roundForm.reviewers")} help={t("roundForm.reviewersHelp")} error={message("reviewers")}>
            <textarea
              name="reviewers"
              value={draft.reviewers}
              onChange={set("reviewers")}
              rows={3}
              spellCheck={false}
            />
          </Field>
          <Field label={t("roundForm.guardian")} help={t("roundForm.guardianHelp")} error={message("guardian")}>
            <input
              name="guardian"
              value={draft.guardian}
              onChange={set("guardian")}
              autoComplete="off"
              spellCheck={false}
            />
          </Field>
        </fieldset>
        {preview && checked?.round && asset && (
          <RoundConsequence round={checked.round} actions={preview} asset={asset} assets={allAssets} />
        )}
        <DraftFormFooter
          formError={message("form")}
          busy={busy || !ready}
          submitLabel={t("roundForm.submit")}
          onClear={() => (clear(), setErrors({}))}
        />
      </form>
    </div>
  );
}
