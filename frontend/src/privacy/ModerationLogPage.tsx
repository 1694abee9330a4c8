import { useQuery } from "@tanstack/react-query";
import { useI18n } from "../i18n/I18nProvider";
import { useContent } from "../texts/ContentProvider";
import { shortCommitment } from "../texts/shortCommitment";
import { AddressText } from "../ui/AddressText";
import { ScrollRegion } from "../ui/ScrollRegion";
import { usePageTitle } from "../ui/usePageTitle";
import { QueryProblem } from "./QueryProblem";
import { StaffGate } from "./StaffGate";

/**
 * The moderators' page: their log of who hid, restored or withdrew which text, when and why.
 * Hiding itself happens where a text is shown (the "Moderate" control beside it).
 */
export default function ModerationLogPage() {
  const { t } = useI18n();
  usePageTitle(t("moderation.title"));
  return (
    <section aria-labelledby="moderation-title">
      <h1 id="moderation-title">{t("moderation.title")}</h1>
      <p>{t("moderation.intro")}</p>
      <StaffGate role="moderator">
        <ModerationLog />
      </StaffGate>
    </section>
  );
}

function ModerationLog() {
  const { t, dateTime } = useI18n();
  const { client, session } = useContent();
  const log = useQuery({
    queryKey: ["content", "moderationLog", session?.address],
    queryFn: () => client.moderationLog(),
    retry: false,
  });
  const entries = log.data ?? [];
  return (
    <>
      <h2>{t("moderation.log")}</h2>
      <QueryProblem isLoading={log.isLoading} error={log.error} retry={() => void log.refetch()} />
      {log.data && entries.length === 0 && <p>{t("moderation.logEmpty")}</p>}
      {entries.length > 0 && (
        <ScrollRegion label={t("moderation.log")}>
          <table className="moderation-log">
            <thead>
              <tr>
                <th scope="col">{t("moderation.when")}</th>
                <th scope="col">{t("moderation.who")}</th>
                <th scope="col">{t("moderation.what")}</th>
                <th scope="col">{t("moderation.reason")}</th>
                <th scope="col">{t("moderation.text")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{dateTime(Math.floor(Date.parse(e.at) / 1000))}</td>
                  <td>
                    <AddressText address={e.actor} />
                  </td>
                  <td>{t(`moderation.action.${e.action}`)}</td>
                  <td>{e.reason ? t(`texts.hideReason.${e.reason}`) : "—"}</td>
                  <td>
                    <code title={e.commitment}>{shortCommitment(e.commitment)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
