import { type ReactNode, StrictMode, startTransition, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { whenViewReady } from './app/views';
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

/** Marks the page as the app's from its first commit (before that frame is painted). */
function Started({ container, children }: { container: HTMLElement; children: ReactNode }) {
  useLayoutEffect(() => {
    container.removeAttribute('data-prerendered');
    document.documentElement.dataset.app = 'started';
  }, [container]);
  return children;
}

function start() {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  // A transition: React renders the page in slices that leave the browser free between them, and
  // replaces what the container shows only when the whole page is ready.
  const render = () =>
    startTransition(() =>
      root.render(
        <StrictMode>
          <Started container={container}>
            <App store={store} />
          </Started>
        </StrictMode>,
      ),
    );
  // The page's build-time HTML, when shown (scripts/vite-prerender.ts, vite-shell.ts), stays on
  // screen until the app can draw the same view in one go, without a loading line in between; a
  // failed download renders at once, so that the view's error panel says what failed.
  if (document.documentElement.dataset.snapshot === 'shown') {
    whenViewReady(store.getState().route).then(render, render);
  } else {
    // Hidden HTML (another path, a wide screen) goes before the first render: the app's own layout
    // effects measure what they draw (the header's fit), which inside a hidden root measures 0.
    container.replaceChildren();
    container.removeAttribute('data-prerendered');
    render();
  }
}

// The page's first script loads this module, which can run before the page is parsed.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();

// Offline support for lectures: the production build ships /sw.js (see vite.config.ts).
if (import.meta.env.PROD) registerServiceWorker();
