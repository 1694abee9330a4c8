import { useEffect, useState } from "react";
import { CHAIN_ID } from "../config/deployment";
import { useI18n, type I18n } from "../i18n/I18nProvider";
import { shortAddress } from "../i18n/format";
import { focusFirst, mainRegion } from "../ui/focus";
import { explainError } from "./explainError";
import { txMessageId, useTxCenter, type TrackedTx } from "./TxCenter";

const ICON: Record<TrackedTx["status"], string> = { signing: "✍", pending: "⏳", confirmed: "✓", failed: "✕" };

/** How long a confirmation stays, unless the pointer or focus is on it: the page itself shows the result. */
export const CONFIRMATION_MS = 10_000;

/**
 * The messages of the visitor's transactions: pending, confirmed and failed. Each message is
 * its own live region, apart from its close button, so only the message is read out: a
 * failure as an alert, the rest politely. Texts are made at each render, so a language switch
 * re-says them. On a wide screen the list floats in a corner; on a phone it sits in the page
 * under the header, where it covers nothing (styles.css).
 */
export function TxStatusList() {
  const { t } = useI18n();
  const { txs } = useTxCenter();
  return (
    <section className="tx-list" aria-label={t("tx.regionLabel")}>
      <ul>
        {txs.map((tx) => (
          <TxMessage key={tx.id} tx={tx} />
        ))}
      </ul>
    </section>
  );
}

function messageText(tx: TrackedTx, i18n: I18n): string {
  const { t } = i18n;
  const label = t(tx.label.key, tx.label.vars);
  switch (tx.status) {
    case "signing":
      return t("tx.signing", { label });
    case "pending":
      return t("tx.pending", { label, reference: shortAddress(tx.hash ?? "") });
    case "confirmed":
      return tx.afterError === undefined
        ? t("tx.confirmed", { label })
        : t("tx.confirmedWithNote", { label, note: explainError(tx.afterError, i18n, CHAIN_ID, tx.assets) });
    case "failed":
      return t("tx.failed", { label, reason: explainError(tx.error, i18n, CHAIN_ID, tx.assets) });
  }
}

function TxMessage({ tx }: { tx: TrackedTx }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { dismiss, originOf } = useTxCenter();
  const [held, setHeld] = useState({ pointer: false, focus: false });
  const text = messageText(tx, i18n);
  const done = tx.status === "confirmed" || tx.status === "failed";
  const label = t(tx.label.key, tx.label.vars);
  const shortText = tx.status === "failed" ? t("tx.failedShort", { label }) : t("tx.confirmed", { label });

  // A confirmation clears itself once read; a failure stays until closed, as it says what to do.
  const kept = held.pointer || held.focus;
  useEffect(() => {
    if (tx.status !== "confirmed" || kept) return;
    const timer = setTimeout(() => dismiss(tx.id), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [tx.status, tx.id, kept, dismiss]);

  const close = () => {
    // Focus goes back to the control the transaction came from, to carry on from there.
    const origin = originOf(tx.id);
    dismiss(tx.id);
    if (!focusFirst(origin)) mainRegion()?.focus();
  };

  return (
    <li
      className={`tx tx-${tx.status}`}
      data-status={tx.status}
      onMouseEnter={() => setHeld((h) => ({ ...h, pointer: true }))}
      onMouseLeave={() => setHeld((h) => ({ ...h, pointer: false }))}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setHeld((h) => ({ ...h, focus: false }));
      }}
    >
      <span aria-hidden="true" className="tx-icon">
        {ICON[tx.status]}
      </span>
      {/* Keyed by role: a failure is a new element, which screen readers announce as an alert. */}
      {tx.status === "failed" ? (
        <p key="alert" id={txMessageId(tx.id)} className="tx-text" role="alert" tabIndex={-1}>
          {text}
        </p>
      ) : (
        <p key="status" id={txMessageId(tx.id)} className="tx-text" role="status" tabIndex={-1}>
          {text}
        </p>
      )}
      {done && (
        <button
          type="button"
          className="link-button"
          aria-label={t("tx.dismissNamed", { message: shortText })}
          onClick={close}
        >
          {t("tx.dismiss")}
        </button>
      )}
    </li>
  );
}
