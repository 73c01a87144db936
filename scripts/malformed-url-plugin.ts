/**
 * Vite's dev and preview servers answer a path with a malformed percent-escape
 * ("/materials/%E0%A4%A", "/materials/llzo%") with an empty 404 before the app can run: their
 * static-file middleware decodes the path, fails, and gives up. Static hosts differ (some answer
 * 400, some serve the SPA fallback). This middleware runs first and serves the app's index.html
 * for such a path instead, so the app reads the address itself and says which part it ignored
 * (decodeRoute in src/domain/url-state.ts never throws on a bad escape).
 */
import type { Plugin } from 'vite';

type Next = () => void;
interface Req {
  url?: string;
}

function isMalformed(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  try {
    // The result is used on purpose: the config bundler drops a bare decodeURI() call as pure.
    return decodeURI(path).length < 0;
  } catch {
    return true;
  }
}

/** Rewrites requests whose path cannot be decoded to "/" (index.html), keeping the query. */
export function malformedUrlFallback(): Plugin {
  const middleware = (req: Req, _res: unknown, next: Next) => {
    if (req.url && isMalformed(req.url)) {
      const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      req.url = `/index.html${query}`;
    }
    next();
  };
  return {
    name: 'ssb-atlas-malformed-url-fallback',
    configureServer: (server) => {
      server.middlewares.use(middleware);
    },
    configurePreviewServer: (server) => {
      server.middlewares.use(middleware);
    },
  };
}
