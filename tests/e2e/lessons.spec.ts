/**
 * Guided lessons and concept checks in a real browser: a direct link to a step, paging through
 * steps, a lesson built from app states, exported, re-imported, a broken file rejected with the
 * step and field named, and a concept check answered.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { expect, expectNoAxeViolations, test } from './fixtures';

test('a direct link opens a lesson step in its saved state; ] and PageDown page the steps', async ({
  page,
}) => {
  await page.goto('/mechanisms/lithium-filaments?lesson=why-stiff-is-not-enough&step=2&mgsse=5');
  const bar = page.getByRole('region', { name: /^Lesson: Why a stiff electrolyte/ });
  await expect(bar.getByRole('heading', { name: /Step 2 of 6: A soft electrolyte/ })).toBeVisible();
  await expect(page.locator('main').getByRole('slider').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.locator('main').getByRole('slider').first().focus();
  await page.keyboard.press(']');
  await expect(bar.getByRole('heading', { name: /Step 3 of 6/ })).toBeVisible();
  // Step 3 is the default stiffness (60 GPa), which the link leaves out.
  await expect(page).toHaveURL(/step=3/);
  await expect(page).not.toHaveURL(/mgsse=/);
  await page.locator('main').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('PageDown');
  await expect(bar.getByRole('heading', { name: /Step 4 of 6/ })).toBeVisible();
  await page.keyboard.press('[');
  await expect(bar.getByRole('heading', { name: /Step 3 of 6/ })).toBeVisible();
  await bar.getByRole('button', { name: 'Close lesson' }).click();
  await expect(bar).toHaveCount(0);
});

test('a concept check is answered with its explanation and a link to the model state', async ({ page }) => {
  await page.goto('/lessons');
  const check = page.getByRole('form', {
    name: 'Concept check: A stiffer electrolyte always blocks filaments',
  });
  await check.getByRole('radio', { name: /They cannot form/ }).check();
  await check.getByRole('button', { name: 'Check answer' }).click();
  await expect(check.getByRole('status')).toContainText('Not quite.');
  await check.getByRole('radio', { name: /Only that a flat interface/ }).check();
  await check.getByRole('button', { name: 'Check answer' }).click();
  await expect(check.getByRole('status')).toContainText('Right.');
  await expect(check.getByRole('status')).toContainText('grain boundaries');
  await expectNoAxeViolations(page);
  await check.getByRole('link', { name: 'Show this in the model' }).click();
  await expect(page).toHaveURL(/\/mechanisms\/lithium-filaments\?.*mflaw=0\.00001/);
});

test('an instructor builds a lesson from app states, exports it, re-imports it; a broken file is refused by step and field', async ({
  page,
}, testInfo) => {
  await page.goto('/mechanisms/interphase-formation?mtype=3');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Interphase');
  await page.goto('/lessons');
  // A fresh page load forgets where the user came from: come back through the app instead.
  await page.goto('/windows');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Lessons' }).click();
  const builder = page.getByRole('region', { name: 'Your lessons' });
  await builder.getByLabel('New lesson title').fill('My windows lesson');
  await builder.getByRole('button', { name: 'Create lesson' }).click();
  const editor = page.getByRole('region', { name: 'Editing My windows lesson' });
  await editor.getByRole('button', { name: /Add the page you came from \(Stability windows\)/ }).click();
  await editor.getByRole('button', { name: /Add the page you came from/ }).click();
  await expect(editor.getByLabel('Step 2 app link')).toHaveValue('/windows');
  await editor.getByLabel('Step 1 title').fill('Windows first');
  await editor.getByLabel('Step 1 reference ids (comma-separated)').fill('zhu-2015');
  await editor.getByLabel('Step 2 title').fill('Then the classifier');
  await editor.getByLabel('Step 2 app link').fill('/classifier?sel=lgps');
  await editor.getByLabel('Step 2 reference ids (comma-separated)').fill('wenzel-2016a');
  await editor.getByRole('button', { name: 'Move step 2 up' }).click();
  await expect(editor.getByLabel('Step 1 title')).toHaveValue('Then the classifier');

  // Kept in IndexedDB: still there after a reload.
  await page.reload();
  await page.getByRole('button', { name: 'My windows lesson' }).click();
  await expect(
    page.getByRole('region', { name: 'Editing My windows lesson' }).getByLabel('Step 2 title'),
  ).toHaveValue('Windows first');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as JSON' }).click();
  const file = testInfo.outputPath('lesson.json');
  await (await download).saveAs(file);
  const json = JSON.parse(await readFile(file, 'utf8'));
  expect(json.version).toBe(1);
  expect(json.records[0].steps.map((s: { url: string }) => s.url)).toEqual([
    '/classifier?sel=lgps',
    '/windows',
  ]);

  // Delete it here, then import the file again.
  await page.getByRole('button', { name: 'Delete lesson' }).click();
  await expect(page.getByRole('button', { name: 'My windows lesson' })).toHaveCount(0);
  await page.getByLabel('Import a lesson file (JSON)').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Kept “My windows lesson”' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'My windows lesson' })).toBeVisible();

  // Playing it: the saved lesson opens in the lesson bar.
  await page.getByRole('link', { name: 'Open lesson' }).click();
  await expect(page.getByRole('heading', { name: /Step 1 of 2: Then the classifier/ })).toBeVisible();
  await expect(page).toHaveURL(/\/classifier\?.*sel=lgps/);

  // A broken file: step 2 has an empty explanation and an unknown reference.
  json.records[0].id = 'broken-lesson';
  json.records[0].steps[1].text = '   ';
  await writeFile(file, JSON.stringify(json));
  await page.goto('/lessons');
  await page.getByLabel('Import a lesson file (JSON)').setInputFiles(file);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('lesson 1 › step 2 › text: must not be empty or only spaces');
  json.records[0].steps[1].text = 'Fine now.';
  json.records[0].steps[1].refs = ['no-such-paper'];
  await writeFile(file, JSON.stringify(json));
  await page.getByLabel('Import a lesson file (JSON)').setInputFiles(file);
  await expect(alert).toContainText('lesson 1 › step 2 › refs: no reference “no-such-paper”');
  await writeFile(file, '{ not json');
  await page.getByLabel('Import a lesson file (JSON)').setInputFiles(file);
  await expect(alert).toContainText('the file is not JSON');
  await expect(page.getByRole('heading', { name: 'Lessons', level: 1 })).toBeVisible();
});
