/**
 * Build-time rendering of each route's first view (scripts/vite-prerender.ts runs it in Node after
 * the browser build). The HTML it returns goes into that route's index.html, so a phone on a slow
 * network paints the page from the first bytes instead of after the scripts; the app then renders
 * the same view in its place (src/main.tsx).
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { VIEWS } from '../domain/url-state';
import { loadBundledKb } from '../kb/kb-context';
import { createAppStore, createAppStoreAt } from '../store/app-store';
import { locationOf } from '../store/url-sync';
import { App } from './App';

/** The markup of `pathname`'s page as the app's first render shows it, with default settings. */
export async function renderRoute(pathname: string): Promise<string> {
  const store = createAppStoreAt(pathname, '');
  const { urlProblems } = store.getState();
  if (urlProblems.length > 0) throw new Error(`prerender: ${pathname}: ${urlProblems.join('; ')}`);
  const errors: string[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
    {
      onError: (e) => void errors.push(e instanceof Error ? (e.stack ?? e.message) : String(e)),
      // Every part in place, in document order: no part moved out to be put back by an inline
      // script (which the CSP would block, and which would need the script to paint).
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  );
  // A part that failed would be left to the browser to render: the build says so instead.
  if (errors.length > 0) throw new Error(`prerender: ${pathname}: ${errors.join('\n')}`);
  return new Response(prelude).text();
}

/**
 * Every path to prerender: each view, each topic and mechanism page, and each material's page
 * (the pages a link or a search engine lands on).
 */
export async function prerenderPaths(): Promise<string[]> {
  const result = await loadBundledKb();
  if (!result.ok) throw new Error('prerender: the knowledge base has problems (npm run validate)');
  const { kb } = result;
  const route = (view: (typeof VIEWS)[number]['id'], recordId: string | null = null) =>
    locationOf({ route: { view, recordId }, params: createAppStore().getState().params });
  return [
    ...VIEWS.map((v) => route(v.id)),
    ...kb.topics.map((t) => route('mechanisms', t.id)),
    ...kb.mechanisms.map((m) => route('mechanisms', m.id)),
    ...kb.electrolytes.map((m) => route('materials', m.id)),
    ...kb.electrodes.map((m) => route('materials', m.id)),
  ];
}
