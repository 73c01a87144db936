/**
 * Nothing the user set is lost to a reload, Back or Forward, however fast they follow the change:
 * each test reloads or goes back at once (no wait) after the change, from the browser's side, so
 * no page event announces it.
 */
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';

const expect = baseExpect.configure({ timeout: 30_000 });
const FIRST_PAINT = { timeout: 60_000 };

const searchBox = (page: Page) => page.getByLabel('Search name, alias or formula');

test('classifier: edit the custom electrolyte, submit and reload at once keeps the edit', async ({
  page,
}) => {
  await page.goto('/classifier?sel=lgps');
  const prediction = page.getByRole('region', { name: /^Prediction:/ });
  await expect(prediction).toBeVisible(FIRST_PAINT);
  await page.getByRole('combobox', { name: 'Electrolyte' }).selectOption('__custom');
  const form = page.getByRole('form', { name: 'Custom electrolyte' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Reloaded at once');
  await form.getByRole('button', { name: 'Classify custom electrolyte' }).click();
  await page.reload();
  await expect(prediction).toHaveAccessibleName(
    'Prediction: Reloaded at once against Lithium metal',
    FIRST_PAINT,
  );
});

test('materials: type in the search, then reload at once, or Back and Forward, keeps the text', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Materials' }).click();
  await expect(searchBox(page)).toBeVisible(FIRST_PAINT);

  // Reload straight after typing: the write may not have happened yet.
  await searchBox(page).fill('garnet');
  await page.reload();
  await expect(searchBox(page)).toHaveValue('garnet', FIRST_PAINT);
  await expect(page).toHaveURL(/\/materials\?q=garnet$/);

  // Back straight after typing, then Forward: the entry that was left shows the text again.
  await searchBox(page).fill('argyrodite');
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible(FIRST_PAINT);
  await page.goForward();
  await expect(searchBox(page)).toHaveValue('argyrodite', FIRST_PAINT);
  await expect(page).toHaveURL(/\/materials\?q=argyrodite$/);
});

test('classifier: a record id in the path keeps its selection on reload', async ({ page }) => {
  await page.goto('/classifier/llzo?sel=llzo');
  await expect(page.getByRole('region', { name: /^Prediction:/ })).toHaveAccessibleName(
    /^Prediction: LLZO against/,
    FIRST_PAINT,
  );
  await expect(page).toHaveURL(/sel=llzo/);
  await page.reload();
  await expect(page.getByRole('region', { name: /^Prediction:/ })).toHaveAccessibleName(
    /^Prediction: LLZO against/,
    FIRST_PAINT,
  );
});
