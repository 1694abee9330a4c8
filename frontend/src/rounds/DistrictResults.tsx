import { useState } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { useAssetFormat } from "../treasury/useAssetFormat";
import { useTextString } from "../texts/useTextString";
import { districtResults, WON, type RankedIdea, type RoundDistrict } from "./roundModel";
import type { RoundMe, RoundView } from "./useRound";
import { useRoundActions } from "./useRoundActions";
import { BusyButton } from "../ui/BusyButton";

/** A district's results: what was funded, in order of votes, and the money left over. */
export function DistrictResults({
  round,
  district,
  me,
}: {
  round: RoundView;
  district: RoundDistrict;
  me: RoundMe | null;
}) {
  const { t } = useI18n();
  const money = useAssetFormat(round.asset);
  const id = `results-${district.id}`;
  // A district's results are final as soon as its own allocation is done, even while other
  // districts of a large round are still being allocated.
  if (!district.finalized) {
    return (
      <section aria-labelledby={id}>
        <h3 id={id}>{t("results.title", { district: district.name })}</h3>
        <p>{t("results.waiting")}</p>
        {me && round.phase === "Tally" && <FinalizeDistrictButton round={round} district={district} />}
      </section>
    );
  }
  const results = districtResults(district, round.rules);
  return (
    <section aria-labelledby={id} className="results">
      <h3 id={id}>{t("results.title", { district: district.name })}</h3>
      <p>
        {t("results.allocated", { amount: money.format(results.allocated) })} ·{" "}
        {t("results.left", { amount: money.format(results.left) })}
      </p>
      <ol className="results-list">
        {results.ranked.map((idea) => (
          <ResultLine key={String(idea.id)} idea={idea} money={money.format} />
        ))}
      </ol>
    </section>
  );
}

/**
 * One district's allocation on its own: for a round too big to publish in one transaction
 * (the page's "Publish the results" does every district at once).
 */
function FinalizeDistrictButton({ round, district }: { round: RoundView; district: RoundDistrict }) {
  const { t } = useI18n();
  const { finalizeDistrict } = useRoundActions(round.listing.address);
  const [busy, setBusy] = useState(false);
  const publish = async () => {
    setBusy(true);
    await finalizeDistrict(district.id, district.name);
    setBusy(false);
  };
  return (
    <BusyButton className="secondary" busy={busy} onClick={() => void publish()}>
      {t("results.finalizeDistrict", { district: district.name })}
    </BusyButton>
  );
}

/**
 * One idea in a district's results: its title (from the content service), cost, votes and
 * outcome. An idea not funded says why when the data shows it: a winner may have fewer votes.
 */
function ResultLine({ idea, money }: { idea: RankedIdea; money: (value: bigint) => string }) {
  const { t, tn } = useI18n();
  const title = useTextString(idea.text, "title");
  const won = WON.includes(idea.status);
  const outcome = won
    ? t(`idea.status.${idea.status}`)
    : idea.notFunded?.reason === "didNotFit"
      ? t("results.didNotFit", { left: money(idea.notFunded.left) })
      : idea.notFunded?.reason === "belowMinimum"
        ? t("results.belowMinimum", { min: idea.notFunded.minApprovals })
        : t("results.notFunded");
  return (
    <li className={won ? "won" : undefined}>
      {t("results.line", {
        id: String(idea.id),
        title,
        cost: money(idea.cost),
        votes: tn("idea.approvals", idea.approvals),
      })}{" "}
      <strong>{outcome}</strong>
    </li>
  );
}
