#!/usr/bin/env node
/**
 * Renders the app icons (public/icons/icon-192.png, icon-512.png) from public/icons/icon.svg in
 * headless Chromium. Run by hand when the icon changes: `node scripts/make-icons.mjs`. The SVG is
 * full-bleed with its marks inside the central 60 %, so the same image serves as a maskable icon.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium-args.mjs';

const svg = readFileSync('public/icons/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: false });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log('icons: public/icons/icon-192.png, icon-512.png');
