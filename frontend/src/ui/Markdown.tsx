import { micromark } from "micromark";

/**
 * Renders a proposal's Markdown safely. micromark escapes raw HTML and drops dangerous link
 * protocols (javascript:, data: …) unless told otherwise, and we never tell it otherwise.
 */
export function renderMarkdown(source: string): string {
  return micromark(source, { allowDangerousHtml: false, allowDangerousProtocol: false });
}

export function Markdown({ source }: { source: string }) {
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
