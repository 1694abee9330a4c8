import type { ReactNode } from "react";

/**
 * A wide table's scrolling box. It takes focus and has a name, so keyboard users can scroll
 * it sideways too (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
