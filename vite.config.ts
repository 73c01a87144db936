/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { buildTimeEquations } from './scripts/vite-katex';
import { knowledgeBase } from './scripts/vite-kb';
import { contentSecurityPolicy, offlineServiceWorker, routePreload } from './scripts/vite-shell';
import { malformedUrlFallback } from './scripts/malformed-url-plugin.ts';
import { staticHostHeaders } from './scripts/static-headers';
import { prerenderRoutes } from './scripts/vite-prerender';

export default defineConfig({
  // Build-time work the browser is spared: the knowledge base validated (the build fails on an
  // invalid one), the equations typeset, each route's downloads started from index.html.
  plugins: [
    react(),
    knowledgeBase(),
    buildTimeEquations(),
    routePreload(),
    contentSecurityPolicy(),
    offlineServiceWorker(),
    staticHostHeaders(),
    malformedUrlFallback(),
    prerenderRoutes(),
  ],
  build: {
    manifest: true,
    sourcemap: false,
    target: 'es2022',
    // Fonts (KaTeX's woff2) are always emitted as files: a data: URL would be blocked by font-src 'self'.
    assetsInlineLimit: (file: string) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
  },
  test: {
    globals: true,
    // Worker threads without per-file isolation: on this 2-core machine, isolation (a fresh module
    // graph and jsdom per file) costs more than the tests. Every test builds its own store and KB.
    pool: 'threads',
    isolate: false,
    // Pure logic runs in Node (fast to start); only views need a DOM.
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.tsx'],
          setupFiles: ['./tests/setup.ts'],
        },
      },
    ],
  },
});
