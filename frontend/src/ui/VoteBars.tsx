import { useI18n } from "../i18n/I18nProvider";

export interface Tally {
  against: bigint;
  for: bigint;
  abstain: bigint;
}

/** For / Against / Abstain as bars, each labelled with its count and share. */
export function VoteBars({ votes, format }: { votes: Tally; format: (value: bigint) => string }) {
  const { t, percent } = useI18n();
  const total = votes.for + votes.against + votes.abstain;
  const rows = [
    ["for", votes.for],
    ["against", votes.against],
    ["abstain", votes.abstain],
  ] as const;
  return (
    <dl className="vote-bars">
      {rows.map(([choice, value]) => {
        const share = total === 0n ? 0 : Number((value * 10_000n) / total) / 10_000;
        return (
          <div key={choice} className={`vote-bar vote-${choice}`}>
            <dt>{t(`vote.${choice}`)}</dt>
            <dd>
              <span className="bar" aria-hidden="true">
                <span className="fill" style={{ width: `${share * 100}%` }} />
              </span>
              <span className="count">
                {format(value)} ({percent(share)})
              </span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
