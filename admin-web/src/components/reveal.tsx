import { type ReactNode, useEffect, useRef } from 'react';

/**
 * Scrolls its content into view when `id` changes: a flow or script picked from a long list (or
 * reached by a link such as `/flows?flow=…`) opens below the list, out of sight, and the click
 * looked like it did nothing.
 */
export function Reveal({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Runs again for each new id (a new pick); jsdom and old browsers lack scrollIntoView.
    if (id) ref.current?.scrollIntoView?.({ block: 'start' });
  }, [id]);
  return <div ref={ref}>{children}</div>;
}
