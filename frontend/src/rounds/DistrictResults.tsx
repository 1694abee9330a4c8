import { useState } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { useAssetFormat } from "../treasury/useAssetFormat";
import { useTextString } from "../texts/useTextString";
import { districtResults, WON, type RoundDistrict, type RoundIdea } from "./roundModel";
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
  const results = districtResults(district);
  return (
    <section aria-labelledby={id} className="results">
      <h3 id={id}>{t("results.title", { district: district.name })}</h3>
      <p>
        {t("results.allocated", { amount: money.format(results.allocated) })} ·{" "}
        {t("results.left", { amount: money.format(results.left) })}
      </p>
      <ol className="results-list">
        {results.ranked.map((idea) => (
          <ResultLine key={String(idea.id)} idea={idea} cost={money.format(idea.cost)} />
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

/** One idea in a district's results: its title (from the content service), cost, votes and outcome. */
function ResultLine({ idea, cost }: { idea: RoundIdea; cost: string }) {
  const { t, tn } = useI18n();
  const title = useTextString(idea.text, "title");
  return (
    <li className={WON.includes(idea.status) ? "won" : undefined}>
      {t("results.line", { id: String(idea.id), title, cost, votes: tn("idea.approvals", idea.approvals) })}{" "}
      <strong>{WON.includes(idea.status) ? t(`idea.status.${idea.status}`) : t("results.notFunded")}</strong>
    </li>
  );
}
