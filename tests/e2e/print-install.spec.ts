/**
 * The lecture hall's remaining checks: a material page on paper (no navigation, the chart, the
 * references it cites), the app installable (manifest, icons at their stated sizes, a service worker
 * that controls the page after a reload), the mechanism plots in the dark theme, and the header in
 * one row at 1920 px.
 */
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Relative luminance (WCAG 2.x) of a CSS `rgb(r, g, b)` colour. */
function luminance(css: string): number {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (!m) throw new Error(`not an rgb colour: ${css}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

test('print: a material page prints without navigation, with its chart and a list of the references it cites', async ({
  page,
}) => {
  await page.goto('/materials/lgps');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('LGPS');
  await expect(page.locator('svg.mini-window')).toBeVisible();
  await expect(page.locator('.print-references')).toHaveCount(0);

  await expect(page.getByRole('navigation', { name: 'Views' })).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('svg.mini-window')).toBeVisible();
  expect((await page.locator('svg.mini-window').boundingBox())?.width).toBeGreaterThan(300);

  const list = page.locator('.print-references');
  await expect(list.getByRole('heading', { name: 'References cited on this page' })).toBeVisible();
  // One entry per reference cited on the page, in order of first citation.
  const cited = await page.evaluate(() => {
    const ids: string[] = [];
    for (const a of document.querySelectorAll<HTMLAnchorElement>('main a.cite-link')) {
      const id = new URL(a.href).searchParams.get('rq');
      if (id && !ids.includes(id)) ids.push(id);
    }
    return ids.length;
  });
  expect(cited).toBeGreaterThan(3);
  await expect(list.locator('li')).toHaveCount(cited);
  // LGPS's first report (Kamaya et al. 2011, Nature Materials) is cited for its window.
  await expect(list).toContainText('Kamaya');
  await expect(list).toContainText('https://doi.org/');

  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.site-header')).toBeVisible();
  await expect(list).toBeHidden();
});

test('print: a lesson step on a diagram page prints the step, the diagram and the references it cites, without navigation', async ({
  page,
}) => {
  await page.goto('/mechanisms/lithium-filaments?lesson=why-stiff-is-not-enough&step=2&mgsse=5');
  const bar = page.getByRole('region', { name: /^Lesson: Why a stiff electrolyte/ });
  const step = bar.getByRole('heading', { name: /Step 2 of 6: A soft electrolyte/ });
  await expect(step).toBeVisible();
  const diagram = page.locator('main svg[role="img"]').first();
  await expect(diagram).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(step).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Close lesson' })).toBeHidden();
  await expect(diagram).toBeVisible();
  const list = page.locator('.print-references');
  await expect(list.getByRole('heading', { name: 'References cited on this page' })).toBeVisible();
  const cited = await page.evaluate(() => {
    const ids = new Set<string>();
    for (const a of document.querySelectorAll<HTMLAnchorElement>('main a.cite-link')) {
      const id = new URL(a.href).searchParams.get('rq');
      if (id) ids.add(id);
    }
    return ids.size;
  });
  expect(cited).toBeGreaterThan(0);
  await expect(list.locator('li')).toHaveCount(cited);
  // The filament page cites Monroe and Newman's stiffness criterion.
  await expect(list).toContainText('Monroe');
});

test.describe('installable', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the manifest parses, its icons exist at the sizes it names, start_url is in scope, and the service worker controls the page after a reload', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifestUrl = new URL(href ?? '', page.url()).href;
    const response = await page.request.get(manifestUrl);
    expect(response.ok()).toBe(true);
    const manifest = JSON.parse(await response.text()) as {
      name?: string;
      short_name?: string;
      start_url?: string;
      scope?: string;
      display?: string;
      icons?: Array<{ src: string; sizes: string; type: string; purpose?: string }>;
    };
    expect(manifest.name).toBe('SSB Atlas');
    expect(manifest.short_name).toBeTruthy();
    expect(['standalone', 'fullscreen', 'minimal-ui']).toContain(manifest.display);
    const scope = new URL(manifest.scope ?? '.', manifestUrl).href;
    const start = new URL(manifest.start_url ?? '.', manifestUrl).href;
    expect(start.startsWith(scope), `${start} within ${scope}`).toBe(true);
    expect(new URL(start).origin).toBe(new URL(page.url()).origin);

    const icons = manifest.icons ?? [];
    const pngSizes: number[] = [];
    for (const icon of icons) {
      const url = new URL(icon.src, manifestUrl).href;
      const res = await page.request.get(url);
      expect(res.ok(), url).toBe(true);
      expect(res.headers()['content-type'], url).toContain(icon.type);
      const drawn = await page.evaluate(async (u) => {
        const blob = await (await fetch(u)).blob();
        if (blob.type.includes('svg')) {
          const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
          return doc.documentElement.nodeName === 'svg' && !doc.querySelector('parsererror') ? 'svg' : 'bad';
        }
        const bitmap = await createImageBitmap(blob);
        return `${bitmap.width}x${bitmap.height}`;
      }, url);
      if (icon.sizes === 'any') expect(drawn, url).toBe('svg');
      else {
        expect(icon.sizes.split(' '), url).toContain(drawn);
        pngSizes.push(Number(drawn.split('x')[0]));
      }
    }
    // Chromium's install criteria: a 192 px and a 512 px raster icon.
    expect(pngSizes).toContain(192);
    expect(pngSizes).toContain(512);

    // The service worker registers once the page is idle; after a reload it controls the page.
    const scriptUrl = await page.evaluate(
      async () => (await navigator.serviceWorker.ready).active?.scriptURL,
    );
    expect(scriptUrl).toBeTruthy();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const control = await page.evaluate(async () => ({
      controller: navigator.serviceWorker.controller?.scriptURL ?? null,
      scope: (await navigator.serviceWorker.getRegistration())?.scope ?? null,
    }));
    expect(control.controller).toBe(scriptUrl);
    expect(start.startsWith(control.scope ?? 'none'), `${start} within ${control.scope}`).toBe(true);

    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: Array<{ errorId: string }>;
    };
    // Test contexts are off the record ("in-incognito"), which alone blocks installing; nothing else may.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  });
});

test('dark theme: the mechanism plots draw on the dark page with faint grid lines and readable ticks; axe finds no violations', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of [
    '/mechanisms/lithium-filaments',
    '/mechanisms/interphase-formation',
    '/mechanisms/composite-electrodes',
  ]) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('.xy-frame').first()).toBeVisible();
    const colours = await page.evaluate(() => ({
      page: getComputedStyle(document.querySelector('.mech-model, .panel, main') as Element).backgroundColor,
      frames: [...document.querySelectorAll('.xy-frame')].map((f) => getComputedStyle(f).fill),
      grid: [...document.querySelectorAll('.xy-grid:not(.is-minor)')].map((g) => getComputedStyle(g).stroke),
      ticks: [...document.querySelectorAll('.xy-axis text')].map((t) => getComputedStyle(t).fill),
    }));
    expect(colours.frames.length, path).toBeGreaterThan(0);
    for (const fill of colours.frames) {
      // A dark ground (the light theme's white is luminance 1).
      expect(luminance(fill), `${path} frame ${fill}`).toBeLessThan(0.05);
      for (const grid of new Set(colours.grid)) {
        const c = contrast(grid, fill);
        expect(c, `${path} grid ${grid} on ${fill}`).toBeGreaterThan(1.2);
        expect(c, `${path} grid ${grid} on ${fill}`).toBeLessThan(3);
      }
      for (const tick of new Set(colours.ticks)) {
        expect(contrast(tick, fill), `${path} tick ${tick} on ${fill}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    await expectNoAxeViolations(page);
  }
});

test.describe('projector width', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('normal mode at 1920 × 1080: the header is one row on every kind of page', async ({ page }) => {
    for (const path of ['/', '/materials/lgps', '/mechanisms/lithium-filaments', '/references']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.locator('html')).not.toHaveClass(/presenter/);
      const boxes = await page
        .locator('.site-header')
        .locator('a:visible, button:visible, input:visible')
        .evaluateAll((els) =>
          els.map((e) => {
            const r = e.getBoundingClientRect();
            return {
              name: e.textContent?.trim() || e.getAttribute('aria-label') || e.tagName,
              top: r.top,
              bottom: r.bottom,
            };
          }),
        );
      expect(boxes.length, path).toBeGreaterThan(5);
      // One row: every control overlaps the vertical band of every other.
      const lowestTop = Math.max(...boxes.map((b) => b.top));
      const highestBottom = Math.min(...boxes.map((b) => b.bottom));
      expect(lowestTop, `${path}: ${JSON.stringify(boxes)}`).toBeLessThan(highestBottom);
      expect((await page.locator('.site-header').boundingBox())?.height, path).toBeLessThanOrEqual(108);
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBe(0);
    }
  });
});
