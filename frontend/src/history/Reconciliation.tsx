import { useMemo } from "react";
import type { LedgerEntry } from "@sdk/history/ledger";
import { reconcile } from "@sdk/history/reconcile";
import { useI18n } from "../i18n/I18nProvider";
import { assetInfo, type AssetBalance } from "../treasury/useTreasury";

/** Per asset, whether the treasury's balance is what its deposits and payments explain. */
export function Reconciliation({
  entries,
  assets,
}: {
  entries: readonly LedgerEntry[];
  assets: readonly AssetBalance[];
}) {
  const { t, amount } = useI18n();
  const reconciliation = useMemo(
    () =>
      assets.length === 0 ? [] : reconcile(entries, new Map(assets.map((a) => [a.address.toLowerCase(), a.balance]))),
    [entries, assets],
  );
  return (
    <section aria-labelledby="reconciliation-title">
      <h2 id="reconciliation-title">{t("history.reconciliation")}</h2>
      <ul className="reconciliation">
        {reconciliation.map((r) => {
          const info = assetInfo(assets, r.asset);
          const f = (v: bigint) => amount(v, info.decimals, info.symbol);
          const ok = r.unexplained === 0n;
          const figures = {
            asset: info.symbol,
            balance: f(r.balance),
            deposits: f(r.deposits),
            payments: f(r.payments),
          };
          return (
            <li key={r.asset} className={ok ? "ok" : "not-ok"} data-balanced={ok}>
              <span aria-hidden="true">{ok ? "✓ " : "✕ "}</span>
              {ok
                ? t("history.reconciled", figures)
                : t("history.unreconciled", {
                    ...figures,
                    explained: f(r.explained),
                    unexplained: f(r.unexplained),
                  })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
