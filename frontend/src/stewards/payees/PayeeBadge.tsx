import { useI18n } from "../../i18n/I18nProvider";
import type { PayeeStanding } from "./payeeModel";
import { ReadingPause } from "../../ui/ReadingPause";

const SYMBOL: Record<PayeeStanding, string> = {
  verified: "✔",
  expiring: "◷",
  expired: "✕",
  revoked: "⊘",
  unverified: "?",
};
const FUND_SYMBOL = "⌂";

/** A payee's standing with the registry in words, with a symbol: never colour alone. Ends in a pause for screen readers, as text follows it. */
export function PayeeBadge({ standing }: { standing: PayeeStanding }) {
  const { t } = useI18n();
  return (
    <>
      <span className={`badge badge-payee-${standing}`}>
        <span aria-hidden="true">{SYMBOL[standing]} </span>
        {t(`payees.standing.${standing}`)}
      </span>
      <ReadingPause />
    </>
  );
}

/**
 * In place of a standing, for the fund's own accounts (a round's escrow, a pool, the milestone
 * grants): money paid there stays the fund's, so there is no payee to verify.
 */
export function FundAccountBadge() {
  const { t } = useI18n();
  return (
    <>
      <span className="badge badge-payee-fund">
        <span aria-hidden="true">{FUND_SYMBOL} </span>
        {t("payees.fundAccount")}
      </span>
      <ReadingPause />
    </>
  );
}
