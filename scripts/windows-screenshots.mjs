#!/usr/bin/env node
/**
 * `node scripts/windows-screenshots.mjs`: screenshots of the Stability windows view at 390, 1280
 * and 1920 px into .screenshots/ (full page, the chart panel, a hovered bar with its tooltip, and the
 * table view). Needs `npm run build` first; starts `vite preview` on a free port unless SSB_URL
 * points at a running server.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const WIDTHS = (process.env.WIDTHS ?? '390,1280,1920').split(',').map(Number);
const QUERY = process.argv[2] ?? '';
const DIST = process.env.SSB_DIST ?? 'dist';

function freePort() {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}
async function waitFor(url, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

let server;
let base = process.env.SSB_URL;
if (!base) {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', DIST, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  await waitFor(base);
}
mkdirSync('.screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ARGS,
});
try {
  for (const width of WIDTHS) {
    const page = await browser.newPage({
      viewport: { width, height: width < 600 ? 844 : width < 1600 ? 800 : 1080 },
    });
    await page.goto(`${base}/windows${QUERY}`);
    await page.waitForSelector('.sw-bar');
    await page.waitForTimeout(300);
    const tag = QUERY ? `-${QUERY.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '')}` : '';
    const shot = async (name, target) => {
      const file = `.screenshots/windows${tag}-${name}-${width}.png`;
      await target.screenshot({ path: file });
      console.log(file);
    };
    await page.screenshot({ path: `.screenshots/windows${tag}-page-${width}.png`, fullPage: true });
    console.log(`.screenshots/windows${tag}-page-${width}.png`);
    await shot('chart', page.locator('.sw-panel').first());
    await shot('controls', page.locator('.sw-controls'));
    const bar = page.locator('.sw-bar').nth(4);
    await bar.scrollIntoViewIfNeeded();
    await bar.locator('.sw-win').hover();
    await page.waitForTimeout(150);
    await shot('tooltip', page);
    await page.getByRole('button', { name: /Show as table/ }).click();
    await page.waitForSelector('.sw-table');
    await shot('table', page.locator('.sw-panel').first());
    await page.close();
  }
} finally {
  await browser.close();
  if (server) process.kill(-server.pid);
}
