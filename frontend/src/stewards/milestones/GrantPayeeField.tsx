import type { Address } from "viem";
import { useI18n } from "../../i18n/I18nProvider";
import { Field } from "../../ui/Field";
import { FundAccountBadge } from "../payees/PayeeBadge";
import { usePayeeLabel } from "../payees/payeeLabel";
import type { PayeeView } from "../payees/usePayees";

/**
 * Who a proposed grant pays: an address typed or pasted, or one of the payees the registry knows,
 * each shown with its standing, so nobody proposes a grant the treasury would refuse to pay.
 * `standing` is the typed payee's (undefined while unknown); `own` says it is one of the fund's
 * own accounts, which has no standing to show.
 */
export function GrantPayeeField({
  value,
  onChange,
  error,
  known,
  standing,
  own,
}: {
  value: string;
  onChange: (address: string) => void;
  error: string | null;
  known: readonly PayeeView[];
  standing: PayeeView | undefined;
  own: boolean;
}) {
  const { t } = useI18n();
  const chosen = known.find((p) => p.address.toLowerCase() === value.trim().toLowerCase());
  return (
    <>
      <Field label={t("milestoneForm.payee")} help={t("milestoneForm.payeeHelp")} error={error}>
        <input
          name="payee"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      {known.length > 0 && (
        <Field label={t("milestoneForm.registry")}>
          <select name="knownPayee" value={chosen?.address ?? ""} onChange={(e) => onChange(e.target.value)}>
            <option value="">{t("milestoneForm.registryNone")}</option>
            {known.map((p) => (
              <KnownPayee key={p.address} payee={p} />
            ))}
          </select>
        </Field>
      )}
      {own && (
        <p className="note">
          <FundAccountBadge />
        </p>
      )}
      {!own && standing && (
        <p className={standing.mayBePaid ? "note" : "warning"}>
          {t("newGrant.payeeStanding", { standing: t(`payees.standing.${standing.standing}`).toLowerCase() })}{" "}
          {!standing.mayBePaid && t("newGrant.error.unverified")}
        </p>
      )}
    </>
  );
}

/** A payee the registry knows, by its verified legal name where shown, with its standing in words. */
function KnownPayee({ payee }: { payee: PayeeView }) {
  const { t } = useI18n();
  const label = usePayeeLabel(payee.address as Address);
  return <option value={payee.address}>{`${label}: ${t(`payees.standing.${payee.standing}`)}`}</option>;
}
