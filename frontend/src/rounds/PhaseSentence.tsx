import { useI18n } from "../i18n/I18nProvider";
import { TimeText } from "../ui/TimeText";
import { payoutEnds, type RoundPhase, type RoundSchedule } from "./roundModel";

/** What can be done in the round now, and until when. */
export function PhaseSentence({ phase, schedule, now }: { phase: RoundPhase; schedule: RoundSchedule; now: number }) {
  const { t } = useI18n();
  const until: Partial<Record<RoundPhase, number>> = {
    Ideas: schedule.ideasEnd,
    Review: schedule.reviewEnd,
    Voting: schedule.votingEnd,
    Challenge: schedule.finalizedAt + schedule.challengeDelay,
    Payout: payoutEnds(schedule) ?? undefined,
  };
  const end = until[phase];
  if (end === undefined) return <span>{t(`round.now.${phase}`)}</span>;
  // The relative time sits inside the translated sentence, wherever the language puts it.
  const [before, after] = t(`round.now.${phase}`, { relative: "\u0000" }).split("\u0000");
  return (
    <span>
      {before}
      <TimeText at={end} now={now} />
      {after}
    </span>
  );
}
