import { useQuery } from "@tanstack/react-query";
import { useI18n } from "../i18n/I18nProvider";
import { useContent } from "../texts/ContentProvider";
import { shortCommitment } from "../texts/shortCommitment";
import { AddressText } from "../ui/AddressText";
import { ScrollRegion } from "../ui/ScrollRegion";
import { AnchorState } from "./AnchorState";
import { QueryProblem } from "./QueryProblem";

/**
 * The erasure log (it holds no personal data: commitment, grounds code, officer, time) and
 * whether the chain has anchored its current root.
 */
export function ErasureLog() {
  const { t, date } = useI18n();
  const { client } = useContent();
  const log = useQuery({ queryKey: ["content", "erasureLog"], queryFn: () => client.erasureLog(), retry: false });
  const entries = log.data?.entries ?? [];
  return (
    <section aria-labelledby="erasure-log-title">
      <h2 id="erasure-log-title">{t("erasure.log")}</h2>
      <QueryProblem isLoading={log.isLoading} error={log.error} retry={() => void log.refetch()} />
      {log.data && <AnchorState entries={log.data.entries} />}
      {log.data && entries.length === 0 && <p>{t("erasure.logEmpty")}</p>}
      {entries.length > 0 && (
        <ScrollRegion label={t("erasure.log")}>
          <table className="erasure-log">
            <thead>
              <tr>
                <th scope="col">{t("erasure.seq")}</th>
                <th scope="col">{t("erasure.text")}</th>
                <th scope="col">{t("erasure.grounds")}</th>
                <th scope="col">{t("erasure.officer")}</th>
                <th scope="col">{t("erasure.date")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.seq}>
                  <td>{e.seq}</td>
                  <td>
                    <code title={e.commitment}>{shortCommitment(e.commitment)}</code>
                  </td>
                  <td>{t(`erasure.groundsCode.${e.grounds}`)}</td>
                  <td>
                    <AddressText address={e.officer} />
                  </td>
                  <td>{date(Math.floor(Date.parse(e.erasedAt) / 1000))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
