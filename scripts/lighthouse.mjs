#!/usr/bin/env node
/**
 * Lighthouse gate: the production build, served by `vite preview`, audited with Lighthouse's mobile
 * preset (simulated slow 4G and 4× CPU) on every route a user lands on. Each route runs RUNS times in
 * one Chromium and the median of each score is judged, so that one noisy run on a shared 2-core
 * machine does not flip the verdict. Bars: performance ≥ 98, accessibility 100, best practices 100.
 *
 * Prints one row per route (median and the runs), writes reports/lighthouse.json, exits 1 when a
 * median is below its bar. `LH_ROUTES=/,/windows` runs a subset, `LH_RUNS` changes the run count,
 * `LH_CATEGORIES` judges a subset of the categories, `SSB_DIST` serves another build directory,
 * `CHROME_PATH` picks the browser (default /usr/bin/chromium). npm test runs it with
 * `LH_CATEGORIES=accessibility,best-practices LH_RUNS=1` (see scripts/test.sh).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from './chromium-args.mjs';
import { startPreview } from './preview-server.mjs';

export const ROUTES = [
  '/',
  '/materials',
  '/materials/lgps',
  '/windows',
  '/classifier',
  '/references',
  '/glossary',
  '/mechanisms',
  '/mechanisms/lithium-filaments',
  '/mechanisms/interphase-formation',
  '/mechanisms/composite-electrodes',
];
const ALL_BARS = { performance: 98, accessibility: 100, 'best-practices': 100 };
// `LH_CATEGORIES=accessibility,best-practices` judges only those (npm test does: their scores do
// not depend on the machine's speed, so one run per route decides them).
const BARS = process.env.LH_CATEGORIES
  ? Object.fromEntries(process.env.LH_CATEGORIES.split(',').map((c) => [c, ALL_BARS[c]]))
  : ALL_BARS;
for (const [c, bar] of Object.entries(BARS)) {
  if (bar === undefined)
    throw new Error(`LH_CATEGORIES: no category "${c}" (known: ${Object.keys(ALL_BARS).join(', ')})`);
}
const RUNS = Number(process.env.LH_RUNS ?? 3);
const routes = process.env.LH_ROUTES ? process.env.LH_ROUTES.split(',') : ROUTES;
const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const server = await startPreview({ outDir: process.env.SSB_DIST ?? 'dist' });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: CHROMIUM_ARGS.filter((f) => f !== '--headless').concat('--headless=new'),
});

const results = [];
let failed = false;
try {
  for (const route of routes) {
    const runs = [];
    const failing = new Map();
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(
        server.origin + route,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(BARS) },
        undefined,
      );
      const scores = Object.fromEntries(
        Object.keys(BARS).map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      );
      runs.push(scores);
      // What pulled a score down, so a breach says where to look.
      for (const [cat, bar] of Object.entries(BARS)) {
        if (scores[cat] >= bar) continue;
        for (const ref of lhr.categories[cat].auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
            failing.set(ref.id, `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
          }
        }
      }
    }
    const med = Object.fromEntries(Object.keys(BARS).map((c) => [c, median(runs.map((r) => r[c]))]));
    const below = Object.entries(BARS).filter(([c, bar]) => med[c] < bar);
    if (below.length) failed = true;
    results.push({
      route,
      median: med,
      runs,
      below: below.map(([c]) => c),
      audits: Object.fromEntries(failing),
    });
    const SHORT = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'bp' };
    const cells = Object.keys(BARS).map(
      (c) => `${SHORT[c]} ${String(med[c]).padStart(3)} (${runs.map((r) => r[c]).join('/')})`,
    );
    console.log(
      `  ${route.padEnd(34)} ${cells.join('  ')}  ${below.length ? `BELOW: ${below.map(([c]) => c).join(', ')}` : 'ok'}`,
    );
    if (below.length) for (const [id, title] of failing) console.log(`      ${id}: ${title}`);
  }
} finally {
  await chrome.kill();
  server.close();
}

mkdirSync('reports', { recursive: true });
writeFileSync('reports/lighthouse.json', `${JSON.stringify({ bars: BARS, runs: RUNS, results }, null, 2)}\n`);
console.log(
  `lighthouse: ${routes.length} routes, median of ${RUNS}, bars ${Object.entries(BARS)
    .map(([c, bar]) => `${c} ≥ ${bar}`)
    .join(', ')} — ${failed ? 'BELOW A BAR' : 'all within'}`,
);
process.exit(failed ? 1 : 0);
