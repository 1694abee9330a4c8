import { useI18n } from "../i18n/I18nProvider";
import { ReadingPause } from "../ui/ReadingPause";
import type { PhaseStep } from "./roundModel";

/** How a phase's end is said: in the past for a phase that is over ("ended 3 Dec"), not "done until". */
const END_KEY = { done: "round.step.ended", current: "round.step.ends", upcoming: "round.step.willEnd" } as const;

/** The round's phases in order, the current one marked for sight and for screen readers. */
export function PhaseTimeline({ steps }: { steps: readonly PhaseStep[] }) {
  const { t, dateTime } = useI18n();
  return (
    <ol className="phase-timeline">
      {steps.map((step) => (
        <li
          key={step.phase}
          className={`phase phase-${step.state}`}
          aria-current={step.state === "current" ? "step" : undefined}
        >
          <span className="phase-name">{t(`round.phase.${step.phase}`)}</span>
          <ReadingPause />
          <span className="phase-state">{t(`round.step.${step.state}`)}</span>
          {step.ends !== null && (
            <>
              <ReadingPause />
              <span className="phase-end">{t(END_KEY[step.state], { time: dateTime(step.ends) })}</span>
            </>
          )}
          {step.ends === null && step.phase === "Challenge" && (
            <span className="phase-end">{t("round.step.afterResults")}</span>
          )}
        </li>
      ))}
    </ol>
  );
}
