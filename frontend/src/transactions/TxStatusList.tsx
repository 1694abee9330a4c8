import { useI18n } from "../i18n/I18nProvider";
import { shortAddress } from "../i18n/format";
import { useTxCenter, type TrackedTx } from "./TxCenter";

const ICON: Record<TrackedTx["status"], string> = { signing: "✍", pending: "⏳", confirmed: "✓", failed: "✕" };

/** Pending, confirmed and failed transactions, announced to screen readers as they change. */
export function TxStatusList() {
  const { t } = useI18n();
  const { txs, dismiss } = useTxCenter();
  return (
    <section className="tx-list" aria-label={t("tx.regionLabel")}>
      {/* The live region wraps the list: a ul with role="status" would no longer be a list. */}
      <div aria-live="polite" role="status">
        <ul>
          {txs.map((tx) => (
            <li key={tx.id} className={`tx tx-${tx.status}`} data-status={tx.status}>
              <span aria-hidden="true" className="tx-icon">
                {ICON[tx.status]}
              </span>
              <span>
                {tx.status === "signing" && t("tx.signing", { label: tx.label })}
                {tx.status === "pending" && t("tx.pending", { label: tx.label, hash: shortAddress(tx.hash ?? "") })}
                {tx.status === "confirmed" &&
                  (tx.note
                    ? t("tx.confirmedWithNote", { label: tx.label, note: tx.note })
                    : t("tx.confirmed", { label: tx.label }))}
                {tx.status === "failed" && t("tx.failed", { label: tx.label, reason: tx.reason ?? "" })}
              </span>
              {(tx.status === "confirmed" || tx.status === "failed") && (
                <button type="button" className="link-button" onClick={() => dismiss(tx.id)}>
                  {t("tx.dismiss")}
                </button>
              )}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
