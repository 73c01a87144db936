import { VIEWS } from '../../src/domain/url-state';
import { expect, test } from './fixtures';

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('keeps working offline after the first visit (service worker)', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    await page.goto('/materials/lgps');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('LGPS');
    await page.getByRole('link', { name: 'References', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'References', level: 1 })).toBeVisible();
    await context.setOffline(false);
  });
});

test('presenter mode enlarges type and "]" / "[" page through the views', async ({ page }) => {
  await page.goto('/');
  const size = () =>
    page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
  const before = await size();
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(page.locator('html')).toHaveClass(/presenter/);
  expect(await size()).toBeGreaterThanOrEqual(before * 1.3);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/presenter/);
  // At 1280 px the enlarged header keeps one row by moving the tools into the Views menu.
  await page.getByRole('button', { name: /^Views: / }).click();
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');

  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press(']');
  await expect(page).toHaveURL(/\/materials$/);
  await page.keyboard.press('[');
  await expect(page).toHaveURL(/\/$/);
  await page.keyboard.press('[');
  const last = VIEWS[VIEWS.length - 1]!;
  await expect(page).toHaveURL(new RegExp(`/${last.path}$`));
  // The compact header names the current view; its menu lists every view.
  await page.getByRole('button', { name: `Views: ${last.label}` }).click();
  await expect(
    page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: last.label }),
  ).toHaveAttribute('aria-current', 'page');
});
