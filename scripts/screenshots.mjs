#!/usr/bin/env node
/**
 * `npm run screenshots -- [/path …]`: screenshots of the built app at phone (390 px), laptop
 * (1280 px) and projector (1920 px) widths, into .screenshots/. Needs `npm run build` first.
 * Starts `vite preview` on a free port unless SSB_URL points at a running server.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS as ARGS } from './chromium-args.mjs';
import { startPreview } from './preview-server.mjs';

const WIDTHS = [390, 1280, 1920];
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const fullPage = !process.argv.includes('--viewport');
if (paths.length === 0) paths.push('/', '/materials', '/materials/lgps', '/references');

const server = process.env.SSB_URL ? null : await startPreview();
const base = process.env.SSB_URL ?? server.origin;

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
  server?.close();
}
