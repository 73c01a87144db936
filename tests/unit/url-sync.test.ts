import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../src/store/app-store';
import {
  locationOf,
  syncStoreWithUrl,
  KEPT_AFTER_WRITE_MS,
  URL_WRITE_DELAY_MS,
  UNWRITTEN_STORAGE_KEY,
} from '../../src/store/url-sync';

/**
 * A window with just what url-sync uses: location, a history with entries (so back, forward and
 * reload can be played), sessionStorage, and events.
 */
function fakeWindow(start: string, storage = new Map<string, string>()) {
  const url = new URL(start, 'http://atlas.test');
  const calls: string[] = [];
  const listeners = new Map<string, Set<(e: unknown) => void>>();
  const entries: Array<{ url: string; state: unknown }> = [{ url: url.pathname + url.search, state: null }];
  let index = 0;
  const entryAt = (i: number) => {
    const e = entries[i];
    if (!e) throw new Error(`no history entry ${i}`);
    return e;
  };
  const show = (i: number) => {
    index = i;
    const next = new URL(entryAt(i).url, url);
    url.pathname = next.pathname;
    url.search = next.search;
  };
  const write = (kind: 'push' | 'replace', state: unknown, to: string) => {
    const next = new URL(to, url);
    const item = { url: next.pathname + next.search, state: structuredClone(state) };
    if (kind === 'push') {
      entries.splice(index + 1, entries.length, item);
      index += 1;
    } else entries[index] = item;
    show(index);
    calls.push(`${kind} ${item.url}`);
  };
  const win = {
    location: url,
    history: {
      get state() {
        return entryAt(index).state;
      },
      pushState: (state: unknown, _: string, to: string) => write('push', state, to),
      replaceState: (state: unknown, _: string, to: string) => write('replace', state, to),
    },
    sessionStorage: {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
      removeItem: (k: string) => void storage.delete(k),
    },
    addEventListener: (type: string, f: (e: unknown) => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)?.add(f);
    },
    removeEventListener: (type: string, f: (e: unknown) => void) => listeners.get(type)?.delete(f),
    dispatch: (type: string, event: Record<string, unknown> = {}) => {
      for (const f of listeners.get(type) ?? []) f({ type, ...event });
    },
    /** The browser's own Back/Forward button: the entry changes, then popstate (no other event). */
    traverse: (delta: number) => {
      show(index + delta);
      win.dispatch('popstate');
    },
  };
  /**
   * The browser's own reload button: the page is gone without another event, and a new page
   * starts on the same entry (same URL and state) with the same sessionStorage.
   */
  const reload = () => {
    const again = fakeWindow(entryAt(index).url, storage);
    again.setState(entryAt(index).state);
    return again;
  };
  const setState = (state: unknown) => {
    entryAt(index).state = state;
  };
  return { win, calls, url, entries, entryAt, storage, reload, setState };
}

const asWindow = (w: unknown) => w as Window;

describe('syncStoreWithUrl', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads the location, then writes it back in canonical form once', () => {
    const { win, calls } = fakeWindow('/materials?q=lgps&bogus=1');
    const store = createAppStore();
    syncStoreWithUrl(store, asWindow(win));
    expect(store.getState().route.view).toBe('materials');
    expect(store.getState().params.query).toBe('lgps');
    expect(calls).toEqual(['replace /materials?q=lgps']);
  });

  it('leaves a link that is already canonical alone', () => {
    const { win, calls } = fakeWindow('/materials?q=lgps');
    syncStoreWithUrl(createAppStore(), asWindow(win));
    expect(calls).toEqual([]);
  });

  it('writes a discrete change (a select, a click, a submit) at once', () => {
    const { win, calls } = fakeWindow('/classifier');
    const store = createAppStore();
    syncStoreWithUrl(store, asWindow(win));
    store.getState().setParams({ selected: 'llzo' });
    expect(calls).toEqual(['replace /classifier?sel=llzo']);
    store.getState().setParams({ classifierCustom: 'v1~x' });
    expect(calls).toEqual(['replace /classifier?sel=llzo', 'replace /classifier?sel=llzo&ccust=v1%7Ex']);
  });

  it('merges typing into one write after a short pause', () => {
    const { win, calls, url } = fakeWindow('/windows');
    const store = createAppStore();
    syncStoreWithUrl(store, asWindow(win));
    store.getState().setParams({ query: 'l' });
    store.getState().setParams({ query: 'll' });
    store.getState().setParams({ query: 'llzo' });
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS - 1);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['replace /windows?q=llzo']);
    expect(url.search).toBe('?q=llzo');
    // The stored copy outlives the write a little (a reload may have taken the old URL), then goes.
    expect(win.sessionStorage.getItem(UNWRITTEN_STORAGE_KEY)).not.toBeNull();
    vi.advanceTimersByTime(KEPT_AFTER_WRITE_MS);
    expect(win.sessionStorage.getItem(UNWRITTEN_STORAGE_KEY)).toBeNull();
  });

  it('writes typing at once on the next key that is not typing (Enter, Alt+Left, F5) or a pointer press', () => {
    const { win, calls } = fakeWindow('/materials');
    const store = createAppStore();
    syncStoreWithUrl(store, asWindow(win));
    store.getState().setParams({ query: 'gar' });
    win.dispatch('keydown', { key: 't' });
    expect(calls).toEqual([]);
    win.dispatch('keydown', { key: 'Enter' });
    expect(calls).toEqual(['replace /materials?q=gar']);
    store.getState().setParams({ query: 'garnet' });
    win.dispatch('keydown', { key: 'ArrowLeft', altKey: true });
    expect(calls.at(-1)).toBe('replace /materials?q=garnet');
    store.getState().setParams({ query: 'garnets' });
    win.dispatch('pointerdown');
    expect(calls.at(-1)).toBe('replace /materials?q=garnets');
    vi.runAllTimers();
    expect(calls).toHaveLength(3);
  });

  it('a discrete change after typing writes both at once', () => {
    const { win, calls } = fakeWindow('/materials');
    const store = createAppStore();
    syncStoreWithUrl(store, asWindow(win));
    store.getState().setParams({ query: 'garnet' });
    store.getState().setParams({ sort: 'sigma' });
    expect(calls).toEqual(['replace /materials?q=garnet&sort=sigma']);
    vi.runAllTimers();
    expect(calls).toHaveLength(1);
  });

  it('merges a drag (pointer held) and writes it when the pointer is released', () => {
    const { win, calls } = fakeWindow('/classifier');
    const store = createAppStore();
    syncStoreWithUrl(store, asWindow(win));
    win.dispatch('pointerdown');
    store.getState().setParams({ classifierThreshold: 0.2 });
    store.getState().setParams({ classifierThreshold: 0.3 });
    expect(calls).toEqual([]);
    win.dispatch('pointerup');
    expect(calls).toEqual(['replace /classifier?cthr=0.3']);
    // A click (press, release, then the change) is discrete.
    win.dispatch('pointerdown');
    win.dispatch('pointerup');
    store.getState().setParams({ classifierThreshold: 0.4 });
    expect(calls).toEqual(['replace /classifier?cthr=0.3', 'replace /classifier?cthr=0.4']);
  });

  it('merges a held key (auto-repeat on a slider) and writes it on key up', () => {
    const { win, calls } = fakeWindow('/classifier');
    const store = createAppStore();
    syncStoreWithUrl(store, asWindow(win));
    win.dispatch('keydown', { key: 'ArrowRight' });
    store.getState().setParams({ classifierThreshold: 0.17 });
    expect(calls).toEqual(['replace /classifier?cthr=0.17']);
    win.dispatch('keydown', { key: 'ArrowRight', repeat: true });
    store.getState().setParams({ classifierThreshold: 0.18 });
    store.getState().setParams({ classifierThreshold: 0.19 });
    expect(calls).toHaveLength(1);
    win.dispatch('keyup', { key: 'ArrowRight' });
    expect(calls).toEqual(['replace /classifier?cthr=0.17', 'replace /classifier?cthr=0.19']);
  });

  it('settles a waiting write before a new page is pushed, so back returns to it', () => {
    const { win, calls } = fakeWindow('/windows');
    const store = createAppStore();
    syncStoreWithUrl(store, asWindow(win));
    store.getState().setParams({ query: 'llzo' });
    store.getState().navigate({ view: 'classifier', recordId: null });
    expect(calls).toEqual(['replace /windows?q=llzo', 'push /classifier?q=llzo']);
    vi.runAllTimers();
    expect(calls).toHaveLength(2);
  });

  it('writes what is waiting when the tab is hidden or the sync stops, but not while unloading', () => {
    const { win, calls } = fakeWindow('/windows');
    const store = createAppStore();
    const stop = syncStoreWithUrl(store, asWindow(win));
    store.getState().setParams({ query: 'garnet' });
    win.dispatch('visibilitychange');
    expect(calls).toEqual(['replace /windows?q=garnet']);
    store.getState().setParams({ query: 'garnets' });
    win.dispatch('beforeunload');
    win.dispatch('visibilitychange');
    win.dispatch('pagehide');
    expect(calls).toEqual(['replace /windows?q=garnet']);
    // The page stayed after all (a leave prompt answered "stay"): the timer writes it.
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(calls).toEqual(['replace /windows?q=garnet', 'replace /windows?q=garnets']);
    store.getState().setParams({ query: 'argyrodite' });
    stop();
    expect(calls.at(-1)).toBe('replace /windows?q=argyrodite');
    store.getState().setParams({ query: 'lipon' });
    vi.runAllTimers();
    expect(calls).toHaveLength(3);
  });

  it('typing then the browser reload button (no event before the reload) keeps the text', () => {
    const page = fakeWindow('/materials');
    const store = createAppStore();
    syncStoreWithUrl(store, asWindow(page.win));
    store.getState().setParams({ query: 'garn' });
    // The browser has taken the URL for the reload before the page hears of it: the writes made
    // in beforeunload and pagehide come too late.
    const again = page.reload();
    page.win.dispatch('beforeunload');
    page.win.dispatch('pagehide');
    expect(again.url.search).toBe('');
    const restored = createAppStore();
    syncStoreWithUrl(restored, asWindow(again.win));
    expect(restored.getState().params.query).toBe('garn');
    expect(page.calls).toEqual([]); // no history write raced the reload
    expect(again.calls).toEqual(['replace /materials?q=garn']);
    expect(again.storage.has(UNWRITTEN_STORAGE_KEY)).toBe(false);
  });

  it('a reload that took the URL just before the merged write still keeps the text', () => {
    for (const hasState of [true, false]) {
      const page = fakeWindow('/materials');
      const store = createAppStore();
      syncStoreWithUrl(store, asWindow(page.win));
      store.getState().setParams({ query: 'garnet' });
      // The browser takes the old URL for the reload; the old page's timer then writes the text.
      const again = page.reload();
      if (!hasState) again.setState(null);
      vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
      expect(page.calls).toEqual(['replace /materials?q=garnet']);
      expect(again.url.search).toBe('');
      const restored = createAppStore();
      syncStoreWithUrl(restored, asWindow(again.win));
      expect(restored.getState().params.query).toBe('garnet');
      expect(again.calls).toEqual(['replace /materials?q=garnet']);
      vi.runAllTimers();
    }
  });

  it('typing then the browser Back button keeps the text for that entry: Forward shows it', () => {
    const { win, calls, entryAt } = fakeWindow('/');
    const store = createAppStore();
    syncStoreWithUrl(store, asWindow(win));
    store.getState().navigate({ view: 'materials', recordId: null });
    store.getState().setParams({ query: 'garnet' });
    win.traverse(-1);
    vi.runAllTimers();
    // The entry now shown is not written with the other entry's text.
    expect(store.getState().route.view).toBe('map');
    expect(store.getState().params.query).toBe('');
    expect(entryAt(0).url).toBe('/');
    win.traverse(1);
    expect(store.getState().route.view).toBe('materials');
    expect(store.getState().params.query).toBe('garnet');
    expect(entryAt(1).url).toBe('/materials?q=garnet');
    expect(calls).toEqual(['push /materials', 'replace /materials?q=garnet']);
  });

  it('a kept change of one entry never lands in another entry with the same URL', () => {
    const { win, entryAt } = fakeWindow('/');
    const store = createAppStore();
    syncStoreWithUrl(store, asWindow(win));
    store.getState().navigate({ view: 'materials', recordId: null });
    store.getState().navigate({ view: 'map', recordId: null });
    store.getState().navigate({ view: 'materials', recordId: null });
    store.getState().setParams({ query: 'lipon' });
    win.traverse(-2);
    expect(store.getState().params.query).toBe('');
    expect(entryAt(1).url).toBe('/materials');
    win.traverse(2);
    expect(store.getState().params.query).toBe('lipon');
  });

  it('finds the kept change by URL when the reloaded entry lost its state', () => {
    const page = fakeWindow('/materials');
    const store = createAppStore();
    syncStoreWithUrl(store, asWindow(page.win));
    store.getState().setParams({ classifierSource: 'richards2016' });
    store.getState().setParams({ query: 'garn' });
    const again = page.reload();
    again.setState(null);
    const restored = createAppStore();
    syncStoreWithUrl(restored, asWindow(again.win));
    expect(restored.getState().params.query).toBe('garn');
  });

  it('ignores a corrupt or foreign value in storage', () => {
    const storage = new Map([[UNWRITTEN_STORAGE_KEY, '{not json']]);
    const { win, calls } = fakeWindow('/materials?q=a', storage);
    const store = createAppStore();
    syncStoreWithUrl(store, asWindow(win));
    expect(store.getState().params.query).toBe('a');
    expect(calls).toEqual([]);
  });
});

describe('locationOf', () => {
  it('leaves out sel on a material page, whose path names it', () => {
    expect(
      locationOf({
        route: { view: 'materials', recordId: 'llzo' },
        params: createAppStore().getState().params,
      }),
    ).toBe('/materials/llzo');
    const params = { ...createAppStore().getState().params, selected: 'llzo' };
    expect(locationOf({ route: { view: 'materials', recordId: 'llzo' }, params })).toBe('/materials/llzo');
  });

  it('keeps sel on any other view, even when it equals the record id in the path', () => {
    const params = { ...createAppStore().getState().params, selected: 'llzo' };
    expect(locationOf({ route: { view: 'classifier', recordId: 'llzo' }, params })).toBe(
      '/classifier/llzo?sel=llzo',
    );
  });
});
