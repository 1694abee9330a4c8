import { Link } from "react-router";
import { useI18n } from "../i18n/I18nProvider";
import { LoadState } from "../ui/LoadState";
import { useChainNow } from "../ui/useChainNow";
import { PoolSummary } from "./pools/PoolSummary";
import { usePayees } from "./payees/usePayees";
import { usePools } from "./pools/usePools";

/** The Overview's card for the stewards' money: open pools, and how many payees are verified. */
export function StewardsCard() {
  const { t } = useI18n();
  const now = useChainNow();
  const { pools, isLoading, error } = usePools();
  const payees = usePayees();
  const open = pools.filter((p) => !p.closed);
  const verified = payees.payees.filter((p) => p.standing === "verified" || p.standing === "expiring").length;
  const expiring = payees.payees.filter((p) => p.standing === "expiring").length;
  return (
    <section className="card" aria-labelledby="stewards-card-title">
      <h2 id="stewards-card-title">{t("overview.stewards")}</h2>
      <LoadState isLoading={isLoading} error={error} />
      {!isLoading && open.length === 0 && <p>{t("overview.poolsNone")}</p>}
      {now !== null && open.length > 0 && (
        <ul className="pools">
          {open.map((p) => (
            <PoolSummary key={p.address} pool={p} now={now} />
          ))}
        </ul>
      )}
      {payees.available && !payees.isLoading && <p>{t("overview.payees", { verified, expiring })}</p>}
      <p>
        <Link to="/stewards">{t("overview.stewardsLink")}</Link>
      </p>
    </section>
  );
}
