// @vitest-environment node
/**
 * The literature criteria of the classifier, step by step, with numbers worked by hand in
 * src/domain/MODELS.md (section "Interface classifier", "Criteria beyond the window"):
 *  - driving force: LLZO + Li at 0 V releases 0.02 eV/atom (Zhu 2015) ≤ 0.05 eV/atom → type 3 even
 *    though φ_e = 2 × 13.99 / 214.355 = 0.1305 (and would be type 2 at a threshold of 0.1);
 *  - framework reduction: Ti⁴⁺ → Ti³⁺ makes LATP type 2 although φ_e = 0.0799 ≤ 0.16;
 *  - percolation decides when neither applies.
 */
import {
  type ClassifierInput,
  classifyInterface,
  classifierInputFromKb,
  DEFAULT_KINETIC_THRESHOLD_EV_PER_ATOM,
  drivingForceStep,
  frameworkStep,
  REASON_REFS,
  reductionAtLithium,
  sensitivityRows,
  whatWouldChange,
} from '../../src/domain/classifier';
import { APP_PARAMS } from '../../src/domain/app-params';
import { loadKnowledgeBase } from '../../src/kb/load';
import { RAW_KB } from '../../src/kb/raw';
import { expectClose } from './float';

const product = (name: string, moles: number, v: number, electronic: 'conductor' | 'insulator') => ({
  phaseId: name.toLowerCase(),
  name,
  moles,
  molarVolumeCm3: v,
  electronic,
  ionicConductivitySCm: null,
});

/** LLZO + 8 Li → 2 Zr + 3/2 La2O3 + 15/2 Li2O at 0 V (Zhu 2015), molar volumes of the KB. */
const LLZO: ClassifierInput = {
  electrodePotentialV: 0,
  window: { reductionV: 0.05, oxidationV: 2.91, source: 'zhu2015', label: 'Zhu 2015' },
  reductionProducts: [
    product('Zr', 2, 13.99, 'conductor'),
    product('La2O3', 1.5, 50.05, 'insulator'),
    product('Li2O', 7.5, 14.84, 'insulator'),
  ],
  oxidationProducts: null,
  electrolyteName: 'LLZO',
  electrodeName: 'Li metal',
  reductionReaction: {
    equation: null,
    lithiumMoles: 8,
    drivingForceEVPerAtom: 0.02,
    drivingForceRefs: ['zhu-2015'],
  },
};

/** LATP's 0 V products (Zhu 2015) and its Ti⁴⁺ → Ti³⁺ reduction (Hartmann 2013). */
const LATP: ClassifierInput = {
  electrodePotentialV: 0,
  window: { reductionV: 2.17, oxidationV: 4.21, source: 'zhu2015' },
  reductionProducts: [
    product('TiAl', 0.3, 19.66, 'conductor'),
    product('Ti3P', 0.4667, 37.5, 'conductor'),
    product('Li3P', 2.5333, 36.1, 'insulator'),
    product('Li2O', 12, 14.84, 'insulator'),
  ],
  oxidationProducts: null,
  electrolyteName: 'LATP',
  reductionReaction: { equation: null, lithiumMoles: 30.3, drivingForceEVPerAtom: 1.56 },
  reducibleCations: [{ couple: 'Ti⁴⁺ → Ti³⁺', evidence: 'in situ XPS', refs: ['hartmann-2013'] }],
};

function classify(input: ClassifierInput, options = {}) {
  const r = classifyInterface(input, options);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('drivingForceStep', () => {
  it('drivingForceStep(0.02 eV/atom, threshold 0.05) is kinetically limited; 0.66 is not; unknown decides nothing', () => {
    expect(
      drivingForceStep({ equation: null, lithiumMoles: null, drivingForceEVPerAtom: 0.02 }, 0.05, 'X'),
    ).toMatchObject({
      drivingForceEVPerAtom: 0.02,
      isKineticallyLimited: true,
    });
    expect(
      drivingForceStep({ equation: null, lithiumMoles: null, drivingForceEVPerAtom: 0.66 }, 0.05, 'X')
        .isKineticallyLimited,
    ).toBe(false);
    expect(drivingForceStep({ equation: null, lithiumMoles: null }, 0.05, 'X').isKineticallyLimited).toBe(
      false,
    );
    // At the threshold itself the reaction counts as limited (≤).
    expect(
      drivingForceStep({ equation: null, lithiumMoles: null, drivingForceEVPerAtom: 0.05 }, 0.05, 'X')
        .isKineticallyLimited,
    ).toBe(true);
  });

  it('the default kinetic threshold is twice the 24 meV/atom error of DFT reaction energies, rounded: 0.05', () => {
    expect(DEFAULT_KINETIC_THRESHOLD_EV_PER_ATOM).toBe(0.05);
    // The URL table repeats it as a literal (to stay out of the initial bundle).
    expect(APP_PARAMS.classifierKinetic.defaultValue).toBe(DEFAULT_KINETIC_THRESHOLD_EV_PER_ATOM);
    expectClose(2 * 0.024, 0.048);
  });
});

describe('classifyInterface with the literature criteria', () => {
  it('classifyInterface(LLZO at 0 V) returns type 3 by kinetic stabilisation, and notes that φ_e alone would not decide it so', () => {
    const r = classify(LLZO, { percolationThreshold: 0.1 });
    expect(r.verdict).toBe(3);
    expect(r.basis).toBe('kinetic-stabilisation');
    // 27.98 / (27.98 + 75.075 + 111.3) = 0.13053
    expectClose(r.electronicFraction, 27.98 / 214.355);
    expect(r.notices.find((n) => n.id === 'percolation-overruled')).toMatchObject({
      basis: 'kinetic-stabilisation',
    });
    expect(r.trace.find((s) => s.id === 'driving-force')?.detail).toContain('only 0.02 eV/atom');
    expect(r.consequence.growth).toBe('self-limiting');
  });

  it('classifyInterface(LLZO at 0 V) with the kinetic threshold at 0.01 falls to percolation: type 3 at φ_c 0.16, type 2 at 0.1', () => {
    expect(classify(LLZO, { kineticThresholdEVPerAtom: 0.01 })).toMatchObject({
      verdict: 3,
      basis: 'percolation',
    });
    expect(classify(LLZO, { kineticThresholdEVPerAtom: 0.01, percolationThreshold: 0.1 })).toMatchObject({
      verdict: 2,
      basis: 'percolation',
    });
  });

  it('classifyInterface(LATP at 0 V) returns type 2 by framework reduction although φ_e = 0.0799 ≤ 0.16', () => {
    const r = classify(LATP);
    expect(r.verdict).toBe(2);
    expect(r.basis).toBe('framework-reduction');
    // (0.3 × 19.66 + 0.4667 × 37.5) / (5.898 + 17.50 + 91.45 + 178.08) = 23.399 / 292.93
    expectClose(r.electronicFraction, 23.399 / 292.931);
    expect(r.trace.find((s) => s.id === 'framework')?.detail).toContain('Ti⁴⁺ → Ti³⁺, seen by in situ XPS');
    expect(r.consequence.growth).toBe('continuous');
  });

  it('framework reduction applies on the reduction side only', () => {
    expect(frameworkStep(LATP, 'LATP')?.cations).toHaveLength(1);
    const againstCathode = classify({
      ...LATP,
      electrodePotentialV: 4.3,
      oxidationProducts: [product('X', 1, 10, 'insulator')],
    });
    expect(againstCathode.basis).toBe('percolation');
    expect(againstCathode.verdict).toBe(3);
  });

  it('a small driving force decides even when the products are unknown; framework reduction too', () => {
    expect(classify({ ...LLZO, reductionProducts: null })).toMatchObject({
      verdict: 3,
      basis: 'kinetic-stabilisation',
    });
    expect(classify({ ...LATP, reductionProducts: null })).toMatchObject({
      verdict: 2,
      basis: 'framework-reduction',
    });
  });

  it('classifyInterface rejects a negative driving force or kinetic threshold with a message', () => {
    const bad = classifyInterface({
      ...LLZO,
      reductionReaction: { equation: null, lithiumMoles: 8, drivingForceEVPerAtom: -0.1 },
    });
    expect(bad).toEqual({
      ok: false,
      error: 'driving force must be a non-negative number of eV/atom; got -0.1',
    });
    expect(classifyInterface(LLZO, { kineticThresholdEVPerAtom: -1 }).ok).toBe(false);
  });

  it('classifyInterface does not mutate its input', () => {
    const input = structuredClone(LATP);
    classify(input, { countSemiconductorsAsConductors: true });
    expect(input).toEqual(LATP);
  });
});

describe('sensitivityRows on the real knowledge base', () => {
  const loaded = loadKnowledgeBase(RAW_KB);
  if (!loaded.ok) throw new Error('the knowledge base does not load');
  const { kb, index } = loaded;
  const li = index.electrodes.get('li-metal');
  if (!li) throw new Error('no Li metal');
  const rows = sensitivityRows(kb.electrolytes, li, 'zhu2015', index.phases, {}, index.techniques);
  const row = (id: string) => {
    const r = rows.find((x) => x.id === id);
    if (!r) throw new Error(id);
    return r;
  };
  const t = { percolation: 0.16, kineticEVPerAtom: 0.05 };

  it('places each of the six by its driving force and φ_e, with its margin from each threshold', () => {
    expect(row('llzo')).toMatchObject({
      drivingForceEVPerAtom: 0.02,
      basis: 'kinetic-stabilisation',
      observed: 3,
    });
    expectClose(row('llzo').kineticMargin, -0.03);
    expectClose(row('lgps').percolationMargin, 0.1044 - 0.16, 1e-2);
    expect(row('lgps').reducedCouples).toEqual(['Ge⁴⁺ → Ge⁰ (Li–Ge alloy)']);
    // LAGP: with V_m(Li9Al4) = 130.3 cm³/mol, φ_e = (16.2875 + 70.725) / 373.3925 = 0.233 (no longer a bound).
    expect(row('lagp').isFractionBound).toBe(false);
    expectClose(row('lagp').percolationMargin, 0.233 - 0.16, 1e-3);
    for (const id of ['llzo', 'lgps', 'latp', 'lagp', 'lipon', 'li7p3s11'])
      expect(row(id).comparison?.status).toBe('agrees');
  });

  it('whatWouldChange names the threshold each verdict would have to cross', () => {
    expect(whatWouldChange(row('llzo'), t)).toBe(
      'Type 3 while the kinetic threshold stays at or above 0.02 eV/atom (now 0.05).',
    );
    expect(whatWouldChange(row('lipon'), t)).toBe(
      'Type 3 while the percolation threshold stays at or above 0 and the kinetic threshold below 0.66 eV/atom.',
    );
    expect(whatWouldChange(row('latp'), t)).toContain('Ti⁴⁺ → Ti³⁺; no threshold changes it');
  });
});

describe('one rule for the reaction at Li metal', () => {
  const loaded = loadKnowledgeBase(RAW_KB);
  if (!loaded.ok) throw new Error('the knowledge base does not load');
  const llzo = loaded.index.electrolytes.get('llzo');
  if (!llzo) throw new Error('no LLZO');

  it('reductionAtLithium (the diagrams) and the classifier take the same LLZO reaction for each window source', () => {
    for (const source of ['zhu2015', 'richards2016'] as const) {
      const input = classifierInputFromKb(llzo, 0, source, loaded.index.phases);
      expect(reductionAtLithium(llzo, source)?.equation).toBe(input.reductionReaction?.equation);
    }
    // Zhu 2015 at 0 V: Zr; Richards 2016: Zr + Li8ZrO6 (not the Zhu reaction nearest 0 V).
    expect(reductionAtLithium(llzo, 'zhu2015')?.equation).toContain('2 Zr +');
    expect(reductionAtLithium(llzo, 'richards2016')?.equation).toContain('Li8ZrO6');
    // Without a source the diagrams use the first computed window (Zhu 2015).
    expect(reductionAtLithium(llzo)?.equation).toBe(reductionAtLithium(llzo, 'zhu2015')?.equation);
  });
});

describe('the citations of the disagreement reasons', () => {
  it('every reference a reason cites is a record of data/references.json', () => {
    const loaded = loadKnowledgeBase(RAW_KB);
    if (!loaded.ok) throw new Error('the knowledge base does not load');
    const missing = Object.values(REASON_REFS)
      .flat()
      .filter((id) => !loaded.index.references.has(id));
    expect(missing).toEqual([]);
  });
});
