import type { ReactNode } from 'react';

/**
 * The box a wide table scrolls sideways in on narrow screens. It is focusable and named, so a
 * keyboard user can scroll it with the arrow keys and a screen reader announces what it holds.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard (WCAG 2.1.1).
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
