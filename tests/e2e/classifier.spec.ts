import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { csvNumber, parseCsv } from '../../src/domain/csv';
import { expect as baseExpect, expectNoAxeViolations, test } from './fixtures';

// The view loads the knowledge base on demand; generous waits cost nothing when the page is fast.
const expect = baseExpect.configure({ timeout: 30_000 });
const FIRST_PAINT = { timeout: 60_000 };

async function open(page: Page, query = '') {
  await page.goto(`/classifier${query}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Interface classifier' })).toBeVisible(
    FIRST_PAINT,
  );
  await expect(prediction(page)).toBeVisible(FIRST_PAINT);
}
const prediction = (page: Page) => page.getByRole('region', { name: /^Prediction:/ });
const experiment = (page: Page) => page.getByRole('region', { name: 'Experiment' });
const table = (page: Page) => page.getByRole('table', { name: /Interface type of every electrolyte/ });

test('LGPS: type 2 from its reduced Ge framework, as observed; LLZO type 3 by its small driving force; a cathode oxidises it', async ({
  page,
}) => {
  await open(page);
  await test.step('LGPS: type 2 by framework reduction, as observed', async () => {
    await page.getByRole('combobox', { name: 'Electrolyte' }).selectOption('lgps');
    await expect(page).toHaveURL(/[?&]sel=lgps/);
    await expect(prediction(page)).toHaveAccessibleName('Prediction: LGPS against Lithium metal');
    await expect(prediction(page)).toContainText('Type 2');
    await expect(prediction(page)).toContainText('φ_e = 0.104');
    await expect(prediction(page)).toContainText('Decided by framework reduction: Ge⁴⁺ → Ge⁰');
    const exp = experiment(page);
    await expect(exp).toContainText('Observed against Li metal: Type 2');
    await expect(exp.getByRole('heading', { name: /Prediction and experiment agree/ })).toBeVisible();
    const cite = exp.getByRole('link', { name: /Wenzel et al\. 2016/ }).first();
    await cite.focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
    const schematic = page.getByRole('img', {
      name: /Schematic of the Lithium metal \| LGPS interface: type 2/,
    });
    await expect(schematic).toBeVisible();
    await expect(page.getByRole('region', { name: 'How the classifier decided' })).toContainText(
      'is below the reduction limit 1.71 V',
    );
    await expectNoAxeViolations(page);
  });
  await test.step('LLZO: type 3 by its small driving force', async () => {
    // LLZO agrees with experiment; a cathode moves the interface to the oxidation side.
    await page.getByRole('combobox', { name: 'Electrolyte' }).selectOption('llzo');
    await expect(prediction(page)).toHaveAccessibleName('Prediction: LLZO against Lithium metal');
    await expect(prediction(page)).toContainText('Type 3');
    await expect(prediction(page)).toContainText('Decided by the driving force: 0.02 eV/atom');
    await expect(
      experiment(page).getByRole('heading', { name: /Prediction and experiment agree/ }),
    ).toBeVisible();
  });
  await test.step('a cathode moves the interface to the oxidation side', async () => {
    await page.getByRole('combobox', { name: 'Electrode' }).selectOption('nmc811');
    await expect(page).toHaveURL(/[?&]cele=nmc811/);
    await expect(prediction(page)).toHaveAccessibleName('Prediction: LLZO against NMC-811');
    await expect(prediction(page)).toContainText('oxidised');
    await expect(experiment(page)).toContainText('the two are not compared');
  });
});

test('the thresholds change by keyboard and by typing, a bad value is refused, a reload restores every input', async ({
  page,
}) => {
  // LLZO with the kinetic threshold below its 0.02 eV/atom: the conducting fraction 0.131 decides.
  await open(page, '?sel=llzo&ckin=0.01');
  await expect(page.getByRole('slider', { name: /Kinetic threshold/ })).toHaveValue('0.01');
  const slider = page.getByRole('slider', { name: /Percolation threshold/ });
  await test.step('the percolation slider by keyboard', async () => {
    await slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
    await expect(slider).toHaveValue('0.1');
    await expect(page).toHaveURL(/[?&]cthr=0\.1(&|$)/);
    await expect(prediction(page)).toContainText('Type 2');
    await expect(experiment(page).getByRole('heading', { name: /disagree$/ })).toBeVisible();
  });
  await test.step('typing an exact value; a bad one is refused', async () => {
    const field = page.getByRole('textbox', { name: 'Percolation threshold φ_c, exact value' });
    await field.fill('0.25');
    await field.press('Enter');
    await expect(page).toHaveURL(/[?&]cthr=0\.25(&|$)/);
    await expect(slider).toHaveValue('0.25');
    await expect(prediction(page)).toContainText('Type 3');

    await field.fill('2');
    await field.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: '2 is outside 0 to 1' })).toBeVisible();
    await expect(page).toHaveURL(/[?&]cthr=0\.25(&|$)/);
  });
  await test.step('a reload restores every input', async () => {
    // A reload restores every input; a mangled threshold falls back with a note.
    await open(
      page,
      '?sel=li7p3s11&cele=graphite&csrc=zhu2015&cthr=0.3&ckin=0.3&csemi=1&ccath=lmo&csort=li&cdesc=1',
    );
    await expect(prediction(page)).toHaveAccessibleName('Prediction: Li7P3S11 against Graphite');
    await page.reload();
    await expect(prediction(page)).toHaveAccessibleName('Prediction: Li7P3S11 against Graphite', FIRST_PAINT);
    await expect(page.getByRole('slider', { name: /Percolation threshold/ })).toHaveValue('0.3');
    await expect(page.getByRole('slider', { name: /Kinetic threshold/ })).toHaveValue('0.3');
    await expect(page.getByRole('checkbox', { name: /semiconducting products/ })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Cathode for the last column' })).toHaveValue('lmo');
    await expect(table(page).getByRole('columnheader', { name: /Predicted vs Li metal/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });
  await test.step('a mangled threshold falls back with a note', async () => {
    await open(page, '?sel=lgps&cthr=abc');
    await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toContainText('cthr=abc');
    await expect(page.getByRole('slider', { name: /Percolation threshold/ })).toHaveValue('0.16');
    await expect(prediction(page)).toContainText('Type 2');
  });
});

test('the sensitivity panel places every electrolyte against both thresholds and follows the semiconductor switch', async ({
  page,
}) => {
  await open(page);
  const panel = page.getByRole('region', { name: 'Sensitivity: each verdict against its thresholds' });
  await panel.scrollIntoViewIfNeeded();
  await expect(panel.getByRole('img', { name: /Driving force and conducting fraction/ })).toBeVisible();
  await expect(
    panel.getByText(/Every electrolyte with an observed type is predicted as observed/),
  ).toBeVisible();
  const row = (name: RegExp) => panel.getByRole('table').getByRole('row', { name });
  await expect(row(/^LLZO\b/)).toContainText('small driving force');
  await expect(row(/^LATP\b/)).toContainText('framework cation reduced');
  await expectNoAxeViolations(page);

  await page.getByRole('checkbox', { name: /semiconducting products/ }).check();
  await expect(page).toHaveURL(/[?&]csemi=1/);
  await expect(row(/^Li7P3S11\b/)).toContainText('Type 2 ≠');
  await expect(
    panel.getByRole('listitem').filter({ hasText: /^Li7P3S11: Semiconducting products/ }),
  ).toBeVisible();
});

test('a custom electrolyte is classified; bad input gets clear messages', async ({ page }) => {
  await open(page, '?sel=lgps');
  await page.getByRole('combobox', { name: 'Electrolyte' }).selectOption('__custom');
  const form = page.getByRole('form', { name: 'Custom electrolyte' });
  await expect(form.getByRole('textbox', { name: 'Name' })).toHaveValue('LGPS (edited)');

  await test.step('bad input is listed by field', async () => {
    // Bad input: reversed window and a non-number.
    await form.getByRole('textbox', { name: 'Oxidation limit (V vs Li/Li+)' }).fill('1.0');
    await form
      .getByRole('group', { name: /Reduction product 1/ })
      .getByRole('textbox', { name: 'Moles per formula unit' })
      .fill('lots');
    await form.getByRole('button', { name: 'Classify custom electrolyte' }).click();
    const summary = form.getByRole('alert');
    await expect(summary).toContainText('2 entries need fixing');
    await expect(summary).toContainText(
      'The oxidation limit (1 V) must be above the reduction limit (1.71 V)',
    );
    await expect(summary).toContainText('moles “lots” is not a positive number');
    await summary.getByRole('link', { name: /oxidation limit/ }).click();
    await expect(form.getByRole('textbox', { name: 'Oxidation limit (V vs Li/Li+)' })).toBeFocused();
  });
  await test.step('fixed input is classified and reaches the link', async () => {
    // Fix it, and make the Li–Ge alloy the only product besides a little Li2S: type 2.
    await form.getByRole('textbox', { name: 'Name' }).fill('Alloy-rich test');
    await form.getByRole('textbox', { name: 'Oxidation limit (V vs Li/Li+)' }).fill('2.14');
    await form
      .getByRole('group', { name: /Reduction product 1/ })
      .getByRole('textbox', { name: 'Moles per formula unit' })
      .fill('1');
    await form.getByRole('button', { name: 'Classify custom electrolyte' }).click();
    await expect(prediction(page)).toHaveAccessibleName('Prediction: Alloy-rich test against Lithium metal');
    await expect(prediction(page)).toContainText('Type 2');
    // The link holds the submitted electrolyte (the template written when "__custom" was chosen also
    // starts with v1, so wait for this name).
    await expect.poll(() => new URL(page.url()).searchParams.get('ccust')).toMatch(/^v1;Alloy-rich%20test;/);
    await expect(experiment(page)).toContainText('no experimental record');
  });
  await test.step('the custom electrolyte survives a reload', async () => {
    // The custom electrolyte survives a reload.
    await page.reload();
    await expect(prediction(page)).toHaveAccessibleName(
      'Prediction: Alloy-rich test against Lithium metal',
      FIRST_PAINT,
    );
    await expectNoAxeViolations(page);
  });
});

test('the table sorts, opens a material page and loads an electrolyte into the classifier', async ({
  page,
}) => {
  await open(page);
  const header = table(page).getByRole('columnheader', { name: /Agreement/ });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/[?&]csort=agree/);
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');

  await table(page).getByRole('button', { name: 'Load LAGP into the classifier' }).click();
  await expect(prediction(page)).toHaveAccessibleName('Prediction: LAGP against Lithium metal');
  await expect(prediction(page)).toContainText('Type 2');
  await expect(page).toHaveURL(/[?&]sel=lagp/);

  await page.getByRole('combobox', { name: 'Cathode for the last column' }).selectOption('lco');
  await expect(
    table(page).getByRole('columnheader', { name: /Predicted vs Lithium cobalt oxide/ }),
  ).toBeVisible();
  // The table downloads as CSV with the cathode chosen: types as numbers, the window every
  // prediction uses with its method and DOI.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const [csvHeader = [], ...lines] = parseCsv(readFileSync((await download.path()) ?? '', 'utf8'));
  const cell = (line: string[] | undefined, name: string) => line?.[csvHeader.indexOf(name)];
  expect(csvHeader.some((h) => h.startsWith('predicted type vs Lithium cobalt oxide'))).toBe(true);
  const lgps = lines.find((l) => l[0] === 'lgps');
  expect(cell(lgps, 'predicted type vs Li metal')).toBe('2');
  expect(cell(lgps, 'observed type vs Li metal')).toBe('2');
  expect(csvNumber(cell(lgps, 'reduction limit (V vs Li/Li+)'))).toBe(1.71);
  expect(cell(lgps, 'window DOI')).toBe('10.1021/acsami.5b07517');

  await table(page).getByRole('link', { name: 'Lithium lanthanum zirconate (garnet LLZO)' }).click();
  await expect(page).toHaveURL(/\/materials\/llzo/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('LLZO', FIRST_PAINT);
  // The material opened elsewhere is now the classifier's electrolyte.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Interface classifier' })
    .click();
  await expect(prediction(page)).toHaveAccessibleName('Prediction: LLZO against Lithium metal', FIRST_PAINT);
});
