/**
 * Own materials in a real browser (IndexedDB): import with messages by row and field, persistence
 * across reloads, the table, a material page and compare, delete, the CSV round trip, JSON import
 * and a corrupt stored entry that is named while the rest still loads.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const HEADER =
  'id,name,kind,Formula,Class,Ionic conductivity (RT) (S/cm),Ionic conductivity (RT) method,Ionic conductivity (RT) refs,Shear modulus (GPa),Shear modulus method,Shear modulus refs';

async function importFile(page: Page, name: string, text: string, mime: string) {
  await page
    .getByLabel(/^Import CSV or JSON/)
    .setInputFiles({ name, mimeType: mime, buffer: Buffer.from(text) });
  return page.getByRole('region', { name: `Check of ${name}` });
}

const ownRow = (page: Page, name: string) =>
  page.getByRole('region', { name: 'Materials table' }).getByRole('row', { name: new RegExp(name) });

test('imports a CSV with good and bad rows, keeps the good ones across a reload, shows them everywhere, deletes one', async ({
  page,
}) => {
  await page.goto('/materials?kind=electrolyte');
  const csv = [
    HEADER,
    'my-garnet,My garnet,electrolyte,Li6.4La3Zr1.4Ta0.6O12,oxide,0.0006,measured,own measurement: EIS 25 °C,55,measured,murugan-2007',
    'my-sulfide,My sulfide,electrolyte,Li6PS5Br,sulfide,0.002,measured,own measurement,,,',
    'llzo,Copy of LLZO,electrolyte,Li7La3Zr2O12,oxide,0.0005,measured,murugan-2007,,,',
    'my-bad,Bad one,electrolyte,LiX,oxide,fast,measured,,,,',
  ].join('\n');
  await test.step('the check lists problems by row and field before anything is stored', async () => {
    const check = await importFile(page, 'mine.csv', csv, 'text/csv');
    await expect(check).toContainText('4 rows, 2 good, 2 with problems');
    const problems = check.getByRole('list', { name: 'Problems by row and field' });
    await expect(problems).toContainText(
      'Row 3 (llzo), id: “llzo” is a material of the knowledge base: give yours another id',
    );
    await expect(problems).toContainText(
      'Row 4 (my-bad), Ionic conductivity (RT) (S/cm): “fast” is not a number',
    );
    await expectNoAxeViolations(page);
    await check.getByRole('button', { name: 'Import only the 2 good rows' }).click();
    await expect(page.getByText('Added 2 materials.')).toBeVisible();
  });
  await test.step('they survive a reload and are marked as the user’s', async () => {
    await page.reload();
    await expect(ownRow(page, 'My garnet')).toContainText('yours');
    await expect(ownRow(page, 'My garnet')).toContainText('6 × 10⁻⁴');
    await expect(ownRow(page, 'My sulfide')).toBeVisible();
  });
  await test.step('their page names the source of each value', async () => {
    await page.goto('/materials/my-garnet');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('My garnet');
    await expect(page.getByRole('note')).toContainText('Ionic conductivity (RT): EIS 25 °C');
    await expectNoAxeViolations(page);
  });
  await test.step('compare shows one of them beside a knowledge-base material', async () => {
    await page.goto('/compare?cmp=llzo,my-garnet');
    await expect(page.getByRole('columnheader', { name: /My garnet/ })).toContainText('yours');
    await expect(page.getByRole('row', { name: /Shear modulus/ })).toContainText('55');
  });
  await test.step('deleting one removes it, also after a reload', async () => {
    await page.goto('/materials?kind=electrolyte');
    await page.getByRole('button', { name: 'Delete My sulfide' }).click();
    await expect(ownRow(page, 'My sulfide')).toHaveCount(0);
    await page.reload();
    await expect(ownRow(page, 'My garnet')).toBeVisible();
    await expect(ownRow(page, 'My sulfide')).toHaveCount(0);
  });
});

test('round trip: the downloaded CSV of own materials imports again and downloads unchanged; JSON imports too', async ({
  page,
}) => {
  await page.goto('/materials?kind=electrolyte');
  const csv = [
    HEADER,
    'my-a,My A,electrolyte,Li3YCl6,oxide,0.0003,estimated,own measurement: guess,30,calculated,own measurement',
  ].join('\n');
  const check = await importFile(page, 'a.csv', csv, 'text/csv');
  await check.getByRole('button', { name: 'Import all 1' }).click();
  await expect(ownRow(page, 'My A')).toBeVisible();
  const download = async (label: string) => {
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: label }).click(),
    ]);
    return readFileSync((await d.path()) ?? '', 'utf8');
  };
  const first = await download('Download yours as CSV');
  const json = await download('Download yours as JSON');
  await page.getByRole('button', { name: 'Delete My A' }).click();
  await expect(ownRow(page, 'My A')).toHaveCount(0);
  const again = await importFile(page, 'ssb-atlas-my-materials.csv', first, 'text/csv');
  await again.getByRole('button', { name: 'Import all 1' }).click();
  await expect(ownRow(page, 'My A')).toBeVisible();
  expect(await download('Download yours as CSV')).toBe(first);

  // The JSON of the same material: its id is taken now, so the check says so; under a new id it imports.
  const taken = await importFile(page, 'mine.json', json, 'application/json');
  await expect(taken).toContainText('you already have a material “my-a”');
  const renamed = json.replace('"my-a"', '"my-a-json"');
  const fresh = await importFile(page, 'renamed.json', renamed, 'application/json');
  await fresh.getByRole('button', { name: 'Import all 1' }).click();
  await expect(page.getByRole('list', { name: 'Your stored materials' })).toContainText('my-a-json');
});

test('a corrupt stored entry is named and left out; the other materials still load', async ({ page }) => {
  await page.goto('/materials?kind=electrolyte');
  const check = await importFile(
    page,
    'ok.csv',
    [HEADER, 'my-ok,My OK,electrolyte,LiOK,oxide,0.001,measured,own measurement,,,'].join('\n'),
    'text/csv',
  );
  await check.getByRole('button', { name: 'Import all 1' }).click();
  await expect(ownRow(page, 'My OK')).toBeVisible();
  // Damage the store as a browser bug or a hand edit might: a record whose value is not a material.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ssb-atlas-user');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          tx.objectStore('records').put({
            id: 'broken-1',
            kind: 'own-material',
            name: 'Broken entry',
            value: { id: 'x', quantities: { shearModulus: { value: 'lots' } } },
            createdAt: 1,
            updatedAt: 1,
            deletedAt: null,
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toContainText(
    'Broken entry',
  );
  await expect(ownRow(page, 'My OK')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a material added by hand is edited, then listed as yours in the stability chart, the classifier (with the products the user gives), a mechanism diagram and the cell', async ({
  page,
}) => {
  await page.goto('/materials?kind=electrolyte');
  const panel = page.getByRole('region', { name: 'Your materials' });
  await test.step('add it through the form, with a window, a modulus and a toughness', async () => {
    await panel.getByText('Add a material by hand').click();
    const form = panel.getByRole('form', { name: 'Add a material' });
    await form.getByRole('textbox', { name: /^Id/ }).fill('my-garnet');
    await form.getByRole('textbox', { name: 'Name' }).fill('My garnet');
    await form.getByRole('textbox', { name: 'Formula' }).fill('Li6.4La3Zr1.4Ta0.6O12');
    await form.getByRole('textbox', { name: 'Ionic conductivity (S/cm)' }).fill('6e-4');
    await form.getByRole('textbox', { name: 'Shear modulus G (GPa)' }).fill('58');
    await form.getByRole('textbox', { name: /^Fracture toughness/ }).fill('1.2');
    await form.getByRole('textbox', { name: /reduction limit/ }).fill('0.05');
    await form.getByRole('textbox', { name: /oxidation limit/ }).fill('2.9');
    await form.getByRole('textbox', { name: /^Source/ }).fill('own pellets, 2026');
    await form.getByRole('button', { name: 'Add' }).click();
    await expect(panel.getByText('Added 1 material.')).toBeVisible();
  });
  await test.step('edit it: the changed value is saved, the others keep their source', async () => {
    await panel.getByRole('button', { name: 'Edit My garnet' }).click();
    const form = panel.getByRole('form', { name: 'Edit a material' });
    await expect(form.getByRole('textbox', { name: 'Name' })).toHaveValue('My garnet');
    await expect(form.getByRole('textbox', { name: /^Id/ })).toHaveAttribute('readonly', '');
    await form.getByRole('textbox', { name: 'Shear modulus G (GPa)' }).fill('61');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(panel.getByText('Saved My garnet.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(ownRow(page, 'My garnet')).toContainText('yours');
    await expect(page.getByRole('list', { name: 'Your stored materials' }).getByRole('listitem')).toHaveCount(
      1,
    );
    await page.goto('/materials/my-garnet');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('My garnet');
    await expect(page.getByRole('main')).toContainText('61 GPa');
    await expect(page.getByRole('main')).not.toContainText('58 GPa');
    await expect(page.getByRole('note')).toContainText('Fracture toughness: own pellets, 2026');
  });
  await test.step('the stability chart shows its window, marked as yours', async () => {
    await page.goto('/windows');
    const chart = page.getByRole('group', { name: /Electrochemical stability windows of \d+ materials/ });
    await expect(chart.getByRole('button', { name: /^My garnet \(yours\)/ })).toBeVisible();
  });
  await test.step('the classifier lists it and classifies it with the products the user gives', async () => {
    await page.goto('/classifier');
    const select = page.getByRole('combobox', { name: 'Electrolyte' });
    await select.selectOption({ label: 'My garnet (yours)' });
    await expect(page.getByText('My garnet is your own material.')).toBeVisible();
    const form = page.getByRole('form', { name: 'Custom electrolyte' });
    await expect(form.getByRole('textbox', { name: 'Name' })).toHaveValue('My garnet');
    await expect(form.getByRole('textbox', { name: 'Reduction limit (V vs Li/Li+)' })).toHaveValue('0.05');
    const product = form.getByRole('group', { name: /Reduction product 1/ });
    await product.getByRole('textbox', { name: 'Formula', exact: true }).fill('Li2O');
    await product.getByRole('textbox', { name: 'Moles per formula unit' }).fill('1');
    await product.getByRole('textbox', { name: 'Molar volume (cm³/mol)' }).fill('14.8');
    await product.getByRole('combobox', { name: 'Electronic character' }).selectOption('insulator');
    await form.getByRole('button', { name: 'Classify custom electrolyte' }).click();
    await expect(page.getByRole('region', { name: /^Prediction:/ })).toHaveAccessibleName(
      'Prediction: My garnet against Lithium metal',
    );
  });
  await test.step('a mechanism diagram loads its values, naming the user as their source', async () => {
    await page.goto('/mechanisms/lithium-filaments');
    const flaw = page.getByRole('region', { name: 'The flaw model: Li pressurises a surface flaw' });
    await flaw
      .getByRole('combobox', { name: 'Load electrolyte from the knowledge base or yours' })
      .selectOption('my-garnet');
    const loaded = flaw.getByRole('list', { name: 'Values loaded from the knowledge base' });
    await expect(loaded).toContainText('K_Ic, fracture toughness = 1.2 MPa·m½');
    await expect(loaded).toContainText('yours: own pellets, 2026');
  });
  await test.step('the cell takes it as its electrolyte, also after a reload', async () => {
    await page.goto('/cell');
    await page.getByRole('combobox', { name: 'Electrolyte (anode side)' }).selectOption('my-garnet');
    await expect(page).toHaveURL(/el\.my-garnet/);
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Electrolyte (anode side)' })).toHaveValue('my-garnet');
    await expect(page.getByText(/unknown|not in the knowledge base/i)).toHaveCount(0);
  });
});
