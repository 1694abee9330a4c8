import { micromark } from "micromark";
import { useI18n } from "../i18n/I18nProvider";
import { userTextLang } from "../i18n/textLanguage";

/**
 * Renders a proposal's Markdown safely. micromark escapes raw HTML and drops dangerous link
 * protocols (javascript:, data: …) unless told otherwise, and we never tell it otherwise.
 */
export function renderMarkdown(source: string): string {
  return micromark(source, { allowDangerousHtml: false, allowDangerousProtocol: false });
}

/** A member's Markdown, marked with its language when that is not the page's (WCAG 3.1.2). */
export function Markdown({ source }: { source: string }) {
  const { locale } = useI18n();
  return (
    <div
      className="markdown"
      lang={userTextLang(source, locale)}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}
