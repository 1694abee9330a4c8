import type { ProposalState } from "@sdk/model/governance";
import { useI18n } from "../i18n/I18nProvider";
import { ReadingPause } from "./ReadingPause";

const SYMBOL: Record<ProposalState, string> = {
  Pending: "◷",
  Active: "●",
  Canceled: "⊘",
  Defeated: "✕",
  Succeeded: "✓",
  Queued: "◐",
  Expired: "–",
  Executed: "✔",
};

/** A proposal's state in words, with a symbol: never colour alone. Ends in a pause for screen readers, as text follows it. */
export function StateBadge({ state }: { state: ProposalState }) {
  const { t } = useI18n();
  return (
    <>
      <span className={`badge badge-${state.toLowerCase()}`}>
        <span aria-hidden="true">{SYMBOL[state]} </span>
        {t(`state.${state}`)}
      </span>
      <ReadingPause />
    </>
  );
}
