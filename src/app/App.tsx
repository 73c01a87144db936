import { lazy, Suspense, useEffect } from 'react';
import { type ViewId, labelOf } from '../domain/url-state';
import { BundledKbGate } from '../kb/kb-context';
import type { AppStore } from '../store/app-store';
import { StoreProvider, useAppStore, useRoute } from '../store/hooks';
import { syncStoreWithUrl } from '../store/url-sync';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';

const VIEW_COMPONENTS: Record<ViewId, ReturnType<typeof lazy>> = {
  map: lazy(() => import('../views/map/MapContainer')),
  materials: lazy(() => import('../views/materials/MaterialsContainer')),
  compare: lazy(() => import('../views/compare/CompareContainer')),
  windows: lazy(() => import('../views/windows/WindowsContainer')),
  classifier: lazy(() => import('../views/classifier/ClassifierContainer')),
  references: lazy(() => import('../views/references/ReferencesContainer')),
  glossary: lazy(() => import('../views/glossary/GlossaryContainer')),
  mechanisms: lazy(() => import('../views/mechanisms/MechanismsContainer')),
};

/** Root: store, URL sync, header, and the current view inside its own error boundary. */
export function App({ store }: { store: AppStore }) {
  useEffect(() => syncStoreWithUrl(store), [store]);
  return (
    <StoreProvider store={store}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <UrlProblems />
      <main id="main" tabIndex={-1}>
        <CurrentView />
      </main>
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

function CurrentView() {
  const route = useRoute();
  const setParams = useAppStore((s) => s.setParams);
  const View = VIEW_COMPONENTS[route.view];
  const name = labelOf(route.view);
  useEffect(() => {
    document.title = `${name} · SSB Atlas`;
  }, [name]);
  return (
    <ErrorBoundary key={route.view} viewName={name} onReset={() => setParams({ query: '', refQuery: '' })}>
      <Suspense
        fallback={
          <p className="loading" role="status">
            Loading {name}…
          </p>
        }
      >
        <BundledKbGate>
          <View />
        </BundledKbGate>
      </Suspense>
    </ErrorBoundary>
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
