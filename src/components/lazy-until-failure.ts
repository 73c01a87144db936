import { type ComponentType, lazy } from 'react';

/** How to forget each lazy component whose load failed, until an error boundary has shown it. */
const failed: (() => void)[] = [];

/**
 * A lazy component, kept in `cache` under `key` until its load fails and the failure has been
 * shown (forgetFailedLoads): the next lookup after that (a "Reset this view", a route change) then
 * loads afresh, instead of React rethrowing the rejected load forever.
 */
export function lazyUntilFailure<K, P extends object>(
  cache: Map<K, ComponentType<P>>,
  key: K,
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  const mine = lazy(() =>
    load().catch((e: unknown) => {
      failed.push(() => {
        if (cache.get(key) === mine) cache.delete(key);
      });
      throw e;
    }),
  );
  cache.set(key, mine);
  return mine;
}

/**
 * Forgets every lazy component whose load failed; called by the error boundary that caught the
 * failure. Forgetting at the failure itself is too early for a route change, which React renders
 * as a deferred update from the top, keeping the old view on screen: its retry would look the view
 * up again, get a fresh lazy component that suspends again, and never show the failure.
 */
export function forgetFailedLoads(): void {
  for (const forget of failed.splice(0)) forget();
}
