import type { Hex } from "viem";
import { TextStateView } from "../texts/CommittedText";
import { wordsOf } from "../texts/textState";
import { useText } from "../texts/useText";
import { useI18n } from "../i18n/I18nProvider";
import { Markdown } from "../ui/Markdown";

/**
 * A round's opening text: what the round is, then how ideas are chosen (its allocation
 * criteria, fixed before any idea is collected). Shown on the round page from the first day of
 * ideas, and on the opening proposal's page, so members read the criteria before they vote to
 * open the round. One text in the content service, so one lookup and one set of moderation
 * controls, at the body. Any other proposal's text has no criteria: only its body shows.
 */
export function RoundText({ text, heading: Heading = "h2" }: { text: Hex | null; heading?: "h2" | "h3" }) {
  const { t } = useI18n();
  const state = useText(text);
  const criteria = wordsOf(state)?.fields.criteria;
  return (
    <>
      <TextStateView state={state} commitment={text} render={(fields) => <Markdown source={fields.body ?? ""} />} />
      {criteria && (
        <section aria-labelledby="criteria-title" className="round-criteria">
          <Heading id="criteria-title">{t("round.criteria")}</Heading>
          <TextStateView state={state} render={() => <Markdown source={criteria} />} />
        </section>
      )}
    </>
  );
}
