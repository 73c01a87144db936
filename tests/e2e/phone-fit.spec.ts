/**
 * Phones (390 × 844, touch): the landing map's hotspots are finger-sized, chart and diagram text is
 * at least 11 px as rendered, and the materials and references pages put their results before
 * their filters, which fold behind a toggle that says whether it is open.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** WCAG 2.5.5 (target size, enhanced) and the platforms' guidelines: 44 × 44 CSS px. */
const MIN_TARGET_PX = 44;
const MIN_TEXT_PX = 11;

interface RenderedText {
  chart: string;
  text: string;
  px: number;
}

/**
 * Every visible SVG text in main with its size as drawn: the computed font size times the scale of
 * its current transformation matrix (a viewBox drawn smaller than its own units shrinks the text).
 * Each drawing is measured as a reader sees it: scrolled on screen and after the next two frames,
 * since a drawing in a section the browser has not yet rendered (content-visibility) takes its
 * width only then.
 */
function renderedSvgText(page: Page): Promise<RenderedText[]> {
  return page.evaluate(async () => {
    const out: RenderedText[] = [];
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const outers = [...document.querySelectorAll<SVGSVGElement>('main svg')].filter(
      (s) => !s.ownerSVGElement,
    );
    for (const svg of outers) {
      svg.scrollIntoView({ block: 'center' });
      await frame();
      await frame();
    }
    for (const t of document.querySelectorAll<SVGTextElement>('main svg text')) {
      const text = t.textContent?.trim() ?? '';
      const box = t.getBoundingClientRect();
      const ctm = t.getScreenCTM();
      if (!text || box.width === 0 || !ctm) continue;
      const scale = Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c));
      let outer = t.ownerSVGElement as SVGSVGElement;
      while (outer.ownerSVGElement) outer = outer.ownerSVGElement;
      out.push({
        chart: outer.getAttribute('class') ?? outer.getAttribute('aria-label') ?? 'svg',
        text: text.slice(0, 30),
        px: Math.round(Number.parseFloat(getComputedStyle(t).fontSize) * scale * 10) / 10,
      });
    }
    return out;
  });
}

test('the landing map: each hotspot is a touch target of at least 44 × 44 px, and a tap opens it', async ({
  page,
}) => {
  await page.goto('/');
  const hotspots = page.locator('.cell-map [role="button"]');
  await expect(hotspots).toHaveCount(3);
  for (const name of [/^1\. /, /^2\. /, /^3\. /]) {
    const box = await page.getByRole('button', { name }).boundingBox();
    expect(box?.width, String(name)).toBeGreaterThanOrEqual(MIN_TARGET_PX);
    expect(box?.height, String(name)).toBeGreaterThanOrEqual(MIN_TARGET_PX);
  }
  // A tap near the edge of the target (20 px from the centre of hotspot 2, outside its disc) selects it.
  const two = page.getByRole('button', { name: /^2\. Interphase formation/ });
  const box = await two.boundingBox();
  if (!box) throw new Error('hotspot 2 has no box');
  await page.touchscreen.tap(box.x + box.width / 2 + 20, box.y + box.height / 2);
  await expect(two).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 2, name: /Interphase formation/ })).toBeVisible();
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBe(0);
});

/** Pages with charts or diagrams, and how many drawings (role="img" SVGs) each must show. */
const CHART_PAGES = [
  { path: '/', drawings: 0, ready: '.cell-map .map-region-label' },
  { path: '/materials/lgps', drawings: 1, ready: 'svg.mini-window' },
  { path: '/windows', drawings: 0, ready: '.sw-body .sw-name' },
  { path: '/classifier', drawings: 2, ready: '.cls-schematic-svg' },
  { path: '/mechanisms/lithium-filaments', drawings: 6, ready: '.xy-svg' },
  { path: '/mechanisms/interphase-formation', drawings: 3, ready: '.xy-svg' },
  { path: '/mechanisms/composite-electrodes', drawings: 3, ready: '.xy-svg' },
] as const;

test('chart and diagram text is at least 11 px as rendered at 390 px on every page with charts', async ({
  page,
}) => {
  const tooSmall: string[] = [];
  for (const { path, drawings, ready } of CHART_PAGES) {
    await page.goto(path);
    await expect(page.locator(ready).first()).toBeVisible();
    if (drawings > 0) {
      await expect
        .poll(() => page.locator('main svg[role="img"]').count(), { message: path })
        .toBeGreaterThanOrEqual(drawings);
    }
    const texts = await renderedSvgText(page);
    expect(texts.length, `${path}: SVG text found`).toBeGreaterThan(0);
    for (const t of texts) {
      if (t.px < MIN_TEXT_PX) tooSmall.push(`${path} ${t.chart} "${t.text}": ${t.px} px`);
    }
  }
  expect(tooSmall).toEqual([]);
});

test('materials: the results come first; the filters open and close by keyboard and say so', async ({
  page,
}) => {
  await page.goto('/materials');
  const toggle = page.getByRole('button', { name: /^Show filters/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('checkbox', { name: 'Solid electrolyte' })).toHaveCount(0);
  // The first material of the table is on the first screen, and so is the search field.
  const first = page.locator('.materials-table tbody a').first();
  const firstBox = await first.boundingBox();
  expect((firstBox?.y ?? Infinity) + (firstBox?.height ?? 0)).toBeLessThanOrEqual(844);
  await expect(page.getByRole('searchbox', { name: 'Search name, alias or formula' })).toBeInViewport();

  await toggle.focus();
  await page.keyboard.press('Enter');
  const hide = page.getByRole('button', { name: 'Hide filters' });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  const panelId = await hide.getAttribute('aria-controls');
  await expect(page.locator(`[id="${panelId}"]`)).toBeVisible();
  // The panel opens under its toggle, not above the table's toolbar.
  const toggleBox = await hide.boundingBox();
  const panelBox = await page.locator(`[id="${panelId}"]`).boundingBox();
  expect(panelBox?.y ?? 0).toBeGreaterThan(toggleBox?.y ?? Infinity);
  await page.getByRole('checkbox', { name: 'Solid electrolyte' }).check();
  await expect(page.getByRole('status').filter({ hasText: /of \d+ materials/ })).toHaveText(/^18 of /);
  await expectNoAxeViolations(page);

  await hide.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Show filters (1 on)' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect(page.getByRole('checkbox', { name: 'Solid electrolyte' })).toHaveCount(0);
});

test('references: the list follows the search; the source filter and export fold behind one toggle', async ({
  page,
}) => {
  await page.goto('/references');
  const toggle = page.getByRole('button', { name: 'Filter and export' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('combobox', { name: 'Show' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Download listed/ })).toHaveCount(0);
  await expect(page.locator('.reference-list > li').first()).toBeInViewport();

  await toggle.focus();
  await page.keyboard.press('Enter');
  const hide = page.getByRole('button', { name: 'Hide filter and export' });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  for (const id of ((await hide.getAttribute('aria-controls')) ?? '').split(' ')) {
    await expect(page.locator(`[id="${id}"]`)).toBeAttached();
  }
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Sources added by SSB Atlas' });
  await expect(page.getByRole('button', { name: /^Download listed \(\d+\)$/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await hide.press('Enter');
  await expect(page.getByRole('button', { name: 'Filter and export (filtered)' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
});
