import { useState } from "react";
import { Link, useNavigate } from "react-router";
import type { Address, Hex } from "viem";
import { useAccount } from "wagmi";
import type { MilestoneConfig } from "@sdk/config/stewards";
import { milestoneGrantActions } from "@sdk/proposals/stewards";
import { requireFund } from "../../config/contracts";
import { CHAIN_ID } from "../../config/deployment";
import { ExactCalls } from "../../governance/ExactCalls";
import { PublicTitleCheckbox } from "../../governance/PublicTitleCheckbox";
import { useGovernanceActions } from "../../governance/useGovernanceActions";
import { useProposingVotes } from "../../governance/useProposingVotes";
import { useI18n } from "../../i18n/I18nProvider";
import { INTL_TAG } from "../../i18n/format";
import { PLACEHOLDER_COMMITMENT, type TextDraft } from "../../texts/useTextWriter";
import { AssetSelect } from "../../treasury/AssetSelect";
import { DraftShortNote } from "../../treasury/DraftShortNote";
import { useTreasury } from "../../treasury/useTreasury";
import { DraftFormFooter } from "../../ui/DraftFormFooter";
import { Field } from "../../ui/Field";
import { useDraft } from "../../ui/useDraft";
import { useFocusFirstInvalid } from "../../ui/useFocusFirstInvalid";
import { usePageTitle } from "../../ui/usePageTitle";
import { usePayeeLabel } from "../payees/payeeLabel";
import { ETH_ADDRESS } from "@sdk/model/treasury";
import { useFundOwnAccounts } from "../payees/useFundOwnAccounts";
import { usePayees } from "../payees/usePayees";
import { GrantPayeeField } from "./GrantPayeeField";
import {
  DESCRIPTION_MAX,
  EMPTY_MILESTONE_GRANT,
  EMPTY_MILESTONE_ROW,
  MAX_MILESTONES,
  MILESTONE_MAX,
  TITLE_MAX,
  grantTotal,
  validateMilestoneGrant,
  type MilestoneGrantDraft,
  type MilestoneGrantErrors,
  type MilestoneGrantField,
} from "./milestoneForm";

/** The calls a checked grant makes, with its texts' commitments (the SDK's builder, as `milestone:propose` uses it). */
function grantActions(
  contracts: { treasury: Address; milestoneGrants: Address },
  grant: MilestoneConfig,
  [title, ...descriptions]: readonly Hex[],
) {
  return milestoneGrantActions(contracts, {
    payee: grant.payee,
    asset: grant.asset,
    title,
    milestones: grant.milestones.map((m, i) => ({ amount: m.amount, description: descriptions[i] })),
  });
}

/**
 * A member proposes a grant paid in milestones: the proposal reserves its total on the treasury
 * and creates it (the SDK's milestoneGrantActions). The draft is checked by the SDK's grant
 * parser field by field before anything is signed; what the proposal does is said in words,
 * with the exact calls folded away.
 */
export default function NewMilestoneGrantPage() {
  const { t, amount, locale } = useI18n();
  usePageTitle(t("milestoneForm.title"));
  const fund = requireFund();
  const navigate = useNavigate();
  const { isConnected } = useAccount();
  const { assets } = useTreasury();
  const proposing = useProposingVotes();
  const { propose } = useGovernanceActions();
  const { draft, update, clear } = useDraft<MilestoneGrantDraft>(
    `pulje.draft.milestoneGrant.${CHAIN_ID}`,
    EMPTY_MILESTONE_GRANT,
  );
  const [errors, setErrors] = useState<MilestoneGrantErrors>({});
  const [busy, setBusy] = useState(false);
  const form = useFocusFirstInvalid();

  const asset = assets.find((a) => a.address === draft.asset) ?? assets[0];
  const { treasury, milestoneGrants } = fund.contracts;
  // The payee's standing is read as it is typed: a grant the treasury would refuse to pay is not proposed.
  const typed = /^0x[0-9a-fA-F]{40}$/.test(draft.payee.trim()) ? (draft.payee.trim() as Address) : null;
  const payees = usePayees(typed ? [typed] : []);
  const { own, marked } = useFundOwnAccounts();
  const isOwn = typed !== null && own.has(typed.toLowerCase());
  const standing = typed && !isOwn && payees.available ? payees.standingOf(typed) : undefined;
  const payeeText = usePayeeLabel(typed ?? ETH_ADDRESS);
  const payeeAllowed = isOwn
    ? marked.has(typed.toLowerCase()) || !payees.verificationRequired
    : standing
      ? standing.mayBePaid
      : null;
  const context = {
    asset: { address: asset?.address ?? treasury, decimals: asset?.decimals ?? 18 },
    payeeAllowed,
    connected: isConnected,
    ...proposing,
  };
  // The preview: the draft as the proposal would create it, once it passes every field's check.
  const checked = validateMilestoneGrant(draft, {
    ...context,
    connected: true,
    votes: 1n,
    votesNow: 1n,
    threshold: 0n,
  }).grant;
  const placeholders = checked ? checked.milestones.map(() => PLACEHOLDER_COMMITMENT) : [];
  const preview =
    checked && grantActions({ treasury, milestoneGrants }, checked, [PLACEHOLDER_COMMITMENT, ...placeholders]);

  const money = (value: bigint) => (asset ? amount(value, asset.decimals, asset.symbol) : "");
  const message = (field: MilestoneGrantField) => (errors[field] ? t(errors[field]!.key, errors[field]!.vars) : null);
  const setRows = (rows: MilestoneGrantDraft["milestones"]) => {
    update("milestones", rows);
    // Errors are kept by row number: once rows move, they are said again on the next try.
    setErrors({});
  };
  const setRow = (index: number, field: "amount" | "description", value: string) =>
    update(
      "milestones",
      draft.milestones.map((m, i) => (i === index ? { ...m, [field]: value } : m)),
    );
  const addRow = () => {
    setRows([...draft.milestones, EMPTY_MILESTONE_ROW]);
    // The new row's amount gets the focus, so a keyboard user types on where they are.
    const next = draft.milestones.length;
    requestAnimationFrame(() => form.ref.current?.querySelector<HTMLElement>(`[name="amount.${next}"]`)?.focus());
  };

  const consequence = (grant: MilestoneConfig) =>
    t("milestoneForm.consequence", {
      total: money(grantTotal(grant)),
      title: grant.title,
      payee: payeeText,
      count: grant.milestones.length,
      list: new Intl.ListFormat(INTL_TAG[locale], { type: "conjunction" }).format(
        grant.milestones.map((m) =>
          t("milestoneForm.consequenceItem", { amount: money(m.amount), description: m.description }),
        ),
      ),
    });

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const { errors: found, grant } = validateMilestoneGrant(draft, context);
    setErrors(found);
    if (Object.keys(found).some((f) => f !== "form")) return form.focusFirstInvalid();
    if (found.form || !grant) return;
    setBusy(true);
    const outcome = await propose(
      grant.title,
      grant.description,
      draft.publicTitle,
      (_description, texts) => grantActions({ treasury, milestoneGrants }, grant, texts),
      // The grant's title and each milestone's description are kept under the grants contract.
      () => [
        { kind: "milestoneGrant", contract: milestoneGrants, fields: { title: grant.title } },
        ...grant.milestones.map((m): TextDraft => ({
          kind: "milestonePlan",
          contract: milestoneGrants,
          fields: { description: m.description },
        })),
      ],
    );
    setBusy(false);
    if (!outcome.ok) return; // the draft stays; the transaction list says why
    clear();
    void navigate(outcome.proposalId === null ? "/proposals" : `/proposals/${outcome.proposalId}`);
  };

  return (
    <div className="page new-milestone-grant">
      <p>
        <Link to="/stewards">← {t("pool.back")}</Link>
      </p>
      <h1>{t("milestoneForm.title")}</h1>
      <p>{t("milestoneForm.intro")}</p>
      <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate>
        <GrantPayeeField
          value={draft.payee}
          onChange={(address) => update("payee", address)}
          error={message("payee")}
          known={payees.payees.filter((p) => p.attestation !== null)}
          standing={standing}
          own={isOwn}
        />
        <Field label={t("milestoneForm.titleField")} help={t("milestoneForm.titleHelp")} error={message("title")}>
          <input
            name="title"
            value={draft.title}
            onChange={(e) => update("title", e.target.value)}
            maxLength={TITLE_MAX}
            autoComplete="off"
          />
        </Field>
        <PublicTitleCheckbox checked={draft.publicTitle} onChange={(v) => update("publicTitle", v)} />
        <Field
          label={t("milestoneForm.description")}
          help={t("milestoneForm.descriptionHelp")}
          error={message("description")}
        >
          <textarea
            name="description"
            value={draft.description}
            onChange={(e) => update("description", e.target.value)}
            rows={5}
            maxLength={DESCRIPTION_MAX}
          />
        </Field>
        <Field label={t("newGrant.asset")}>
          <AssetSelect assets={assets} value={asset?.address ?? ""} onPick={(address) => update("asset", address)} />
        </Field>
        <fieldset className="milestone-rows">
          <legend>{t("milestoneForm.milestones")}</legend>
          {asset && (
            <p className="help">
              {t("milestoneForm.milestonesHelp", {
                max: MAX_MILESTONES,
                symbol: asset.symbol,
                available: money(asset.available),
              })}
            </p>
          )}
          {message("milestones") && (
            <p className="error" role="alert">
              {message("milestones")}
            </p>
          )}
          <ol>
            {draft.milestones.map((m, i) => (
              <li key={i}>
                <Field label={t("milestoneForm.amount", { number: i + 1 })} error={message(`amount.${i}`)}>
                  <input
                    name={`amount.${i}`}
                    inputMode="decimal"
                    value={m.amount}
                    onChange={(e) => setRow(i, "amount", e.target.value)}
                    autoComplete="off"
                  />
                </Field>
                <Field label={t("milestoneForm.milestone", { number: i + 1 })} error={message(`milestone.${i}`)}>
                  <input
                    name={`milestone.${i}`}
                    value={m.description}
                    onChange={(e) => setRow(i, "description", e.target.value)}
                    maxLength={MILESTONE_MAX}
                    autoComplete="off"
                  />
                </Field>
                {draft.milestones.length > 1 && (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setRows(draft.milestones.filter((_, j) => j !== i))}
                  >
                    {t("milestoneForm.remove", { number: i + 1 })}
                  </button>
                )}
              </li>
            ))}
          </ol>
          {draft.milestones.length < MAX_MILESTONES && (
            <button type="button" className="secondary" onClick={addRow}>
              {t("milestoneForm.add")}
            </button>
          )}
        </fieldset>
        {checked && preview && (
          <section className="preview" aria-labelledby="milestone-preview-title">
            <h2 id="milestone-preview-title">{t("poolForm.preview")}</h2>
            <p className="summary">{consequence(checked)}</p>
            <DraftShortNote actions={preview} />
            <ExactCalls actions={preview} />
            <p className="help">{t("milestoneForm.callsNote")}</p>
          </section>
        )}
        <DraftFormFooter
          formError={message("form")}
          busy={busy}
          submitLabel={t("milestoneForm.submit")}
          onClear={() => (clear(), setErrors({}))}
        />
      </form>
    </div>
  );
}
