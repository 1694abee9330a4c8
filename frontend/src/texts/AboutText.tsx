/**
 * Which text a control acts on, for screen readers only: beside a list of texts every control
 * reads "Hide the text", so its accessible name ends in the text's name ("Hide the text (idea
 * #3)"). The visible words stay first in the name (WCAG 2.5.3), and sighted readers see the
 * text right above the control.
 */
export function AboutText({ about }: { about?: string }) {
  return about ? <span className="visually-hidden"> ({about})</span> : null;
}
