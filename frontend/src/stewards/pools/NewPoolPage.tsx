import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { useAccount } from "wagmi";
import { descriptionHash } from "@sdk/model/description";
import { POOL_KINDS } from "@sdk/model/stewards";
import { predictClone } from "@sdk/proposals/clones";
import { poolCreationActions } from "@sdk/proposals/stewards";
import { PLACEHOLDER_COMMITMENT } from "../../texts/useTextWriter";
import { requireFund } from "../../config/contracts";
import { CHAIN_ID } from "../../config/deployment";
import { ExactCalls } from "../../governance/ExactCalls";
import { PublicTitleCheckbox } from "../../governance/PublicTitleCheckbox";
import { useGovernanceActions } from "../../governance/useGovernanceActions";
import { useProposingVotes } from "../../governance/useProposingVotes";
import { useRules } from "../../governance/useRules";
import { useI18n } from "../../i18n/I18nProvider";
import { CommitteeFields } from "./CommitteeFields";
import { DraftShortNote } from "../../treasury/DraftShortNote";
import { useTreasury } from "../../treasury/useTreasury";
import { DraftFormFooter } from "../../ui/DraftFormFooter";
import { Field } from "../../ui/Field";
import { useChainNow } from "../../ui/useChainNow";
import { useDraft } from "../../ui/useDraft";
import { useFocusFirstInvalid } from "../../ui/useFocusFirstInvalid";
import { usePageTitle } from "../../ui/usePageTitle";
import { EMPTY_POOL, MANDATE_MAX, NAME_MAX, validatePool, type PoolDraft, type PoolErrors } from "./poolForm";
import { AssetSelect } from "../../treasury/AssetSelect";

/**
 * A member proposes a quick pool or task group: the proposal creates it and reserves its
 * budget on the treasury (the SDK's poolCreationActions, as `pool:propose` builds it). The
 * draft is checked by the SDK's pool parser field by field before anything is signed; what
 * the proposal does is said in words, with the exact calls folded away.
 */
export default function NewPoolPage() {
  const { t, amount, dateTime } = useI18n();
  usePageTitle(t("poolForm.title"));
  const fund = requireFund();
  const navigate = useNavigate();
  const { isConnected } = useAccount();
  const { assets } = useTreasury();
  const rules = useRules();
  const now = useChainNow();
  const proposing = useProposingVotes();
  const { propose } = useGovernanceActions();
  const { draft, update, clear } = useDraft<PoolDraft>(`pulje.draft.pool.${CHAIN_ID}`, EMPTY_POOL);
  const [errors, setErrors] = useState<PoolErrors>({});
  const [busy, setBusy] = useState(false);
  const form = useFocusFirstInvalid();

  const asset = assets.find((a) => a.address === draft.asset) ?? assets[0];
  const { poolFactory, poolImplementation, treasury } = fund.contracts;
  const wait = rules.data ? rules.data.votingDelay + rules.data.votingPeriod + rules.data.timelockDelay : 0n;
  const context = {
    asset: { address: asset?.address ?? fund.contracts.treasury, decimals: asset?.decimals ?? 18 },
    now: now ?? 0,
    earliestExecution: (now ?? 0) + Number(wait),
    connected: isConnected,
    ...proposing,
  };
  // The preview: the draft as the proposal would create it, once it passes every field's check.
  const checked = validatePool(draft, { ...context, connected: true, votes: 1n, votesNow: 1n, threshold: 0n }).pool;
  const preview =
    checked &&
    poolCreationActions(
      { treasury, poolFactory, poolImplementation },
      { ...checked.settings, text: PLACEHOLDER_COMMITMENT },
      checked.budget,
      "",
    ).actions;

  const money = (value: bigint) => (asset ? amount(value, asset.decimals, asset.symbol) : "");
  const message = (field: keyof PoolErrors) => {
    const error = errors[field];
    if (!error) return null;
    // The earliest execution is kept as a time; said as a date in the visitor's language.
    if (error.key === "poolForm.error.endsTooSoon") return t(error.key, { at: dateTime(Number(error.vars?.at)) });
    return t(error.key, error.vars);
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const { errors: found, pool } = validatePool(draft, context);
    setErrors(found);
    if (Object.keys(found).some((f) => f !== "form")) return form.focusFirstInvalid();
    if (found.form || !pool) return;
    setBusy(true);
    const outcome = await propose(
      pool.title,
      pool.mandate,
      draft.publicTitle,
      (description, [text]) =>
        poolCreationActions(
          { treasury, poolFactory, poolImplementation },
          { ...pool.settings, text },
          pool.budget,
          description,
        ).actions,
      // The pool's own text is kept under its address, which the description fixes.
      (description) => [
        {
          kind: "pool",
          contract: predictClone(poolFactory, poolImplementation, descriptionHash(description)),
          fields: { name: pool.name, mandate: pool.mandate },
        },
      ],
    );
    setBusy(false);
    if (!outcome.ok) return; // the draft stays; the transaction list says why
    clear();
    void navigate(outcome.proposalId === null ? "/proposals" : `/proposals/${outcome.proposalId}`);
  };

  return (
    <div className="page new-pool">
      <p>
        <Link to="/stewards">← {t("pool.back")}</Link>
      </p>
      <h1>{t("poolForm.title")}</h1>
      <p>{t("poolForm.intro")}</p>
      <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t("poolForm.kind")} help={t("poolForm.kindHelp")} error={message("kind")}>
          <select name="kind" value={draft.kind} onChange={(e) => update("kind", e.target.value as PoolDraft["kind"])}>
            {POOL_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`pool.kind.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("poolForm.name")} help={t("poolForm.nameHelp")} error={message("name")}>
          <input
            name="name"
            value={draft.name}
            onChange={(e) => update("name", e.target.value)}
            maxLength={NAME_MAX}
            autoComplete="off"
          />
        </Field>
        <PublicTitleCheckbox checked={draft.publicTitle} onChange={(v) => update("publicTitle", v)} />
        <Field label={t("poolForm.mandate")} help={t("poolForm.mandateHelp")} error={message("mandate")}>
          <textarea
            name="mandate"
            value={draft.mandate}
            onChange={(e) => update("mandate", e.target.value)}
            rows={5}
            maxLength={MANDATE_MAX}
          />
        </Field>
        <CommitteeFields
          committee={draft.committee}
          threshold={draft.threshold}
          onChange={update}
          errors={{ committee: message("committee"), threshold: message("threshold") }}
        />
        <Field label={t("newGrant.asset")}>
          <AssetSelect assets={assets} value={asset?.address ?? ""} onPick={(address) => update("asset", address)} />
        </Field>
        <Field
          label={t("poolForm.budget")}
          help={
            asset ? t("poolForm.amountHelp", { symbol: asset.symbol, available: money(asset.available) }) : undefined
          }
          error={message("budget")}
        >
          <input
            name="budget"
            inputMode="decimal"
            value={draft.budget}
            onChange={(e) => update("budget", e.target.value)}
            autoComplete="off"
          />
        </Field>
        <Field label={t("poolForm.cap")} error={message("capPerGrant")}>
          <input
            name="capPerGrant"
            inputMode="decimal"
            value={draft.capPerGrant}
            onChange={(e) => update("capPerGrant", e.target.value)}
            autoComplete="off"
          />
        </Field>
        <Field label={t("poolForm.endsOn")} error={message("endsOn")}>
          <input type="date" name="endsOn" value={draft.endsOn} onChange={(e) => update("endsOn", e.target.value)} />
        </Field>
        {checked && preview && (
          <section className="preview" aria-labelledby="pool-preview-title">
            <h2 id="pool-preview-title">{t("poolForm.preview")}</h2>
            <p className="summary">
              {t("poolForm.consequence", {
                budget: money(checked.budget),
                name: checked.name,
                threshold: checked.settings.threshold,
                size: checked.settings.committee.length,
                cap: money(checked.settings.capPerGrant),
                end: dateTime(checked.settings.endsAt),
              })}
            </p>
            <DraftShortNote actions={preview} />
            <ExactCalls actions={preview} />
            <p className="help">{t("poolForm.callsNote")}</p>
          </section>
        )}
        <DraftFormFooter
          formError={message("form")}
          busy={busy}
          submitLabel={t("poolForm.submit")}
          onClear={() => (clear(), setErrors({}))}
        />
      </form>
    </div>
  );
}
