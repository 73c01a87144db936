/**
 * Whether a CSS media query matches, followed as it changes (a phone turned, a window resized).
 * Where matchMedia is missing (jsdom) it never matches, so the wide layout is the default; the
 * build-time render answers for the phone width it renders at.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { matchesPrerenderWidth } from './prerender-env';

/** Phones and narrow windows, where the views stack into one column (the stylesheets' 700 px step). */
export const NARROW_QUERY = '(max-width: 700px)';

/** True while `query` matches. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof matchMedia !== 'function') return () => {};
      const mq = matchMedia(query);
      mq.addEventListener('change', onChange);
      return () => mq.removeEventListener('change', onChange);
    },
    [query],
  );
  const read = () => typeof matchMedia === 'function' && matchMedia(query).matches;
  // The build-time render answers for the phone it renders for (./prerender-env).
  return useSyncExternalStore(subscribe, read, () => matchesPrerenderWidth(query));
}
