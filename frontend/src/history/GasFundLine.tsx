import { useI18n } from "../i18n/I18nProvider";
import { useGasFund } from "./useGasFund";

/** The fee fund's line in the reconciliation, once it is read (none for a fund without one). */
export function GasFundLine() {
  const { t, amount } = useI18n();
  const fund = useGasFund();
  if (!fund) return null;
  const eth = (v: bigint) => amount(v, 18, "ETH");
  const ok = fund.unexplained === 0n;
  const figures = {
    balance: eth(fund.balance),
    deposited: eth(fund.deposited),
    spent: eth(fund.spent),
    operations: fund.operations,
    withdrawn: eth(fund.withdrawn),
  };
  return (
    <li className={ok ? "ok" : "not-ok"} data-balanced={ok} data-gas-fund={fund.paymaster}>
      <span aria-hidden="true">{ok ? "✓ " : "✕ "}</span>
      {ok
        ? t("history.gasFundReconciled", figures)
        : t("history.gasFundUnreconciled", {
            ...figures,
            explained: eth(fund.explained),
            unexplained: eth(fund.unexplained),
          })}
    </li>
  );
}
