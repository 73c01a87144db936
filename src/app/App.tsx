import { Suspense, useDeferredValue, useEffect, useState } from 'react';
import { labelOf, type ViewId } from '../domain/url-state';
import type { AppStore } from '../store/app-store';
import { viewDefaults, viewSettingsInUse } from '../domain/app-params';
import { StoreProvider, useAppStore, useAppStoreApi, useRoute } from '../store/hooks';
import './app.css';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { PrintReferences } from './PrintReferences';
import { UpdateNote } from './UpdateNote';
import { startViewPreloading, viewComponent } from './views';

/** Root: store (its URL sync starts in main.tsx), header, and the current view in its own error boundary. */
export function App({ store }: { store: AppStore }) {
  useEffect(() => startViewPreloading(), []);
  return (
    <StoreProvider store={store}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <UrlProblems />
      <UpdateNote />
      <Main />
      <footer className="site-footer">
        <p>
          SSB Atlas: a guide to the review <cite>Chemo-Mechanical Challenges in Solid-State Batteries</cite>{' '}
          (Lewis, Tippens, Quintero Cortes and McDowell, Trends in Chemistry 2019) and the papers it cites.
          Every number carries its source.
        </p>
      </footer>
    </StoreProvider>
  );
}

/**
 * The main area and the current view. A route change renders the new view as a deferred update:
 * while its chunk is still downloading, the old view stays on screen (no "Loading…" flash, no
 * layout shift), and the new one replaces it in one commit. Only the very first view shows the
 * loading line. The main area names the view and the record it shows (data-view, data-record), so
 * a view's width is set from the first frame: the loading line of a wide view is as wide as it.
 */
function Main() {
  const linked = useRoute();
  const route = useDeferredValue(linked);
  return (
    <main id="main" tabIndex={-1} data-view={route.view} data-record={route.recordId ?? undefined}>
      {linked.view !== route.view && <Opening view={linked.view} />}
      <CurrentView view={route.view} />
      <PrintReferences />
    </main>
  );
}

/**
 * While a linked view's code is still downloading (the old view stays on screen), a note that
 * it is on its way. It shows only after a moment (app.css), so a switch that is quick anyway
 * never flashes it, and floats over the page, so nothing moves.
 */
function Opening({ view }: { view: ViewId }) {
  return (
    <p className="route-opening" role="status">
      Opening {labelOf(view)}…
    </p>
  );
}

function CurrentView({ view }: { view: ViewId }) {
  const setParams = useAppStore((s) => s.setParams);
  const storeApi = useAppStoreApi();
  // Bumped by "Reset this view": a view whose chunk failed to download is then requested again.
  const [attempt, setAttempt] = useState(0);
  const View = viewComponent(view);
  const name = labelOf(view);
  useEffect(() => {
    document.title = `${name} · SSB Atlas`;
  }, [name]);
  // One Suspense boundary for every view, outside the view's keyed error boundary: a boundary
  // already on screen keeps its content while a deferred update suspends, whereas a new one (the
  // key changes with the view) would show its loading line at once and then hold the view back for
  // React's 300 ms reveal throttle. So only the very first view shows "Loading …".
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          Loading {name}…
        </p>
      }
    >
      <ErrorBoundary
        key={`${view}:${attempt}`}
        viewName={name}
        settingsInUse={() => viewSettingsInUse(view, storeApi.getState().params)}
        onReset={() => {
          setParams(viewDefaults(view));
          setAttempt((n) => n + 1);
        }}
      >
        <View />
      </ErrorBoundary>
    </Suspense>
  );
}

function UrlProblems() {
  const problems = useAppStore((s) => s.urlProblems);
  const dismiss = useAppStore((s) => s.dismissUrlProblems);
  if (problems.length === 0) return null;
  return (
    <div className="url-problems" role="status">
      <span>
        Parts of this link could not be used: {problems.join('; ')}. The rest of the view is as linked.
      </span>
      <button type="button" className="button button-small" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
