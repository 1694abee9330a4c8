import { Link } from "react-router";
import { ProposalTitle } from "../governance/ProposalTitle";
import { useI18n } from "../i18n/I18nProvider";
import { useAssetFormat } from "../treasury/useAssetFormat";
import { LoadState } from "../ui/LoadState";
import { useChainNow } from "../ui/useChainNow";
import { usePageTitle } from "../ui/usePageTitle";
import { PhaseSentence } from "./PhaseSentence";
import { useRounds, type RoundOverview } from "./useRounds";
import { ReadingPause } from "../ui/ReadingPause";

/** Every budget round, newest first, with its phase and what happens next. */
export default function RoundsPage() {
  const { t } = useI18n();
  usePageTitle(t("rounds.title"));
  const { rounds, isLoading, error, refetch } = useRounds();
  return (
    <div className="page rounds">
      <h1>{t("rounds.title")}</h1>
      <p>{t("rounds.intro")}</p>
      <p>
        <Link to="/rounds/new">{t("rounds.propose")}</Link>
      </p>
      <LoadState isLoading={isLoading} error={error} retry={() => void refetch()} />
      {!isLoading && !error && rounds.length === 0 && <p>{t("rounds.none")}</p>}
      <ul className="round-list">
        {rounds.map((round) => (
          <RoundCard key={round.address} round={round} />
        ))}
      </ul>
    </div>
  );
}

function RoundCard({ round }: { round: RoundOverview }) {
  const { t } = useI18n();
  const now = useChainNow();
  const money = useAssetFormat(round.asset);
  return (
    <li className="card round-card">
      <h2>
        <Link to={`/rounds/${round.address}`}>
          <ProposalTitle naming={round} empty={t("rounds.untitled")} />
        </Link>
      </h2>
      <p>
        <span className="badge badge-phase">{t(`round.phase.${round.phase}`)}</span>
        <ReadingPause /> {t("rounds.total", { amount: money.format(round.total) })}
      </p>
      {now !== null && (
        <p>
          <PhaseSentence phase={round.phase} schedule={round.schedule} now={now} />
        </p>
      )}
      {round.proposalId !== null && (
        <p className="muted">
          <Link to={`/proposals/${round.proposalId}`}>{t("rounds.openedBy", { id: String(round.proposalId) })}</Link>
        </p>
      )}
    </li>
  );
}
