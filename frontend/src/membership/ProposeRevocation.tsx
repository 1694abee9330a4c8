import { useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { useAccount } from "wagmi";
import { getAddress, zeroAddress } from "viem";
import { decodeAction } from "@sdk/history/actions";
import { revokeMemberActions } from "@sdk/proposals/governance";
import { requireFund } from "../config/contracts";
import { CHAIN_ID } from "../config/deployment";
import { ActionList } from "../governance/ActionText";
import { ExactCalls } from "../governance/ExactCalls";
import { useGovernanceActions } from "../governance/useGovernanceActions";
import { useProposingVotes } from "../governance/useProposingVotes";
import { INTL_TAG } from "../i18n/format";
import { useI18n } from "../i18n/I18nProvider";
import { useTreasury } from "../treasury/useTreasury";
import { addressLabel } from "../ui/AddressText";
import { DraftFormFooter } from "../ui/DraftFormFooter";
import { Field } from "../ui/Field";
import { useDraft } from "../ui/useDraft";
import { useFocusFirstInvalid } from "../ui/useFocusFirstInvalid";
import { memberChoices } from "./memberChoices";
import { MemberSelect } from "./MemberSelect";
import { useMembers } from "./useMembers";
import { useMembershipActions } from "./useMembershipActions";
import { EMPTY_REVOCATION, REASON_MAX, validateRevocation, type RevocationErrors } from "./revocationForm";

/**
 * A member proposes to end another's membership (the timelock's Membership.revoke, built by
 * the SDK's revokeMemberActions), with the reason as the proposal's text. Registrars admit
 * but cannot end memberships: one who finds a membership should end asks a member to use
 * this. The title is written for the proposer and stays off chain.
 */
export function ProposeRevocation() {
  const { t, locale } = useI18n();
  const fund = requireFund();
  const membership = fund.contracts.membership;
  const navigate = useNavigate();
  const { address, isConnected } = useAccount();
  const { members } = useMembers();
  const { isMember } = useMembershipActions();
  const power = useProposingVotes();
  const { assets } = useTreasury();
  const { propose } = useGovernanceActions();
  const { draft, update, clear } = useDraft(`pulje.draft.revocation.${CHAIN_ID}`, EMPTY_REVOCATION);
  const [errors, setErrors] = useState<RevocationErrors>({});
  const [busy, setBusy] = useState(false);
  const form = useFocusFirstInvalid();

  const groups = memberChoices(members, fund.districts, address ?? zeroAddress, INTL_TAG[locale]);
  const chosen = members.find((m) => m.account.toLowerCase() === draft.member.toLowerCase());
  const actions = useMemo(
    () => (membership && chosen ? revokeMemberActions(membership, chosen.account) : null),
    [membership, chosen],
  );
  if (!membership || !isConnected) return null;

  const message = (field: keyof RevocationErrors) =>
    errors[field] ? t(errors[field]!.key, errors[field]!.vars) : null;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = validateRevocation(draft, {
      connected: isConnected,
      self: address ?? null,
      members: members.map((m) => m.account),
      proposerIsMember: isMember,
      ...power,
    });
    setErrors(found);
    if (found.member || found.reason) return form.focusFirstInvalid();
    if (found.form || !chosen) return;
    setBusy(true);
    const account = getAddress(chosen.account);
    const outcome = await propose(
      t("revocation.proposalTitle", { member: addressLabel(account) }),
      draft.reason,
      false,
      () => revokeMemberActions(membership, account),
    );
    setBusy(false);
    if (!outcome.ok) return; // the draft stays; the transaction list says why
    clear();
    void navigate(outcome.proposalId === null ? "/proposals" : `/proposals/${outcome.proposalId}`);
  };

  return (
    <section aria-labelledby="revocation-title" className="propose-revocation">
      <h2 id="revocation-title">{t("revocation.title")}</h2>
      <p>{t("revocation.intro")}</p>
      <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t("revocation.member")} error={message("member")}>
          <MemberSelect
            groups={groups}
            value={draft.member}
            none={t("revocation.memberNone")}
            onPick={(account) => update("member", account)}
          />
        </Field>
        <Field label={t("revocation.reason")} help={t("revocation.reasonHelp")} error={message("reason")}>
          <textarea
            name="reason"
            value={draft.reason}
            onChange={(e) => update("reason", e.target.value)}
            rows={5}
            maxLength={REASON_MAX}
          />
        </Field>
        {chosen && actions && (
          <div className="preview">
            <p className="summary">{t("revocation.consequence", { member: addressLabel(chosen.account) })}</p>
            <ActionList
              actions={actions.targets.map((target, i) =>
                decodeAction(target, actions.values[i], actions.calldatas[i], fund.contracts),
              )}
              assets={assets}
            />
            <ExactCalls actions={actions} />
          </div>
        )}
        <DraftFormFooter
          formError={message("form")}
          busy={busy}
          submitLabel={t("revocation.submit")}
          onClear={() => (clear(), setErrors({}))}
        />
      </form>
    </section>
  );
}
