import { useState } from "react";
import { getAddress, isAddress, type Address } from "viem";
import { requireFund } from "../config/contracts";
import { INTL_TAG } from "../i18n/format";
import { useI18n } from "../i18n/I18nProvider";
import { useVoteFormat } from "../governance/useVoteFormat";
import { AddressText } from "../ui/AddressText";
import { BusyButton } from "../ui/BusyButton";
import { Explain } from "../ui/Explain";
import { Field } from "../ui/Field";
import { useFocusFirstInvalid } from "../ui/useFocusFirstInvalid";
import { usePageTitle } from "../ui/usePageTitle";
import { LeaveFund } from "./LeaveFund";
import { memberChoices } from "./memberChoices";
import { MemberSelect } from "./MemberSelect";
import { useDelegation } from "./useDelegation";
import { useMembers } from "./useMembers";

/**
 * Who votes with your vote. A member gives it to another member picked by name from the
 * list of members; an expert can still give it to any address. Either can be taken back. A
 * token holder gives their tokens' votes to an address.
 */
export default function DelegationPage() {
  const { t, tn, locale } = useI18n();
  usePageTitle(t("delegation.title"));
  const fund = requireFund();
  const format = useVoteFormat();
  const d = useDelegation();
  const { members } = useMembers();
  const [busy, setBusy] = useState(false);
  const [picked, setPicked] = useState("");
  const [pickError, setPickError] = useState<string | null>(null);
  const [target, setTarget] = useState("");
  const [addressError, setAddressError] = useState<string | null>(null);
  const byName = useFocusFirstInvalid();
  const byAddress = useFocusFirstInvalid();

  if (!d.address) {
    return (
      <div className="page delegation">
        <h1>{t("delegation.title")}</h1>
        <p>{t("delegation.intro")}</p>
        <Explain term="delegation" />
        <p>{t("delegation.connect")}</p>
      </div>
    );
  }
  const self = d.delegate?.toLowerCase() === d.address.toLowerCase();
  const groups = memberChoices(members, fund.districts, d.address, INTL_TAG[locale]);

  const give = async (to: Address) => {
    setBusy(true);
    const outcome = await d.delegateTo(to);
    setBusy(false);
    return outcome.ok;
  };

  const giveToMember = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!picked) return (setPickError(t("delegation.error.member")), byName.focusFirstInvalid());
    setPickError(null);
    if (await give(picked as Address)) setPicked("");
  };

  const giveToAddress = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!isAddress(target.trim(), { strict: true })) {
      setAddressError(t("delegation.error.address"));
      return byAddress.focusFirstInvalid();
    }
    setAddressError(null);
    if (await give(getAddress(target.trim()))) setTarget("");
  };

  // A fund that votes by token has no list of members to pick from, and nobody leaves it: a
  // holder gives their votes to an address, or sells their tokens.
  const byToken = fund.votingMode === "token";
  const addressForm = (
    <form ref={byAddress.ref} onSubmit={(e) => void giveToAddress(e)} noValidate className="delegate-form">
      <Field label={t("delegation.address")} help={t("delegation.addressHelp")} error={addressError}>
        <input
          name="delegate"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      <BusyButton type="submit" busy={busy}>
        {t("delegation.toAddress")}
      </BusyButton>
    </form>
  );

  return (
    <div className="page delegation">
      <h1>{t("delegation.title")}</h1>
      <p>{t("delegation.intro")}</p>
      <Explain term="delegation" />
      {d.delegate && (
        <p>
          {self ? (
            t("delegation.yourDelegate", { delegate: t("delegation.yourself") })
          ) : (
            <>
              {t("delegation.yourDelegate", { delegate: "" })}
              <AddressText address={d.delegate} />
            </>
          )}
        </p>
      )}
      {d.power !== undefined && <p>{t("delegation.power", { power: format(d.power) })}</p>}
      <p>{tn("delegation.delegators", d.delegators, { count: d.delegators })}</p>
      {!self && (
        <BusyButton busy={busy} onClick={() => void give(d.address!)}>
          {t("delegation.toSelf")}
        </BusyButton>
      )}

      {byToken ? (
        addressForm
      ) : (
        <>
          <form ref={byName.ref} onSubmit={(e) => void giveToMember(e)} noValidate className="delegate-form">
            <Field label={t("delegation.member")} help={t("delegation.memberHelp")} error={pickError}>
              <MemberSelect groups={groups} value={picked} none={t("delegation.memberNone")} onPick={setPicked} />
            </Field>
            <BusyButton type="submit" busy={busy}>
              {t("delegation.toMember")}
            </BusyButton>
          </form>
          <details className="delegate-address">
            <summary>{t("delegation.byAddress")}</summary>
            {addressForm}
          </details>
          <LeaveFund />
        </>
      )}
    </div>
  );
}
