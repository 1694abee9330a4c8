import { useState } from "react";
import { getAddress, isAddress } from "viem";
import { useI18n } from "../i18n/I18nProvider";
import { useVoteFormat } from "../governance/useVoteFormat";
import { AddressText } from "../ui/AddressText";
import { Field } from "../ui/Field";
import { usePageTitle } from "../ui/usePageTitle";
import { useDelegation } from "./useDelegation";

export default function DelegationPage() {
  const { t, tn } = useI18n();
  usePageTitle(t("delegation.title"));
  const format = useVoteFormat();
  const d = useDelegation();
  const [target, setTarget] = useState("");
  const [error, setError] = useState<string | null>(null);

  if (!d.address) {
    return (
      <div className="page delegation">
        <h1>{t("delegation.title")}</h1>
        <p>{t("delegation.intro")}</p>
        <p>{t("delegation.connect")}</p>
      </div>
    );
  }
  const self = d.delegate?.toLowerCase() === d.address.toLowerCase();

  const delegateToAddress = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!isAddress(target.trim(), { strict: true })) {
      setError(t("delegation.error.address"));
      return;
    }
    setError(null);
    const outcome = await d.delegateTo(getAddress(target.trim()));
    if (outcome.ok) setTarget("");
  };

  return (
    <div className="page delegation">
      <h1>{t("delegation.title")}</h1>
      <p>{t("delegation.intro")}</p>
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
        <button type="button" onClick={() => void d.delegateTo(d.address!)}>
          {t("delegation.toSelf")}
        </button>
      )}
      <form onSubmit={(e) => void delegateToAddress(e)} noValidate className="delegate-form">
        <Field label={t("delegation.address")} error={error}>
          <input
            name="delegate"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        <button type="submit">{t("delegation.toAddress")}</button>
      </form>
    </div>
  );
}
