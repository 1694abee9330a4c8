import { useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { isAddress, type Address } from "viem";
import { ProposalTitle, useProposalTitle } from "../governance/ProposalTitle";
import { useI18n } from "../i18n/I18nProvider";
import { useAssetFormat } from "../treasury/useAssetFormat";
import { LoadState } from "../ui/LoadState";
import { useChainNow } from "../ui/useChainNow";
import { usePageTitle } from "../ui/usePageTitle";
import { DistrictView } from "./DistrictView";
import { PhaseSentence } from "./PhaseSentence";
import { PhaseTimeline } from "./PhaseTimeline";
import { RoundText } from "./RoundText";
import { ReviewQueue } from "./ReviewQueue";
import { phaseSteps } from "./roundModel";
import { useRound, type RoundMe, type RoundView } from "./useRound";
import { useRoundActions } from "./useRoundActions";
import { BusyButton } from "../ui/BusyButton";
import { ReadingPause } from "../ui/ReadingPause";

export default function RoundPage() {
  const { address = "" } = useParams();
  const { t } = useI18n();
  if (!isAddress(address)) {
    return (
      <div className="page">
        <h1>{t("rounds.untitled")}</h1>
        <p role="alert">{t("round.notFound")}</p>
        <Link to="/rounds">{t("round.back")}</Link>
      </div>
    );
  }
  return <Round address={address} />;
}

function Round({ address }: { address: Address }) {
  const { t } = useI18n();
  const { round, me, isLoading, error, notFound } = useRound(address);
  const now = useChainNow();
  const [params] = useSearchParams();
  const title = useProposalTitle(round?.listing);
  usePageTitle(title || t("rounds.untitled"));

  if (notFound) {
    return (
      <div className="page">
        <h1>{t("rounds.untitled")}</h1>
        <p role="alert">{t("round.notFound")}</p>
        <Link to="/rounds">{t("round.back")}</Link>
      </div>
    );
  }
  if (!round) {
    return (
      <div className="page">
        <h1>{t("rounds.untitled")}</h1>
        <LoadState isLoading={isLoading} error={error} />
      </div>
    );
  }

  // The district in the address bar, else the member's own, else the first.
  const asked = params.get("district");
  const chosen =
    round.districts.find((d) => String(d.id) === asked) ??
    round.districts.find((d) => d.id === me?.member?.district) ??
    round.districts[0];

  return (
    <article className="page round">
      <p>
        <Link to="/rounds">← {t("round.back")}</Link>
      </p>
      <h1>
        <ProposalTitle naming={round.listing} empty={t("rounds.untitled")} />
      </h1>
      {now !== null && (
        <p className="state-line">
          <span className="badge badge-phase">{t(`round.phase.${round.phase}`)}</span>
          <ReadingPause /> <PhaseSentence phase={round.phase} schedule={round.schedule} now={now} />
        </p>
      )}
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t("round.timeline")}</h2>
        <PhaseTimeline steps={phaseSteps(round.phase, round.schedule)} />
      </section>
      <RoundText text={round.listing.text} />
      <RoundSteps round={round} me={me} />
      {round.phase === "Review" && me?.isReviewer && <ReviewQueue round={round} />}

      <nav aria-label={t("round.districtNav")} className="district-nav">
        <ul>
          {round.districts.map((d) => (
            <li key={d.id}>
              <Link to={`?district=${d.id}`} aria-current={d.id === chosen.id ? "page" : undefined} replace>
                {d.id === me?.member?.district ? t("round.yourDistrict", { name: d.name }) : d.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <DistrictView round={round} district={chosen} me={me} />
    </article>
  );
}

/** The round-wide steps anyone may take: publish the results, return what is left. */
function RoundSteps({ round, me }: { round: RoundView; me: RoundMe | null }) {
  const { t } = useI18n();
  const money = useAssetFormat(round.asset);
  const { finalize, returnUnspent } = useRoundActions(round.listing.address);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    await action();
    setBusy(false);
  };
  // Once closed, winners not paid have lapsed: everything left goes back.
  const unspent = round.phase === "Closed" ? round.escrow : round.escrow - round.outstanding;
  return (
    <>
      {(round.phase === "Challenge" || round.phase === "Payout" || round.phase === "Closed") && (
        <p>
          {round.escrow === 0n
            ? t("round.escrowEmpty")
            : t("round.escrow", { amount: money.format(round.escrow), outstanding: money.format(round.outstanding) })}
        </p>
      )}
      {me && round.phase === "Tally" && (
        <BusyButton busy={busy} onClick={() => void run(finalize)}>
          {t("round.finalize")}
        </BusyButton>
      )}
      {me && (round.phase === "Payout" || round.phase === "Closed") && unspent > 0n && (
        <BusyButton className="secondary" busy={busy} onClick={() => void run(returnUnspent)}>
          {t("round.returnUnspent", { amount: money.format(unspent) })}
        </BusyButton>
      )}
    </>
  );
}
