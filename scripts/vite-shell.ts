/**
 * Vite plugins that shape what a browser fetches first (build only):
 * - `routePreload`: index.html starts, from its first bytes, the download of the knowledge base and
 *   of the view chunk (with its CSS) that the URL's route needs, through a tiny inline script
 *   allowed by its hash in the CSP; the entry stylesheet is inlined, so no stylesheet blocks the
 *   first paint.
 * - `contentSecurityPolicy`: the CSP as a `<meta>` (script-src 'self' plus the hashes of the
 *   inline scripts above, nothing else).
 * - `offlineServiceWorker`: emits /sw.js with its precache list (src/sw/service-worker.js).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { DARK_QUERY, PRESENTER_STORAGE_KEY, THEME_STORAGE_KEY } from '../src/app/display-prefs';
import { PRERENDER_MAX_WIDTH } from '../src/components/prerender-env';
import { VIEWS } from '../src/domain/url-state';

/** Which source module is each view's container (the chunk that a route's view starts from). */
const VIEW_CONTAINERS: Record<string, string> = {
  map: 'src/views/map/MapContainer.tsx',
  materials: 'src/views/materials/MaterialsContainer.tsx',
  compare: 'src/views/compare/CompareContainer.tsx',
  windows: 'src/views/windows/WindowsContainer.tsx',
  classifier: 'src/views/classifier/ClassifierContainer.tsx',
  references: 'src/views/references/ReferencesContainer.tsx',
  glossary: 'src/views/glossary/GlossaryContainer.tsx',
  mechanisms: 'src/views/mechanisms/MechanismsContainer.tsx',
  cell: 'src/views/cell/CellContainer.tsx',
  lessons: 'src/views/lessons/LessonsContainer.tsx',
};
const KB_MODULE = 'src/kb/bundled.ts';

/** What a route needs beyond the entry: its scripts (to modulepreload) and stylesheets. */
export interface RouteFiles {
  js: string[];
  css: string[];
}

function chunks(bundle: OutputBundle): OutputChunk[] {
  return Object.values(bundle).filter((f): f is OutputChunk => f.type === 'chunk');
}

function chunkOf(bundle: OutputBundle, root: string, module: string): OutputChunk | undefined {
  return chunks(bundle).find((c) => c.facadeModuleId && relative(root, c.facadeModuleId) === module);
}

/** A chunk and every chunk it imports statically, depth first, with their CSS. */
function closure(bundle: OutputBundle, start: OutputChunk, into: RouteFiles, skip: Set<string>): void {
  if (skip.has(start.fileName)) return;
  skip.add(start.fileName);
  into.js.push(`/${start.fileName}`);
  const css = (start as OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata
    ?.importedCss;
  for (const f of css ?? []) into.css.push(`/${f}`);
  for (const imp of start.imports) {
    const next = bundle[imp];
    if (next?.type === 'chunk') closure(bundle, next, into, skip);
  }
}

/**
 * Per route path segment (`''` for the overview; `mechanisms/<topic or mechanism>` for a topic
 * page), the files its first view needs beyond the entry.
 */
export function routeFiles(bundle: OutputBundle, root: string): Record<string, RouteFiles> {
  const entry = chunks(bundle).find((c) => c.isEntry);
  if (!entry) throw new Error('routePreload: no entry chunk');
  const inEntry = new Set<string>();
  closure(bundle, entry, { js: [], css: [] }, inEntry);
  const kb = chunkOf(bundle, root, KB_MODULE);
  /** The knowledge base and `starts` with everything they import, minus what the entry has. */
  const filesOf = (...starts: OutputChunk[]): RouteFiles => {
    const files: RouteFiles = { js: [], css: [] };
    const seen = new Set(inEntry);
    for (const start of kb ? [kb, ...starts] : starts) closure(bundle, start, files, seen);
    return files;
  };
  const out: Record<string, RouteFiles> = {};
  for (const view of VIEWS) {
    const container = chunkOf(bundle, root, VIEW_CONTAINERS[view.id] ?? '');
    if (!container) throw new Error(`routePreload: no chunk for the ${view.id} view`);
    out[view.path] = filesOf(container);
  }
  // A topic page (mechanisms/<topic>, or mechanisms/<mechanism> for a mechanism of it) also needs
  // its topic's diagrams, a chunk of their own.
  const mechanismsContainer = chunkOf(bundle, root, VIEW_CONTAINERS.mechanisms ?? '');
  for (const [segment, topic] of topicSegments(root)) {
    const topicChunk = chunkOf(bundle, root, `src/views/mechanisms/topics/${topic}.ts`);
    if (topicChunk && mechanismsContainer)
      out[`mechanisms/${segment}`] = filesOf(mechanismsContainer, topicChunk);
  }
  return out;
}

/** [path segment after /mechanisms/, topic id]: each topic and each mechanism (to its topic). */
function topicSegments(root: string): Array<[string, string]> {
  const read = (file: string) =>
    (
      JSON.parse(readFileSync(join(root, 'data', file), 'utf8')) as {
        records: Array<{ id: string; topic?: string }>;
      }
    ).records;
  const topics = read('topics.json').map((t): [string, string] => [t.id, t.id]);
  const mechanisms = read('mechanisms.json').flatMap(
    (m): Array<[string, string]> => (m.topic ? [[m.id, m.topic]] : []),
  );
  return [...topics, ...mechanisms];
}

/** The files of the route at `pathname`, looked up as the first inline script does. */
export function filesOfPath(map: Record<string, RouteFiles>, pathname: string): RouteFiles | undefined {
  const p = pathname.split('/');
  return map[`${p[1]}/${p[2]}`] ?? map[p[1] || ''] ?? map[''];
}

/** The `<meta>` that names the path a built page was rendered for (scripts/vite-prerender.ts). */
export const PRERENDERED_META = 'ssb-prerendered';

/**
 * The first inline script, the only one of the page:
 * - it applies the display preferences before the first paint (the theme, as src/app/Theme.tsx
 *   would when it loads);
 * - it decides whether the page's build-time HTML is shown (`<html data-snapshot>`): only for the
 *   path it was rendered for, on a phone-sized screen, outside presenter mode and without settings
 *   in the query (vite-prerender.ts hides it otherwise);
 * - it starts the downloads: the route's stylesheets at once; the entry, its imports and the
 *   route's chunks (`map`: RouteFiles per path segment) at once too, unless the HTML is shown,
 *   when they wait for its first paint, so that they do not take the bandwidth the page's
 *   stylesheets need on a slow network (the page reads meanwhile; it works once they are in).
 */
function preloadScript(map: Record<string, RouteFiles>, entry: string, entryImports: string[]): string {
  const prefs = `var d=document.documentElement,at='';try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t!=='light'&&t!=='dark')t=matchMedia(${JSON.stringify(DARK_QUERY)}).matches?'dark':'light';d.dataset.theme=t;d.style.colorScheme=t;if(localStorage.getItem(${JSON.stringify(PRESENTER_STORAGE_KEY)})!=='1'&&!location.search)at=location.pathname.replace(/[/]+$/,'')||'/'}catch(e){}`;
  const snapshot = `var pre=document.querySelector('meta[name=${PRERENDERED_META}]');var shown=!!pre&&pre.content===at&&matchMedia('(max-width: ${PRERENDER_MAX_WIDTH}px)').matches;d.dataset.snapshot=shown?'shown':'hidden'`;
  return `(function(){${prefs};${snapshot};var m=${JSON.stringify(map)};var p=location.pathname.split('/');var r=m[p[1]+'/'+p[2]]||m[p[1]||'']||m[''];function a(rel,h){var l=document.createElement('link');l.rel=rel;l.href=h;if(rel==='modulepreload')l.crossOrigin='';document.head.appendChild(l)}r.css.forEach(function(h){a('stylesheet',h)});var started=false;function js(){if(started)return;started=true;${JSON.stringify(entryImports)}.concat(r.js).forEach(function(h){a('modulepreload',h)});var s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=${JSON.stringify(entry)};document.head.appendChild(s)}if(shown){requestAnimationFrame(function(){setTimeout(js,0)});setTimeout(js,2000)}else js()})();`;
}

const inlineHashes: string[] = [];

/** See the module comment. */
export function routePreload(): Plugin {
  let root = process.cwd();
  return {
    name: 'ssb-atlas-route-preload',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        // The entry and its imports are started by the script (see preloadScript), not by tags.
        let entry = '';
        const entryImports: string[] = [];
        let out = html
          .replace(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/, (_tag, src: string) => {
            entry = src;
            return '';
          })
          .replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g, (_tag, href: string) => {
            entryImports.push(href);
            return '';
          });
        if (!entry) throw new Error('routePreload: no entry <script type="module"> in index.html');
        const script = preloadScript(routeFiles(ctx.bundle, root), entry, entryImports);
        inlineHashes.length = 0;
        inlineHashes.push(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
        // The entry stylesheet, inlined: one request less before the first paint.
        out = out.replace(/<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g, (tag, file) => {
          const asset = ctx.bundle?.[file];
          if (asset?.type !== 'asset') return tag;
          return `<style>${String(asset.source)}</style>`;
        });
        out = out.replace('</title>', `</title>\n    <script>${script}</script>`);
        return out;
      },
    },
  };
}

/**
 * The Content-Security-Policy, injected into the built index.html only: the dev server needs an
 * inline preamble for React Fast Refresh. Styles allow 'unsafe-inline' for the inlined stylesheet
 * and the typeset equations' style attributes; scripts only from our origin and the preload
 * script's hash.
 */
export function cspDirectives(): string[] {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineHashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/** See the module comment. Runs after `routePreload`, whose script hash it needs. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'ssb-atlas-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<head>',
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${cspDirectives().join('; ')}" />`,
        ),
    },
  };
}

function filesUnder(dir: string, base = dir): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(filesUnder(path, base));
    else out.push(relative(base, path));
  }
  return out;
}

/**
 * Not precached: what a browser with service workers never needs (older font formats, build
 * metadata), and the citation worker, which bundles its own copy of citation-js (about 145 kB gzip):
 * offline, formatted citations fall back to the page's copy, which is precached.
 */
const NOT_PRECACHED =
  /(^\.vite\/|\.map$|\.woff$|\.ttf$|\.eot$|^robots\.txt$|^_headers$|citation-worker-[^/]*\.js$)/;

/**
 * See the module comment. The precache holds index.html and what the app can fetch: every script,
 * stylesheet, woff2 font and icon (no woff or ttf: every browser with service workers reads woff2).
 */
export function offlineServiceWorker(): Plugin {
  let publicDir = 'public';
  return {
    name: 'ssb-atlas-service-worker',
    apply: 'build',
    // After Vite's HTML plugin, so that the final index.html is in the bundle and in the version hash.
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const entry = chunks(bundle).find((c) => c.isEntry);
      const emitted = Object.keys(bundle).filter((f) => f !== 'index.html' && !NOT_PRECACHED.test(f));
      const fromPublic = filesUnder(publicDir).filter((f) => !NOT_PRECACHED.test(f));
      const precache = ['/index.html', ...[...fromPublic, ...emitted].sort().map((f) => `/${f}`)];
      const index = bundle['index.html'];
      const indexSource = index?.type === 'asset' ? String(index.source) : '';
      const version = createHash('sha256')
        .update(precache.join('\n'))
        .update(indexSource)
        .digest('hex')
        .slice(0, 12);
      const source = readFileSync(new URL('../src/sw/service-worker.js', import.meta.url), 'utf8')
        .replaceAll('__PRECACHE__', JSON.stringify(precache))
        .replaceAll('__VERSION__', JSON.stringify(version))
        .replaceAll('__ENTRY__', JSON.stringify(entry ? `/${entry.fileName}` : ''));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
