import type { ReactNode } from "react";
import type { Hex } from "viem";
import { useI18n } from "../i18n/I18nProvider";
import { ReadingPause } from "../ui/ReadingPause";
import type { MessageKey } from "../i18n/messages/en";
import { TextActions } from "./TextActions";
import { hasText, langAttribute, type ShownText, type TextState } from "./textState";
import { useText } from "./useText";

/** What the removal notice says the chain still holds, by what the text belonged to. */
export type TextSubject = "idea" | "other";

/**
 * A text the chain holds only a commitment to, in whichever state it is: the words marked
 * verified; a notice instead of them when they are erased, hidden, withdrawn, restricted,
 * missing, unavailable or do not match the chain (then the words are never shown).
 * `render` lays the fields out (an idea's title and description, a reason …).
 */
export function CommittedText({
  commitment,
  render,
  subject = "other",
  inline = false,
  about,
}: {
  commitment: Hex | null | undefined;
  render: (fields: Record<string, string>) => ReactNode;
  subject?: TextSubject;
  inline?: boolean;
  /** What the text is ("idea #3"), naming its controls where a page lists many texts. */
  about?: string;
}) {
  const state = useText(commitment);
  return (
    <TextStateView
      state={state}
      commitment={commitment}
      render={render}
      subject={subject}
      inline={inline}
      about={about}
    />
  );
}

/**
 * The same for a state already looked up (useText), e.g. when a title and its body share one.
 * With its `commitment`, the moderators' and the author's controls follow the text.
 */
export function TextStateView({
  commitment,
  about,
  ...props
}: {
  state: TextState;
  commitment?: Hex | null;
  render: (fields: Record<string, string>) => ReactNode;
  subject?: TextSubject;
  inline?: boolean;
  about?: string;
}) {
  return (
    <>
      <TextStateBody {...props} />
      {hasText(commitment) && <TextActions commitment={commitment} state={props.state} about={about} />}
    </>
  );
}

function TextStateBody({
  state,
  render,
  subject = "other",
  inline = false,
}: {
  state: TextState;
  render: (fields: Record<string, string>) => ReactNode;
  subject?: TextSubject;
  inline?: boolean;
}) {
  const { t, date, locale } = useI18n();
  const Tag = inline ? "span" : "div";
  const notice = (key: MessageKey, vars?: Record<string, string>) => (
    <Tag className={`text-notice text-${state.state}`} data-text-state={state.state}>
      {t(key, vars)}
    </Tag>
  );
  const words = (text: ShownText, badge: MessageKey | null, note?: ReactNode) => (
    <Tag className={`committed-text text-${state.state}`} data-text-state={state.state}>
      <Tag lang={langAttribute(text.language, locale)}>{render(text.fields)}</Tag>
      {badge && <ReadingPause />}
      {badge && (
        <span className="text-badge">
          {" "}
          <span aria-hidden="true">✓ </span>
          {t(badge)}
        </span>
      )}
      {note}
    </Tag>
  );
  const day = (iso: string) => date(Math.floor(Date.parse(iso) / 1000));

  switch (state.state) {
    case "none":
      return null;
    case "loading":
      return (
        <Tag className="text-notice text-loading" aria-busy="true">
          {t("texts.loading")}
        </Tag>
      );
    case "verified":
      return words(state, "texts.verified");
    case "pending":
      return state.text
        ? words(state.text, null, <Tag className="note">{t("texts.pendingYours")}</Tag>)
        : notice("texts.pending");
    case "mismatch":
      return notice("texts.mismatch");
    case "erased":
      return notice(subject === "idea" ? "texts.erasedIdea" : "texts.erased", { date: day(state.at) });
    case "hidden": {
      const reason = t(`texts.hideReason.${state.reason}`);
      return state.text
        ? words(state.text, null, <Tag className="note">{t("texts.hiddenYours", { reason })}</Tag>)
        : notice("texts.hidden", { reason, date: day(state.at) });
    }
    case "withdrawn":
      return notice("texts.withdrawn", { date: day(state.at) });
    case "restricted":
      return notice("texts.restricted");
    case "unknown":
      return notice("texts.unknown");
    case "unavailable":
      return notice("texts.unavailable");
  }
}
