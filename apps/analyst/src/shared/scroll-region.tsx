import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone. Named and focusable, so a keyboard user can scroll it
 * too (WCAG 2.1.1); the first column stays in view while the figures scroll.
 */
export function ScrollRegion({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="analyst-scroll" data-testid={testId}>
      {children}
    </div>
  );
}
