/**
 * Keeps the store and the browser location in step.
 *
 * - A route change pushes a history entry, so Back and Forward walk between pages.
 * - A discrete settings change (a submit, a select, a click, a slider released) replaces the current
 *   entry at once: a reload, Back or a copied link right after it has the new value.
 * - Typing in a text box (a key marked `isTyped` in the parameter table) and dragging (a pointer
 *   held down, a key held on a slider) are merged into one write: `history.replaceState` costs
 *   tens of ms on a slow machine, and browsers throttle a page that calls it hundreds of times.
 *
 * Nothing merged is ever dropped. It is written on the next event that could lose it (a key that
 * is not typing, such as Enter, Tab, Alt+Left or F5; a pointer press or release; a `change`; the tab
 * hidden), and, because a reload or Back started from the browser's own buttons reaches the page only
 * after the browser has taken the old URL, each merged change is also kept in sessionStorage for
 * the history entry it belongs to. When that entry is shown again (reload, Forward), the kept value
 * wins over the stale URL and is written into it. Back/forward and pasted links go through
 * `applyLocation`, which ignores bad parts and reports them.
 */
import { type AppParamKey, APP_PARAMS, selectionOfRoute } from '../domain/app-params';
import { encodeParams, encodeRoute } from '../domain/url-state';
import type { AppState, AppStore } from './app-store';

export function locationOf(state: Pick<AppState, 'route' | 'params'>): string {
  const params = { ...state.params };
  // On a material page the path already names the selection.
  if (params.selected !== null && params.selected === selectionOfRoute(state.route)) params.selected = null;
  const query = encodeParams(APP_PARAMS, params).toString();
  return `${encodeRoute(state.route)}${query ? `?${query}` : ''}`;
}

/** How long typing waits before it is written, so a burst of keystrokes makes one write. */
export const URL_WRITE_DELAY_MS = 120;
/** While a pointer or key is held (a drag), merged changes are written at most this often. */
export const URL_WRITE_HELD_DELAY_MS = 1000;
/** The sessionStorage key of the changes not yet written to their history entry. */
export const UNWRITTEN_STORAGE_KEY = 'ssb-atlas:unwritten-url';
/** How long the stored copy of a merged change outlives its write to the URL. */
export const KEPT_AFTER_WRITE_MS = 1000;
const MAX_UNWRITTEN = 20;

/** A change kept for one history entry: `key` is the entry's id in `history.state`, if it has one. */
interface Unwritten {
  key: string | null;
  /** The entry's URL as last written (matches an entry that has no key yet). */
  base: string;
  /** Path and query to show instead. */
  url: string;
}

/** The id this module keeps in `history.state`, so a kept change finds its entry again. */
function entryKeyOf(state: unknown): string | null {
  if (state && typeof state === 'object' && 'ssbEntry' in state) {
    const key = (state as { ssbEntry: unknown }).ssbEntry;
    return typeof key === 'string' ? key : null;
  }
  return null;
}

let keyCounter = 0;
function newEntryKey(): string {
  keyCounter += 1;
  return `${Date.now().toString(36)}-${keyCounter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Keys that type text (plain characters, deletion) rather than commit it. */
function isTypingKey(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  return e.key.length === 1 || e.key === 'Backspace' || e.key === 'Delete' || e.key === 'Shift';
}

export function syncStoreWithUrl(store: AppStore, win: Window = window): () => void {
  const storage = sessionStorageOf(win);
  const here = () => win.location.pathname + win.location.search;
  let entry = entryKeyOf(win.history.state);

  const readUnwritten = (): Unwritten[] => {
    try {
      const raw = storage?.getItem(UNWRITTEN_STORAGE_KEY);
      const list: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(list)
        ? list.filter(
            (u): u is Unwritten =>
              u !== null &&
              typeof u === 'object' &&
              (u.key === null || typeof u.key === 'string') &&
              typeof u.base === 'string' &&
              typeof u.url === 'string',
          )
        : [];
    } catch {
      return [];
    }
  };
  const writeUnwritten = (list: Unwritten[]) => {
    try {
      if (list.length === 0) storage?.removeItem(UNWRITTEN_STORAGE_KEY);
      else storage?.setItem(UNWRITTEN_STORAGE_KEY, JSON.stringify(list.slice(-MAX_UNWRITTEN)));
    } catch {
      // Storage full or disabled: the in-page write still happens on the next commit event.
    }
  };
  // An entry without a key in its state (a first visit, or a browser that lost the state) is
  // matched by the URL it shows.
  const isThisEntry = (u: Unwritten) => (entry !== null ? u.key === entry : u.base === here());
  const forgetUnwritten = () => {
    const list = readUnwritten();
    const rest = list.filter((u) => !isThisEntry(u));
    if (rest.length !== list.length) writeUnwritten(rest);
  };
  const keepUnwritten = (url: string) => {
    writeUnwritten([...readUnwritten().filter((u) => !isThisEntry(u)), { key: entry, base: here(), url }]);
  };

  /** Writes `url` (plus `hash`) unless the location already shows it (a write costs tens of ms). */
  const go = (url: string, push: boolean, hash = '') => {
    if (url === here()) return;
    try {
      if (push) {
        entry = newEntryKey();
        win.history.pushState({ ssbEntry: entry }, '', url + hash);
      } else {
        // Every write also tags the entry, so a change kept for it later finds it after a reload.
        entry ??= newEntryKey();
        win.history.replaceState({ ssbEntry: entry }, '', url + hash);
      }
    } catch {
      // A browser that throttles history writes throws (Safari); the next change writes again.
    }
  };

  /** Writes `url` into the current entry and forgets what was kept for it (it is written now). */
  const settle = (url: string, hash = '') => {
    forgetUnwritten();
    go(url, false, hash);
  };

  // Locations applied here come from the URL (or what was kept for it): no write back as a change.
  let isApplying = false;
  const apply = (pathname: string, search: string) => {
    isApplying = true;
    try {
      store.getState().applyLocation(pathname, search);
    } finally {
      isApplying = false;
    }
  };
  /** Shows the entry now displayed, with the change kept for it if there is one. */
  const showEntry = () => {
    const hash = win.location.hash;
    apply(win.location.pathname, win.location.search);
    const kept = readUnwritten().find(isThisEntry);
    if (kept) {
      const q = kept.url.indexOf('?');
      apply(q < 0 ? kept.url : kept.url.slice(0, q), q < 0 ? '' : kept.url.slice(q));
    }
    // Rewrite the URL in canonical form (bad parts dropped) in place, keeping the hash.
    settle(locationOf(store.getState()), hash);
  };

  showEntry();

  let isPending = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let isPointerHeld = false;
  let isKeyHeld = false;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    const was = isPending;
    isPending = false;
    return was;
  };
  let forgetTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Writes the merged change now, if one is waiting. The copy kept in storage outlives the write by
   * `KEPT_AFTER_WRITE_MS`: a reload the browser started just before the write has taken the old
   * URL, and the new page finds the text in that copy. If this page is still here afterwards, the
   * copy is forgotten, since the URL now holds it.
   */
  const flush = () => {
    if (!cancel()) return;
    const list = readUnwritten();
    const i = list.findIndex(isThisEntry);
    go(locationOf(store.getState()), false);
    const kept = list[i];
    if (kept && kept.key !== entry) {
      // The write gave the entry its id: the copy is found by it from now on.
      list[i] = { ...kept, key: entry };
      writeUnwritten(list);
    }
    clearTimeout(forgetTimer);
    forgetTimer = setTimeout(() => {
      if (!isPending) forgetUnwritten();
    }, KEPT_AFTER_WRITE_MS);
  };
  /**
   * The tab is hidden (switched away, a phone sending the browser to the background): write what
   * is waiting, and keep it in storage too, in case the page is then discarded before it comes back.
   * Not while the page unloads: a reload has already taken the old URL then, and a history write
   * racing it made Chromium drop the entry's state (the key the kept change is found by).
   */
  let isUnloading = false;
  const onHidden = () => {
    if (!isUnloading && cancel()) go(locationOf(store.getState()), false);
  };
  const onUnloading = () => {
    isUnloading = true;
    // Runs only if the page stays (the user answered "stay" to a leave prompt).
    setTimeout(() => {
      isUnloading = false;
    }, 0);
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (isApplying || (state.route === prev.route && state.params === prev.params)) return;
    if (state.route !== prev.route) {
      // A new page: settle the current entry first (as it was before this change), then push.
      if (cancel()) settle(locationOf(prev));
      go(locationOf(state), true);
      return;
    }
    const changed = (Object.keys(state.params) as AppParamKey[]).filter(
      (k) => state.params[k] !== prev.params[k],
    );
    const isTyping = changed.length > 0 && changed.every((k) => APP_PARAMS[k].isTyped === true);
    const isHeld = isPointerHeld || isKeyHeld;
    if (!isTyping && !isHeld) {
      cancel();
      settle(locationOf(state));
      return;
    }
    isPending = true;
    keepUnwritten(locationOf(state));
    timer ??= setTimeout(flush, isHeld ? URL_WRITE_HELD_DELAY_MS : URL_WRITE_DELAY_MS);
  });

  const onPopState = () => {
    // The entry being left keeps its merged change in storage (written when it was made), so
    // Forward shows it again; the timer must not write it into the entry now shown.
    cancel();
    clearTimeout(forgetTimer);
    entry = entryKeyOf(win.history.state);
    showEntry();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.repeat) isKeyHeld = true;
    else if (!isTypingKey(e)) flush();
  };
  const onKeyUp = () => {
    if (!isKeyHeld) return;
    isKeyHeld = false;
    flush();
  };
  const onPointerDown = () => {
    flush();
    isPointerHeld = true;
  };
  const onPointerUp = () => {
    isPointerHeld = false;
    flush();
  };
  const listeners: Array<[string, EventListener]> = [
    ['popstate', onPopState],
    ['keydown', onKeyDown as EventListener],
    ['keyup', onKeyUp],
    ['pointerdown', onPointerDown],
    ['pointerup', onPointerUp],
    ['pointercancel', onPointerUp],
    ['change', flush],
    ['visibilitychange', onHidden],
    ['beforeunload', onUnloading],
    ['pagehide', onUnloading],
  ];
  // Capture phase: the write happens before any handler of the event can navigate away.
  for (const [type, f] of listeners) win.addEventListener(type, f, true);
  return () => {
    flush();
    unsubscribe();
    for (const [type, f] of listeners) win.removeEventListener(type, f, true);
  };
}

function sessionStorageOf(win: Window): Storage | null {
  try {
    return win.sessionStorage ?? null;
  } catch {
    // Storage blocked (privacy settings): merged changes are then only written by the page.
    return null;
  }
}
