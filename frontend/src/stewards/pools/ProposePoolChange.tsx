import { useState } from "react";
import { useNavigate } from "react-router";
import { useAccount } from "wagmi";
import type { ProposalActions } from "@sdk/proposals/actions";
import { poolCloseActions, poolCommitteeActions, poolTopUpActions } from "@sdk/proposals/stewards";
import { requireFund } from "../../config/contracts";
import { CHAIN_ID } from "../../config/deployment";
import { ExactCalls } from "../../governance/ExactCalls";
import { useGovernanceActions } from "../../governance/useGovernanceActions";
import { useProposingVotes } from "../../governance/useProposingVotes";
import { useI18n } from "../../i18n/I18nProvider";
import { CommitteeFields } from "./CommitteeFields";
import { useTextString } from "../../texts/useTextString";
import { DraftShortNote } from "../../treasury/DraftShortNote";
import { addressLabel } from "../../ui/AddressText";
import { DraftFormFooter } from "../../ui/DraftFormFooter";
import { Field } from "../../ui/Field";
import { useDraft } from "../../ui/useDraft";
import { useFocusFirstInvalid } from "../../ui/useFocusFirstInvalid";
import { useAssetText } from "../useAssetText";
import {
  EMPTY_POOL_CHANGE,
  POOL_CHANGES,
  REASON_MAX,
  validatePoolChange,
  type CheckedChange,
  type PoolChangeDraft,
  type PoolChangeErrors,
} from "./poolChangeForm";
import type { Pool } from "./usePools";

/** The calls a checked change makes (the SDK's builders, as the tasks use them). */
function changeActions(treasury: `0x${string}`, pool: Pool, change: CheckedChange): ProposalActions {
  if (change.change === "topUp") return poolTopUpActions(treasury, pool.address, pool.token, change.amount);
  if (change.change === "committee") return poolCommitteeActions(pool.address, change.committee, change.threshold);
  return poolCloseActions(pool.address);
}

/**
 * Any member proposes a change to an open pool: a top-up of its budget, a new committee, or
 * closing it early so what it has left goes back to the treasury. Each is a proposal the
 * members vote on; the reason is its text. Checked field by field before anything is signed,
 * with the consequence in words and the exact calls folded away.
 */
export function ProposePoolChange({ pool }: { pool: Pool }) {
  const { t } = useI18n();
  const { money, info } = useAssetText();
  const fund = requireFund();
  const navigate = useNavigate();
  const { isConnected } = useAccount();
  const proposing = useProposingVotes();
  const { propose } = useGovernanceActions();
  const { draft, update, clear } = useDraft<PoolChangeDraft>(
    `pulje.draft.poolChange.${CHAIN_ID}.${pool.address}`,
    EMPTY_POOL_CHANGE,
  );
  const [errors, setErrors] = useState<PoolChangeErrors>({});
  const [busy, setBusy] = useState(false);
  const form = useFocusFirstInvalid();
  const name = useTextString(pool.text, "name") || addressLabel(pool.address);
  if (!isConnected || pool.closed) return null;

  const context = { decimals: info(pool.token).decimals, closed: pool.closed, connected: isConnected, ...proposing };
  // What the draft would do once its fields pass (the proposer's votes are checked on sending).
  const { change: checked } = validatePoolChange(
    { ...draft, reason: draft.reason.trim() === "" ? "-" : draft.reason },
    { ...context, votes: 1n, votesNow: 1n, threshold: 0n },
  );
  const actions = checked && changeActions(fund.contracts.treasury, pool, checked);

  const consequence = (c: CheckedChange) => {
    if (c.change === "topUp")
      return t("poolChange.consequence.topUp", {
        amount: money(pool.token, c.amount),
        pool: name,
        total: money(pool.token, pool.remaining + c.amount),
      });
    if (c.change === "committee")
      return t("poolChange.consequence.committee", { threshold: c.threshold, size: c.committee.length });
    return t("poolChange.consequence.close", { pool: name, remaining: money(pool.token, pool.remaining) });
  };
  const title = (c: CheckedChange) => {
    if (c.change === "topUp")
      return t("poolChange.proposal.topUp", { pool: name, amount: money(pool.token, c.amount) });
    if (c.change === "committee") return t("poolChange.proposal.committee", { pool: name });
    return t("poolChange.proposal.close", { pool: name });
  };
  const message = (field: keyof PoolChangeErrors) =>
    errors[field] ? t(errors[field]!.key, errors[field]!.vars) : null;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const { errors: found, change } = validatePoolChange(draft, context);
    setErrors(found);
    if (Object.keys(found).some((f) => f !== "form")) return form.focusFirstInvalid();
    if (found.form || !change) return;
    setBusy(true);
    const outcome = await propose(title(change), draft.reason, false, () =>
      changeActions(fund.contracts.treasury, pool, change),
    );
    setBusy(false);
    if (!outcome.ok) return; // the draft stays; the transaction list says why
    clear();
    void navigate(outcome.proposalId === null ? "/proposals" : `/proposals/${outcome.proposalId}`);
  };

  return (
    <section aria-labelledby="pool-change-title" className="propose-pool-change">
      <h2 id="pool-change-title">{t("poolChange.title")}</h2>
      <p>{t("poolChange.intro")}</p>
      <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t("poolChange.change")} error={message("change")}>
          <select
            name="change"
            value={draft.change}
            onChange={(e) => update("change", e.target.value as PoolChangeDraft["change"])}
          >
            {POOL_CHANGES.map((c) => (
              <option key={c} value={c}>
                {t(`poolChange.change.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        {draft.change === "topUp" && (
          <Field label={t("poolChange.amount")} error={message("amount")}>
            <input
              name="amount"
              inputMode="decimal"
              value={draft.amount}
              onChange={(e) => update("amount", e.target.value)}
              autoComplete="off"
            />
          </Field>
        )}
        {draft.change === "committee" && (
          <CommitteeFields
            committee={draft.committee}
            threshold={draft.threshold}
            onChange={update}
            errors={{ committee: message("committee"), threshold: message("threshold") }}
            candidates={pool.interested}
          />
        )}
        <Field label={t("poolChange.reason")} error={message("reason")}>
          <textarea
            name="reason"
            value={draft.reason}
            onChange={(e) => update("reason", e.target.value)}
            rows={4}
            maxLength={REASON_MAX}
          />
        </Field>
        {checked && actions && (
          <div className="preview">
            <p className="summary">{consequence(checked)}</p>
            <DraftShortNote actions={actions} />
            <ExactCalls actions={actions} />
          </div>
        )}
        <DraftFormFooter
          formError={message("form")}
          busy={busy}
          submitLabel={t("poolChange.submit")}
          onClear={() => (clear(), setErrors({}))}
        />
      </form>
    </section>
  );
}
