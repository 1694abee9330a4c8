import { useState, type ReactNode } from "react";
import type { Address } from "viem";
import { CANCEL_REASONS, type CancelReason } from "@sdk/model/rounds";
import { useI18n } from "../i18n/I18nProvider";
import { useAssetFormat } from "../treasury/useAssetFormat";
import { addressLabel } from "../ui/AddressText";
import { CodeSelect } from "../ui/CodeSelect";
import { Field } from "../ui/Field";
import { usePayeeLabel } from "../stewards/payees/payeeLabel";
import { IdeaStatusBadge } from "./IdeaStatusBadge";
import { CancelText, IdeaText, ReviewText } from "./IdeaText";
import { ROUND_PHASES, type RoundIdea } from "./roundModel";
import type { RoundMe, RoundView } from "./useRound";
import { useRoundActions } from "./useRoundActions";
import { BusyButton } from "../ui/BusyButton";

/**
 * One idea: its title, cost (and what it was before review), status, the reviewer's reason,
 * and — once voting has closed — its votes. `children` go on top (the ballot's tick box).
 */
export function IdeaCard({
  idea,
  round,
  me,
  children,
}: {
  idea: RoundIdea;
  round: RoundView;
  me: RoundMe | null;
  children?: ReactNode;
}) {
  const { t, tn } = useI18n();
  const money = useAssetFormat(round.asset);
  const votingClosed = ROUND_PHASES.indexOf(round.phase) >= ROUND_PHASES.indexOf("Tally");
  return (
    <li className={`card idea idea-${idea.status.toLowerCase()}`} aria-labelledby={`idea-${idea.id}-title`}>
      {children}
      <IdeaText idea={idea} headingId={`idea-${idea.id}-title`} level={4}>
        <p className="idea-facts">
          <IdeaStatusBadge status={idea.status} /> {t("idea.cost", { amount: money.format(idea.cost) })}
          {idea.submittedCost !== idea.cost && (
            <> ({t("idea.revised", { amount: money.format(idea.submittedCost) })})</>
          )}
          {votingClosed && idea.status !== "Infeasible" && idea.status !== "Withdrawn" && (
            <> · {tn("idea.approvals", idea.approvals)}</>
          )}
        </p>
      </IdeaText>
      <p className="muted">{t("idea.by", { proposer: addressLabel(idea.proposer) })}</p>
      {idea.review && <ReviewText idea={idea} review={idea.review} />}
      {idea.cancel && <CancelText idea={idea} cancel={idea.cancel} />}
      {(idea.status === "Funded" || idea.status === "Released") && <PaidTo payee={idea.payee} />}
      <IdeaButtons idea={idea} round={round} me={me} />
    </li>
  );
}

/**
 * What the connected account may do with this idea now: withdraw it, stop it, or pay it. Each
 * button names its idea: a page lists many, and "Pay out" alone says nothing out of context.
 */
function IdeaButtons({ idea, round, me }: { idea: RoundIdea; round: RoundView; me: RoundMe | null }) {
  const { t } = useI18n();
  const actions = useRoundActions(round.listing.address);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState("");
  const [code, setCode] = useState<"" | CancelReason>("");
  const run = async (action: () => Promise<{ ok: boolean }>, after?: () => void) => {
    setBusy(true);
    const outcome = await action();
    setBusy(false);
    if (outcome.ok) after?.();
  };
  if (!me) return null;

  if (
    round.phase === "Ideas" &&
    idea.status === "Submitted" &&
    idea.proposer.toLowerCase() === me.address.toLowerCase()
  ) {
    return (
      <BusyButton className="secondary" busy={busy} onClick={() => void run(() => actions.withdrawIdea(idea.id))}>
        {t("idea.withdraw", { id: String(idea.id) })}
      </BusyButton>
    );
  }
  if (round.phase === "Challenge" && idea.status === "Funded" && me.isGuardian) {
    return (
      <form
        className="cancel-winner"
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim() && code)
            void run(
              () => actions.cancelWinner(idea.id, code, reason.trim()),
              () => (setReason(""), setCode("")),
            );
        }}
      >
        <Field label={t("idea.cancelCodeField")}>
          <CodeSelect codes={CANCEL_REASONS} prefix="texts.cancelReason" value={code} onChange={setCode} />
        </Field>
        <Field label={t("idea.cancelReasonField")}>
          <textarea rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <BusyButton type="submit" className="danger" busy={busy} disabled={!reason.trim() || !code}>
          {t("idea.cancelSubmit", { id: String(idea.id) })}
        </BusyButton>
      </form>
    );
  }
  if (round.phase === "Closed" && idea.status === "Funded") {
    // Not paid in the payout window (or the members closed the round): its money went back.
    return <p className="note">{t("idea.lapsed")}</p>;
  }
  if (round.phase === "Payout" && idea.status === "Funded") {
    return (
      <BusyButton busy={busy} onClick={() => void run(() => actions.release(idea.id))}>
        {t("idea.release", { id: String(idea.id) })}
      </BusyButton>
    );
  }
  return null;
}

/** Who a winner is paid to: by the legal name the payee registry knows, as everywhere a payee is named. */
function PaidTo({ payee }: { payee: Address }) {
  const { t } = useI18n();
  return <p>{t("idea.payee", { payee: usePayeeLabel(payee) })}</p>;
}
