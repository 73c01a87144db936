/**
 * The Cell view in a real browser: build a design, change one component and see the affected risks
 * change, compare two designs, reload (both designs come back from the URL), export, axe-clean.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Opens a page of the app and waits for the (lazy) view and the knowledge base. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Cell' })).toBeVisible({ timeout: 60_000 });
}

const riskItem = (page: Page, design: 'A' | 'B', title: string) =>
  page
    .getByRole('list', { name: `Risks of design ${design}` })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 4, name: new RegExp(`^\\d\\. ${title}`) }) });

test('build a design, change one component, compare two, reload and export', async ({ page }) => {
  await open(page, '/cell');

  await test.step('the default design is Li | LLZO | NMC811 with its diagram and six risks', async () => {
    await expect(page.getByRole('heading', { level: 2, name: 'Design A: Li | LLZO | NMC811' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Risk map of Li | LLZO | NMC811' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Risks of design A' }).getByRole('listitem')).toHaveCount(6);
    await expect(riskItem(page, 'A', 'Anode interface')).toContainText('type 3');
  });

  await test.step('LGPS on the anode side: the anode interface turns to type 2; the stack risk is unchanged', async () => {
    const stackBefore = await riskItem(page, 'A', 'Stack pressure').textContent();
    await page.getByRole('combobox', { name: 'Electrolyte (anode side)' }).selectOption('lgps');
    await expect(page).toHaveURL(/cell=an\.li-metal_el\.lgps_ca\.nmc811/);
    await expect(riskItem(page, 'A', 'Anode interface')).toContainText('type 2: continuous growth');
    await expect(riskItem(page, 'A', 'Stack pressure')).toHaveText(stackBefore ?? '');
  });

  await test.step('a low stack pressure opens voids on stripping', async () => {
    const pressure = page.getByRole('spinbutton', { name: 'Stack pressure (MPa)' });
    await pressure.fill('0.5');
    await pressure.blur();
    await expect(page).toHaveURL(/_p\.0\.5/);
    await expect(riskItem(page, 'A', 'Voids on stripping')).toContainText('stripping outruns creep');
  });

  await test.step('compare with a second design: Li-In | Li6PS5Cl | NMC811 from the ready-made list', async () => {
    await page.getByRole('button', { name: 'Compare with a second design' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^Design B:/ })).toBeVisible();
    await page
      .getByRole('combobox', { name: 'Start design B from the literature' })
      .selectOption({ label: 'Li–In | Li6PS5Cl | NMC-811' });
    await expect(page).toHaveURL(/cellb=an\.li-in_el\.li6ps5cl_ca\.nmc811/);
    await expect(riskItem(page, 'B', 'Lithium filaments')).toContainText('no Li metal plated');
    await expect(riskItem(page, 'A', 'Anode interface')).toContainText('type 2');
  });

  await test.step('reload: both designs come back from the URL', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Design A: Li | LGPS | NMC811' })).toBeVisible({
      timeout: 60_000,
    });
    await expect(
      page.getByRole('heading', { level: 2, name: 'Design B: LiIn | Li6PS5Cl | NMC811' }),
    ).toBeVisible();
    await expect(page.getByRole('spinbutton', { name: 'Stack pressure (MPa)' }).first()).toHaveValue('0.5');
  });

  await test.step('export the diagram as SVG with caption and references, and the numbers as CSV', async () => {
    const panelA = page.getByRole('region', { name: /^Design A/ });
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      panelA.getByRole('button', { name: 'Save diagram as SVG' }).click(),
    ]);
    const svg = await (await svgDownload.createReadStream()).toArray();
    const text = Buffer.concat(svg).toString('utf8');
    expect(text).toContain('Chemo-mechanical risk map: Li | LGPS | NMC811');
    expect(text).toContain('Anode interface: high (type 2: continuous growth)');
    expect(text).toMatch(/\[1\] /);
    await panelA.getByText(/^Every number used/).click();
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      panelA.getByRole('button', { name: 'Download the numbers (CSV)' }).click(),
    ]);
    const csv = Buffer.concat(await (await csvDownload.createReadStream()).toArray()).toString('utf8');
    expect(csv.split('\n')[0]).toBe('design,risk,quantity,value,unit,source,references');
    expect(csv).toContain('Li | LGPS | NMC811,Voids on stripping,Stack pressure,0.5,MPa,design,');
  });

  await test.step('a model link opens that model with the same inputs', async () => {
    const panelA = page.getByRole('region', { name: /^Design A/ });
    await panelA.getByRole('link', { name: 'Open the classifier for LGPS against Li' }).click();
    await expect(page).toHaveURL(/\/classifier\?.*sel=lgps/);
    await expect(page).toHaveURL(/cele=li-metal/);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 2, name: /^Design B:/ })).toBeVisible({
      timeout: 60_000,
    });
  });

  await expectNoAxeViolations(page);
});

test('a broken design link names the broken part and still shows the cell', async ({ page }) => {
  await open(page, '/cell?cell=an.li-metal_el.llz_ca.nmc811_p.abc');
  const status = page.getByRole('status').filter({ hasText: 'Parts of this design could not be used' });
  await expect(status).toContainText('“p.abc”: the stack pressure must be a number in MPa; kept 5 MPa');
  await expect(status).toContainText('no electrolyte “llz” in the knowledge base (did you mean “llzo”');
  await expect(page.getByRole('heading', { level: 2, name: 'Design A: Li | LLZO | NMC811' })).toBeVisible();
  await expectNoAxeViolations(page);
});
