import { useI18n } from "../i18n/I18nProvider";
import { useAssetFormat } from "../treasury/useAssetFormat";
import { districtResults, WON, type RoundDistrict } from "./roundModel";
import type { RoundView } from "./useRound";

/** A district's results: what was funded, in order of votes, and the money left over. */
export function DistrictResults({ round, district }: { round: RoundView; district: RoundDistrict }) {
  const { t, tn } = useI18n();
  const money = useAssetFormat(round.asset);
  const id = `results-${district.id}`;
  if (round.schedule.finalizedAt === 0) {
    return (
      <section aria-labelledby={id}>
        <h3 id={id}>{t("results.title", { district: district.name })}</h3>
        <p>{t("results.waiting")}</p>
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
          <li key={String(idea.id)} className={WON.includes(idea.status) ? "won" : undefined}>
            {t("results.line", {
              id: String(idea.id),
              title: idea.title,
              cost: money.format(idea.cost),
              votes: tn("idea.approvals", idea.approvals),
            })}{" "}
            <strong>{WON.includes(idea.status) ? t(`idea.status.${idea.status}`) : t("results.notFunded")}</strong>
          </li>
        ))}
      </ol>
    </section>
  );
}
