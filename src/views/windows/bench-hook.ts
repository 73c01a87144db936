/**
 * Benchmark-only data injection for `npm run bench` (scripts/bench.mjs). Nothing here runs for a
 * normal visit: the hook is registered only when the document was *opened* with `?bench` in its
 * URL (read from the navigation entry, because the app rewrites the address bar to its canonical
 * form on load). The benchmark generates its synthetic windows itself and hands them over as
 * chart rows, either before load (`window.__ssbAtlasBenchRows`, set by an init script) or later
 * through `window.__ssbAtlasBench.setSyntheticWindows(rows)`.
 */
import { useSyncExternalStore } from 'react';
import type { StabilityRowInput } from '../../domain/stability-rows';

interface BenchWindow {
  __ssbAtlasBenchRows?: unknown;
  __ssbAtlasBench?: {
    /** Replaces the chart's rows with these (null restores the knowledge base). Returns the count. */
    setSyntheticWindows: (rows: StabilityRowInput[] | null) => number;
  };
}

let rows: StabilityRowInput[] | null = null;
const listeners = new Set<() => void>();

function openedWithBenchFlag(): boolean {
  if (typeof window === 'undefined' || typeof performance === 'undefined') return false;
  const nav = performance.getEntriesByType?.('navigation')[0];
  const url = nav?.name ?? '';
  try {
    return new URL(url).searchParams.has('bench');
  } catch {
    return false;
  }
}

function isRowArray(value: unknown): value is StabilityRowInput[] {
  return Array.isArray(value) && value.every((r) => typeof r?.id === 'string' && Array.isArray(r?.windows));
}

function set(next: StabilityRowInput[] | null) {
  rows = next;
  for (const l of listeners) l();
}

let isRegistered = false;

/** Registers the benchmark hook if (and only if) the page was opened with `?bench`. */
export function registerBenchHook(): void {
  if (isRegistered || !openedWithBenchFlag()) return;
  isRegistered = true;
  const w = window as unknown as BenchWindow;
  if (isRowArray(w.__ssbAtlasBenchRows)) rows = w.__ssbAtlasBenchRows;
  w.__ssbAtlasBench = {
    setSyntheticWindows: (next) => {
      if (next !== null && !isRowArray(next)) throw new Error('setSyntheticWindows expects chart rows');
      set(next);
      return next?.length ?? 0;
    },
  };
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const snapshot = () => rows;

/** Synthetic rows injected by the benchmark, or null (always null outside a benchmark run). */
export function useBenchRows(): StabilityRowInput[] | null {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
