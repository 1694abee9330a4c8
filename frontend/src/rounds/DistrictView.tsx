import { useI18n } from "../i18n/I18nProvider";
import { useAssetFormat } from "../treasury/useAssetFormat";
import { BallotForm } from "./BallotForm";
import { DistrictResults } from "./DistrictResults";
import { IdeaCard } from "./IdeaCard";
import { IdeaForm } from "./IdeaForm";
import type { RoundDistrict } from "./roundModel";
import type { RoundMe, RoundView } from "./useRound";

/**
 * One district of the round: its budget, and what its phase calls for — the idea form, the
 * ballot, or the results — above the cards of every idea sent to it.
 */
export function DistrictView({
  round,
  district,
  me,
}: {
  round: RoundView;
  district: RoundDistrict;
  me: RoundMe | null;
}) {
  const { t, tn } = useI18n();
  const money = useAssetFormat(round.asset);
  const voting = round.phase === "Voting";
  // While voting, the ballot lists the ideas that can be picked; the rest are listed below it.
  const listed = voting ? district.ideas.filter((i) => i.status !== "Feasible") : district.ideas;
  return (
    <section aria-labelledby="district-title" className="district">
      <h2 id="district-title">{district.name}</h2>
      <p>
        {t("round.district.budget", { amount: money.format(district.budget) })} ·{" "}
        {tn("round.district.ideaCount", district.ideas.length)}
      </p>
      {round.phase === "Ideas" && <IdeaForm round={round} me={me} district={district.id} />}
      {voting && <BallotForm round={round} district={district} me={me} />}
      {(round.phase === "Tally" ||
        round.phase === "Challenge" ||
        round.phase === "Payout" ||
        round.phase === "Closed") && <DistrictResults round={round} district={district} me={me} />}
      {(listed.length > 0 || !voting) && (
        <section aria-labelledby="ideas-title">
          <h3 id="ideas-title">{voting ? t("round.otherIdeas") : t("round.ideas", { district: district.name })}</h3>
          {district.ideas.length === 0 && <p>{t("round.noIdeas", { district: district.name })}</p>}
          <ul className="idea-list">
            {listed.map((idea) => (
              <IdeaCard key={String(idea.id)} idea={idea} round={round} me={me} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
