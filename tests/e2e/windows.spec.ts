import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { csvNumber, parseCsv } from '../../src/domain/csv';
import { expect, expectNoAxeViolations, test } from './fixtures';

const chart = (page: Page) =>
  page.getByRole('group', { name: /Electrochemical stability windows of \d+ materials/ });
const bar = (page: Page, name: RegExp) => chart(page).getByRole('button', { name });
/** Opens a page of the app and waits for the (lazy) view and the knowledge base to load. */
async function open(page: Page, path: string) {
  await page.goto(path);
  // Generous: on a loaded 2-core machine parsing the knowledge base can take many seconds.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 60_000 });
}

test('verdicts for Li metal and NMC at 4.3 V follow the KB; the keyboard reaches, selects and moves everything', async ({
  page,
}) => {
  await open(page, '/windows');
  await expect(page.getByRole('heading', { name: 'Stability windows', level: 1 })).toBeVisible();
  const cathode = page.getByRole('slider', { name: 'Cathode potential' });

  await test.step('the default electrodes and the verdicts they give', async () => {
    await expect(page.getByRole('slider', { name: 'Anode potential' })).toHaveAttribute(
      'aria-valuetext',
      /Lithium metal, 0\.00 V/,
    );
    await expect(page.getByRole('slider', { name: 'Cathode potential' })).toHaveAttribute(
      'aria-valuenow',
      '4.3',
    );

    // LGPS (Zhu 2015: 1.71–2.14 V) is reduced at Li metal, and oxidised at 4.3 V.
    await expect(bar(page, /^LGPS, Zhu et al\. 2015/)).toHaveAttribute(
      'aria-label',
      'LGPS, Zhu et al. 2015 (calculated): 1.71 to 2.14 V vs Li/Li+; reduced at the anode and oxidised at the cathode',
    );
    await expect(bar(page, /^LGPS, Zhu et al\. 2015/)).toHaveAttribute(
      'data-verdict',
      'reduced-and-oxidised',
    );
    // LLZO's calculated oxidation limit (2.91 V) is below 4.3 V: oxidised at the NMC cut-off.
    await expect(bar(page, /^LLZO, Zhu et al\. 2015/)).toHaveAttribute(
      'aria-label',
      /2\.91 V vs Li\/Li\+;.*oxidised at the cathode/,
    );
    // LiF (0–6.36 V) is stable between the two.
    await expect(bar(page, /^LiF, Zhu et al\. 2015/)).toHaveAttribute('data-verdict', 'stable');

    const summary = page.getByRole('region', { name: 'Which electrolytes need a protective coating?' });
    await expect(summary.locator('div', { hasText: 'Anode side' })).toContainText('LGPS');
    await expect(summary.locator('div', { hasText: 'Cathode side' })).toContainText('LLZO');
  });

  await test.step('Tab reaches a bar, Enter selects it, the arrow keys move between bars', async () => {
    const bars = chart(page).getByRole('button');
    const rowOf = (i: number) =>
      bars.nth(i).evaluate((el) => el.closest('[data-row-id]')?.getAttribute('data-row-id'));
    await cathode.focus();
    await page.keyboard.press('Tab');
    await expect(bars.first()).toBeFocused();
    const firstRow = await rowOf(0);
    await expect(page.getByRole('tooltip')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`sel=${firstRow}`));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(bars.nth(2)).toBeFocused();
    const thirdRow = await rowOf(2);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`sel=${thirdRow}`));
  });

  await test.step('the arrow keys move a marker, and the verdicts follow', async () => {
    // LAGP's Zhu oxidation limit is 4.27 V: three steps down from 4.30 V make it stable at the cathode.
    await cathode.focus();
    await expect(bar(page, /^LAGP, Zhu/)).toHaveAttribute('data-verdict', 'reduced-and-oxidised');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect(cathode).toHaveAttribute('aria-valuenow', '4.27');
    await expect(bar(page, /^LAGP, Zhu/)).toHaveAttribute('data-verdict', 'reduced');
    await expect(page).toHaveURL(/vc=4\.27/);
    await page.keyboard.press('Shift+ArrowRight');
    await expect(cathode).toHaveAttribute('aria-valuenow', '4.37');
    await expect(page).toHaveURL(/vc=4\.37/);
    await page.getByRole('button', { name: 'Put markers back on the electrodes' }).click();
    await expect(cathode).toHaveAttribute('aria-valuenow', '4.3');
    await expect(page).not.toHaveURL(/vc=/);
  });

  await bar(page, /^LGPS, Zhu/).focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a click selects the material, back returns to the chart, a selection made elsewhere is highlighted', async ({
  page,
}) => {
  await open(page, '/windows?wsort=width');
  await test.step('a click selects, the material page opens, Back returns to the chart as it was', async () => {
    await bar(page, /^LGPS, Zhu et al\. 2015/).click();
    await expect(page).toHaveURL(/[?&]sel=lgps/);
    await expect(bar(page, /^LGPS, Richards/)).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('link', { name: 'Open the material page' }).click();
    await expect(page).toHaveURL(/\/materials\/lgps/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('LGPS');

    await page.goBack();
    await expect(page).toHaveURL(/\/windows\?.*sel=lgps/);
    await expect(page).toHaveURL(/wsort=width/);
    await expect(bar(page, /^LGPS, Zhu et al\. 2015/)).toHaveAttribute('aria-pressed', 'true');
  });

  await test.step('a selection made on a material page is highlighted in the chart', async () => {
    await page.goto('/materials/llzo');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('LLZO');
    await page.getByRole('navigation').getByRole('link', { name: 'Stability windows' }).click();
    await expect(bar(page, /^LLZO, Zhu et al\. 2015/)).toHaveAttribute('aria-pressed', 'true');
    // Every pressed bar is one of LLZO's: one material is selected.
    const llzoBars = await chart(page)
      .getByRole('button', { name: /^LLZO,/ })
      .count();
    expect(llzoBars).toBeGreaterThan(0);
    await expect(chart(page).getByRole('button', { pressed: true })).toHaveCount(llzoBars);
  });
});

test('the table view shows the same windows, survives a reload and passes axe', async ({ page }) => {
  await open(page, '/windows');
  await page.getByRole('button', { name: /Show as table/ }).click();
  await expect(page).toHaveURL(/wtable=1/);
  const table = page.getByRole('table', { name: /Electrochemical stability windows/ });
  const lgps = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'LGPS' }) });
  await expect(lgps).toContainText('1.71');
  await expect(lgps).toContainText('2.14');
  await expect(lgps).toContainText('reduced at the anode and oxidised at the cathode');
  await expect(chart(page).getByRole('button')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('table', { name: /Electrochemical stability windows/ })).toBeVisible();
  await expectNoAxeViolations(page);
  // The table downloads as CSV: numbers with the unit in the header, method, references and DOI.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const [header = [], ...lines] = parseCsv(readFileSync((await download.path()) ?? '', 'utf8'));
  const cell = (line: string[] | undefined, name: string) => line?.[header.indexOf(name)];
  const zhuLgps = lines.find((l) => l[0] === 'lgps' && cell(l, 'window source')?.startsWith('Zhu'));
  expect(csvNumber(cell(zhuLgps, 'reduction limit (V vs Li/Li+)'))).toBe(1.71);
  expect(csvNumber(cell(zhuLgps, 'oxidation limit (V vs Li/Li+)'))).toBe(2.14);
  expect(cell(zhuLgps, 'window method')).toBe('calculated');
  expect(cell(zhuLgps, 'window DOI')).toBe('10.1021/acsami.5b07517');
  // Same number of rows as bars in the chart: one row per window, each with its source cell.
  const rows = await page
    .getByRole('table', { name: /Electrochemical stability windows/ })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: /^(Zhu 2015|Richards 2016|Experiment)$/ }) })
    .count();
  await page.getByRole('button', { name: /Show as table/ }).click();
  await expect(chart(page).getByRole('button')).toHaveCount(rows);
});

test('chart settings come from the URL and are written back to it', async ({ page }) => {
  await open(page, '/windows?wsrc=zhu2015&cathode=lco&wsort=oxidation&wclass=sulfide,binary&q=argyrodite');
  await expect(page.getByRole('slider', { name: 'Cathode potential' })).toHaveAttribute(
    'aria-valuenow',
    '4.2',
  );
  await expect(chart(page).getByRole('button', { name: /Richards/ })).toHaveCount(0);
  await expect(chart(page).getByRole('button', { name: /^LLZO/ })).toHaveCount(0);
  await expect(bar(page, /^Li₆PS₅Cl, Zhu/)).toHaveAttribute('aria-label', /matches the search$/);
  await expect(page.getByRole('combobox', { name: /Sort/ })).toHaveValue('oxidation');
  await page.getByRole('checkbox', { name: /Richards et al\. 2016/ }).check();
  await expect(page).toHaveURL(/wsrc=zhu2015%2Crichards2016/);
});

test('exports an SVG that parses and holds the caption and references, a PNG; a marker can be dragged', async ({
  page,
}) => {
  await open(page, '/windows');
  await test.step('an electrode marker can be dragged to any potential', async () => {
    const anode = page.getByRole('slider', { name: 'Anode potential' });
    // The drag needs the geometry of the flag, the stem and a tick label: SVG parts without roles.
    const flag = anode.locator('.sw-flag');
    // A user scrolls the chart into view before dragging (the mouse moves only within the viewport).
    const axis = page.getByRole('group', { name: /^Potential axis/ });
    await axis.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const box = (await flag.boundingBox())!;
    const tick = await axis.locator('text', { hasText: /^2$/ }).boundingBox();
    const targetX = tick!.x + tick!.width / 2;
    const stem = (await anode.locator('.sw-marker-stem').boundingBox())!;
    // Grab the flag beside the marker and move by the distance from the marker to the 2 V tick:
    // the drag is relative, so the marker does not jump to the pointer.
    const dx = targetX - (stem.x + stem.width / 2);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + dx / 2, box.y + 5, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2 + dx, box.y + 5, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => Number(await anode.getAttribute('aria-valuenow'))).toBeGreaterThan(1.9);
    expect(Number(await anode.getAttribute('aria-valuenow'))).toBeLessThan(2.1);
    await expect(page).toHaveURL(/va=/);
    // LGPS (Zhu, reduction at 1.71 V) is no longer reduced by an anode at about 2 V.
    await expect(bar(page, /^LGPS, Zhu/)).toHaveAttribute('data-verdict', 'oxidised');
    await page.getByRole('button', { name: 'Put markers back on the electrodes' }).click();
  });

  await test.step('the SVG download parses and holds the caption and the references', async () => {
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    expect(svgDownload.suggestedFilename()).toBe('ssb-atlas-stability-windows.svg');
    const svgText = readFileSync((await svgDownload.path())!, 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.nodeName,
        desc: doc.querySelector('desc')?.textContent ?? '',
        text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n'),
      };
    }, svgText);
    expect(parsed.error).toBe(0);
    expect(parsed.root).toBe('svg');
    expect(parsed.desc).toMatch(/^Electrochemical stability windows of \d+ materials/);
    expect(parsed.text).toContain('Electrochemical stability windows of');
    expect(parsed.text).toContain('References');
    expect(parsed.text).toMatch(/Zhu, Y\..*2015/);
    expect(svgText).not.toMatch(/(href|src)="https?:/);
  });

  await test.step('the PNG download is a PNG of the figure', async () => {
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(pngDownload.suggestedFilename()).toBe('ssb-atlas-stability-windows.png');
    const png = readFileSync((await pngDownload.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(20_000);
    await expect(
      page.getByRole('status').filter({ hasText: 'Saved ssb-atlas-stability-windows.png' }),
    ).toBeVisible();
  });
});

test('fits a phone: no sideways scrolling at 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/windows');
  await expect(chart(page)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
