import { useState, type RefObject } from "react";
import { useNavigate } from "react-router";
import { useAccount } from "wagmi";
import { zeroAddress } from "viem";
import { requireFund } from "../../config/contracts";
import { INTL_TAG } from "../../i18n/format";
import { useI18n } from "../../i18n/I18nProvider";
import { memberChoices } from "../../membership/memberChoices";
import { MemberSelect } from "../../membership/MemberSelect";
import { useMembers } from "../../membership/useMembers";
import { addressLabel } from "../../ui/AddressText";
import { DraftFormFooter } from "../../ui/DraftFormFooter";
import { Field } from "../../ui/Field";
import { ExactCalls } from "../ExactCalls";
import { useGovernanceActions } from "../useGovernanceActions";
import { useProposingVotes } from "../useProposingVotes";
import {
  ROLE_REASON_MAX,
  roleChangeActions,
  validateRoleChange,
  type RoleDraft,
  type RoleErrors,
  type RoleHolders,
  type Seat,
} from "./roleForm";

/**
 * A member proposes appointing someone to a seat or removing its holder: the SDK's roleActions
 * or guardianActions, said in a sentence with the exact calls folded away. The draft lives on
 * the page (a holder's "Propose removing" button fills it in) and is kept in the browser.
 */
export function RoleChangeForm({
  draft,
  update,
  clear,
  holders,
  seats,
  form,
}: {
  draft: RoleDraft;
  update: <K extends keyof RoleDraft>(field: K, value: RoleDraft[K]) => void;
  clear: () => void;
  holders: RoleHolders;
  seats: readonly Seat[];
  form: { ref: RefObject<HTMLFormElement | null>; focusFirstInvalid: () => void };
}) {
  const { t, locale } = useI18n();
  const fund = requireFund();
  const navigate = useNavigate();
  const { address, isConnected } = useAccount();
  const { members } = useMembers();
  const proposing = useProposingVotes();
  const { propose } = useGovernanceActions();
  const [errors, setErrors] = useState<RoleErrors>({});
  const [busy, setBusy] = useState(false);

  const contracts = { ...fund.contracts, membership: fund.contracts.membership ?? null };
  const context = { connected: isConnected, ...proposing, holders, seats };
  // The preview: the change as proposed, once its fields pass (the proposer is checked on sending).
  const { change } = validateRoleChange(draft, context);
  const preview = change && roleChangeActions(contracts, change);
  const groups = memberChoices(members, fund.districts, zeroAddress, INTL_TAG[locale]);
  const message = (field: keyof RoleErrors) => (errors[field] ? t(errors[field]!.key, errors[field]!.vars) : null);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const checked = validateRoleChange(draft, context);
    setErrors(checked.errors);
    if (Object.keys(checked.errors).some((f) => f !== "form")) return form.focusFirstInvalid();
    if (checked.errors.form || !checked.change || !address) return;
    const { change: kind, seat, account } = checked.change;
    setBusy(true);
    const outcome = await propose(
      t(`roleForm.proposalTitle.${kind}`, { account: addressLabel(account), seat: t(`roleForm.seatName.${seat}`) }),
      draft.reason,
      false,
      () => roleChangeActions(contracts, checked.change!),
    );
    setBusy(false);
    if (!outcome.ok) return; // the draft stays; the transaction list says why
    clear();
    void navigate(outcome.proposalId === null ? "/proposals" : `/proposals/${outcome.proposalId}`);
  };

  return (
    <section aria-labelledby="role-change-title" className="role-change">
      <h2 id="role-change-title">{t("roleForm.title")}</h2>
      <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t("roleForm.change")}>
          <select
            name="change"
            value={draft.change}
            onChange={(e) => update("change", e.target.value as RoleDraft["change"])}
          >
            <option value="appoint">{t("roleForm.change.appoint")}</option>
            <option value="remove">{t("roleForm.change.remove")}</option>
          </select>
        </Field>
        <Field label={t("roleForm.seat")} error={message("seat")}>
          <select name="seat" value={draft.seat} onChange={(e) => update("seat", e.target.value as RoleDraft["seat"])}>
            <option value="">{t("roleForm.seatNone")}</option>
            {seats.map((seat) => (
              <option key={seat} value={seat}>
                {t(`roleForm.seatName.${seat}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("roleForm.member")} error={message("member")}>
          <MemberSelect
            groups={groups}
            value={draft.member}
            none={t("roleForm.memberNone")}
            onPick={(account) => update("member", account)}
          />
        </Field>
        <Field label={t("roleForm.address")} help={t("roleForm.addressHelp")} error={message("address")}>
          <input
            name="address"
            value={draft.address}
            onChange={(e) => update("address", e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        <Field label={t("roleForm.reason")} help={t("roleForm.reasonHelp")} error={message("reason")}>
          <textarea
            name="reason"
            value={draft.reason}
            onChange={(e) => update("reason", e.target.value)}
            rows={4}
            maxLength={ROLE_REASON_MAX}
          />
        </Field>
        {change && preview && (
          <section className="preview" aria-labelledby="role-preview-title">
            <h3 id="role-preview-title">{t("roleForm.preview")}</h3>
            <p className="summary">
              {t(`roleForm.consequence.${change.change}.${change.seat}`, { account: addressLabel(change.account) })}
            </p>
            <ExactCalls actions={preview} />
          </section>
        )}
        <DraftFormFooter
          formError={message("form")}
          busy={busy}
          submitLabel={t("roleForm.submit")}
          clearLabel={t("roleForm.clear")}
          onClear={() => (clear(), setErrors({}))}
        />
      </form>
    </section>
  );
}
