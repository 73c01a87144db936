/**
 * A view that crashes because of one of its settings recovers with "Reset this view", which puts
 * exactly that view's settings back to their defaults and says which.
 */
import { expect as baseExpect, expectNoAxeViolations, test } from './fixtures';

const expect = baseExpect.configure({ timeout: 30_000 });
const FIRST_PAINT = { timeout: 60_000 };

test('a crash caused by a setting: Reset this view clears that view’s settings and the view recovers', async ({
  page,
}) => {
  // Make the glossary search crash on one search text, as a bug in the view would: the text is a
  // setting in the link, so the crash comes back on every load until the setting is cleared.
  await page.addInitScript(() => {
    const original = String.prototype.normalize;
    String.prototype.normalize = function (this: string, form?: string) {
      if (String(this).includes('forced-crash')) throw new Error('forced crash for the test');
      return original.call(this, form);
    };
  });
  await page.goto('/glossary?gq=forced-crash&grev=1&q=garnet');
  const panel = page.getByRole('alert').filter({ hasText: 'stopped working' });
  await expect(panel).toContainText('The Glossary view stopped working', FIRST_PAINT);
  await expect(panel).toContainText('forced crash for the test');
  await expect(panel).toContainText('settings “gq=forced-crash”, “grev=1” back to their defaults');
  await expectNoAxeViolations(page);

  await panel.getByRole('button', { name: 'Reset this view' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  await expect(panel).toHaveCount(0);
  // The glossary's settings are gone; the materials search (another view's) is kept.
  await expect(page).toHaveURL(/\/glossary\?q=garnet$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible(FIRST_PAINT);
});
