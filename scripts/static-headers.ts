/**
 * The HTTP headers a static host should send with the built app, written to dist/_headers (the
 * format Netlify and Cloudflare Pages read; README says how to set them on other hosts).
 *
 * The Content-Security-Policy is the `<meta>` one of index.html, from the same `cspDirectives()`
 * (with the inline script's hash, known only during the build), plus `frame-ancestors 'none'`,
 * which browsers honour only in a header: a `<meta>` with it draws a console error. The build fails
 * if the two policies ever differ in anything else. `vite preview` sends the same headers, so the
 * browser tests run under them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { cspDirectives } from './vite-shell';

/** Directives that only work as a header. */
export const HEADER_ONLY_CSP = ["frame-ancestors 'none'"];

/** The headers for every path, given the page's CSP directives. */
export function staticHeaders(csp: readonly string[]): Array<[string, string]> {
  return [
    ['Content-Security-Policy', [...csp, ...HEADER_ONLY_CSP].join('; ')],
    // Scripts and styles run only when served with their own type (no guessing from content).
    ['X-Content-Type-Options', 'nosniff'],
    // Links out (DOIs) tell the other site nothing about the page the reader came from.
    ['Referrer-Policy', 'same-origin'],
    // For browsers without frame-ancestors.
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ];
}

/** The `_headers` file: one rule for every path. */
export function headersFile(csp: readonly string[]): string {
  const lines = staticHeaders(csp).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Written by the build (scripts/static-headers.ts); the CSP is the one in index.html plus',
    "# frame-ancestors 'none', which works only as a header.",
    '/*',
    ...lines,
    '',
  ].join('\n');
}

/** Reads `_headers` back (one rule for every path): the headers a preview should send. */
export function parseHeadersFile(text: string): Array<[string, string]> {
  return text
    .split('\n')
    .filter((l) => /^\s+\S/.test(l))
    .map((l) => {
      const at = l.indexOf(':');
      return [l.slice(0, at).trim(), l.slice(at + 1).trim()] as [string, string];
    });
}

/** See the module comment. Must come after the CSP plugin, whose `<meta>` it checks. */
export function staticHostHeaders(): Plugin {
  let outDir = 'dist';
  return {
    name: 'ssb-atlas-static-headers',
    enforce: 'post',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      const csp = cspDirectives();
      const index = bundle['index.html'];
      const html = index?.type === 'asset' ? String(index.source) : '';
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
      if (meta !== csp.join('; ')) {
        this.error(`the CSP in index.html (${meta ?? 'none'}) is not the one written to _headers`);
      }
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(csp) });
    },
    configurePreviewServer(server) {
      let headers: Array<[string, string]> = [];
      try {
        headers = parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8'));
      } catch {
        // No build yet: vite preview says so itself.
      }
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of headers) res.setHeader(name, value);
        next();
      });
    },
  };
}
