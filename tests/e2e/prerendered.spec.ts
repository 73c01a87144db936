/**
 * The build-time HTML of each page (scripts/vite-prerender.ts): a phone paints the page from it
 * before any script has run, and the app then takes its place without moving what the reader sees.
 * Wider screens, other paths and presenter mode never show it.
 */
import type { Page, Route } from '@playwright/test';
import { expect, gotoBeforeApp, layoutShifts, recordLayoutShifts, test } from './fixtures';

/** Holds back the app's entry script until the returned function is called. */
async function holdEntry(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((r) => {
    release = r;
  });
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * Position and size (the part on screen) of every heading, paragraph, control and figure on the
 * first screen, keyed by tag, text and how many before it had the same (several inputs have no text).
 */
function firstScreen(page: Page) {
  return page.evaluate(() => {
    const seen = new Map<string, number>();
    return [...document.querySelectorAll('#root :is(h1, h2, h3, p, button, input, label, svg, table)')]
      .map((e) => {
        const r = e.getBoundingClientRect();
        const name = `${e.tagName} ${(e.textContent ?? '').trim().slice(0, 30)}`;
        const n = seen.get(name) ?? 0;
        seen.set(name, n + 1);
        // The part on screen: a table that goes on below the screen may grow there.
        const shown = Math.min(r.bottom, window.innerHeight) - r.top;
        return { key: `${name} #${n}`, box: [r.top, r.left, r.width, shown].map(Math.round) };
      })
      .filter((e) => (e.box[0] ?? 0) < window.innerHeight && (e.box[3] ?? 0) > 0);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of ['/materials', '/mechanisms/lithium-filaments', '/classifier']) {
    test(`${path}: the HTML shows the page before the scripts, and the app replaces it in place`, async ({
      page,
    }) => {
      await recordLayoutShifts(page);
      const release = await holdEntry(page);
      await gotoBeforeApp(page, path);
      await expect(page.locator('html')).toHaveAttribute('data-snapshot', 'shown');
      await expect(page.locator('#root')).toHaveAttribute('data-prerendered', path);
      await expect(page.locator('main h1').first()).toBeVisible();
      const before = await firstScreen(page);
      expect(before.length).toBeGreaterThan(5);

      release();
      await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
      await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
      const after = new Map((await firstScreen(page)).map((e) => [e.key, e.box]));
      for (const { key, box } of before) {
        const now = after.get(key);
        expect(now, `${key} is still on the first screen`).toBeDefined();
        for (let i = 0; i < 4; i++)
          expect(Math.abs((now?.[i] ?? 0) - (box[i] ?? 0)), key).toBeLessThanOrEqual(2);
      }
      const { total, moved } = await layoutShifts(page);
      expect(total, moved.join('; ')).toBe(0);
    });
  }

  test("a topic page's HTML holds its first diagram whole and the headings of the later ones; the app draws them all", async ({
    page,
  }) => {
    const release = await holdEntry(page);
    await gotoBeforeApp(page, '/mechanisms/lithium-filaments');
    await expect(page.locator('html')).toHaveAttribute('data-snapshot', 'shown');
    const first = page.locator('section#model-monroe-newman');
    const later = page.locator('section#model-flaw');
    await expect(first.locator('input[type="range"]').first()).toBeAttached();
    await expect(
      later.getByRole('heading', { level: 2, name: 'Flaw model (Porz et al. 2017)' }),
    ).toBeAttached();
    await expect(later.locator('input, svg')).toHaveCount(0);
    release();
    await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
    await expect(later.getByRole('slider').first()).toBeAttached();
    await expect(page.getByText('The interactive diagram appears once the page has loaded.')).toHaveCount(0);
  });

  test('a path without its own file (the host serves index.html) hides the overview until the app renders the right page', async ({
    page,
  }) => {
    const release = await holdEntry(page);
    await gotoBeforeApp(page, '/materials/no-such-material');
    await expect(page.locator('html')).toHaveAttribute('data-snapshot', 'hidden');
    await expect(page.locator('#root')).toBeHidden();
    release();
    await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
    await expect(page.getByRole('heading', { name: /No material “no-such-material”/ })).toBeVisible();
  });

  test('presenter mode, kept on this device, is not shown the phone HTML (its type is larger)', async ({
    page,
  }) => {
    await page.addInitScript(() => localStorage.setItem('ssb-atlas:presenter', '1'));
    const release = await holdEntry(page);
    await gotoBeforeApp(page, '/glossary');
    await expect(page.locator('html')).toHaveAttribute('data-snapshot', 'hidden');
    await expect(page.locator('#root')).toBeHidden();
    release();
    await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
    await expect(page.getByRole('heading', { name: 'Glossary', level: 1 })).toBeVisible();
  });
});

test('on a laptop the HTML is not shown: the app renders the page as before', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const release = await holdEntry(page);
  await gotoBeforeApp(page, '/windows');
  await expect(page.locator('html')).toHaveAttribute('data-snapshot', 'hidden');
  await expect(page.locator('#root')).toBeHidden();
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
  await expect(page.getByRole('heading', { name: 'Stability windows', level: 1 })).toBeVisible();
});
