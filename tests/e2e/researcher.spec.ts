/**
 * The researcher's desk in a real browser: search that ranks like a person, forgiving permalinks,
 * and a materials table that fits the screen.
 */
import { readFileSync } from 'node:fs';
import { csvNumber, parseCsv } from '../../src/domain/csv';
import { expect, expectNoAxeViolations, materialRows, test } from './fixtures';

test('global search: "LLZO" and Enter opens LLZO itself; "LLOZ" and "LGSP" still find theirs; results show formula and class', async ({
  page,
}) => {
  await page.goto('/references');
  await expect(page.getByRole('heading', { name: 'References', level: 1 })).toBeVisible();
  const box = page.getByRole('combobox', { name: /^Search/ });
  await box.fill('LLZO');
  const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(first).toContainText('Lithium lanthanum zirconate (garnet LLZO)');
  await expect(first).toContainText('Li₇La₃Zr₂O₁₂ · oxide solid electrolyte');
  await expectNoAxeViolations(page);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/materials\/llzo$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('LLZO');
  for (const [typed, id] of [
    ['LLOZ', 'llzo'],
    ['LGSP', 'lgps'],
  ] as const) {
    await box.fill(typed);
    await expect(page.getByRole('option').first()).toBeVisible();
    await box.press('Enter');
    await expect(page, `"${typed}" opens ${id}`).toHaveURL(new RegExp(`/materials/${id}$`));
  }
});

test('the table search ranks the exact abbreviation first', async ({ page }) => {
  await page.goto('/materials?q=LLZO');
  const rows = materialRows(page).getByRole('rowheader');
  await expect(rows.first()).toHaveText('Lithium lanthanum zirconate (garnet LLZO)');
  await expect(page.getByRole('status').filter({ hasText: 'sorted by search relevance' })).toBeVisible();
});

test('permalinks fold case and punctuation, keep the good part of a list and say what they drop', async ({
  page,
}) => {
  for (const path of ['/materials/LLZO', '/materials/llzo.']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toContainText('LLZO');
    await expect(page).toHaveURL(/\/materials\/llzo$/);
  }

  await page.goto('/materials/llz');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('No material “llz” — did you mean');
  await alert.getByRole('link').click();
  await expect(page).toHaveURL(/\/materials\/llzo$/);

  await page.goto('/compare?cmp=llzo,,lgps');
  await expect(page.getByRole('columnheader', { name: /garnet LLZO/ })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /LGPS/ })).toBeVisible();
  await expect(page).toHaveURL(/cmp=llzo%2Clgps/);

  await page.goto('/windows?wsrc=richards2016,zhu');
  const note = page.getByRole('status').filter({ hasText: 'Parts of this link could not be used' });
  await expect(note).toContainText('ignored “zhu” in “wsrc” (did you mean “zhu2015”?)');
  await expect(page).toHaveURL(/wsrc=richards2016$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a malformed percent-escape shows the app and names what it ignored (no blank server error)', async ({
  page,
}) => {
  const response = await page.goto('/materials/llzo%E0%A4%A');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Materials', level: 1 })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Parts of this link could not be used' }),
  ).toContainText('ignored malformed record id');
});

for (const width of [1280, 1920]) {
  test(`the materials table fits at ${width} px without clipping (scroll width measured)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/materials');
    const wrap = page.getByRole('region', { name: 'Materials table' });
    await expect(wrap.getByRole('rowheader').first()).toBeVisible();
    const [scrollWidth, clientWidth] = await wrap.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth, 'table scrolls sideways').toBeLessThanOrEqual(clientWidth);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // The table uses the screen: at 1920 px it is far wider than the 1400 px page of other views.
    if (width === 1920) expect(clientWidth).toBeGreaterThan(1400);
    // Citations never run into the next cell: each sits inside its own cell's box.
    const overlaps = await page.evaluate(
      () =>
        [...document.querySelectorAll('.materials-table td .cell-cites')].filter((c) => {
          const cell = c.closest('td')?.getBoundingClientRect();
          const box = c.getBoundingClientRect();
          return !cell || box.right > cell.right + 0.5;
        }).length,
    );
    expect(overlaps).toBe(0);
    await expectNoAxeViolations(page);
  });
}

test('"solid electrolyte, stable at 4.3 V" explains the empty result and finds three with measured windows', async ({
  page,
}) => {
  await page.goto('/materials?kind=electrolyte&v=4.3');
  await expect(page.getByText('No material passes every filter.')).toBeVisible();
  await expect(page.getByText(/^Stable at 4.3 V/)).toBeVisible();
  await page.getByRole('combobox', { name: 'Windows used' }).selectOption('measured');
  await expect(page).toHaveURL(/vsrc=measured/);
  await expect(materialRows(page)).toHaveCount(3);
  await expectNoAxeViolations(page);
});

test('compare shows four materials at 1280 px without scrolling, each value with its method badge, and exports CSV', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/compare?cmp=llzo,lgps,li6ps5cl,lagp');
  const table = page.getByRole('region', { name: 'Comparison table' });
  const headers = table.getByRole('columnheader');
  await expect(headers).toHaveCount(5);
  const [scrollWidth, clientWidth] = await table.evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  for (let i = 1; i < 5; i++) {
    const box = await headers.nth(i).boundingBox();
    expect(box && box.x + box.width, `column ${i} inside the screen`).toBeLessThanOrEqual(1280);
  }
  const sigma = page.getByRole('row', { name: /Ionic conductivity/ });
  await expect(sigma.getByText('measured', { exact: true })).toHaveCount(4);
  // A window row is named by its source; each material's own window label sits in its cell.
  await expect(page.getByRole('rowheader', { name: /^Reduction limit \(measured\)/ })).toBeVisible();
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const [header = [], ...lines] = parseCsv(readFileSync((await download.path()) ?? '', 'utf8'));
  expect(header.slice(0, 7)).toEqual(['id', 'name', 'property', 'unit', 'value', 'min', 'max']);
  const g = lines.find((l) => l[0] === 'llzo' && l[2] === 'Shear modulus');
  expect(g?.slice(3, 7).map((c, i) => (i === 0 ? c : csvNumber(c)))).toEqual(['GPa', null, 59, 61]);
});

test('references on a phone: 20 to a page instead of one 46,000 px list, one toolbar for the selection', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/references');
  const list = page.getByRole('list', { name: /^References \(\d+\)$/ });
  await expect(list.getByRole('checkbox')).toHaveCount(20);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(15_000);
  await expect(page.getByRole('button', { name: /^Copy APA citation of/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^References 21–40 of/ })).toBeFocused();
  await expectNoAxeViolations(page);
});
