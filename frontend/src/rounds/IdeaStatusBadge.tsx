import { useI18n } from "../i18n/I18nProvider";
import type { IdeaStatus } from "./roundModel";
import { ReadingPause } from "../ui/ReadingPause";

const SYMBOL: Record<IdeaStatus, string> = {
  None: "?",
  Submitted: "◷",
  Withdrawn: "–",
  Feasible: "✓",
  Infeasible: "✕",
  Funded: "★",
  Cancelled: "⊘",
  Released: "✔",
};

/** An idea's status in words, with a symbol: never colour alone. Ends in a pause for screen readers, as text follows it. */
export function IdeaStatusBadge({ status }: { status: IdeaStatus }) {
  const { t } = useI18n();
  return (
    <>
      <span className={`badge badge-idea-${status.toLowerCase()}`}>
        <span aria-hidden="true">{SYMBOL[status]} </span>
        {t(`idea.status.${status}`)}
      </span>
      <ReadingPause />
    </>
  );
}
