import { startTransition, useEffect, useState } from 'react';

/**
 * How many rows of a long list to draw: `first` in the view's first frame, all of them in a
 * transition right after it (React renders that in slices, so the page stays responsive), and all
 * of them from then on. The rows beyond `first` are below the fold on every screen the app
 * targets, so drawing them a moment later moves nothing a reader sees, and the view appears in
 * the time of its first screenful rather than of the whole list.
 */
export function useFirstRows(first: number): number {
  const [limit, setLimit] = useState(first);
  useEffect(() => {
    startTransition(() => setLimit(Number.POSITIVE_INFINITY));
  }, []);
  return limit;
}
