import { useI18n } from "../i18n/I18nProvider";

/** A relative time ("in 2 days") with the exact time on hover and for screen readers. */
export function TimeText({ at, now }: { at: number | bigint; now: number }) {
  const { relative, dateTime, t } = useI18n();
  const exact = dateTime(at);
  return (
    <time dateTime={new Date(Number(at) * 1000).toISOString()} title={exact}>
      {relative(at, now)}
      <span className="visually-hidden"> ({t("common.exactTime", { time: exact })})</span>
    </time>
  );
}
