import { useMemo, useRef, useState } from "react";
import { useNavigate } from "react-router";
import type { Address } from "viem";
import { useAccount } from "wagmi";
import { requireFund } from "../config/contracts";
import { CHAIN_ID } from "../config/deployment";
import { grantActions } from "@sdk/proposals/governance";
import { PublicTitleCheckbox } from "./PublicTitleCheckbox";
import { useI18n } from "../i18n/I18nProvider";
import { usePayees } from "../stewards/payees/usePayees";
import { useTreasury } from "../treasury/useTreasury";
import { addressLabel } from "../ui/AddressText";
import { Field } from "../ui/Field";
import { Markdown } from "../ui/Markdown";
import { useDraft } from "../ui/useDraft";
import { usePageTitle } from "../ui/usePageTitle";
import {
  EMPTY_DRAFT,
  parseAmountInput,
  recipientOf,
  validateGrant,
  type GrantDraft,
  type GrantErrors,
} from "./grantForm";
import { useGovernanceActions } from "./useGovernanceActions";
import { useProposingVotes } from "./useProposingVotes";
import { DraftFormFooter } from "../ui/DraftFormFooter";
import { AssetSelect } from "../treasury/AssetSelect";

const FIELD_ORDER: (keyof GrantDraft)[] = ["recipient", "asset", "amount", "title", "description"];

export default function NewGrantPage() {
  const { t, amount: formatAmount } = useI18n();
  usePageTitle(t("newGrant.title"));
  const fund = requireFund();
  const navigate = useNavigate();
  const { address, isConnected } = useAccount();
  const { assets } = useTreasury();
  const proposing = useProposingVotes();
  const { propose } = useGovernanceActions();
  const { draft, update, clear } = useDraft<GrantDraft>(`pulje.draft.grant.${CHAIN_ID}`, EMPTY_DRAFT);
  const [errors, setErrors] = useState<GrantErrors>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const asset = assets.find((a) => a.address === draft.asset) ?? assets[0];
  // The payee's standing is checked as it is typed: a payment the treasury would refuse is not proposed.
  const typed = /^0x[0-9a-fA-F]{40}$/.test(draft.recipient.trim()) ? (draft.recipient.trim() as Address) : null;
  const payees = usePayees(typed ? [typed] : []);
  const payee = typed && payees.available ? payees.standingOf(typed) : undefined;
  const context = {
    connected: isConnected,
    available: asset?.available ?? 0n,
    decimals: asset?.decimals ?? 18,
    availableText: asset ? formatAmount(asset.available, asset.decimals, asset.symbol) : "",
    ...proposing,
    payeeAllowed: payee ? payee.mayBePaid : null,
  };
  const preview = useMemo(() => {
    const value = asset ? parseAmountInput(draft.amount, asset.decimals) : null;
    if (!asset || value === null || !/^0x[0-9a-fA-F]{40}$/.test(draft.recipient.trim())) return null;
    return t("newGrant.summary", {
      amount: formatAmount(value, asset.decimals, asset.symbol),
      to: addressLabel(draft.recipient.trim()),
    });
  }, [asset, draft.amount, draft.recipient, t, formatAmount]);

  const message = (field: keyof GrantErrors) => (errors[field] ? t(errors[field]!.key, errors[field]!.vars) : null);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = validateGrant(draft, context);
    setErrors(found);
    const first = FIELD_ORDER.find((f) => found[f]);
    if (first) {
      form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    if (found.form || !asset || !address) return;
    setBusy(true);
    const value = parseAmountInput(draft.amount, asset.decimals)!;
    const grant = { asset: asset.address, recipient: recipientOf(draft), amount: value };
    const outcome = await propose(draft.title.trim(), draft.description, draft.publicTitle, (description) =>
      grantActions(fund.contracts.treasury, grant, description),
    );
    setBusy(false);
    if (!outcome.ok) return; // the draft stays; the failure is explained in the transaction list
    clear();
    void navigate(outcome.proposalId === null ? "/proposals" : `/proposals/${outcome.proposalId}`);
  };

  return (
    <div className="page new-grant">
      <h1>{t("newGrant.title")}</h1>
      <p>{t("newGrant.intro")}</p>
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t("newGrant.recipient")} help={t("newGrant.recipientHelp")} error={message("recipient")}>
          <input
            name="recipient"
            value={draft.recipient}
            onChange={(e) => update("recipient", e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        {payee && (
          <p className={payee.mayBePaid ? "note" : "warning"}>
            {t("newGrant.payeeStanding", { standing: t(`payees.standing.${payee.standing}`).toLowerCase() })}{" "}
            {!payee.mayBePaid && t("newGrant.error.unverified")}
          </p>
        )}
        <Field
          label={t("newGrant.asset")}
          help={asset ? t("newGrant.available", { amount: context.availableText }) : undefined}
        >
          <AssetSelect assets={assets} value={asset?.address ?? ""} onPick={(address) => update("asset", address)} />
        </Field>
        <Field label={t("newGrant.amount")} error={message("amount")}>
          <input
            name="amount"
            inputMode="decimal"
            value={draft.amount}
            onChange={(e) => update("amount", e.target.value)}
            autoComplete="off"
          />
        </Field>
        <Field label={t("newGrant.titleField")} error={message("title")}>
          <input name="title" value={draft.title} onChange={(e) => update("title", e.target.value)} maxLength={120} />
        </Field>
        <PublicTitleCheckbox checked={draft.publicTitle} onChange={(v) => update("publicTitle", v)} />
        <Field label={t("newGrant.description")} error={message("description")}>
          <textarea
            name="description"
            value={draft.description}
            onChange={(e) => update("description", e.target.value)}
            rows={8}
          />
        </Field>
        <section className="preview" aria-labelledby="preview-title">
          <h2 id="preview-title">{t("newGrant.preview")}</h2>
          {preview && <p className="summary">{preview}</p>}
          <h3>{draft.title || "…"}</h3>
          <Markdown source={draft.description} />
        </section>
        <DraftFormFooter
          formError={message("form")}
          busy={busy}
          submitLabel={t("newGrant.submit")}
          onClear={() => (clear(), setErrors({}))}
        />
      </form>
    </div>
  );
}
