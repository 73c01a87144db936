import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

// The view loads the knowledge base, the models and KaTeX on demand.
const FIRST_PAINT = { timeout: 60_000 };

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible(FIRST_PAINT);
}

/** Opens a diagram page, waits for its equations to be typeset, and scans it with axe. */
async function openDiagram(page: Page, path: string): Promise<void> {
  await open(page, path);
  await expect(page.locator('.equation-loading')).toHaveCount(0, FIRST_PAINT);
  await expect(page.locator('.katex').first()).toBeVisible();
  await expectNoAxeViolations(page);
}

/** The `d` of a model's first curve. */
const curveD = (region: Locator) => region.locator('path.xy-series').first().getAttribute('d');

test('filaments: equations, Monroe–Newman, and a flaw model driven by keyboard, typing and the KB, restored on reload', async ({
  page,
}) => {
  await openDiagram(page, '/mechanisms/lithium-filaments');

  // Monroe–Newman: LLZO passes the criterion and the page says why it is penetrated anyway.
  const mn = page.getByRole('region', { name: /Monroe–Newman/ });
  await expect(mn.locator('.mn-row[data-row="llzo"]')).toHaveClass(/is-met/);
  await expect(mn.locator('.mn-row[data-row="peo-litfsi"]')).toHaveClass(/is-not-met/);
  const mnVerdict = mn.getByRole('status');
  await expect(mnVerdict).toContainText('Why LLZO passes yet is penetrated');
  for (const cite of [/Porz et al\. 2017/, /Cheng et al\. 2017/, /Han et al\. 2019/]) {
    await expect(mnVerdict.getByRole('link', { name: cite }).first()).toBeVisible();
  }

  // Ahmad–Viswanathan beside it: with v < 1 the stiff LLZO is unstable; at v = 2 it is stable.
  await expect(mnVerdict).toContainText('the stress term changes sign');
  await expect(mnVerdict).toContainText(
    'is unstable, and it passes Monroe–Newman — the two criteria disagree',
  );
  await expect(
    mn.getByRole('img', { name: /Stability of deposition against the partial molar volume/ }),
  ).toBeVisible();
  const v = mn.getByRole('spinbutton', { name: /Partial molar volume ratio .*typed value/ });
  await v.fill('2');
  await v.press('Enter');
  await expect(page).toHaveURL(/mgv=2(&|$)/);
  await expect(mnVerdict).toContainText(
    'With v = 2 > 1 an electrolyte stiffer than G_s/G_Li = 3.17 is stable',
  );

  const flaw = page.getByRole('region', { name: 'The flaw model: Li pressurises a surface flaw' });
  const verdict = flaw.getByRole('status');
  // The CCD estimate is an upper bound, with the measured LLZO CCD plotted beside it.
  await expect(verdict).toContainText('η_c/ASR is an upper bound, not a prediction');
  const ccdPlot = flaw.getByRole('img', { name: /Upper bound of the critical current density/ });
  await expect(ccdPlot).toHaveAccessibleDescription(
    /Measured: LLZO single crystal, no stack pressure .*0\.28 mA\/cm²/,
  );
  await expect(ccdPlot.locator('[data-marker="bound"]')).toBeVisible();
  await expect(ccdPlot.getByText('measured: 0.28 mA/cm²')).toBeVisible();
  const schematic = flaw.getByRole('img', { name: 'Li-filled surface flaw in the electrolyte' });
  await expect(verdict).toContainText('the flaw cracks');

  // Keyboard: five steps up the K_Ic slider redraw the curve.
  const before = await curveD(flaw);
  const kic = flaw.getByRole('slider', { name: 'Fracture toughness K_Ic (MPa·m½)' });
  await kic.focus();
  for (let i = 0; i < 5; i += 1) await kic.press('ArrowRight');
  await expect(page).toHaveURL(/mkic=1\.05(&|$)/);
  await expect.poll(() => curveD(flaw)).not.toBe(before);
  await expect(flaw.getByRole('spinbutton', { name: /Fracture toughness K_Ic .*typed value/ })).toHaveValue(
    '1.05',
  );

  // Keyboard: Home takes the overpotential to 0 mV: nothing is pressurised, the flaw holds.
  const crackBefore = await schematic.locator('[data-key="crack"]').getAttribute('d');
  const eta = flaw.getByRole('slider', { name: 'Overpotential |η| (mV)' });
  await eta.focus();
  await eta.press('Home');
  await expect(verdict).toContainText('the flaw holds');
  await expect.poll(() => schematic.locator('[data-key="crack"]').getAttribute('d')).not.toBe(crackBefore);
  await expect(schematic.locator('[data-key="p-label"]')).toHaveText('p = 0 MPa');

  // Typing: a 20 µm flaw at 100 mV cracks again.
  await eta.press('End');
  const box = flaw.getByRole('spinbutton', { name: 'Flaw depth (µm), typed value' });
  await box.fill('20');
  await box.press('Enter');
  await expect(page).toHaveURL(/mflaw=0\.00002(&|$)/);
  await expect(verdict).toContainText('20 µm flaw');
  await expect(schematic.locator('[data-key="a-label"]')).toHaveText('a = 20 µm');

  // Loading LLZO fills K_Ic from the knowledge base and shows where it comes from.
  const d = await curveD(flaw);
  await flaw.getByRole('combobox', { name: 'Load electrolyte from the knowledge base' }).selectOption('llzo');
  await expect(page).toHaveURL(/mfmat=llzo/);
  const loaded = flaw.getByRole('list', { name: 'Values loaded from the knowledge base' });
  await expect(loaded).toContainText('K_Ic, fracture toughness = 1.05 MPa·m½ from 0.86–1.25');
  await expect(loaded.getByRole('link', { name: /Wolfenstine et al\. 2013/ })).toBeVisible();
  await expect.poll(() => curveD(flaw)).not.toBe(d);

  // The equations are typeset (KaTeX from our own origin: the fixture fails on any outside request).
  await expect(flaw.locator('.katex').first()).toBeVisible();

  // A reload restores every input.
  await page.reload();
  const again = page.getByRole('region', { name: 'The flaw model: Li pressurises a surface flaw' });
  await expect(again.getByRole('spinbutton', { name: 'Flaw depth (µm), typed value' })).toHaveValue(
    '20',
    FIRST_PAINT,
  );
  await expect(again.getByRole('spinbutton', { name: /Fracture toughness K_Ic .*typed value/ })).toHaveValue(
    '1.055',
  );
  await expect(again.getByRole('combobox', { name: 'Load electrolyte from the knowledge base' })).toHaveValue(
    'llzo',
  );
  await expect(again.getByRole('slider', { name: 'Overpotential |η| (mV)' })).toHaveAttribute(
    'aria-valuetext',
    '500 mV',
  );
  await expect(again.getByRole('status')).toContainText('20 µm flaw');
});

test('composite electrodes: a misfit slider and the stack electrodes change the plots; a mechanism id opens its entry', async ({
  page,
}) => {
  await openDiagram(page, '/mechanisms/composite-electrodes');
  const misfit = page.getByRole('region', { name: /misfitting particle/ });
  await expect(misfit.getByRole('status')).toContainText('delaminates');
  const box = misfit.getByRole('spinbutton', { name: 'Particle volume change ΔV/V (%), typed value' });
  await box.fill('5');
  await box.press('Enter');
  await expect(misfit.getByRole('status')).toContainText('matrix cracks');
  await expect(
    misfit.getByRole('img', { name: 'Particle in an electrolyte matrix' }),
  ).toHaveAccessibleDescription(/radial cracks/);
  const stack = page.getByRole('region', { name: 'Stack pressure against state of charge' });
  // Zhang 2017: In vs LTO against LCO, with the measured In | LCO change on the plot.
  await expect(stack.getByRole('status')).toContainText('In | LiCoO2');
  await expect(stack.getByRole('status')).toContainText('The fall with LTO is not in this model');
  await expect(
    stack.getByRole('img', { name: 'Stack pressure against state of charge' }),
  ).toHaveAccessibleDescription(/Measured at full charge: In anode \| LCO cathode, on charge \+1\.25 MPa/);
  const d = await stack.locator('path.xy-series').nth(1).getAttribute('d');
  await stack.getByRole('combobox', { name: 'Second anode (knowledge base)' }).selectOption('silicon');
  await expect(stack.getByRole('status')).toContainText('Si | LiCoO2');
  await expect.poll(() => stack.locator('path.xy-series').nth(1).getAttribute('d')).not.toBe(d);

  // A mechanism id opens its topic page at the highlighted entry.
  await page.goto('/mechanisms/sse-microcracking');
  const entry = page.getByRole('article', { name: 'Microcracking of the electrolyte matrix' });
  await expect(entry).toHaveClass(/is-highlighted/, FIRST_PAINT);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chemo-mechanics of composite electrodes');
  await expect(entry).toBeInViewport();
});

test('interphase growth: a typed value out of range is refused; loading LLZO gives a self-limited type 3 interphase', async ({
  page,
}) => {
  await openDiagram(page, '/mechanisms/interphase-formation');
  const growth = page.getByRole('region', { name: /Interphase growth/ });
  const box = growth.getByRole('spinbutton', { name: 'Time t (h), typed value' });
  await box.fill('100000');
  await box.press('Enter');
  await expect(growth.getByRole('alert')).toContainText(
    'Time t must be between 0.0167 h and 8760 h (got 1e+5 h)',
  );
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(page).not.toHaveURL(/mt=/);
  await box.fill('10');
  await box.press('Tab');
  await expect(growth.getByRole('alert')).toHaveCount(0);
  await expect(page).toHaveURL(/mt=36000(&|$)/);

  // Loading LLZO switches to a self-limited type 3 interphase.
  await expect(growth.getByRole('status')).toContainText('type 2 interphase');
  await growth
    .getByRole('combobox', { name: 'Load electrolyte from the knowledge base' })
    .selectOption('llzo');
  await expect(growth.getByRole('status')).toContainText('type 3 interphase');
  await expect(growth.getByRole('radio', { name: /Type 3/ })).toBeChecked();
  await expect(growth.getByRole('img', { name: /Li \| interphase \| LLZO/ })).toBeVisible();
  await expect(page).toHaveURL(/mtype=3/);

  // The nonuniform front: misfitting-sphere tension, a third of |σ_f| at equal moduli.
  const fracture = page.getByRole('region', { name: /Interphase expansion cracks the electrolyte/ });
  await expect(fracture.getByRole('status')).toContainText(
    'a third of |σ_f| when both have the same stiffness',
  );
  await expect(fracture.getByRole('status')).toContainText('cracks flaws deeper than 0.123 µm');
});

test('a link to a diagram (#fragment) opens the topic page at that diagram, on a phone and on a projector', async ({
  page,
}) => {
  for (const width of [390, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    await open(page, '/mechanisms/lithium-filaments#model-leakage');
    const heading = page.getByRole('heading', { level: 2, name: /^Electronic leakage/ });
    // The browser's own jump happens before the view renders; the page scrolls there itself, also
    // after the diagrams above it (drawn only when on screen) have taken their real height.
    await expect(heading).toBeInViewport();
    await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();
  }
});
