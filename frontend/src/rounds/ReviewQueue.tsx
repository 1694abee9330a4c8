import { useState } from "react";
import { REVIEW_REASONS } from "@sdk/model/rounds";
import { CHAIN_ID } from "../config/deployment";
import { useI18n } from "../i18n/I18nProvider";
import { useAssetFormat } from "../treasury/useAssetFormat";
import { CodeSelect } from "../ui/CodeSelect";
import { Field } from "../ui/Field";
import { useDraft } from "../ui/useDraft";
import { IdeaStatusBadge } from "./IdeaStatusBadge";
import { IdeaText, ReviewText } from "./IdeaText";
import type { RoundIdea } from "./roundModel";
import { parseReview, type ReviewDraft, type ReviewErrors } from "./reviewForm";
import type { RoundView } from "./useRound";
import { useRoundActions } from "./useRoundActions";
import { BusyButton } from "../ui/BusyButton";
import { useFocusFirstInvalid } from "../ui/useFocusFirstInvalid";

/**
 * The reviewers' work list in the review phase: every idea of every district, those still
 * waiting first. Assessments can be revised until review ends; drafts survive a reload.
 */
export function ReviewQueue({ round }: { round: RoundView }) {
  const { t, tn, dateTime } = useI18n();
  const ideas = round.districts.flatMap((d) => d.ideas).filter((i) => i.status !== "Withdrawn");
  const waiting = ideas.filter((i) => i.status === "Submitted");
  const ordered = [...waiting, ...ideas.filter((i) => i.status !== "Submitted")];
  return (
    <section aria-labelledby="review-title" className="review-queue">
      <h2 id="review-title">{t("review.title")}</h2>
      <p>{t("review.intro", { time: dateTime(round.schedule.reviewEnd) })}</p>
      <p>{waiting.length > 0 ? tn("review.pending", waiting.length) : t("review.done")}</p>
      <ul className="idea-list">
        {ordered.map((idea) => (
          <ReviewItem key={String(idea.id)} idea={idea} round={round} />
        ))}
      </ul>
    </section>
  );
}

function ReviewItem({ idea, round }: { idea: RoundIdea; round: RoundView }) {
  const { t, unit } = useI18n();
  const money = useAssetFormat(round.asset);
  const { reviewIdea } = useRoundActions(round.listing.address);
  const district = round.districts.find((d) => d.id === idea.district)!;
  const empty: ReviewDraft = {
    verdict: "",
    cost: "",
    payee: idea.payee === "0x0000000000000000000000000000000000000000" ? "" : idea.payee,
    code: "",
    reason: "",
  };
  const { draft, update, clear } = useDraft<ReviewDraft>(
    `pulje.draft.review.${CHAIN_ID}.${round.listing.address}.${idea.id}`,
    empty,
  );
  const [errors, setErrors] = useState<ReviewErrors>({});
  const [busy, setBusy] = useState(false);
  const { ref, focusFirstInvalid } = useFocusFirstInvalid();
  const message = (field: keyof ReviewErrors) => (errors[field] ? t(errors[field]!.key, errors[field]!.vars) : null);
  const id = `review-${idea.id}`;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const { errors: found, result } = parseReview(draft, {
      currentCost: idea.cost,
      budget: district.budget,
      budgetText: money.format(district.budget),
      decimals: money.decimals,
    });
    setErrors(found);
    if (!result) return focusFirstInvalid();
    setBusy(true);
    const outcome = await reviewIdea(idea.id, result.feasible, result.cost, result.payee, result.code, result.reason);
    setBusy(false);
    if (outcome.ok) clear();
  };

  return (
    <li className="card idea" aria-labelledby={`${id}-title`}>
      <IdeaText idea={idea} headingId={`${id}-title`} level={3}>
        <p className="idea-facts">
          <IdeaStatusBadge status={idea.status} /> {district.name} ·{" "}
          {t("idea.cost", { amount: money.format(idea.cost) })}
        </p>
      </IdeaText>
      {idea.review && <ReviewText idea={idea} review={idea.review} />}
      <form ref={ref} onSubmit={(e) => void submit(e)} noValidate>
        <fieldset aria-describedby={errors.verdict ? `${id}-verdict-error` : undefined}>
          <legend>{t("review.verdict")}</legend>
          {(["feasible", "infeasible"] as const).map((v) => (
            <label key={v} className="radio">
              <input
                type="radio"
                name={`${id}-verdict`}
                value={v}
                checked={draft.verdict === v}
                aria-invalid={errors.verdict ? true : undefined}
                onChange={() => update("verdict", v)}
              />
              {t(`review.${v}`)}
            </label>
          ))}
          {errors.verdict && (
            <p id={`${id}-verdict-error`} className="error" role="alert">
              {message("verdict")}
            </p>
          )}
        </fieldset>
        {draft.verdict === "feasible" && (
          <>
            <Field
              label={t("review.cost", { symbol: unit(money.symbol) })}
              help={t("review.costHelp", { amount: money.format(idea.cost) })}
              error={message("cost")}
            >
              <input
                inputMode="decimal"
                autoComplete="off"
                value={draft.cost}
                onChange={(e) => update("cost", e.target.value)}
              />
            </Field>
            <Field label={t("review.payee")} help={t("review.payeeHelp")} error={message("payee")}>
              <input
                autoComplete="off"
                spellCheck={false}
                value={draft.payee}
                onChange={(e) => update("payee", e.target.value)}
              />
            </Field>
          </>
        )}
        {draft.verdict === "infeasible" && (
          <Field label={t("review.code")} error={message("code")}>
            <CodeSelect
              codes={REVIEW_REASONS.filter((c) => c !== "Feasible")}
              prefix="texts.reviewReason"
              value={draft.code}
              onChange={(code) => update("code", code)}
            />
          </Field>
        )}
        <Field label={t("review.reason")} error={message("reason")}>
          <textarea rows={2} maxLength={2000} value={draft.reason} onChange={(e) => update("reason", e.target.value)} />
        </Field>
        <BusyButton type="submit" busy={busy}>
          {t("review.submit", { id: String(idea.id) })}
        </BusyButton>
      </form>
    </li>
  );
}
