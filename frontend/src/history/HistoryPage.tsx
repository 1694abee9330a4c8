import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { ContentClient } from "@sdk/content/client";
import { toCsv, toJson, type ExportContext } from "@sdk/history/export";
import { exportCommitments, publicTexts } from "@sdk/history/exportTexts";
import type { LedgerEntry } from "@sdk/history/ledger";
import { CONTENT_URL } from "../config/content";
import { requireFund } from "../config/contracts";
import { useI18n } from "../i18n/I18nProvider";
import { useTreasury } from "../treasury/useTreasury";
import { LoadState } from "../ui/LoadState";
import { usePageTitle } from "../ui/usePageTitle";
import { loadBlockTimes, useBlockTimes, withTimes } from "./useBlockTimes";
import { useChainReader } from "./useChainReader";
import { useFundHistory } from "./useFundHistory";
import { ScrollRegion } from "../ui/ScrollRegion";
import { historyIndex } from "./historyIndex";
import { HistoryLine } from "./HistoryLine";
import { dayBound, HistoryFilters, kindsOf } from "./HistoryFilters";
import { Reconciliation } from "./Reconciliation";

const ROWS_PER_STEP = 100;

export default function HistoryPage() {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  usePageTitle(t("history.title"));
  const fund = requireFund();
  const history = useFundHistory();
  const { assets } = useTreasury();
  const [params, setParams] = useSearchParams();
  const [shown, setShown] = useState(ROWS_PER_STEP);
  const kinds = kindsOf(params.get("kind"));
  const kind = kinds ? params.get("kind") : null;
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setShown(ROWS_PER_STEP);
  };

  const ofKind = useMemo(
    () => (history.data ?? []).filter((e) => kinds === null || kinds.has(e.kind)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `kinds` follows from `kind`
    [history.data, kind],
  );
  // A date filter needs every block's time; otherwise only the rows on screen do.
  const dated = from !== "" || to !== "";
  const times = useBlockTimes(dated ? ofKind.map((e) => e.block) : ofKind.slice(-shown).map((e) => e.block));
  const start = dayBound(from, false);
  const end = dayBound(to, true);
  // Filtered on every render: block times arrive after the events.
  const entries = !dated
    ? ofKind
    : ofKind.filter((e) => {
        const time = times.time(e.block) ?? 0;
        return (start === null || time >= start) && (end === null || time < end);
      });

  // Names and assets one line takes from others (a pool's name, a round's asset, …).
  const index = useMemo(() => historyIndex(history.data ?? []), [history.data]);
  // The whole history, so a filtered export still names each row's proposal, round and asset.
  const context: ExportContext = { assets, districts: fund.districts, history: history.data };
  const client = useChainReader();
  // Exports carry every row's time and, beside each commitment, its text when it is public: read
  // what is not on screen first. Should either fail, the rows are exported all the same, without
  // those times or texts (the money trail never depends on them).
  const exportWithTimes = async (
    build: (rows: LedgerEntry[], context: ExportContext) => string,
    type: string,
    extension: string,
  ) => {
    const [, texts] = await Promise.all([
      client
        ? loadBlockTimes(
            client,
            entries.map((e) => e.block),
          ).catch(() => undefined)
        : undefined,
      // Asked without the session: an export holds what everyone may read, whoever downloads it.
      publicTexts(new ContentClient({ url: CONTENT_URL }), exportCommitments(entries, context)).catch(
        () => new Map<string, string>(),
      ),
    ]);
    download(build(withTimes(entries), { ...context, texts }), type, extension);
  };
  const download = (content: string, type: string, extension: string) => {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `pulje-${fund.chainId}-history.${extension}`;
    link.click();
    URL.revokeObjectURL(url);
  };
  // Nordic spreadsheets expect ";" and decimal commas; English ones ",".
  const separator = i18n.locale === "en" ? "," : ";";

  return (
    <div className="page history">
      <h1>{t("history.title")}</h1>
      <p>{t("history.intro")}</p>

      <Reconciliation entries={history.data ?? []} assets={assets} />

      <HistoryFilters kind={kind} from={from} to={to} onChange={set} />
      <div className="form-buttons">
        <button
          type="button"
          onClick={() =>
            void exportWithTimes(
              (rows, withTexts) => toCsv(rows, withTexts, { separator }),
              "text/csv;charset=utf-8",
              "csv",
            )
          }
        >
          {t("history.exportCsv")}
        </button>
        <button
          type="button"
          onClick={() => void exportWithTimes((rows, withTexts) => toJson(rows, withTexts), "application/json", "json")}
        >
          {t("history.exportJson")}
        </button>
      </div>

      <LoadState isLoading={history.isLoading} error={history.error} />
      {!history.isLoading && entries.length === 0 && <p>{t("history.none")}</p>}
      {entries.length > 0 && (
        <ScrollRegion label={t("history.title")}>
          <table className="history-table">
            <thead>
              <tr>
                <th scope="col">{t("history.when")}</th>
                <th scope="col">{t("history.kind")}</th>
                <th scope="col">{t("history.what")}</th>
                <th scope="col">{t("history.transaction")}</th>
              </tr>
            </thead>
            <tbody>
              {entries
                .slice(-shown)
                .reverse()
                .map((e) => (
                  <tr key={`${e.tx}-${e.logIndex}`} data-kind={e.kind}>
                    <td>{times.time(e.block) === null ? "" : dateTime(times.time(e.block)!)}</td>
                    <td>{t(`history.kind.${e.kind}`)}</td>
                    <td>
                      <HistoryLine entry={e} assets={assets} districts={fund.districts} index={index} />
                    </td>
                    <td>
                      <code title={e.tx}>{`${e.tx.slice(0, 10)}…`}</code>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {entries.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + ROWS_PER_STEP)}>
          {t("history.showMore")}
        </button>
      )}
    </div>
  );
}
