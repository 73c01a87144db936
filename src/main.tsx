import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createAppStore } from './store/app-store';
import './styles.css';

const store = createAppStore();
// Exposed for the benchmark and browser tests, which drive the store directly.
(window as unknown as { __ssbAtlasStore: typeof store }).__ssbAtlasStore = store;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}

// Offline support for lectures: the production build ships /sw.js (see vite.config.ts).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((err: unknown) => {
      console.warn('SSB Atlas: offline support unavailable', err);
    });
  });
}
