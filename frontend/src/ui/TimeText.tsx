import { useI18n } from "../i18n/I18nProvider";

/**
 * A relative time ("in 2 days") with the exact time on hover and for screen readers, or with
 * `showExact` printed after it for everyone ("in 2 days (1 March 2026, 12:00)"), then only once.
 */
export function TimeText({ at, now, showExact = false }: { at: number | bigint; now: number; showExact?: boolean }) {
  const { relative, dateTime, t } = useI18n();
  const exact = dateTime(at);
  return (
    <time dateTime={new Date(Number(at) * 1000).toISOString()} title={exact}>
      {relative(at, now)}
      {showExact ? ` (${exact})` : <span className="visually-hidden"> ({t("common.exactTime", { time: exact })})</span>}
    </time>
  );
}
