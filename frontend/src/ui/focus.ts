/**
 * Keeping keyboard focus somewhere useful when what had it changes: a button that vanishes or
 * becomes disabled after its transaction must not leave focus on <body>, where a keyboard or
 * screen-reader user has to start the page over (WCAG 2.4.3).
 */

/** The element that has focus, or null when focus is lost on <body>. */
export function focusedElement(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/** Whether `element` can take focus now: in the page, shown, and not disabled. */
export function canTakeFocus(element: Element | null | undefined): element is HTMLElement {
  if (!(element instanceof HTMLElement) || !element.isConnected) return false;
  if ((element as HTMLButtonElement).disabled) return false;
  return element.getClientRects().length > 0;
}

/** Focuses the first of `candidates` that can take focus; false when none can. */
export function focusFirst(...candidates: (HTMLElement | null | undefined)[]): boolean {
  const target = candidates.find((c) => canTakeFocus(c));
  target?.focus();
  return Boolean(target);
}

/** The main region, where focus goes when nothing closer to what happened is left. */
export function mainRegion(): HTMLElement | null {
  return document.getElementById("main");
}

/**
 * Watches `element` for `ms`: should it vanish or become disabled while it has focus (a list
 * re-rendered with the new data, a button that is no longer needed), focus moves to the first
 * of `fallbacks()` that can take it. Stops early once focus moves on by itself. Returns the stop.
 */
export function guardFocus(
  element: HTMLElement,
  fallbacks: () => (HTMLElement | null | undefined)[],
  ms = 10_000,
): () => void {
  const observer = new MutationObserver(() => {
    const active = focusedElement();
    if (active && active !== element) return stop(); // the visitor moved on
    if (active === element && canTakeFocus(element)) return;
    focusFirst(...fallbacks());
    stop();
  });
  const timer = setTimeout(() => stop(), ms);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["disabled", "hidden", "class", "style"],
  });
  return stop;
}
