/**
 * Deploys and bad networks, in a real browser with the service worker running: a new build deployed
 * while a tab is open, a reload offline and on a network that never answers, and a view whose
 * download failed coming back on retry.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as plain, type Page } from '@playwright/test';
import { buildLabelled, type DeployServer, startDeployServer } from './deploy-server';
import { expect, test } from './fixtures';

/** Waits until the service worker controls the page and has its whole precache. */
async function untilOffline(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 60_000,
  });
}

/** Waits until the page has preloaded every view: the cell's script and stylesheet come last. */
async function allViewsPreloaded(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const names = performance.getEntriesByType('resource').map((e) => e.name);
    return [/\/CellContainer-[^/]*\.js$/, /\/CellContainer-[^/]*\.css$/].every((re) =>
      names.some((n) => re.test(n)),
    );
  });
}

/** Follows the view's link in the navigation, as a user does. */
async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name }).click();
}

async function heading(page: Page, name: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

plain.describe('with the service worker, two deploys in turn', () => {
  plain.describe.configure({ mode: 'serial' });
  plain.use({ serviceWorkers: 'allow' });

  let server: DeployServer;
  let buildA = '';
  let buildB = '';
  const errors: string[] = [];

  plain.beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssb-deploy-'));
    buildA = join(dir, 'a');
    buildB = join(dir, 'b');
    buildLabelled(buildA, 'a');
    buildLabelled(buildB, 'b');
    server = await startDeployServer(buildA);
  });
  plain.afterAll(async () => {
    await server?.close();
  });
  plain.beforeEach(({ page }) => {
    errors.length = 0;
    page.on('pageerror', (e) => errors.push(e.message));
  });
  plain.afterEach(() => {
    expect(errors, 'uncaught page errors').toEqual([]);
  });

  plain(
    'an open tab keeps working after a deploy, shows the update note, and updates when asked',
    async ({ page, context }) => {
      server.serve(buildA);
      await page.goto(`${server.origin}/`);
      await heading(page, /solid-state batteries/i);
      await expect(page.locator('html')).toHaveAttribute('data-build', 'a');
      await untilOffline(page);

      // Deploy B while the tab is open; the browser finds the new worker on its next update check.
      server.serve(buildB);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      const note = page.getByRole('status').filter({ hasText: 'A new version of SSB Atlas is ready' });
      await expect(note).toBeVisible();

      // The old tab opens a view it had not opened yet: its chunk comes from the old version's cache.
      await openView(page, 'Glossary');
      await heading(page, 'Glossary');
      await expect(page.locator('html')).toHaveAttribute('data-build', 'a');

      // A second tab opened now still gets the old version: the new one waits for the user.
      const second = await context.newPage();
      second.on('pageerror', (e) => errors.push(e.message));
      await second.goto(`${server.origin}/windows`);
      await heading(second, 'Stability windows');
      await expect(second.locator('html')).toHaveAttribute('data-build', 'a');

      // The user accepts once both tabs have settled (each preloads every view when idle, the
      // cell's last): Chromium parks a new worker that would activate while another tab's requests
      // are landing, and the note then says so. The user would see quiet tabs.
      await Promise.all([allViewsPreloaded(page), allViewsPreloaded(second)]);
      // The user accepts in the first tab: it reloads into B.
      await note.getByRole('button', { name: 'Reload to update' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-build', 'b');
      await heading(page, 'Glossary');

      // The new version has its whole precache: offline, it opens a view this tab never opened in B
      // (the old worker once deleted the waiting version's cache when the second tab said hello).
      await context.setOffline(true);
      await openView(page, 'Interface classifier');
      await heading(page, 'Interface classifier');
      await context.setOffline(false);

      // The other old tab still runs A under the new worker and can still open views it never opened.
      await openView(second, 'References');
      await heading(second, 'References');
      await expect(second.locator('html')).toHaveAttribute('data-build', 'a');
      // Its own version's files are still kept for it: offline, its entry script comes from A's cache.
      await context.setOffline(true);
      const entryOk = await second.evaluate(async () => {
        const entry = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src;
        return entry ? (await fetch(entry)).ok : false;
      });
      await context.setOffline(false);
      expect(entryOk).toBe(true);
      await second.close();
    },
  );

  plain(
    'a reload works offline and on a network that connects but never answers',
    async ({ page, context }) => {
      server.serve(buildB);
      await page.goto(`${server.origin}/materials/lgps`);
      await heading(page, /LGPS/);
      await untilOffline(page);

      await context.setOffline(true);
      await page.reload();
      await heading(page, /LGPS/);
      await context.setOffline(false);

      server.hang();
      await page.reload({ waitUntil: 'commit' });
      await heading(page, /LGPS/);
      // The document came from the cache, not from the silent network: well inside 3 s.
      const responseEnd = await page.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd,
      );
      expect(responseEnd).toBeLessThan(3000);
      await openView(page, 'References');
      await heading(page, 'References');
      server.serve(buildB);
    },
  );
});

test('a view whose code failed to download comes back on "Reset this view" once the network is back', async ({
  page,
}) => {
  // Blocked from the start: the page preloads every view once it is idle.
  const block = (route: { abort: () => Promise<void> }) => route.abort();
  await page.route('**/assets/GlossaryContainer-*.js', block);
  await page.goto('/');
  await heading(page, /solid-state batteries/i);
  await openView(page, 'Glossary');
  const panel = page.getByRole('alert');
  await expect(panel).toContainText('The Glossary view stopped working');
  await expect(panel).toContainText("the Glossary view's code could not be downloaded");

  await page.unroute('**/assets/GlossaryContainer-*.js', block);
  await panel.getByRole('button', { name: 'Reset this view' }).click();
  await heading(page, 'Glossary');
});

test('a knowledge base that failed to download is reported, and fetched again on navigation', async ({
  page,
}) => {
  const block = (route: { abort: () => Promise<void> }) => route.abort();
  await page.route('**/assets/bundled-*.js', block);
  await page.goto('/glossary');
  await expect(page.getByRole('alert')).toContainText('the knowledge base could not be downloaded');
  // The header search says so too, instead of failing silently.
  await page.getByPlaceholder('Search (press /)').fill('lgps');
  await expect(page.getByRole('status').filter({ hasText: 'Search is unavailable' })).toBeVisible();
  await page.unroute('**/assets/bundled-*.js', block);
  await openView(page, 'References');
  await heading(page, 'References');
});
