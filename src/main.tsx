import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createAppStore } from './store/app-store';
import { syncStoreWithUrl } from './store/url-sync';
import { registerServiceWorker } from './sw/register';
import './styles.css';

const store = createAppStore();
// The URL sync starts before the first render, so that render already shows the linked view (with
// what was kept for it). Started in an effect, it left the first render on the default route:
// "Loading Overview…", and the overview's chunk requested, on a link to any other view.
syncStoreWithUrl(store);
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
