#!/usr/bin/env node
/**
 * `npm run screenshots -- [/path …]`: screenshots of the built app at phone (390 px), laptop
 * (1280 px) and projector (1920 px) widths, into .screenshots/. Needs `npm run build` first.
 * Starts `vite preview` on a free port unless SSB_URL points at a running server.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS as ARGS } from './chromium-args.mjs';

const WIDTHS = [390, 1280, 1920];
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const fullPage = !process.argv.includes('--viewport');
if (paths.length === 0) paths.push('/', '/materials', '/materials/lgps', '/references');

function freePort() {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(url, ms = 90_000) {
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
  server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
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
    for (const path of paths) {
      await page.goto(base + path);
      await page.waitForSelector('h1');
      await page.waitForTimeout(300);
      const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
      const file = `.screenshots/${name}-${width}.png`;
      await page.screenshot({ path: file, fullPage });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  if (server) process.kill(-server.pid);
}
