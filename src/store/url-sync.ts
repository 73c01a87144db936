/**
 * Keeps the store and the browser location in step: a route change pushes a history entry
 * (so back/forward walk between pages), a settings change replaces the current entry shortly
 * after (so typing in a search box does not flood history, and no click waits for the write).
 * Back/forward and pasted links go through `applyLocation`, which ignores bad parts and reports them.
 */
import { APP_PARAMS } from '../domain/app-params';
import { encodeParams, encodeRoute } from '../domain/url-state';
import type { AppState, AppStore } from './app-store';

export function locationOf(state: Pick<AppState, 'route' | 'params'>): string {
  const params = { ...state.params };
  // On a material page the path already names the selection.
  if (state.route.recordId && params.selected === state.route.recordId) params.selected = null;
  const query = encodeParams(APP_PARAMS, params).toString();
  return `${encodeRoute(state.route)}${query ? `?${query}` : ''}`;
}

/**
 * How long a settings change waits before it is written to the URL. `history.replaceState` costs
 * about 25 ms a call on the 2-core test machine, so writing it inside a click or a keystroke would
 * delay the frame that answers it; waiting also merges a burst of changes (typing) into one write.
 */
export const URL_WRITE_DELAY_MS = 120;

export function syncStoreWithUrl(store: AppStore, win: Window = window): () => void {
  /** Writes `url` (plus `hash`) unless the location already shows it (a write costs tens of ms). */
  const go = (url: string, push: boolean, hash = '') => {
    if (url === win.location.pathname + win.location.search) return;
    if (push) win.history.pushState(null, '', url + hash);
    else win.history.replaceState(null, '', url + hash);
  };

  store.getState().applyLocation(win.location.pathname, win.location.search);
  // Rewrite the URL in canonical form (bad parts dropped) in place, keeping the hash.
  go(locationOf(store.getState()), false, win.location.hash);

  // A settings change only marks the URL as stale; the URL is computed and written by `flush`.
  let isStale = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Drops the waiting write; true if there was one. */
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    const was = isStale;
    isStale = false;
    return was;
  };
  const flush = () => {
    if (cancel()) go(locationOf(store.getState()), false);
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.route === prev.route && state.params === prev.params) return;
    if (state.route !== prev.route) {
      // A new page: settle the current entry first (as it was before this change), then push.
      if (cancel()) go(locationOf(prev), false);
      go(locationOf(state), true);
      return;
    }
    isStale = true;
    timer ??= setTimeout(flush, URL_WRITE_DELAY_MS);
  });
  const onPopState = () => {
    // The entry now shown wins over a settings write still waiting for the old one.
    cancel();
    store.getState().applyLocation(win.location.pathname, win.location.search);
  };
  win.addEventListener('popstate', onPopState);
  // Reload, close or navigate away: nothing waiting is lost.
  win.addEventListener('pagehide', flush);
  return () => {
    flush();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('pagehide', flush);
  };
}
