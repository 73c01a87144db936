/**
 * Keeps the store and the browser location in step: a route change pushes a history entry
 * (so back/forward walk between pages), a settings change replaces the current entry (so typing
 * in a search box does not flood history). Back/forward and pasted links go through
 * `applyLocation`, which ignores bad parts and reports them.
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

export function syncStoreWithUrl(store: AppStore, win: Window = window): () => void {
  store.getState().applyLocation(win.location.pathname, win.location.search);
  // Rewrite the URL in canonical form (bad parts dropped) without a new history entry.
  win.history.replaceState(null, '', locationOf(store.getState()) + win.location.hash);

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.route === prev.route && state.params === prev.params) return;
    const next = locationOf(state);
    const current = win.location.pathname + win.location.search;
    if (next === current) return;
    if (state.route !== prev.route) win.history.pushState(null, '', next);
    else win.history.replaceState(null, '', next);
  });
  const onPopState = () => store.getState().applyLocation(win.location.pathname, win.location.search);
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
