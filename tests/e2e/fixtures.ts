/**
 * Shared browser-test fixture: every page fails its test on any request that leaves the page's
 * own origin, and on any uncaught page error; `page.goto` and `page.reload` of one of the app's
 * pages return once the app has started. Also the one axe scan every spec uses.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type Response } from '@playwright/test';

/**
 * Waits until the app has rendered into the page (`<html data-app="started">`, src/main.tsx). On a
 * phone the built page shows its build-time HTML first (scripts/vite-prerender.ts), whose buttons
 * do nothing until the app replaces it: a test acts on the app, as a user does once it is there.
 */
export async function appStarted(page: Page, response: Response | null): Promise<void> {
  if (!response?.headers()['content-type']?.includes('text/html')) return;
  await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
}

const plainGotos = new WeakMap<Page, Page['goto']>();

/** Opens `url` without waiting for the app (a test of what the page shows before it). */
export function gotoBeforeApp(page: Page, url: string): ReturnType<Page['goto']> {
  const goto = plainGotos.get(page) ?? page.goto.bind(page);
  return goto(url, { waitUntil: 'domcontentloaded' });
}

export const test = base.extend<{ outsideRequests: string[] }>({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    plainGotos.set(page, goto);
    const reload = page.reload.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await appStarted(page, response);
      return response;
    };
    page.reload = async (options) => {
      const response = await reload(options);
      await appStarted(page, response);
      return response;
    };
    await use(page);
  },
  outsideRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
      const outside: string[] = [];
      const errors: string[] = [];
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) outside.push(url);
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use(outside);
      expect(outside, 'requests left the page origin').toEqual([]);
      expect(errors, 'uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Runs axe-core (all rules, WCAG 2.x A/AA and best practices) on the page as it is now and fails
 * with the list of violations. Only violations are collected, in one in-page run (legacy mode: the
 * app has no iframes), which halves the scan time on this machine without dropping any rule.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  const found = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(found, 'axe violations').toEqual([]);
}

/**
 * Starts recording the page's layout shifts (not those right after an input), before its scripts:
 * their sum and, for a failure message, what moved (element, text, time, y and height).
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Shift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    const w = window as unknown as { __shift: { total: number; moved: string[] } };
    w.__shift = { total: 0, moved: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[]) {
        if (e.hadRecentInput) continue;
        w.__shift.total += e.value;
        for (const s of e.sources) {
          const name = s.node instanceof Element ? s.node.tagName : s.node?.nodeName;
          w.__shift.moved.push(
            `${name} "${(s.node?.textContent ?? '').trim().slice(0, 30)}" at ${Math.round(e.startTime)} ms: y ${Math.round(s.previousRect.y)} → ${Math.round(s.currentRect.y)}, h ${Math.round(s.previousRect.height)} → ${Math.round(s.currentRect.height)}`,
          );
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * The layout shifts recorded so far (recordLayoutShifts), read after two more frames: entries
 * arrive after the frame they occur in.
 */
export function layoutShifts(page: Page): Promise<{ total: number; moved: string[] }> {
  return page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
    return (window as unknown as { __shift: { total: number; moved: string[] } }).__shift;
  });
}

export { expect };

/** The materials table's rows of materials (each has its compare box), not its group headings. */
export const materialRows = (page: Page) =>
  page
    .getByRole('table', { name: /^Materials, sorted by/ })
    .getByRole('row')
    .filter({ has: page.getByRole('checkbox', { name: /^Compare / }) });
