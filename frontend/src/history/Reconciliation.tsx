import { useMemo } from "react";
import type { LedgerEntry } from "@sdk/history/ledger";
import { reconcile, reconcileEscrows } from "@sdk/history/reconcile";
import { useI18n } from "../i18n/I18nProvider";
import { useEscrowBalances } from "../rounds/useEscrowBalances";
import { assetInfo, type AssetBalance } from "../treasury/useTreasury";
import { addressLabel } from "../ui/AddressText";
import { GasFundLine } from "./GasFundLine";

/**
 * Per asset, whether the treasury's balance is what its deposits and payments explain; per
 * budget round, whether its escrow holds what was paid in less what went to winners and what
 * went back to the treasury (kept apart, as the audit keeps them); and the fee fund that pays
 * members' sponsored actions.
 */
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
  const escrowBalances = useEscrowBalances(entries);
  const escrows = useMemo(
    () => (escrowBalances === null ? [] : reconcileEscrows(entries, escrowBalances)),
    [entries, escrowBalances],
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
        {escrows.map((r) => {
          const info = assetInfo(assets, r.asset);
          const f = (v: bigint) => amount(v, info.decimals, info.symbol);
          const ok = r.unexplained === 0n;
          const figures = {
            round: addressLabel(r.round),
            balance: f(r.balance),
            paidIn: f(r.paidIn),
            released: f(r.released),
            returned: f(r.returned),
          };
          return (
            <li key={r.round} className={ok ? "ok" : "not-ok"} data-balanced={ok} data-escrow={r.round}>
              <span aria-hidden="true">{ok ? "✓ " : "✕ "}</span>
              {ok
                ? t("history.escrowReconciled", figures)
                : t("history.escrowUnreconciled", {
                    ...figures,
                    explained: f(r.explained),
                    unexplained: f(r.unexplained),
                  })}
            </li>
          );
        })}
        <GasFundLine />
      </ul>
    </section>
  );
}
