import type { ButtonHTMLAttributes } from "react";

/**
 * A button whose action is on its way: it keeps focus and says it is unavailable with
 * aria-disabled, where `disabled` would drop focus to <body> (WCAG 2.4.3), and it ignores
 * presses — and the form submits they would make — until `busy` ends. `disabled` stays for a
 * button that cannot be used at all yet.
 */
export function BusyButton({ busy, onClick, ...button }: ButtonHTMLAttributes<HTMLButtonElement> & { busy: boolean }) {
  return (
    <button
      type="button"
      {...button}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) event.preventDefault();
        else onClick?.(event);
      }}
    />
  );
}
