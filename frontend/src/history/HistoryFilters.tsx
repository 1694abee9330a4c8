import { KIND_GROUPS, type KindGroup } from "@sdk/history/kinds";
import type { LedgerKind } from "@sdk/history/ledger";
import { useI18n } from "../i18n/I18nProvider";

// The kinds by domain, as the kind filter offers them (a whole group can be chosen too).
const GROUPS = Object.keys(KIND_GROUPS) as KindGroup[];
const KINDS: readonly LedgerKind[] = GROUPS.flatMap((g) => KIND_GROUPS[g]);

/** The kinds a filter value picks: one kind, "group:<name>" for a group, or null for all. */
export function kindsOf(value: string | null): ReadonlySet<LedgerKind> | null {
  if (!value) return null;
  if (value.startsWith("group:")) {
    const group = value.slice("group:".length);
    return (GROUPS as string[]).includes(group) ? new Set(KIND_GROUPS[group as KindGroup]) : null;
  }
  return (KINDS as readonly string[]).includes(value) ? new Set([value as LedgerKind]) : null;
}

/** Unix seconds at the start (or end) of a yyyy-mm-dd day in the visitor's time zone. */
export function dayBound(day: string, end: boolean): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T00:00:00`);
  return Math.floor(date.getTime() / 1000) + (end ? 86_400 : 0);
}

/** The kind and date filters; their values live in the page's URL (`kind`, `from`, `to`). */
export function HistoryFilters(props: {
  kind: string | null;
  from: string;
  to: string;
  onChange: (key: "kind" | "from" | "to", value: string) => void;
}) {
  const { t } = useI18n();
  const { kind, from, to, onChange } = props;
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        <span>{t("history.kind")}</span>
        <select value={kind ?? ""} onChange={(e) => onChange("kind", e.target.value)}>
          <option value="">{t("history.allKinds")}</option>
          {GROUPS.map((g) => (
            <optgroup key={g} label={t(`history.group.${g}`)}>
              {KIND_GROUPS[g].length > 1 && (
                <option value={`group:${g}`}>{t("history.allOfGroup", { group: t(`history.group.${g}`) })}</option>
              )}
              {KIND_GROUPS[g].map((k) => (
                <option key={k} value={k}>
                  {t(`history.kind.${k}`)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        <span>{t("history.from")}</span>
        <input type="date" value={from} onChange={(e) => onChange("from", e.target.value)} />
      </label>
      <label>
        <span>{t("history.to")}</span>
        <input type="date" value={to} onChange={(e) => onChange("to", e.target.value)} />
      </label>
    </form>
  );
}
