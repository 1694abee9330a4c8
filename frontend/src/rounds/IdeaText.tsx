import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { CommittedText, TextStateView } from "../texts/CommittedText";
import { TextLabelView } from "../texts/TextLabel";
import { useText } from "../texts/useText";
import type { RoundIdea } from "./roundModel";

/**
 * An idea's heading (its number and title) and description, from the content service and
 * checked against the round's commitment. `children` (the idea's facts from the chain) go
 * between them; they show whatever became of the words.
 */
export function IdeaText({
  idea,
  headingId,
  level,
  children,
}: {
  idea: RoundIdea;
  headingId: string;
  level: 3 | 4;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const state = useText(idea.text);
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <>
      <Heading id={headingId}>
        <span className="muted">{t("idea.number", { id: String(idea.id) })}</span>{" "}
        <TextLabelView state={state} field="title" />
      </Heading>
      {children}
      <TextStateView
        state={state}
        commitment={idea.text}
        subject="idea"
        about={t("idea.number", { id: String(idea.id) })}
        render={(fields) => (fields.description ? <p className="idea-description">{fields.description}</p> : null)}
      />
    </>
  );
}

/** A reviewer's decision: its reason code in the visitor's language, and the written reason. */
export function ReviewText({ idea, review }: { idea: RoundIdea; review: NonNullable<RoundIdea["review"]> }) {
  const { t } = useI18n();
  return (
    <div className="review-reason">
      <p>{t("idea.reviewCode", { code: t(`texts.reviewReason.${review.code}`) })}</p>
      <CommittedText
        commitment={review.reason}
        about={t("idea.reviewOf", { id: String(idea.id) })}
        render={(fields) => <p>{fields.reason}</p>}
      />
    </div>
  );
}

/** The guardian's cancellation of a winner: its reason code and the written reason. */
export function CancelText({ idea, cancel }: { idea: RoundIdea; cancel: NonNullable<RoundIdea["cancel"]> }) {
  const { t } = useI18n();
  return (
    <div className="review-reason">
      <p>{t("idea.cancelCode", { code: t(`texts.cancelReason.${cancel.code}`) })}</p>
      <CommittedText
        commitment={cancel.reason}
        about={t("idea.cancelOf", { id: String(idea.id) })}
        render={(fields) => <p>{fields.reason}</p>}
      />
    </div>
  );
}
