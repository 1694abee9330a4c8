import { TextLabel } from "../../texts/TextLabel";
import { addressLabel } from "../../ui/AddressText";
import { Link } from "react-router";
import { useI18n } from "../../i18n/I18nProvider";
import { TimeText } from "../../ui/TimeText";
import { useAssetText } from "../useAssetText";
import type { Pool } from "./usePools";
import { ReadingPause } from "../../ui/ReadingPause";

/** A pool in a few lines: its kind and name, what is left of its budget, until when. */
export function PoolSummary({ pool, now }: { pool: Pool; now: number }) {
  const { t } = useI18n();
  const { money } = useAssetText();
  const pending = pool.grants.filter((g) => g.status === "Pending" && !g.stale).length;
  return (
    <li className="pool-summary">
      <Link to={`/stewards/pools/${pool.address}`}>
        <TextLabel commitment={pool.text} field="name" empty={addressLabel(pool.address)} />
      </Link>{" "}
      <ReadingPause /> <span className="badge">{t(`pool.kind.${pool.kind}`)}</span>
      <p>
        {t("pool.summary", {
          remaining: money(pool.token, pool.remaining),
          spent: money(pool.token, pool.spent),
        })}{" "}
        {pool.closed ? (
          t("pool.closed")
        ) : (
          <>
            {t(pool.endsAt > now ? "pool.endsAt" : "pool.endedAt")} <TimeText at={pool.endsAt} now={now} />
          </>
        )}
        {pending > 0 && <> · {t("pool.pendingCount", { count: pending })}</>}
      </p>
    </li>
  );
}
