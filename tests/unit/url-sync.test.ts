import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../src/store/app-store';
import { syncStoreWithUrl, URL_WRITE_DELAY_MS } from '../../src/store/url-sync';

/** A window with just what url-sync uses: location, a history that records calls, and events. */
function fakeWindow(start: string) {
  const url = new URL(start, 'http://atlas.test');
  const calls: string[] = [];
  const listeners = new Map<string, Set<() => void>>();
  const go = (kind: string, to: string) => {
    const next = new URL(to, url);
    url.pathname = next.pathname;
    url.search = next.search;
    calls.push(`${kind} ${next.pathname}${next.search}`);
  };
  const win = {
    location: url,
    history: {
      pushState: (_: unknown, __: string, to: string) => go('push', to),
      replaceState: (_: unknown, __: string, to: string) => go('replace', to),
    },
    addEventListener: (type: string, f: () => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)?.add(f);
    },
    removeEventListener: (type: string, f: () => void) => listeners.get(type)?.delete(f),
    dispatch: (type: string) => {
      for (const f of listeners.get(type) ?? []) f();
    },
  };
  return { win, calls, url };
}

describe('syncStoreWithUrl', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads the location, then writes it back in canonical form once', () => {
    const { win, calls } = fakeWindow('/materials?q=lgps&bogus=1');
    const store = createAppStore();
    syncStoreWithUrl(store, win as unknown as Window);
    expect(store.getState().route.view).toBe('materials');
    expect(store.getState().params.query).toBe('lgps');
    expect(calls).toEqual(['replace /materials?q=lgps']);
  });

  it('leaves a link that is already canonical alone', () => {
    const { win, calls } = fakeWindow('/materials?q=lgps');
    syncStoreWithUrl(createAppStore(), win as unknown as Window);
    expect(calls).toEqual([]);
  });

  it('writes a settings change after a short pause, merging a burst into one entry', () => {
    const { win, calls, url } = fakeWindow('/windows');
    const store = createAppStore();
    syncStoreWithUrl(store, win as unknown as Window);
    calls.length = 0;
    store.getState().setParams({ query: 'l' });
    store.getState().setParams({ query: 'll' });
    store.getState().setParams({ query: 'llzo' });
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS - 1);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['replace /windows?q=llzo']);
    expect(url.search).toBe('?q=llzo');
  });

  it('settles a waiting settings write before a new page is pushed, so back returns to it', () => {
    const { win, calls } = fakeWindow('/windows');
    const store = createAppStore();
    syncStoreWithUrl(store, win as unknown as Window);
    calls.length = 0;
    store.getState().setParams({ selected: 'llzo' });
    store.getState().navigate({ view: 'classifier', recordId: null });
    expect(calls).toEqual(['replace /windows?sel=llzo', 'push /classifier?sel=llzo']);
    vi.runAllTimers();
    expect(calls).toHaveLength(2);
  });

  it('writes what is waiting when the page is hidden (reload, close) or the sync stops', () => {
    const { win, calls } = fakeWindow('/windows');
    const store = createAppStore();
    const stop = syncStoreWithUrl(store, win as unknown as Window);
    calls.length = 0;
    store.getState().setParams({ query: 'garnet' });
    win.dispatch('pagehide');
    expect(calls).toEqual(['replace /windows?q=garnet']);
    store.getState().setParams({ query: 'argyrodite' });
    stop();
    expect(calls).toEqual(['replace /windows?q=garnet', 'replace /windows?q=argyrodite']);
    store.getState().setParams({ query: 'lipon' });
    vi.runAllTimers();
    expect(calls).toHaveLength(2);
  });

  it('drops a waiting write when back/forward shows another entry', () => {
    const { win, calls, url } = fakeWindow('/windows?q=a');
    const store = createAppStore();
    syncStoreWithUrl(store, win as unknown as Window);
    calls.length = 0;
    store.getState().setParams({ query: 'b' });
    url.search = '?q=c';
    win.dispatch('popstate');
    vi.runAllTimers();
    expect(calls).toEqual([]);
    expect(store.getState().params.query).toBe('c');
  });
});
