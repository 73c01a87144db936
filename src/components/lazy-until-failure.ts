import { type ComponentType, lazy } from 'react';

/**
 * A lazy component, kept in `cache` under `key` until its load fails: the next lookup after a
 * failure (a "Reset this view", a route change) then loads afresh, instead of React rethrowing the
 * rejected load forever.
 */
export function lazyUntilFailure<K, P extends object>(
  cache: Map<K, ComponentType<P>>,
  key: K,
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  const mine = lazy(() =>
    load().catch((e: unknown) => {
      if (cache.get(key) === mine) cache.delete(key);
      throw e;
    }),
  );
  cache.set(key, mine);
  return mine;
}
