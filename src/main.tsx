import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createAppStore } from './store/app-store';
import { registerServiceWorker } from './sw/register';
import './styles.css';

const store = createAppStore();
// The first render already shows the linked view: without this it would render the default route
// until the URL sync's effect ran, showing "Loading Overview…" (and requesting its chunk) on a link
// to any other view. The sync then applies the same location with what was kept for it.
store.getState().applyLocation(window.location.pathname, window.location.search);
// Exposed for the benchmark and browser tests, which drive the store directly.
(window as unknown as { __ssbAtlasStore: typeof store }).__ssbAtlasStore = store;
// Which build this is (`VITE_BUILD_LABEL` at build time): lets a browser test tell two deploys apart.
if (import.meta.env.VITE_BUILD_LABEL)
  document.documentElement.dataset.build = import.meta.env.VITE_BUILD_LABEL;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}

// Offline support for lectures: the production build ships /sw.js (see vite.config.ts).
if (import.meta.env.PROD) registerServiceWorker();
