/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { malformedUrlFallback } from './scripts/malformed-url-plugin.ts';

/**
 * The Content-Security-Policy is injected into the built index.html only: the dev server needs
 * an inline preamble for React Fast Refresh, the production build has no inline script at all.
 * Styles allow 'unsafe-inline' because KaTeX sets positioning through style attributes.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'ssb-atlas-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/**
 * Emits /sw.js with the list of every built file, so the installed service worker can serve the
 * whole explorer offline. Build only; the dev server never registers it.
 */
function offlineServiceWorker(): Plugin {
  return {
    name: 'ssb-atlas-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((f) => !f.startsWith('.vite/') && !f.endsWith('.map'))
        .map((f) => `/${f}`);
      const precache = ['/', '/index.html', '/favicon.svg', ...files.filter((f) => f !== '/index.html')];
      const version = createHash('sha256').update(files.sort().join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(new URL('./src/sw/service-worker.js', import.meta.url), 'utf8')
        .replaceAll('__PRECACHE__', JSON.stringify(precache))
        .replaceAll('__VERSION__', JSON.stringify(version));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offlineServiceWorker(), malformedUrlFallback()],
  build: {
    manifest: true,
    sourcemap: false,
    target: 'es2022',
    // Fonts (KaTeX's) are always emitted as files: a data: URL would be blocked by font-src 'self'.
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
