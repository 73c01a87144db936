import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MechanismsContainer from '../../src/views/mechanisms/MechanismsContainer';
import { FlawModelContainer } from '../../src/views/mechanisms/models/FlawModelContainer';
import { FractureModelContainer } from '../../src/views/mechanisms/models/FractureModelContainer';
import { MonroeNewmanModelContainer } from '../../src/views/mechanisms/models/MonroeNewmanModelContainer';
import { StackModelContainer } from '../../src/views/mechanisms/models/StackModelContainer';
import { materialLoadPatch } from '../../src/views/mechanisms/parts/ElectrolyteLoader';
import { renderWithApp } from './render';

// Rendering the real knowledge base in jsdom is slow on a shared machine.
vi.setConfig({ testTimeout: 60_000 });

const at = (recordId: string | null) => ({
  init: { route: { view: 'mechanisms' as const, recordId } },
  realKb: true,
});

/** The `d` of the first curve of the first plot in `root`. */
const curveD = (root: HTMLElement) => root.querySelector('path.xy-series')?.getAttribute('d');

describe('Mechanisms view', () => {
  it('lists the three topics with links to their mechanisms on /mechanisms', () => {
    renderWithApp(<MechanismsContainer />, at(null));
    expect(screen.getByRole('heading', { level: 1, name: 'Mechanisms' })).toBeInTheDocument();
    for (const name of [
      'Lithium filament growth through solid electrolytes',
      'Chemo-mechanics of composite electrodes',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Void formation in lithium during stripping' })).toHaveAttribute(
      'href',
      '/mechanisms/void-formation',
    );
  });

  it('says so when the route names no topic or mechanism', () => {
    renderWithApp(<MechanismsContainer />, at('unobtainium'));
    expect(screen.getByRole('alert')).toHaveTextContent('No topic or mechanism “unobtainium”');
  });

  it('opens a mechanism on its topic page and highlights its knowledge-base entry', async () => {
    renderWithApp(<MechanismsContainer />, at('interphase-fracture'));
    // The page shows once its topic's diagrams (a chunk of their own) have arrived.
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Interphase formation at lithium/electrolyte interfaces',
    );
    const entry = screen.getByRole('article', { name: 'Fracture driven by interphase expansion' });
    expect(entry).toHaveClass('is-highlighted');
    expect(entry).toHaveAttribute('aria-current', 'true');
    expect(within(entry).getByRole('heading', { name: 'Evidence' })).toBeInTheDocument();
    expect(
      within(entry).getByRole('link', { name: 'Lithium aluminium germanium phosphate (LAGP)' }),
    ).toHaveAttribute('href', '/materials/lagp');
    expect(within(entry).getAllByRole('link', { name: /Tippens et al\. 2019/ }).length).toBeGreaterThan(0);
    expect(screen.getByRole('article', { name: /Interphase formation and growth/ })).not.toHaveClass(
      'is-highlighted',
    );
  });
});

describe('Flaw model', () => {
  it('moves the plot, schematic and verdict when a value is typed, and stores it in canonical units', async () => {
    const { container, store } = renderWithApp(<FlawModelContainer />, { realKb: true });
    const before = curveD(container);
    const verdict = screen.getByRole('status');
    expect(verdict).toHaveTextContent('the flaw cracks');
    const box = screen.getByRole('spinbutton', { name: 'Fracture toughness K_Ic (MPa·m½), typed value' });
    await userEvent.clear(box);
    await userEvent.type(box, '3{Enter}');
    expect(store.getState().params.flawToughness).toBe(3);
    expect(curveD(container)).not.toBe(before);
    expect(screen.getByRole('status')).toHaveTextContent('the flaw holds');
    expect(screen.getByRole('img', { name: /Li-filled surface flaw/ })).toHaveAccessibleDescription(/holds/);
  });

  it('refuses an out-of-range typed value with a message naming the range', async () => {
    const { store } = renderWithApp(<FlawModelContainer />, { realKb: true });
    const box = screen.getByRole('spinbutton', { name: 'Flaw depth (µm), typed value' });
    await userEvent.clear(box);
    await userEvent.type(box, '5000{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Flaw depth must be between 0.01 µm and 100 µm (got 5000 µm)',
    );
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(store.getState().params.flawDepth).toBe(1e-6);
  });

  it('moves with the slider on a log scale', () => {
    const { store } = renderWithApp(<FlawModelContainer />, { realKb: true });
    const slider = screen.getByRole('slider', { name: 'Flaw depth (µm)' });
    expect(slider).toHaveAttribute('aria-valuetext', '1 µm');
    fireEvent.change(slider, { target: { value: '-5' } });
    expect(store.getState().params.flawDepth).toBe(1e-5);
    expect(screen.getByRole('spinbutton', { name: 'Flaw depth (µm), typed value' })).toHaveValue(10);
  });

  it('loads LLZO from the knowledge base with its citation', async () => {
    const { store } = renderWithApp(<FlawModelContainer />, { realKb: true });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Load electrolyte/ }), 'llzo');
    expect(store.getState().params.flawMaterial).toBe('llzo');
    expect(store.getState().params.flawToughness).toBeCloseTo(1.055, 6);
    const loaded = screen.getByRole('list', { name: 'Values loaded from the knowledge base' });
    expect(loaded).toHaveTextContent('K_Ic, fracture toughness = 1.05 MPa·m½ from 0.86–1.25');
    expect(within(loaded).getByRole('link', { name: /Wolfenstine et al\. 2013/ })).toBeInTheDocument();
  });

  it('labels η_c/ASR as an upper bound and plots the measured CCD of the knowledge base beside it', () => {
    renderWithApp(<FlawModelContainer />, { realKb: true });
    const plot = screen.getByRole('img', { name: /Upper bound of the critical current density/ });
    // bound at 10 Ω·cm², a = 1 µm: 6.79 mA/cm² (MODELS.md); Flatscher 2020: 0.28 mA/cm²
    expect(plot).toHaveAccessibleDescription(/at your 10 Ω·cm² it is 6\.79 mA\/cm²/);
    expect(plot).toHaveAccessibleDescription(
      /Measured: LLZO single crystal, no stack pressure .* 0\.28 mA\/cm²/,
    );
    const verdict = screen.getByRole('status');
    expect(verdict).toHaveTextContent(/Upper bound\. η_c\/ASR is an upper bound, not a prediction/);
    // 6.787 / 0.28 = 24.2
    expect(verdict).toHaveTextContent(/the highest is 24 times below the bound at your ASR/);
  });

  it('loads the sulfide glass with its fracture toughness (McGrogan 2017), so a sulfide can be chosen', async () => {
    const { store } = renderWithApp(<FlawModelContainer />, { realKb: true });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Load electrolyte/ }), 'lps-glass');
    expect(store.getState().params.flawToughness).toBe(0.23);
    const loaded = screen.getByRole('list', { name: 'Values loaded from the knowledge base' });
    expect(within(loaded).getByRole('link', { name: /McGrogan et al\. 2017/ })).toBeInTheDocument();
  });

  it('typesets its equations with KaTeX', async () => {
    const { container } = renderWithApp(<FlawModelContainer />, { realKb: true });
    await waitFor(() => expect(container.querySelector('.katex')).not.toBeNull(), { timeout: 30_000 });
    expect(container.querySelector('.katex math')).not.toBeNull();
  });
});

describe('Monroe–Newman diagram', () => {
  it('places every electrolyte with a modulus and lists the others', () => {
    const { container } = renderWithApp(<MonroeNewmanModelContainer />, { realKb: true });
    const rows = [...container.querySelectorAll('.mn-row[data-row]')].map((r) => r.getAttribute('data-row'));
    for (const id of [
      'llzo',
      'llzo-al',
      'lipon',
      'lps-glass',
      'latp',
      'llto',
      'peo-litfsi',
      'lgps',
      'li6ps5cl',
      'li7p3s11',
    ])
      expect(rows).toContain(id);
    expect(container.querySelector('.mn-row[data-row="llzo"]')).toHaveClass('is-met');
    expect(container.querySelector('.mn-row[data-row="peo-litfsi"]')).toHaveClass('is-not-met');
    // LGPS, Li7P3S11, Li3PS4, Li6PS5Cl and LSPS have (calculated) moduli in the KB; LAGP has none.
    expect(screen.getByText(/Not placed/)).toHaveTextContent(/: LAGP\.$/);
    expect(screen.getByRole('status')).toHaveTextContent('Why LLZO passes yet is penetrated');
  });
});

describe('Ahmad–Viswanathan beside Monroe–Newman', () => {
  it('says that for v < 1 the stiff electrolyte is unstable although it passes Monroe–Newman, and flips at v = 2', () => {
    const { store } = renderWithApp(<MonroeNewmanModelContainer />, { realKb: true });
    const verdict = screen.getByRole('status');
    expect(verdict).toHaveTextContent(/the stress term changes sign/);
    // MODELS.md: v = 0.5, x = 14.1 → N = 156 > 0, x* = 0.402
    expect(verdict).toHaveTextContent(
      /With v = 0\.5 < 1 only an electrolyte softer than G_s\/G_Li = 0\.402 is stable: your electrolyte \(G_s\/G_Li = 14\.1\) is unstable, and it passes Monroe–Newman — the two criteria disagree/,
    );
    const slider = screen.getByRole('slider', { name: /Partial molar volume ratio/ });
    fireEvent.change(slider, { target: { value: '2' } });
    expect(store.getState().params.mnVolumeRatio).toBe(2);
    // v = 2: x* = 3.17, stable
    expect(screen.getByRole('status')).toHaveTextContent(
      /With v = 2 > 1 an electrolyte stiffer than G_s\/G_Li = 3\.17 is stable .*: your electrolyte \(G_s\/G_Li = 14\.1\) is stable/,
    );
    expect(
      screen.getByRole('img', { name: /Stability of deposition against the partial molar volume/ }),
    ).toBeInTheDocument();
  });
});

describe('Interphase fracture at a nonuniform front', () => {
  it('takes the misfitting-sphere tension, a third of |σ_f| for equal moduli, with its critical flaw', () => {
    renderWithApp(<FractureModelContainer />, { realKb: true });
    const verdict = screen.getByRole('status');
    // MODELS.md: σ_front = 717 MPa, K = 1.42 MPa·m½, a_front = 0.123 µm
    expect(verdict).toHaveTextContent(
      /717 MPa here \(a third of \|σ_f\| when both have the same stiffness\)/,
    );
    expect(verdict).toHaveTextContent(/cracks flaws deeper than 0\.123 µm/);
    expect(verdict).toHaveTextContent(/K = 1\.42 at a 1 µm flaw/);
  });
});

describe('the shared electrolyte loader', () => {
  const load = {
    values: [{ key: 'fractureToughness', value: 1.1, label: 'K_Ic', detail: '', refs: [] }],
    notes: [],
    settings: { growthType: '3' as const },
  };

  it('fills the loaded values, carries a setting, and resets the named keys when none is chosen', () => {
    expect(materialLoadPatch('fractureMaterial', 'latp', load as never, ['fractureVolumeChange'])).toEqual({
      fractureMaterial: 'latp',
      fractureToughness: 1.1,
      growthType: '3',
    });
    expect(materialLoadPatch('fractureMaterial', null, null, ['fractureVolumeChange'])).toEqual({
      fractureMaterial: null,
      fractureVolumeChange: 10,
    });
  });

  it('with resetFirst, defaults come first and the loaded values win', () => {
    expect(
      materialLoadPatch(
        'fractureMaterial',
        'latp',
        load as never,
        ['fractureToughness', 'fractureVolumeChange'],
        true,
      ),
    ).toMatchObject({ fractureToughness: 1.1, fractureVolumeChange: 10 });
  });
});

describe('Model errors', () => {
  it('shows a clear message instead of numbers when the interphase is thicker than the electrolyte', () => {
    renderWithApp(<FractureModelContainer />, {
      realKb: true,
      init: { params: { fractureThickness: 1e-4, fractureElectrolyteThickness: 5e-5 } },
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Cannot compute');
    expect(alert).toHaveTextContent(
      'Interphase thickness h must be smaller than the electrolyte thickness H',
    );
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });
});

describe('Stack pressure diagram', () => {
  it('compares In and LTO against LCO by default (Zhang 2017) and draws the measured In | LCO change', () => {
    renderWithApp(<StackModelContainer />, { realKb: true });
    const verdict = screen.getByRole('status');
    // E_eff = 0.09 GPa: In | LCO +1.30 MPa (MODELS.md); LTO | LCO: the KB's LTO range ±0.2 % has midpoint 0,
    // so only LCO's +0.54 µm: 90 MPa × 0.54 / 640 = +0.0759 MPa
    expect(verdict).toHaveTextContent(/In \| LiCoO2: 10 → 11\.3 MPa on full charge \(rises by 1\.3 MPa/);
    expect(verdict).toHaveTextContent(/LTO \| LiCoO2: 10 → 10\.1 MPa on full charge \(rises by 0\.0759 MPa/);
    expect(verdict).toHaveTextContent(/The fall with LTO is not in this model/);
    const plot = screen.getByRole('img', { name: /Stack pressure against state of charge/ });
    expect(plot).toHaveAccessibleDescription(
      /Measured at full charge: In anode \| LCO cathode, on charge \+1\.25 MPa/,
    );
  });
});
