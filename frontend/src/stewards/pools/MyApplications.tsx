import { useAccount } from "wagmi";
import { useI18n } from "../../i18n/I18nProvider";
import { CommittedText } from "../../texts/CommittedText";
import { PayeeText } from "../payees/PayeeText";
import { useAssetText } from "../useAssetText";
import type { Pool } from "./usePools";

/**
 * The connected resident's own applications to this pool and where each stands: waiting, made
 * a micro-grant (which one), or declined with the committee's reason.
 */
export function MyApplications({ pool }: { pool: Pool }) {
  const { t } = useI18n();
  const { money } = useAssetText();
  const { address } = useAccount();
  const mine = address ? pool.applications.filter((a) => a.applicant.toLowerCase() === address.toLowerCase()) : [];
  if (mine.length === 0) return null;
  return (
    <section aria-labelledby="my-applications-title">
      <h2 id="my-applications-title">{t("application.mine.title")}</h2>
      <ul className="my-applications">
        {mine.map((a) => {
          const heading = t("application.heading", { id: String(a.id), amount: money(pool.token, a.amount) });
          return (
            <li key={String(a.id)}>
              <h3>{heading}</h3>
              <CommittedText
                commitment={a.text}
                about={heading}
                render={(f) => <p className="application-title">{f.title}</p>}
              />
              <p>
                {t("application.payee")}: <PayeeText address={a.payee} /> —{" "}
                <span className={`badge badge-application-${a.status.toLowerCase()}`}>
                  {t(`pool.application.status.${a.status}`)}
                </span>
              </p>
              {a.status === "Granted" && a.grantId !== null && (
                <p>{t("application.mine.granted", { grant: String(a.grantId) })}</p>
              )}
              {a.status === "Declined" && (
                <CommittedText
                  commitment={a.declineReason}
                  about={t("application.decline.reasonFor", { id: String(a.id) })}
                  render={(f) => (
                    <p className="reason">
                      {t("application.mine.declined")} {f.reason}
                    </p>
                  )}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
