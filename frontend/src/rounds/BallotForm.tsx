import { useEffect, useState } from "react";
import { Link } from "react-router";
import { useI18n } from "../i18n/I18nProvider";
import { useAssetFormat } from "../treasury/useAssetFormat";
import { BudgetBar } from "./BudgetBar";
import { IdeaCard } from "./IdeaCard";
import { useTextString } from "../texts/useTextString";
import { ballotProblem, picksToIds, whyNotPickable, type RoundDistrict, type RoundIdea } from "./roundModel";
import type { RoundMe, RoundView } from "./useRound";
import { useRoundActions } from "./useRoundActions";
import { BusyButton } from "../ui/BusyButton";

/**
 * The voting-phase ballot: the district's feasible ideas to tick, a budget bar that fills as
 * they are picked, and for each idea that cannot be added the reason why. A cast ballot can be
 * replaced until voting closes.
 */
export function BallotForm({ round, district, me }: { round: RoundView; district: RoundDistrict; me: RoundMe | null }) {
  const { t } = useI18n();
  const money = useAssetFormat(round.asset);
  const { castBallot } = useRoundActions(round.listing.address);
  const candidates = district.ideas.filter((i) => i.status === "Feasible");
  const current = me && me.ballot.district === district.id ? picksToIds(me.ballot.picks, district.ideas) : [];
  const currentKey = current.join(",");
  const [picked, setPicked] = useState<bigint[]>(current);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);

  // Until the member changes something, the form shows the ballot on chain (it loads late).
  useEffect(() => {
    if (!touched) setPicked(currentKey === "" ? [] : currentKey.split(",").map(BigInt));
  }, [currentKey, touched]);

  const eligibility = (() => {
    if (!me) return t("ballot.cannot.connect");
    if (!me.member) return t("ballot.cannot.notMember");
    if (me.member.district !== district.id) return null; // shown with a link below
    if (me.member.joinedAt > round.schedule.reviewEnd) return t("ballot.cannot.late");
    return "";
  })();
  const own = me?.member ? round.districts.find((d) => d.id === me.member!.district) : undefined;

  const pickedIdeas = candidates.filter((i) => picked.includes(i.id));
  const used = pickedIdeas.reduce((sum, i) => sum + i.cost, 0n);
  const problem = ballotProblem(pickedIdeas, district.budget, round.rules.minPicks);
  const toggle = (id: bigint) => {
    setTouched(true);
    setPicked((all) => (all.includes(id) ? all.filter((p) => p !== id) : [...all, id]));
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (problem) return;
    setBusy(true);
    const outcome = await castBallot(pickedIdeas.map((i) => i.id));
    setBusy(false);
    if (outcome.ok) setTouched(false); // show the ballot as the chain now has it
  };

  return (
    <section aria-labelledby="ballot-title" className="ballot">
      <h3 id="ballot-title">{t("ballot.title", { district: district.name })}</h3>
      <p>
        {t("ballot.intro", {
          min: round.rules.minPicks,
          max: round.rules.maxPicks,
          budget: money.format(district.budget),
        })}
      </p>
      {eligibility === null && own && (
        <p className="note">
          {t("ballot.cannot.otherDistrict", { district: own.name })} <Link to={`?district=${own.id}`}>{own.name}</Link>
        </p>
      )}
      {eligibility && <p className="note">{eligibility}</p>}
      {candidates.length === 0 && <p>{t("ballot.noIdeas")}</p>}
      {eligibility === "" && candidates.length > 0 && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <p>
            {current.length > 0
              ? t("ballot.current", { ideas: current.map((id) => `#${id}`).join(", ") })
              : t("ballot.none")}
          </p>
          <BudgetBar used={used} budget={district.budget} format={money.format} />
          {/* The problem with the picks describes the whole group, so it is read with it. */}
          <fieldset
            className="ballot-ideas"
            aria-describedby={problem && touched ? `ballot-problem-${district.id}` : undefined}
          >
            <legend className="visually-hidden">{t("ballot.title", { district: district.name })}</legend>
            <ul className="idea-list">
              {candidates.map((idea) => {
                const block = whyNotPickable(idea, pickedIdeas, district.budget, round.rules.maxPicks);
                const why = block
                  ? block.reason === "maxPicks"
                    ? t("ballot.why.maxPicks", { max: block.max })
                    : t("ballot.why.overBudget", { over: money.format(block.over) })
                  : null;
                return (
                  <IdeaCard key={String(idea.id)} idea={idea} round={round} me={me}>
                    <label className="pick">
                      <input
                        type="checkbox"
                        name="pick"
                        value={String(idea.id)}
                        checked={picked.includes(idea.id)}
                        disabled={Boolean(why)}
                        aria-describedby={why ? `why-${idea.id}` : undefined}
                        onChange={() => toggle(idea.id)}
                      />
                      <PickLabel idea={idea} cost={money.format(idea.cost)} />
                    </label>
                    {why && (
                      <p id={`why-${idea.id}`} className="why-not">
                        {why}
                      </p>
                    )}
                  </IdeaCard>
                );
              })}
            </ul>
          </fieldset>
          {problem && touched && (
            <p className="error" role="alert" id={`ballot-problem-${district.id}`}>
              {problem.reason === "tooFew"
                ? t("ballot.problem.tooFew", { min: problem.min })
                : t("ballot.problem.overBudget", { over: money.format(problem.over) })}
            </p>
          )}
          <BusyButton type="submit" busy={busy} disabled={Boolean(problem) || !touched}>
            {current.length > 0 ? t("ballot.replace") : t("ballot.submit")}
          </BusyButton>
        </form>
      )}
    </section>
  );
}

/** A ballot line's label: the idea's title (from the content service) and its cost. */
function PickLabel({ idea, cost }: { idea: RoundIdea; cost: string }) {
  const { t } = useI18n();
  return <>{t("ballot.pick", { title: useTextString(idea.text, "title"), cost })}</>;
}
