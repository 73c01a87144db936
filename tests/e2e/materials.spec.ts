import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { csvNumber, parseCsv } from '../../src/domain/csv';
import { expect, expectNoAxeViolations, materialRows, test } from './fixtures';

interface RawWindow {
  source: string;
  reductionV: number;
  oxidationV: number;
}
interface RawMaterial {
  id: string;
  name: string;
  windows?: RawWindow[];
  interfaceWithLi?: { type: number };
}
const read = (f: string): RawMaterial[] => JSON.parse(readFileSync(`data/${f}.json`, 'utf8')).records;
const electrolytes = read('electrolytes');
const phases = read('phases');
const nameOf = (id: string) => [...electrolytes, ...phases].find((m) => m.id === id)?.name ?? id;

/** Names in the table body, in order (once the table has rendered). */
async function rowNames(page: Page): Promise<string[]> {
  const rows = materialRows(page);
  await expect(rows.first()).toBeVisible();
  return rows.getByRole('rowheader').allInnerTexts();
}

test('interface type 2 lists LGPS, LAGP and LATP, not LLZO; "stable at 4.0 V" lists what the windows say', async ({
  page,
}) => {
  await page.goto('/materials');
  await test.step("interface type 2: the review's three, not LLZO", async () => {
    await page.getByRole('combobox', { name: 'Interface type with Li' }).selectOption('2');
    await expect(page).toHaveURL(/it=2/);
    const names = await rowNames(page);
    for (const id of ['lgps', 'lagp', 'latp']) expect(names).toContain(nameOf(id));
    expect(names).not.toContain(nameOf('llzo'));
    expect(names).toHaveLength(electrolytes.filter((e) => e.interfaceWithLi?.type === 2).length);
    await expectNoAxeViolations(page);
    await page.getByRole('combobox', { name: 'Interface type with Li' }).selectOption('');
  });

  await test.step('stable at 4.0 V: exactly what the windows say', async () => {
    // Independent oracle from the raw data: Zhu 2015 first, then Richards 2016, then experiment.
    const order = ['zhu2015', 'richards2016', 'experiment', 'other-calculation'];
    const expected = [...electrolytes, ...phases]
      .filter((m) => {
        const w = order.map((s) => m.windows?.find((x) => x.source === s)).find(Boolean);
        return w && w.reductionV <= 4 && w.oxidationV >= 4;
      })
      .map((m) => m.name)
      .sort();
    expect(expected.length).toBeGreaterThan(2);
    await page.getByLabel('Stable at potential (V vs Li/Li⁺)').fill('4.0');
    await expect(page).toHaveURL(/v=4/);
    await expect(materialRows(page)).toHaveCount(expected.length);
    expect((await rowNames(page)).sort()).toEqual(expected);
    expect(await rowNames(page)).toContain(nameOf('lagp'));
    expect(await rowNames(page)).not.toContain(nameOf('lgps'));
  });
});

test('the table search finds materials by formula, alias, any case, family, and with a typo', async ({
  page,
}) => {
  await page.goto('/materials');
  const box = page.getByLabel('Search name, alias or formula');
  for (const [query, id] of [
    ['Li10GeP2S12', 'lgps'],
    ['LGPS', 'lgps'],
    ['lgps', 'lgps'],
    ['garnet', 'llzo'],
    ['argyrodite', 'li6ps5cl'],
    ['argirodite', 'li6ps5cl'],
  ] as const) {
    await box.fill(query);
    await expect(
      materialRows(page).getByRole('rowheader', { name: nameOf(id) }),
      `"${query}" finds ${id}`,
    ).toBeVisible();
    expect(await materialRows(page).count(), `"${query}" narrows the list`).toBeLessThan(10);
  }
});

test('sorting, chosen columns and filters live in the URL and survive reload and back', async ({ page }) => {
  await page.goto('/materials');
  await page.getByRole('checkbox', { name: 'Solid electrolyte' }).check();
  await page.getByRole('button', { name: /Ionic conductivity/ }).click();
  await page.getByRole('button', { name: /Ionic conductivity/ }).click();
  await expect(page.getByRole('columnheader', { name: /Ionic conductivity/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Shear modulus' }).check();
  await expect(page.getByRole('columnheader', { name: /Shear modulus/ })).toBeVisible();
  // Settings reach the URL shortly after the change (src/store/url-sync.ts).
  await expect(page).toHaveURL(/cols=[^&]*shear/);
  const url = page.url();
  expect(url).toMatch(/kind=electrolyte/);
  expect(url).toMatch(/sort=sigma/);
  expect(url).toMatch(/desc=1/);
  const before = await rowNames(page);
  expect(before[0]).toBe(nameOf('lgps'));
  await page.reload();
  expect(await rowNames(page)).toEqual(before);
  await expect(page.getByRole('columnheader', { name: /Shear modulus/ })).toBeVisible();
  await page.getByRole('link', { name: before[1] ?? '' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(before[1] ?? '');
  await page.goBack();
  expect(await rowNames(page)).toEqual(before);
});

test('downloads the filtered table as CSV (numbers as numbers, units in the header, method and DOI) and JSON', async ({
  page,
}) => {
  await page.goto('/materials?it=3&cols=formula,sigma,shear,window,itype');
  const n = (await rowNames(page)).length;
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const rows = parseCsv(readFileSync((await csv.path()) ?? '', 'utf8'));
  const [header = [], ...body] = rows;
  expect(header.slice(0, 4)).toEqual(['id', 'name', 'kind', 'Formula']);
  expect(header).toEqual(
    expect.arrayContaining([
      'Ionic conductivity (RT) min (S/cm)',
      'Ionic conductivity (RT) method',
      'Ionic conductivity (RT) DOI',
      'Shear modulus (GPa)',
      'Stability window reduction (V vs Li/Li⁺)',
    ]),
  );
  expect(body).toHaveLength(n);
  const llzo = Object.fromEntries(header.map((h, i) => [h, body.find((r) => r[0] === 'llzo')?.[i] ?? '']));
  const raw = electrolytes.find((e) => e.id === 'llzo') as unknown as Record<
    string,
    { value?: number; min?: number; max?: number }
  >;
  expect(csvNumber(llzo['Shear modulus min (GPa)'])).toBe(raw.shearModulus?.min);
  expect(csvNumber(llzo['Shear modulus max (GPa)'])).toBe(raw.shearModulus?.max);
  expect(csvNumber(llzo['Ionic conductivity (RT) min (S/cm)'])).toBe(raw.ionicConductivity?.min);
  expect(llzo['Ionic conductivity (RT) method']).toBe(
    (raw.ionicConductivity as unknown as { method: string } | undefined)?.method,
  );
  expect(llzo['Stability window reduction (V vs Li/Li⁺)']).toBe('0.05');
  expect(llzo['Interface type with Li']).toBe('3');
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const jsonRows = JSON.parse(readFileSync((await json.path()) ?? '', 'utf8'));
  expect(jsonRows).toHaveLength(n);
  const llzoJson = jsonRows.find((r: { id: string }) => r.id === 'llzo');
  expect(llzoJson.sigma.unit).toBe('S/cm');
  expect(llzoJson.sigma.refs.length).toBeGreaterThan(0);
});

test('compares two materials and highlights the differences that matter', async ({ page }) => {
  await page.goto('/materials?kind=electrolyte');
  await page.getByRole('checkbox', { name: `Compare ${nameOf('lgps')}` }).check();
  await page.getByRole('checkbox', { name: `Compare ${nameOf('llzo')}` }).check();
  await page.getByRole('link', { name: 'Compare 2 selected' }).click();
  await expect(page).toHaveURL(/\/compare\?.*cmp=lgps%2Cllzo/);
  await expect(page.getByRole('heading', { name: 'Compare materials' })).toBeVisible();
  const itype = page.getByRole('row', { name: /Interface type with Li/ });
  await expect(itype).toContainText('differs');
  await expect(itype).toContainText('Type 2');
  await expect(itype).toContainText('Type 3');
  await page.reload();
  await expect(
    page.getByRole('columnheader', { name: new RegExp(nameOf('llzo').replace(/[()]/g, '.')) }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('global search: "/" focuses it, arrows and Enter open a result', async ({ page }) => {
  await page.goto('/references');
  await expect(page.getByRole('heading', { name: 'References', level: 1 })).toBeVisible();
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: /^Search/ });
  await expect(box).toBeFocused();
  await page.keyboard.type('argyrodite');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/materials\/li6ps5cl/);
  await box.fill('Monroe');
  const group = page.getByRole('group', { name: 'References' });
  await expect(group.getByRole('option').first()).toContainText('Monroe');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
});

test('at 390 px the table becomes cards and the filters stay usable', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/materials');
  // Cards: the column headings are kept for screen readers only, out of the layout.
  await expect(page.getByRole('table', { name: /^Materials, sorted by/ }).locator('thead')).toHaveCSS(
    'position',
    'absolute',
  );
  // On a phone the filters start folded, so the table comes first.
  await page.getByRole('button', { name: 'Show filters' }).click();
  await page.getByRole('combobox', { name: 'Interface type with Li' }).selectOption('3');
  await expect(materialRows(page).first()).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});
