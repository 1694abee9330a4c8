import { useI18n } from "../i18n/I18nProvider";
import { userTextLang } from "../i18n/textLanguage";

/**
 * A member's own text — a title, a reason — marked with its language when that is not the
 * page's, so a screen reader says it with the right voice (WCAG 3.1.2). `context` is more of
 * the same author's text (a title's description), which tells the language when the text
 * itself is too short to.
 */
export function UserText({ text, context, className }: { text: string; context?: string; className?: string }) {
  const { locale } = useI18n();
  return (
    <span className={className} lang={userTextLang(text, locale, context)}>
      {text}
    </span>
  );
}
