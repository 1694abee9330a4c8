import { useI18n } from "../i18n/I18nProvider";

/** The fund's words that residents may not know, each with a short explanation in the catalogue. */
export type ExplainedTerm = "quorum" | "waitingPeriod" | "delegation" | "majority";

/**
 * A short "what is this?" beside a word of the fund's where it first appears: closed until
 * asked for (a native disclosure, so keyboard and screen readers work as everywhere), so it
 * takes no room from those who know.
 */
export function Explain({ term }: { term: ExplainedTerm }) {
  const { t } = useI18n();
  return (
    <details className="explain">
      <summary>{t(`explain.${term}.question`)}</summary>
      <p>{t(`explain.${term}.answer`)}</p>
    </details>
  );
}
