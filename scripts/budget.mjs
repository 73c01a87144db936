#!/usr/bin/env node
/**
 * Bundle budget gate: the JavaScript and CSS that index.html loads before anything is imported on
 * demand (the entry chunk, its static imports and their CSS), gzip-compressed as served, must stay
 * within the budget. Prints a line per file and exits 1 when the total exceeds it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 110 * 1000;
const dist = 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const entry = Object.values(manifest).find((c) => c.isEntry);
if (!entry) {
  console.error('budget: no entry chunk in dist/.vite/manifest.json (run the build first)');
  process.exit(1);
}

const files = new Set();
const visit = (chunk) => {
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const key of chunk.imports ?? []) visit(manifest[key]);
};
visit(entry);

let total = 0;
for (const file of files) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`  ${(size / 1000).toFixed(1).padStart(7)} kB  ${file}`);
}
const ok = total <= BUDGET_BYTES;
console.log(
  `budget: initial JS + CSS ${(total / 1000).toFixed(1)} kB gzip of ${BUDGET_BYTES / 1000} kB — ${ok ? 'within budget' : 'OVER BUDGET'}`,
);
process.exit(ok ? 0 : 1);
