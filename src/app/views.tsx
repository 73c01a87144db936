/**
 * The views' code, loaded on demand: one chunk per view, started together with the knowledge base
 * (neither waits for the other), preloaded when a link to a view is hovered or focused and, once the
 * first view is on screen and the browser is idle, for every view. A preloaded view renders at once
 * on its first visit. A chunk or knowledge base that failed to download is not kept, so
 * "Reset this view" or navigating away and back downloads it again.
 */
import { type ComponentType, useEffect } from 'react';
import { lazyUntilFailure } from '../components/lazy-until-failure';
import { decodeRoute, labelOf, type Route, type ViewId } from '../domain/url-state';
import { KbProblems, KbProvider, loadBundledKb } from '../kb/kb-context';
import type { KbIndex } from '../kb/structure';

/**
 * A view's module: its component and, optionally, what preloading it should also fetch and what a
 * record's page needs before it renders without suspending (`ready`).
 */
type ViewModule = {
  default: ComponentType;
  preload?: () => Promise<unknown>;
  ready?: (recordId: string | null, index: KbIndex) => Promise<unknown>;
};

const VIEW_IMPORTS: Record<ViewId, () => Promise<ViewModule>> = {
  map: () => import('../views/map/MapContainer'),
  materials: () => import('../views/materials/MaterialsContainer'),
  compare: () => import('../views/compare/CompareContainer'),
  windows: () => import('../views/windows/WindowsContainer'),
  classifier: () => import('../views/classifier/ClassifierContainer'),
  references: () => import('../views/references/ReferencesContainer'),
  glossary: () => import('../views/glossary/GlossaryContainer'),
  mechanisms: () => import('../views/mechanisms/MechanismsContainer'),
  lessons: () => import('../views/lessons/LessonsContainer'),
  cell: () => import('../views/cell/CellContainer'),
};

/** Says which download failed, so the error panel can name it. */
export class ChunkLoadError extends Error {
  override name = 'ChunkLoadError';
}

type KbResult = Awaited<ReturnType<typeof loadBundledKb>>;

/** Views whose code has arrived, and the knowledge base once it has: what can render at once. */
const arrivedViews = new Map<ViewId, ComponentType>();
let arrivedKb: KbResult | null = null;
let firstViewShown: (() => void) | null = null;

/** A view's module, recorded as arrived so that its next render needs no suspense. */
function importView(view: ViewId): Promise<ViewModule> {
  return VIEW_IMPORTS[view]().then(
    (m) => {
      arrivedViews.set(view, m.default);
      return m;
    },
    (e: unknown) => {
      throw new ChunkLoadError(
        `the ${labelOf(view)} view's code could not be downloaded (${e instanceof Error ? e.message : String(e)})`,
      );
    },
  );
}

function importKb(): Promise<KbResult> {
  return loadBundledKb().then((result) => {
    arrivedKb = result;
    return result;
  });
}

/** A view inside the knowledge base it reads, or the list of the knowledge base's problems. */
function ViewWithKb({ View, kb }: { View: ComponentType; kb: KbResult }) {
  useEffect(() => {
    firstViewShown?.();
  }, []);
  if (!kb.ok) return <KbProblems result={kb} />;
  return (
    <KbProvider value={{ kb: kb.kb, index: kb.index }}>
      <View />
    </KbProvider>
  );
}

const components = new Map<ViewId, ComponentType>();

/**
 * The view's component, with the knowledge base around it. When the view's code and the knowledge
 * base have already arrived (preloaded), a plain component that renders at once; otherwise a lazy
 * one that loads both in parallel. The same component is returned for a view until a load fails
 * (a component that changed type would remount the view); after a failure the next call starts afresh.
 */
export function viewComponent(view: ViewId): ComponentType {
  const known = components.get(view);
  if (known) return known;
  const View = arrivedViews.get(view);
  const kb = arrivedKb;
  if (View && kb) {
    const component = () => <ViewWithKb View={View} kb={kb} />;
    components.set(view, component);
    return component;
  }
  return lazyUntilFailure(components, view, async () => {
    const [m, result] = await Promise.all([importView(view), importKb()]);
    return { default: () => <ViewWithKb View={m.default} kb={result} /> };
  });
}

/**
 * Resolves once `route`'s page can render in one go: its view's code, the knowledge base and what
 * the view needs for the record have arrived. Rejects if a download failed (the view's own error
 * panel then says which, when it renders).
 */
export async function whenViewReady(route: Route): Promise<void> {
  const [m, kb] = await Promise.all([importView(route.view), importKb()]);
  if (kb.ok && m.ready) await m.ready(route.recordId, kb.index);
}

const preloaded = new Set<ViewId>();

/** Starts downloading a view's chunk and the knowledge base, once; a failure is forgotten. */
export function preloadView(view: ViewId): void {
  if (preloaded.has(view)) return;
  preloaded.add(view);
  Promise.all([importView(view).then((m) => m.preload?.()), importKb()]).catch(() => preloaded.delete(view));
}

function viewOfHref(anchor: HTMLAnchorElement): ViewId | null {
  if (anchor.origin !== window.location.origin) return null;
  const decoded = decodeRoute(anchor.pathname);
  return decoded.problems.length === 0 ? decoded.values.view : null;
}

/**
 * Preloads the view behind any in-app link the pointer rests on or the keyboard focuses, and every
 * view once the browser is idle after load. Returns a function that stops listening.
 */
export function startViewPreloading(): () => void {
  const onIntent = (e: Event) => {
    const anchor = e.target instanceof Element ? e.target.closest('a[href]') : null;
    if (anchor instanceof HTMLAnchorElement) {
      const view = viewOfHref(anchor);
      if (view) preloadView(view);
    }
  };
  document.addEventListener('pointerover', onIntent, { passive: true });
  document.addEventListener('focusin', onIntent);
  let idle = 0;
  const hasIdle = typeof window.requestIdleCallback === 'function';
  const whenIdle = (fn: () => void) =>
    hasIdle ? window.requestIdleCallback(fn, { timeout: 5000 }) : window.setTimeout(fn, 2000);
  const preloadAll = () => {
    const rest = (Object.keys(VIEW_IMPORTS) as ViewId[]).filter((v) => !preloaded.has(v));
    const next = rest.shift();
    if (!next) return;
    preloadView(next);
    // One view per idle period, so that preloading never competes with the user's own input.
    idle = whenIdle(preloadAll);
  };
  // Idle preloading starts once the first view is on screen, so it never competes with it.
  firstViewShown = () => {
    firstViewShown = null;
    idle = whenIdle(preloadAll);
  };
  return () => {
    firstViewShown = null;
    document.removeEventListener('pointerover', onIntent);
    document.removeEventListener('focusin', onIntent);
    if (hasIdle) window.cancelIdleCallback(idle);
    else window.clearTimeout(idle);
  };
}
