import { canTakeFocus, focusedElement, focusFirst, guardFocus, mainRegion } from "../ui/focus";

/**
 * Where keyboard focus goes when a transaction ends, so it never falls to <body>:
 * - failed: to the failure message (role=alert, read out and scrolled into view); its close
 *   button brings focus back to the control, to try again;
 * - confirmed: it stays on the control that sent it, while that is still there and enabled;
 *   otherwise (a vote form replaced by "You voted", an approve button by "You approved") it
 *   moves to the confirmation message. Should the control vanish a moment later, when the
 *   page re-renders with what the chain now says, focus follows to the message then.
 * If the visitor has moved focus elsewhere meanwhile, it is left where they put it.
 */
export function settleFocus(outcome: "confirmed" | "failed", origin: HTMLElement | null, messageId: string): void {
  const message = () => document.getElementById(messageId);
  const active = focusedElement();
  if (active && active !== origin && !message()?.contains(active)) return;
  if (outcome === "failed") {
    focusFirst(message(), origin, mainRegion());
    return;
  }
  if (origin && canTakeFocus(origin)) {
    if (active !== origin) origin.focus();
    guardFocus(origin, () => [message(), mainRegion()]);
    return;
  }
  focusFirst(message(), mainRegion());
}
