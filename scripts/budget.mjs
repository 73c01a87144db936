#!/usr/bin/env node
/**
 * Bundle budget gate, per route: everything a browser fetches before the route's first meaningful
 * paint, gzip-compressed as served, must stay within BUDGET on every route. That is index.html
 * (which inlines the entry stylesheet and the route-preload script), the entry chunk and its static
 * imports, the knowledge base chunk, and the route's view chunk with its static imports and CSS,
 * all read from the Vite manifest's import graph (dist/.vite/manifest.json). Chunks that a view
 * imports on demand (citation export, for example) are not counted: they load on a user's action.
 *
 * Prints a table (route, kB per part, total) and exits 1 when any route exceeds the budget.
 * `SSB_DIST` measures another build directory; `BUDGET_KB` overrides the budget (to show a breach).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = Number(process.env.BUDGET_KB ?? 110) * 1000;
const dist = process.env.SSB_DIST ?? 'dist';

/** A topic page's own chunk of diagrams (src/views/mechanisms/topics), loaded beside the view's. */
const TOPIC = (id) => `src/views/mechanisms/topics/${id}.ts`;
/** The routes a user lands on, with the view container each one starts from (and a topic's diagrams). */
export const ROUTES = [
  ['/', 'src/views/map/MapContainer.tsx'],
  ['/materials', 'src/views/materials/MaterialsContainer.tsx'],
  ['/materials/lgps', 'src/views/materials/MaterialsContainer.tsx'],
  ['/compare', 'src/views/compare/CompareContainer.tsx'],
  ['/windows', 'src/views/windows/WindowsContainer.tsx'],
  ['/classifier', 'src/views/classifier/ClassifierContainer.tsx'],
  ['/references', 'src/views/references/ReferencesContainer.tsx'],
  ['/glossary', 'src/views/glossary/GlossaryContainer.tsx'],
  ['/mechanisms', 'src/views/mechanisms/MechanismsContainer.tsx'],
  [
    '/mechanisms/lithium-filaments',
    'src/views/mechanisms/MechanismsContainer.tsx',
    TOPIC('lithium-filaments'),
  ],
  [
    '/mechanisms/interphase-formation',
    'src/views/mechanisms/MechanismsContainer.tsx',
    TOPIC('interphase-formation'),
  ],
  [
    '/mechanisms/composite-electrodes',
    'src/views/mechanisms/MechanismsContainer.tsx',
    TOPIC('composite-electrodes'),
  ],
  ['/cell', 'src/views/cell/CellContainer.tsx'],
  ['/lessons', 'src/views/lessons/LessonsContainer.tsx'],
];
const KB = 'src/kb/bundled.ts';
/**
 * Builds from before the knowledge base was validated at build time load it as data + loader
 * (with zod), and typeset equations in the browser on mechanism pages: counted the same way, so that
 * an older build can be compared with this one.
 */
const OLD_KB = ['src/kb/raw.ts', 'src/kb/load.ts'];

let manifest;
try {
  manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
} catch {
  console.error(`budget: no ${dist}/.vite/manifest.json (run the build first)`);
  process.exit(1);
}
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) {
  console.error('budget: no entry chunk in the manifest');
  process.exit(1);
}

const sizes = new Map();
const gz = (file) => {
  if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
  return sizes.get(file);
};

/** The files of a manifest chunk and its static imports, minus those in `skip` (which it extends). */
function closure(key, skip, { withCss = true } = {}) {
  const out = [];
  const visit = (k) => {
    const chunk = manifest[k];
    if (!chunk || skip.has(chunk.file)) return;
    skip.add(chunk.file);
    out.push(chunk.file);
    for (const css of withCss ? (chunk.css ?? []) : []) {
      if (skip.has(css)) continue;
      skip.add(css);
      out.push(css);
    }
    for (const imp of chunk.imports ?? []) visit(imp);
  };
  visit(key);
  return out;
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
// The entry stylesheet is inlined into index.html; a <link> that remains is fetched and counted.
const entrySeen = new Set();
const entryFiles = closure(entryKey, entrySeen, { withCss: false });
for (const css of manifest[entryKey].css ?? []) if (html.includes(`/${css}"`)) entryFiles.push(css);
const sum = (files) => files.reduce((n, f) => n + gz(f), 0);
const htmlSize = gzipSync(html, { level: 9 }).length;
const entrySize = sum(entryFiles);

const rows = [];
for (const [route, container, topic] of ROUTES) {
  if (!manifest[container]) {
    // An older build without this view (the benchmark compares builds): nothing to count.
    console.log(`  ${route.padEnd(34)} (no ${container} in this build)`);
    continue;
  }
  const seen = new Set([...entrySeen, ...entryFiles]);
  const kbFiles = manifest[KB] ? closure(KB, seen) : OLD_KB.flatMap((k) => closure(k, seen));
  const viewFiles = closure(container, seen);
  // Builds from before the topics' diagrams were split have them in the container's chunk.
  if (topic && manifest[topic]) viewFiles.push(...closure(topic, seen));
  if (container.includes('/mechanisms/') && !manifest['\0virtual:ssb-equations']) {
    for (const key of Object.keys(manifest)) {
      if (key.endsWith('katex/dist/katex.mjs')) viewFiles.push(...closure(key, seen));
    }
  }
  const kb = sum(kbFiles);
  const view = sum(viewFiles);
  rows.push({
    route,
    html: htmlSize,
    entry: entrySize,
    kb,
    view,
    total: htmlSize + entrySize + kb + view,
    viewFiles,
  });
}

const kB = (n) => (n / 1000).toFixed(1).padStart(6);
console.log(
  `  ${'route'.padEnd(34)} ${'html'.padStart(6)} ${'entry'.padStart(6)} ${'KB'.padStart(6)} ${'view'.padStart(6)} ${'total'.padStart(6)}  (kB gzip)`,
);
let over = 0;
for (const r of rows) {
  const ok = r.total <= BUDGET_BYTES;
  if (!ok) over += 1;
  console.log(
    `  ${r.route.padEnd(34)} ${kB(r.html)} ${kB(r.entry)} ${kB(r.kb)} ${kB(r.view)} ${kB(r.total)}  ${ok ? '' : 'OVER'}`,
  );
}
// The service worker's precache, fetched once the page is idle: at most PRECACHE_BYTES, gzip as
// served (woff2 and PNG count as they are: they do not compress).
const PRECACHE_BYTES = 1000 * 1000;
let precacheOver = false;
try {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const list = JSON.parse(sw.match(/const PRECACHE = (\[[^\]]*\]);/)?.[1] ?? '[]');
  const missing = [];
  const size = list.reduce((n, url) => {
    const path = join(dist, url === '/' ? 'index.html' : url.slice(1));
    if (!existsSync(path)) {
      missing.push(url);
      return n;
    }
    const body = readFileSync(path);
    return n + (/\.(woff2|png)$/.test(url) ? body.length : gzipSync(body, { level: 9 }).length);
  }, 0);
  // A listed file the build did not write would make the worker's install fail.
  if (missing.length) {
    precacheOver = true;
    console.log(`budget: the precache lists files the build did not write: ${missing.join(', ')}`);
  }
  precacheOver ||= size > PRECACHE_BYTES;
  console.log(
    `budget: service-worker precache ${list.length} files, ${(size / 1000).toFixed(0)} kB gzip of ${PRECACHE_BYTES / 1000} kB — ${precacheOver ? 'OVER BUDGET' : 'within budget'}`,
  );
} catch (e) {
  precacheOver = true;
  console.log(
    `budget: could not measure the service-worker precache (${e instanceof Error ? e.message : e})`,
  );
}
const worst = rows.reduce((a, b) => (b.total > a.total ? b : a));
console.log(
  `budget: JS + CSS before first paint, per route, ≤ ${BUDGET_BYTES / 1000} kB gzip — ${over === 0 ? `within on all ${rows.length} routes` : `OVER on ${over} of ${rows.length} routes`} (largest ${worst.route}: ${(worst.total / 1000).toFixed(1)} kB)`,
);
process.exit(over === 0 && !precacheOver ? 0 : 1);
