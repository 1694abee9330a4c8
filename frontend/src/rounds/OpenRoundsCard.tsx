import { Link } from "react-router";
import { ProposalTitle } from "../governance/ProposalTitle";
import { useI18n } from "../i18n/I18nProvider";
import { useChainNow } from "../ui/useChainNow";
import { PhaseSentence } from "./PhaseSentence";
import { useRounds } from "./useRounds";

/** The overview's card of rounds still under way, each with what can be done now. */
export function OpenRoundsCard() {
  const { t } = useI18n();
  const now = useChainNow();
  const { rounds } = useRounds();
  const running = rounds.filter((r) => r.phase !== "Payout" && r.phase !== "Closed");
  return (
    <section className="card" aria-labelledby="open-rounds-title">
      <h2 id="open-rounds-title">{t("nav.rounds")}</h2>
      {running.length === 0 && <p>{t("overview.noOpenRounds")}</p>}
      <ul className="round-list">
        {running.map((round) => (
          <li key={round.address}>
            <Link to={`/rounds/${round.address}`}>
              <ProposalTitle naming={round} empty={t("rounds.untitled")} />
            </Link>
            {now !== null && (
              <p>
                <PhaseSentence phase={round.phase} schedule={round.schedule} now={now} />
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
