import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MechanismsContainer from '../../src/views/mechanisms/MechanismsContainer';
import { FlawModel } from '../../src/views/mechanisms/models/FlawModel';
import { FractureModel } from '../../src/views/mechanisms/models/FractureModel';
import { MonroeNewmanModel } from '../../src/views/mechanisms/models/MonroeNewmanModel';
import { StackModel } from '../../src/views/mechanisms/models/StackModel';
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

  it('opens a mechanism on its topic page and highlights its knowledge-base entry', () => {
    renderWithApp(<MechanismsContainer />, at('interphase-fracture'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
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
    const { container, store } = renderWithApp(<FlawModel />, { realKb: true });
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
    const { store } = renderWithApp(<FlawModel />, { realKb: true });
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
    const { store } = renderWithApp(<FlawModel />, { realKb: true });
    const slider = screen.getByRole('slider', { name: 'Flaw depth (µm)' });
    expect(slider).toHaveAttribute('aria-valuetext', '1 µm');
    fireEvent.change(slider, { target: { value: '-5' } });
    expect(store.getState().params.flawDepth).toBe(1e-5);
    expect(screen.getByRole('spinbutton', { name: 'Flaw depth (µm), typed value' })).toHaveValue(10);
  });

  it('loads LLZO from the knowledge base with its citation', async () => {
    const { store } = renderWithApp(<FlawModel />, { realKb: true });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Load electrolyte/ }), 'llzo');
    expect(store.getState().params.flawMaterial).toBe('llzo');
    expect(store.getState().params.flawToughness).toBeCloseTo(1.055, 6);
    const loaded = screen.getByRole('list', { name: 'Values loaded from the knowledge base' });
    expect(loaded).toHaveTextContent('K_Ic, fracture toughness = 1.05 MPa·m½ from 0.86–1.25');
    expect(within(loaded).getByRole('link', { name: /Wolfenstine et al\. 2013/ })).toBeInTheDocument();
  });

  it('typesets its equations with KaTeX', async () => {
    const { container } = renderWithApp(<FlawModel />, { realKb: true });
    await waitFor(() => expect(container.querySelector('.katex')).not.toBeNull(), { timeout: 30_000 });
    expect(container.querySelector('.katex math')).not.toBeNull();
  });
});

describe('Monroe–Newman diagram', () => {
  it('places every electrolyte with a modulus and lists the others', () => {
    const { container } = renderWithApp(<MonroeNewmanModel />, { realKb: true });
    const rows = [...container.querySelectorAll('.mn-row[data-row]')].map((r) => r.getAttribute('data-row'));
    for (const id of ['llzo', 'llzo-al', 'lipon', 'li3ps4', 'llto', 'peo-litfsi']) expect(rows).toContain(id);
    expect(container.querySelector('.mn-row[data-row="llzo"]')).toHaveClass('is-met');
    expect(container.querySelector('.mn-row[data-row="peo-litfsi"]')).toHaveClass('is-not-met');
    expect(screen.getByText(/Not placed/)).toHaveTextContent('LGPS');
    expect(screen.getByRole('status')).toHaveTextContent('Why LLZO passes yet is penetrated');
  });
});

describe('Model errors', () => {
  it('shows a clear message instead of numbers when the interphase is thicker than the electrolyte', () => {
    renderWithApp(<FractureModel />, {
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
  it('compares In and LTO against NMC811 by default: pressure rises with In and falls with LTO', () => {
    renderWithApp(<StackModel />, { realKb: true });
    const verdict = screen.getByRole('status');
    expect(verdict).toHaveTextContent(/In \| NMC811: 10 → [\d.]+ MPa on full charge \(rises/);
    expect(verdict).toHaveTextContent(/LTO \| NMC811: 10 → [\d.]+ MPa on full charge \(falls/);
  });
});
