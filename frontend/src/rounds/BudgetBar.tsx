import { useI18n } from "../i18n/I18nProvider";

/**
 * How much of the district's budget the picked ideas use: a bar that fills as ideas are
 * picked (and turns to a warning past the budget), with the same in words.
 */
export function BudgetBar({ used, budget, format }: { used: bigint; budget: bigint; format: (v: bigint) => string }) {
  const { t } = useI18n();
  const over = used > budget;
  const percent = budget === 0n ? 0 : Number((used * 1000n) / budget) / 10;
  const text = over
    ? t("ballot.over", { used: format(used), budget: format(budget), over: format(used - budget) })
    : t("ballot.used", { used: format(used), budget: format(budget), left: format(budget - used) });
  return (
    <div className="budget-bar-wrap">
      <div
        className={`budget-bar${over ? " budget-bar-over" : ""}`}
        role="meter"
        aria-label={t("ballot.budget")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(percent, 100)}
        aria-valuetext={text}
      >
        <div className="budget-bar-fill" style={{ width: `${Math.min(percent, 100)}%` }} />
      </div>
      <p className="budget-bar-text" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
