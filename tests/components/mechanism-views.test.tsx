/**
 * The eight mechanism model views rendered with plain props (no store values, no KB lookups of
 * their own): what they show follows the props, and what the user does reaches the callbacks.
 * The knowledge base around them serves only the citation links (Cite, CitedText).
 */
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stackLayerOf } from '../../src/domain/mechanism-kb-values';
import type { MechanismMeasurement } from '../../src/domain/mechanism-measurements';
import type { MechanismNumberKey } from '../../src/domain/mechanism-params';
import { modelSpecOf } from '../../src/domain/mechanism-specs';
import { RAW_KB } from '../../src/kb/raw';
import type { Mechanism } from '../../src/kb/schema';
import { MechanismEntry } from '../../src/views/mechanisms/MechanismEntry';
import { FLAW_KEYS, FlawModel } from '../../src/views/mechanisms/models/FlawModel';
import { FRACTURE_KEYS, FractureModel } from '../../src/views/mechanisms/models/FractureModel';
import { GROWTH_KEYS, GrowthModel } from '../../src/views/mechanisms/models/GrowthModel';
import { LeakageModel } from '../../src/views/mechanisms/models/LeakageModel';
import { MISFIT_KEYS, MisfitModel } from '../../src/views/mechanisms/models/MisfitModel';
import { MN_KEYS, MonroeNewmanModel } from '../../src/views/mechanisms/models/MonroeNewmanModel';
import { PRESSURE_KEYS, PressureModel } from '../../src/views/mechanisms/models/PressureModel';
import { STACK_KEYS, StackModel } from '../../src/views/mechanisms/models/StackModel';
import { KbPicker } from '../../src/views/mechanisms/parts/KbPicker';
import type { KbChoice } from '../../src/views/mechanisms/parts/KbPicker';
import { loadOrThrow, renderWithApp } from './render';

/** The model defaults of `keys`, as a container would read them from a fresh store. */
function defaults<K extends MechanismNumberKey>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, modelSpecOf(k).default])) as Record<K, number>;
}

/** A picker choice over the given options, none chosen and nothing loaded. */
function choice(options: { id: string; label: string }[] = []): KbChoice {
  return { options, value: null, onChange: vi.fn(), load: null };
}

const anyReference = () => true;

describe('PressureModel (props only)', () => {
  it('shows the shift for the pressure it is given and reports a typed value to onParamChange', async () => {
    const onParamChange = vi.fn();
    renderWithApp(
      <PressureModel values={{ pressure: 10 }} onParamChange={onParamChange} isReference={anyReference} />,
    );
    // p V_m = 10 MPa × 13.0 cm³/mol = 130 J/mol; / F = 1.347 mV
    expect(screen.getByRole('status')).toHaveTextContent(
      '10 MPa on Li raises its chemical potential by 130 J/mol, i.e. 1.35 mV.',
    );
    const box = screen.getByRole('spinbutton', { name: /typed value/ });
    await userEvent.clear(box);
    await userEvent.type(box, '20{Enter}');
    expect(onParamChange).toHaveBeenCalledWith('pressure', 20);
  });

  it('leaves out a citation whose reference the knowledge base lacks', () => {
    renderWithApp(
      <PressureModel
        values={defaults(PRESSURE_KEYS)}
        onParamChange={vi.fn()}
        isReference={(id) => id !== 'porz-2017'}
      />,
    );
    expect(screen.getByRole('status').querySelector('.cite')).toBeNull();
  });
});

describe('FlawModel (props only)', () => {
  const measured = [
    {
      mechanismId: 'filament-growth',
      measurement: { id: 'm1', label: 'Test cell', quantity: { refs: [] }, asr: undefined },
      value: 0.28,
      range: [0.28, 0.28],
    },
  ] as unknown as MechanismMeasurement[];

  it('names the electrolyte it is given and compares the measured CCDs it is given with the bound', () => {
    renderWithApp(
      <FlawModel
        values={defaults(FLAW_KEYS)}
        onParamChange={vi.fn()}
        isReference={anyReference}
        electrolyte={choice()}
        materialName="LLZO"
        measured={measured}
      />,
    );
    const verdict = screen.getByRole('status');
    expect(verdict).toHaveTextContent(/cracks LLZO\./);
    // bound 6.787 mA/cm² (a = 1 µm, 10 Ω·cm²) / 0.28 = 24.2
    expect(verdict).toHaveTextContent('Measured: Test cell, 0.28 mA/cm² — the highest is 24 times below');
  });

  it('says when it is given no measured CCD, and hands a chosen electrolyte to the choice', async () => {
    const electrolyte = choice([{ id: 'x', label: 'Electrolyte X' }]);
    renderWithApp(
      <FlawModel
        values={defaults(FLAW_KEYS)}
        onParamChange={vi.fn()}
        isReference={anyReference}
        electrolyte={electrolyte}
        materialName={null}
        measured={[]}
      />,
    );
    expect(
      screen.getByText(/The knowledge base has no measured CCD for this electrolyte/),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/cracks the electrolyte\./);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Load electrolyte/ }), 'x');
    expect(electrolyte.onChange).toHaveBeenCalledWith('x');
  });
});

describe('MonroeNewmanModel (props only)', () => {
  it('places the entries it is given, lists the unplaced names and judges the ratio of its values', () => {
    const { container } = renderWithApp(
      <MonroeNewmanModel
        values={{ ...defaults(MN_KEYS), mnShearModulus: 10, mnLithiumShearModulus: 4 }}
        onParamChange={vi.fn()}
        isReference={anyReference}
        electrolyte={choice()}
        material={{ id: 'a', name: 'Stiff A', isFilamentObserved: true }}
        placed={[
          {
            id: 'a',
            label: 'Stiff A',
            ratio: 3,
            ratioLow: 3,
            ratioHigh: 3,
            isFilamentObserved: true,
            isEstimated: false,
          },
          {
            id: 'b',
            label: 'Soft B',
            ratio: 1,
            ratioLow: 1,
            ratioHigh: 1,
            isFilamentObserved: null,
            isEstimated: true,
          },
        ]}
        unplacedNames={['Gamma']}
      />,
    );
    expect(
      [...container.querySelectorAll('.mn-row[data-row]')].map((r) => r.getAttribute('data-row')),
    ).toEqual(expect.arrayContaining(['a', 'b']));
    expect(screen.getByText(/Not placed/)).toHaveTextContent('Gamma');
    const verdict = screen.getByRole('status');
    // 10 / 4 = 2.5 ≥ 2
    expect(verdict).toHaveTextContent('Stiff A: G_SSE/G_Li = 2.5 ≥ 2. Monroe–Newman is met');
    expect(verdict).toHaveTextContent(
      '1 of 2 placed electrolytes pass; filaments have nonetheless been observed in Stiff A.',
    );
  });
});

describe('LeakageModel (props only)', () => {
  it('computes the leakage of its values and places the materials it is given', () => {
    renderWithApp(
      <LeakageModel
        values={{ leakElectronic: 1e-6, leakIonic: 1e-3, leakVoltage: 4, leakThickness: 1e-4 }}
        onParamChange={vi.fn()}
        isReference={anyReference}
        electrolyte={choice()}
        materials={[{ id: 'z', label: 'Zeta', sigmaSPerCm: 1e-9 }]}
      />,
    );
    // j_e = σ_e V / L = 1e-6 S/cm × 4 V / 0.01 cm = 4e-4 A/cm² = 0.4 mA/cm²
    expect(screen.getByRole('status')).toHaveTextContent(/0\.4 mA\/cm² leak through the electrolyte/);
    expect(
      screen.getByRole('img', { name: 'Leakage current against electronic conductivity' }),
    ).toHaveAccessibleDescription(/Zeta: /);
  });
});

describe('GrowthModel (props only)', () => {
  it('shows the type it is given and reports the other type to onGrowthTypeChange', async () => {
    const onGrowthTypeChange = vi.fn();
    renderWithApp(
      <GrowthModel
        values={defaults(GROWTH_KEYS)}
        onParamChange={vi.fn()}
        isReference={anyReference}
        electrolyte={choice()}
        materialName="LiPON"
        growthType="3"
        onGrowthTypeChange={onGrowthTypeChange}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/a type 3 interphase is .* and stops at/);
    expect(screen.getByRole('img', { name: /LiPON/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: /Type 2/ }));
    expect(onGrowthTypeChange).toHaveBeenCalledWith('2');
  });
});

describe('FractureModel (props only)', () => {
  it('with no volume change the electrolyte it names holds and no curve is drawn', () => {
    renderWithApp(
      <FractureModel
        values={{ ...defaults(FRACTURE_KEYS), fractureVolumeChange: 0 }}
        onParamChange={vi.fn()}
        isReference={anyReference}
        electrolyte={choice()}
        materialName="LAGP"
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      /^What this meansLAGP holds: K = 0 stays below K_Ic/,
    );
    expect(screen.getByText(/no curve to plot/)).toBeInTheDocument();
  });
});

describe('MisfitModel (props only)', () => {
  it('names the particle it is given and hands a chosen particle to its choice', async () => {
    const particle = {
      choice: choice([{ id: 'p1', label: 'Particle one (cathode)' }]),
      name: 'Pone',
      preset: { label: 'NMC', poissonRatio: 0.3 },
    };
    renderWithApp(
      <MisfitModel
        values={defaults(MISFIT_KEYS)}
        onParamChange={vi.fn()}
        isReference={anyReference}
        particle={particle as never}
        matrix={
          { choice: choice(), name: null, preset: { label: 'Argyrodite', poissonRatio: 0.25 } } as never
        }
      />,
    );
    expect(within(screen.getByRole('status')).getByText(/^Pone /)).toBeInTheDocument();
    expect(screen.getByText(/Poisson's ratios: particle 0\.3, matrix 0\.25/)).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Particle: active material/ }), 'p1');
    expect(particle.choice.onChange).toHaveBeenCalledWith('p1');
  });
});

describe('StackModel (props only)', () => {
  const { index } = loadOrThrow(RAW_KB);
  const layer = (id: string) => stackLayerOf(index.electrodes.get(id)!);
  const electrodes = (isLcoCathode: boolean) => ({
    a: layer('indium'),
    b: layer('lto'),
    c: layer('lco'),
    choices: { a: choice(), b: choice(), c: choice() },
    isLcoCathode,
  });

  it('says so when it is given no electrodes', () => {
    renderWithApp(
      <StackModel
        values={defaults(STACK_KEYS)}
        onParamChange={vi.fn()}
        isReference={anyReference}
        electrodes={null}
        measured={[]}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The knowledge base has no electrodes with volume changes',
    );
  });

  it('adds the LCO caveat only when told the cathode is LCO', () => {
    const { unmount } = renderWithApp(
      <StackModel
        values={defaults(STACK_KEYS)}
        onParamChange={vi.fn()}
        isReference={anyReference}
        electrodes={electrodes(true)}
        measured={[]}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/The fall with LTO is not in this model/);
    expect(screen.getByText(/No measured pressure change for these cells/)).toBeInTheDocument();
    unmount();
    renderWithApp(
      <StackModel
        values={defaults(STACK_KEYS)}
        onParamChange={vi.fn()}
        isReference={anyReference}
        electrodes={electrodes(false)}
        measured={[]}
      />,
    );
    expect(screen.getByRole('status')).not.toHaveTextContent(/The fall with LTO is not in this model/);
  });

  it('moves a slider through onParamChange', () => {
    const onParamChange = vi.fn();
    renderWithApp(
      <StackModel
        values={defaults(STACK_KEYS)}
        onParamChange={onParamChange}
        isReference={anyReference}
        electrodes={electrodes(true)}
        measured={[]}
      />,
    );
    fireEvent.change(screen.getByRole('slider', { name: /State of charge/ }), { target: { value: '0.5' } });
    expect(onParamChange).toHaveBeenCalledWith('stackSoc', 0.5);
  });
});

describe('citation keys in mechanism prose', () => {
  it('a mechanism entry shows a reference id written in its prose as a citation link, not the raw key', () => {
    const mechanism = {
      id: 'interphase-growth',
      name: 'Continuous interphase growth',
      topic: 'interphase-formation',
      summary: 'The layer keeps growing (zhu-2015).',
      cause: 'Mixed conduction (zhu-2015, wenzel-2016a).',
      effect: 'Rising resistance.',
      materials: [],
      evidence: [],
      mitigations: [],
      refs: [],
    } as unknown as Mechanism;
    renderWithApp(<MechanismEntry mechanism={mechanism} isHighlighted={false} />);
    const entry = screen.getByRole('article', { name: 'Continuous interphase growth' });
    expect(entry).not.toHaveTextContent('zhu-2015');
    expect(within(entry).getAllByRole('link', { name: /Zhu et al\. 2015/ })).toHaveLength(2);
    expect(within(entry).getByRole('link', { name: /Wenzel et al\. 2016/ })).toBeInTheDocument();
  });

  it('a note loaded from the knowledge base shows its reference ids as citation links', () => {
    renderWithApp(
      <KbPicker
        label="Load electrolyte from the knowledge base"
        options={[]}
        value={null}
        onChange={vi.fn()}
        load={{ values: [], notes: [{ text: 'Cracks were seen (zhu-2015).', refs: [] }] }}
        current={{}}
      />,
    );
    const loaded = screen.getByRole('list', { name: 'Values loaded from the knowledge base' });
    expect(loaded).not.toHaveTextContent('zhu-2015');
    expect(within(loaded).getByRole('link', { name: /Zhu et al\. 2015/ })).toBeInTheDocument();
  });
});
