#!/usr/bin/env node
/**
 * Bundle budget gate, per route, gzip-compressed as served. Two figures, each within its budget on
 * every route:
 * - total: everything a browser fetches before the app shows the route (a laptop's first
 *   meaningful paint; a phone's first working page): the route's HTML file (which inlines the
 *   entry stylesheet and the first script, and holds the page's build-time HTML), the entry chunk
 *   and its static imports, the knowledge base chunk, and the route's view chunk with its static
 *   imports and CSS, all read from the Vite manifest's import graph (dist/.vite/manifest.json).
 *   Chunks that a view imports on demand (citation export, for example) are not counted: they load
 *   on a user's action. Budget `BUDGET_KB` (110 unless set).
 * - phone paint: what a phone fetches before it paints the page from its build-time HTML
 *   (scripts/vite-prerender.ts): the HTML file and the stylesheets it links. Budget
 *   `PHONE_BUDGET_KB` (110 unless set).
 *
 * Prints a table (route, kB per part, totals) and exits 1 when any route exceeds a budget.
 * `SSB_DIST` measures another build directory; the two variables override the budgets (to show a
 * breach).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = Number(process.env.BUDGET_KB ?? 110) * 1000;
const PHONE_BUDGET_BYTES = Number(process.env.PHONE_BUDGET_KB ?? 110) * 1000;
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
const entrySize = sum(entryFiles);

/**
 * The route's own HTML file (`/a/b` → a/b.html, as vite-prerender writes it), or index.html where
 * there is none (a build from before the pages were rendered at build time): its size, and what a
 * phone fetches to paint it (null when it has no build-time page).
 */
function htmlOf(route) {
  const own = route === '/' ? 'index.html' : `${route.slice(1)}.html`;
  const file = existsSync(join(dist, own)) ? own : 'index.html';
  const text = readFileSync(join(dist, file), 'utf8');
  const size = gz(file);
  if (!text.includes('name="ssb-prerendered"')) return { size, phone: null };
  const css = [...text.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => m[1]);
  return { size, phone: size + sum(css) };
}

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
  const page = htmlOf(route);
  rows.push({
    route,
    html: page.size,
    entry: entrySize,
    kb,
    view,
    total: page.size + entrySize + kb + view,
    phone: page.phone,
    viewFiles,
  });
}

const kB = (n) => (n / 1000).toFixed(1).padStart(6);
console.log(
  `  ${'route'.padEnd(34)} ${'html'.padStart(6)} ${'entry'.padStart(6)} ${'KB'.padStart(6)} ${'view'.padStart(6)} ${'total'.padStart(6)} ${'phone paint'.padStart(12)}  (kB gzip)`,
);
let over = 0;
let phoneOver = 0;
for (const r of rows) {
  const ok = r.total <= BUDGET_BYTES;
  const phoneOk = r.phone === null || r.phone <= PHONE_BUDGET_BYTES;
  if (!ok) over += 1;
  if (!phoneOk) phoneOver += 1;
  const phone = r.phone === null ? '—'.padStart(12) : kB(r.phone).padStart(12);
  const flags = [ok ? '' : 'OVER', phoneOk ? '' : 'PHONE OVER'].filter(Boolean).join(' ');
  console.log(
    `  ${r.route.padEnd(34)} ${kB(r.html)} ${kB(r.entry)} ${kB(r.kb)} ${kB(r.view)} ${kB(r.total)} ${phone}  ${flags}`,
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
  `budget: HTML + JS + CSS before the app shows the route, per route, ≤ ${BUDGET_BYTES / 1000} kB gzip — ${over === 0 ? `within on all ${rows.length} routes` : `OVER on ${over} of ${rows.length} routes`} (largest ${worst.route}: ${(worst.total / 1000).toFixed(1)} kB)`,
);
const phones = rows.filter((r) => r.phone !== null);
if (phones.length > 0) {
  const worstPhone = phones.reduce((a, b) => (b.phone > a.phone ? b : a));
  console.log(
    `budget: HTML + CSS before a phone paints the route, ≤ ${PHONE_BUDGET_BYTES / 1000} kB gzip — ${phoneOver === 0 ? `within on all ${phones.length} routes` : `OVER on ${phoneOver} of ${phones.length} routes`} (largest ${worstPhone.route}: ${(worstPhone.phone / 1000).toFixed(1)} kB)`,
  );
}
process.exit(over === 0 && phoneOver === 0 && !precacheOver ? 0 : 1);
