/**
 * A page that has loaded does not move: no layout shift while a linked view opens, measured with
 * the browser's own layout-shift entries once the view has drawn all it draws. And the first frame
 * already names the linked view, never the default one.
 */
import type { Page } from '@playwright/test';
import { expect, layoutShifts, recordLayoutShifts, test } from './fixtures';

/** Starts recording layout shifts and every "Loading …" line main shows, before the page's scripts. */
async function record(page: Page) {
  await recordLayoutShifts(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __loading: string[] };
    w.__loading = [];
    new MutationObserver(() => {
      const text = document.querySelector('main .loading')?.textContent;
      if (text && !w.__loading.includes(text)) w.__loading.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

for (const width of [390, 1920]) {
  test(`materials at ${width} px: no layout shift while the table loads, and only its own loading line`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 1080 });
    await record(page);
    await page.goto('/materials');
    // Settled: every material the count names is a row of the table.
    const count = page.getByRole('status').filter({ hasText: /^\d+ of \d+ materials/ });
    await expect(count).toBeVisible();
    const total = Number((await count.textContent())?.split(' ')[0]);
    await expect(page.locator('.materials-table tbody tr:not(.group-row)')).toHaveCount(total);
    expect((await layoutShifts(page)).total).toBe(0);
    const loading = await page.evaluate(() => (window as unknown as { __loading: string[] }).__loading);
    expect(loading.filter((t) => !t.startsWith('Loading Materials'))).toEqual([]);
  });

  test(`stability windows at ${width} px: no layout shift while the chart draws`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 1080 });
    await record(page);
    await page.goto('/windows');
    await expect(page.locator('.sw-body .sw-name').first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    expect((await layoutShifts(page)).total).toBe(0);
  });
}

test('a first visit whose code is still downloading keeps the old view on screen: no loading line', async ({
  page,
}) => {
  // Hold the Materials view's chunk (idle preloading and the link's hover ask for it too).
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  await page.route('**/assets/MaterialsContainer-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await record(page);
  await page.goto('/');
  const overview = page.getByRole('heading', { level: 1, name: 'Chemo-mechanics of solid-state batteries' });
  await expect(overview).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Materials', exact: true })
    .click();
  await expect(page).toHaveURL(/\/materials$/);
  // Two frames after the click: a new view would have committed its loading line by now.
  await page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  });
  await expect(overview).toBeVisible();
  await expect(page.locator('main .loading')).toHaveCount(0);
  // A note floating over the page says the view is on its way, and goes with it.
  const opening = page.getByRole('status').filter({ hasText: 'Opening Materials…' });
  await expect(opening).toBeVisible();
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Materials' })).toBeVisible();
  await expect(opening).toHaveCount(0);
  const loading = await page.evaluate(() => (window as unknown as { __loading: string[] }).__loading);
  expect(loading.filter((t) => t.startsWith('Loading Materials'))).toEqual([]);
});
