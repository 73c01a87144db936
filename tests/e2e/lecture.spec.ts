/**
 * The lecture hall: paging by keyboard and clicker from focused controls, the shortcut list,
 * the figure-only view and the themes (axe contrast in each).
 */
import { expect, expectNoAxeViolations, test } from './fixtures';

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
];

test('"]" / "[" page the phenomena from a focused slider and select; PageDown waits for Escape', async ({
  page,
}) => {
  await page.goto('/mechanisms/lithium-filaments');
  const main = page.locator('main');
  const slider = main.getByRole('slider').first();
  await slider.focus();
  const before = await slider.inputValue();
  // On a slider PageDown is the slider's own big step, not a page turn.
  await slider.press('PageDown');
  await expect(slider).not.toHaveValue(before);
  await expect(page).toHaveURL(/\/mechanisms\/lithium-filaments/);
  await slider.press(']');
  await expect(page).toHaveURL(/\/mechanisms\/interphase-formation/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Interphase');

  const select = main.getByRole('combobox').first();
  await select.focus();
  await select.press('PageDown');
  await expect(page).toHaveURL(/\/mechanisms\/interphase-formation/);
  await select.press('Escape');
  await expect(select).not.toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/\/mechanisms\/composite-electrodes/);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/\/mechanisms\/lithium-filaments/);

  await main.getByRole('combobox').first().focus();
  await page.keyboard.press('[');
  await expect(page).toHaveURL(/\/mechanisms\/composite-electrodes/);

  // In the search box "]" is typed, not taken as a page turn.
  const search = page.getByRole('combobox', { name: /^Search/ });
  await search.focus();
  await page.keyboard.type('a]');
  await expect(search).toHaveValue('a]');
  await expect(page).toHaveURL(/\/mechanisms\/composite-electrodes/);
});

test('"?" lists every shortcut; the figure-only view fills the screen and Escape returns', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/mechanisms/lithium-filaments');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const key of [']', '[', 'PageDown', 'PageUp', 'Esc', '/', 'f', '?']) {
    await expect(
      dialog.getByRole('rowheader').filter({
        has: page.locator('kbd', {
          hasText: new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
        }),
      }),
    ).toHaveCount(1);
  }
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Figure only' }).click();
  const shown = page.locator('.is-figure-only');
  await expect(shown).toHaveCount(1);
  const box = await shown.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(1270);
  expect(box?.height).toBeGreaterThanOrEqual(710);
  await expect(page.getByRole('button', { name: /Close figure view/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(shown).toHaveCount(0);
});

for (const theme of ['light', 'dark'] as const) {
  for (const presenter of [false, true]) {
    test(`${theme} theme${presenter ? ' in presenter mode' : ''}: axe finds no contrast or other violations`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: theme });
      if (presenter) await page.addInitScript(() => localStorage.setItem('ssb-atlas:presenter', '1'));
      for (const route of ROUTES) {
        await page.goto(route);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.locator('main h1').first()).toBeVisible();
        await expectNoAxeViolations(page);
      }
    });
  }
}

test('the theme follows the system until the switch is used, then the choice is remembered', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(bg);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('a figure on each page exports as SVG that parses and holds its title, caption and references', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const route of [
    '/',
    '/materials/lgps',
    '/classifier',
    '/mechanisms/lithium-filaments',
    '/mechanisms/interphase-formation',
    '/mechanisms/composite-electrodes',
  ]) {
    await page.goto(route);
    await expect(page.locator('main h1').first()).toBeVisible();
    await page.locator('main svg').first().scrollIntoViewIfNeeded();
    await page.locator('main h1').first().click();
    await page.keyboard.press('f');
    await expect(page.locator('.is-figure-only')).toHaveCount(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download SVG' }).click();
    const file = testInfo.outputPath(`figure-${route.replace(/\W+/g, '-')}.svg`);
    await (await download).saveAs(file);
    const text = await (await import('node:fs/promises')).readFile(file, 'utf8');
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        title: doc.querySelector('title')?.textContent ?? '',
        desc: doc.querySelector('desc')?.textContent ?? '',
        drawings: doc.documentElement.querySelectorAll('svg').length,
      };
    }, text);
    expect(parsed.error, route).toBeNull();
    expect(parsed.title.length, route).toBeGreaterThan(3);
    expect(parsed.desc.length, route).toBeGreaterThan(3);
    expect(parsed.drawings, route).toBeGreaterThanOrEqual(1);
    expect(text, route).toContain(parsed.desc.slice(0, 20).replace(/&/g, '&amp;'));
    await page.keyboard.press('Escape');
    await expect(page.locator('.is-figure-only')).toHaveCount(0);
  }
});

test('"Cite" gives the permalink and the BibTeX and RIS of every reference cited on the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/mechanisms/lithium-filaments?mgsse=5');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Cite', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this view' });
  await expect(dialog.getByLabel('Permalink (restores this view exactly)')).toHaveValue(
    /\/mechanisms\/lithium-filaments\?mgsse=5$/,
  );
  await expect(dialog.getByLabel('BibTeX')).toHaveValue(/@article\{/);
  await expect(dialog.getByLabel('BibTeX')).toHaveValue(/Monroe/);
  await expect(dialog.getByLabel('RIS')).toHaveValue(/TY {2}- JOUR/);
  await expectNoAxeViolations(page);
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the header stays one 44 px row of at most 80 px; a tap on a glossary term shows its definition in place', async ({
    page,
  }) => {
    await page.goto('/materials/lgps');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('LGPS');
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(80);
    const menu = page.getByRole('button', { name: /^Views: / });
    expect((await menu.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);

    const term = page.locator('main a.glossary-link').first();
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await expect(page).toHaveURL(/\/materials\/lgps$/);
    await expectNoAxeViolations(page);

    await menu.tap();
    for (const name of ['Presenter mode', 'Dark theme', 'Keyboard shortcuts']) {
      const box = await page.getByRole('button', { name }).boundingBox();
      expect(box?.height, name).toBeGreaterThanOrEqual(44);
    }
  });
});
