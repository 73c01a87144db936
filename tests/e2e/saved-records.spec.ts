/**
 * The user's custom electrolytes are kept as named records in the browser: "Enter the missing
 * numbers" no longer loses the one in the link, unsaved form input survives reload and Back, and
 * leaving with unsaved input asks first.
 */
import type { Page } from '@playwright/test';
import { expect as baseExpect, expectNoAxeViolations, test } from './fixtures';

const expect = baseExpect.configure({ timeout: 30_000 });
const FIRST_PAINT = { timeout: 60_000 };

const form = (page: Page) => page.getByRole('form', { name: 'Custom electrolyte' });
const nameBox = (page: Page) => form(page).getByRole('textbox', { name: 'Name' });
const saved = (page: Page) => page.getByRole('region', { name: 'Saved in this browser' });

async function openCustom(page: Page) {
  await page.goto('/classifier?sel=lgps');
  await expect(page.getByRole('region', { name: /^Prediction:/ })).toBeVisible(FIRST_PAINT);
  await page.getByRole('combobox', { name: 'Electrolyte' }).selectOption('__custom');
  await expect(nameBox(page)).toBeVisible();
}

test('a classified custom electrolyte is kept when "Enter the missing numbers" replaces it, and can be used again', async ({
  page,
}) => {
  await openCustom(page);
  await nameBox(page).fill('My first electrolyte');
  await form(page).getByRole('button', { name: 'Classify custom electrolyte' }).click();
  await expect(form(page).getByRole('status').last()).toContainText(
    'saved in this browser as “My first electrolyte”',
  );

  // Another material whose numbers are missing: its template replaces the link's electrolyte.
  await page.getByRole('combobox', { name: 'Electrolyte' }).selectOption('lsps');
  await page.getByRole('button', { name: 'Enter the missing numbers as a custom electrolyte' }).click();
  await expect(nameBox(page)).not.toHaveValue('My first electrolyte');
  await expect(saved(page).getByRole('listitem').filter({ hasText: 'My first electrolyte' })).toBeVisible();

  await saved(page).getByRole('button', { name: 'Use My first electrolyte' }).click();
  await expect(page.getByRole('region', { name: /^Prediction:/ })).toHaveAccessibleName(
    'Prediction: My first electrolyte against Lithium metal',
  );
  await expect(nameBox(page)).toHaveValue('My first electrolyte');
  await expectNoAxeViolations(page);

  // Delete, then Undo.
  await saved(page).getByRole('button', { name: 'Delete My first electrolyte' }).click();
  await expect(saved(page).getByRole('button', { name: 'Use My first electrolyte' })).toHaveCount(0);
  await saved(page).getByRole('button', { name: 'Undo' }).click();
  await expect(saved(page).getByRole('button', { name: 'Use My first electrolyte' })).toBeVisible();
});

test('unsaved, invalid input survives a reload and Back/Forward, and leaving with it asks first', async ({
  page,
}) => {
  await openCustom(page);
  await nameBox(page).fill('Half typed');
  await form(page).getByRole('textbox', { name: 'Oxidation limit (V vs Li/Li+)' }).fill('not a number');

  // Reloading asks first (the browser's "leave site?" prompt); accept it.
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (d) => {
      resolve(d.type());
      void d.accept();
    }),
  );
  await page.reload();
  expect(await asked).toBe('beforeunload');
  await expect(nameBox(page)).toHaveValue('Half typed', FIRST_PAINT);
  await expect(form(page).getByRole('textbox', { name: 'Oxidation limit (V vs Li/Li+)' })).toHaveValue(
    'not a number',
  );
  await expect(form(page)).toContainText('Your unsaved input from before was kept');

  // Back to another view and Forward again (same tab): still there.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible(FIRST_PAINT);
  await page.goBack();
  await expect(nameBox(page)).toHaveValue('Half typed', FIRST_PAINT);
});
