/**
 * Presenter mode fits the screen: on every route at 1280×720 and 1920×1080 the header is one row
 * of at most 10 % of the viewport height, nothing sticks out to the right and the page does not
 * scroll sideways; chart tick labels grow with the type.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ROUTES = [
  '/',
  '/materials',
  '/materials/lgps',
  '/compare?cmp=lgps,llzo',
  '/windows',
  '/classifier',
  '/references',
  '/glossary',
  '/mechanisms',
  '/mechanisms/lithium-filaments',
  '/mechanisms/interphase-formation',
  '/mechanisms/composite-electrodes',
  '/lessons',
];

/** Header height, document width beyond the viewport, and any header part whose right edge is off screen. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('.site-header') as HTMLElement;
    const vw = document.documentElement.clientWidth;
    const offScreen = [...header.querySelectorAll<HTMLElement>('a, button, input')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({
        name: el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName,
        right: el.getBoundingClientRect().right,
      }))
      .filter((e) => e.right > vw + 0.5);
    return {
      header: header.getBoundingClientRect().height,
      overflow: document.documentElement.scrollWidth - vw,
      offScreen,
    };
  });
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`presenter mode at ${size.width}×${size.height}: header ≤ 10 % and no sideways scroll on every route`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.addInitScript(() => localStorage.setItem('ssb-atlas:presenter', '1'));
    const problems: string[] = [];
    for (const route of ROUTES) {
      await page.goto(route);
      await expect(page.locator('main h1').first()).toBeVisible();
      await expect(page.locator('html')).toHaveClass(/presenter/);
      const m = await measure(page);
      const line = `${route}: header ${m.header.toFixed(0)} px, overflow ${m.overflow} px${m.offScreen.length ? `, off screen ${JSON.stringify(m.offScreen)}` : ''}`;
      console.log(`${size.width}: ${line}`);
      if (m.header > size.height * 0.1 || m.overflow > 0 || m.offScreen.length > 0) problems.push(line);
    }
    expect(problems).toEqual([]);
  });
}
