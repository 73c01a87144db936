// @vitest-environment node
/**
 * "Load from knowledge base" for the mechanism diagrams, against the real knowledge base:
 * which values a material fills, where they come from, and what is said when the KB has none.
 * Expected numbers are worked by hand from data/*.json.
 */
import { loadKnowledgeBase } from '../../src/kb/load';
import { RAW_KB } from '../../src/kb/raw';
import {
  interphaseExpansionPct,
  loadFlaw,
  loadFracture,
  loadGrowth,
  loadLeakage,
  loadMatrix,
  loadMonroeNewman,
  loadParticle,
  matrixPresetFor,
  particleOptions,
  particlePresetFor,
  shearModulusOf,
  stackLayerOf,
  stackOptions,
} from '../../src/domain/mechanism-kb-values';
import { shortName } from '../../src/domain/materials';
import { ACTIVE_PARTICLE_PRESETS, MATRIX_PRESETS } from '../../src/domain/models';
import { expectClose } from './models/close';

const loaded = loadKnowledgeBase(RAW_KB);
if (!loaded.ok) throw new Error('the knowledge base does not load');
const { index } = loaded;
const electrolyte = (id: string) => index.electrolytes.get(id)!;
const electrode = (id: string) => index.electrodes.get(id)!;

describe('Monroe–Newman loader', () => {
  it('loads LLZO at the midpoint of 59–61 GPa with its source', () => {
    const l = loadMonroeNewman(electrolyte('llzo'), index);
    expect(l.values).toEqual([
      expect.objectContaining({
        key: 'mnShearModulus',
        value: 60,
        refs: ['yu-2016'],
        note: 'midpoint of the range',
      }),
    ]);
  });

  it('estimates G from E for LLTO (E = 200 GPa, ν = 0.25 assumed → 80 GPa) and says so', () => {
    const g = shearModulusOf(electrolyte('llto'), index)!;
    expectClose(g.gpa, 80, 1e-12);
    expect(g.isEstimated).toBe(true);
    expect(g.note).toMatch(/ν = 0.25 assumed/);
  });

  it("uses the parent's modulus for a doped variant (Al-LLZO ← LLZO)", () => {
    const g = shearModulusOf(electrolyte('llzo-al'), index)!;
    expect(g.gpa).toBe(60);
    expect(g.note).toMatch(/parent material LLZO/);
  });

  it('says so when there is no modulus (LAGP)', () => {
    const l = loadMonroeNewman(electrolyte('lagp'), index);
    expect(l.values).toEqual([]);
    expect(l.notes[0]?.text).toMatch(/no shear or Young's modulus for/);
  });

  it('loads the calculated shear modulus of LGPS (14.3 GPa, Koerver 2018 table) and flags it as not measured', () => {
    const g = shearModulusOf(electrolyte('lgps'), index)!;
    expect(g.gpa).toBe(14.3);
    expect(g.isEstimated).toBe(true);
    expect(loadMonroeNewman(electrolyte('lgps'), index).values[0]?.refs).toEqual(['koerver-2018']);
  });
});

describe('flaw and leakage loaders', () => {
  it('loads K_Ic of LLZO (0.86–1.25 → 1.055) with both sources', () => {
    const v = loadFlaw(electrolyte('llzo'), index).values[0]!;
    expectClose(v.value, 1.055, 1e-12);
    expect(v.refs).toEqual(['wolfenstine-2013', 'wolfenstine-2017']);
  });

  it('loads σ_e as the geometric mean of its range (LLZO 1e-9…1e-7 → 1e-8 S/cm)', () => {
    const l = loadLeakage(electrolyte('llzo'), index);
    const se = l.values.find((v) => v.key === 'leakElectronic')!;
    expectClose(se.value, 1e-8, 1e-9);
    expect(se.refs).toEqual(['han-2019']);
    expect(se.note).toMatch(/geometric mean/);
    expect(l.values.find((v) => v.key === 'leakIonic')?.value).toBeCloseTo(Math.sqrt(1e-4 * 1e-3), 12);
  });

  it('clamps LiPON σ_e (3.2e-14 S/cm) only if outside the slider range', () => {
    const se = loadLeakage(electrolyte('lipon'), index).values.find((v) => v.key === 'leakElectronic')!;
    expectClose(se.value, Math.sqrt(1e-15 * 1e-12), 1e-9);
    expect(se.note).not.toMatch(/outside/);
  });
});

describe('interphase loaders', () => {
  it('LGPS: type 2, ΔE = 1.71 V (Zhu 2015), V_m = 451.5 cm³ / 23.75 mol Li = 19.0 cm³/mol', () => {
    const l = loadGrowth(electrolyte('lgps'), index);
    expect(l.settings).toEqual({ growthType: '2' });
    expect(l.values.find((v) => v.key === 'growthDrivingForce')?.value).toBe(1.71);
    const vm = l.values.find((v) => v.key === 'growthMolarVolume')!;
    expectClose(vm.value, 451.51 / 23.75, 1e-4);
    expect(vm.refs).toContain('zhu-2015');
  });

  it('LLZO: type 3, the reaction at 0 V, V_m = 214.4 / 8 = 26.8 cm³/mol', () => {
    const l = loadGrowth(electrolyte('llzo'), index);
    expect(l.settings).toEqual({ growthType: '3' });
    expectClose(l.values.find((v) => v.key === 'growthMolarVolume')!.value, 214.355 / 8, 1e-4);
  });

  it('expansion electrolyte → interphase: LLZO +30.5 %, LGPS +56 % clamped to the slider maximum', () => {
    const llzo = interphaseExpansionPct(electrolyte('llzo'), index);
    expect('pct' in llzo && llzo.pct).toBeCloseTo((214.355 / 164.2 - 1) * 100, 2);
    const lgps = loadFracture(electrolyte('lgps'), index).values.find(
      (v) => v.key === 'fractureVolumeChange',
    )!;
    expect(lgps.value).toBe(50);
    expect(lgps.note).toMatch(/outside the slider's range; set to 50 %/);
  });

  it('LAGP: the expansion of full reduction is computed (+205 %, clamped to the slider) and the LAGP papers are cited', () => {
    const l = loadFracture(electrolyte('lagp'), index);
    // (0.125 × 130.3 + 0.375 × 188.6 + 3 × 36.1 + 12 × 14.84) / 122.4 − 1 = 373.3925 / 122.4 − 1 = +205.1 %
    const dv = interphaseExpansionPct(electrolyte('lagp'), index);
    expect('pct' in dv && dv.pct).toBeCloseTo((373.3925 / 122.4 - 1) * 100, 2);
    expect(l.values.map((v) => [v.key, v.value])).toEqual([['fractureVolumeChange', 50]]);
    expect(l.values[0]?.sourceText).toBe('+205 % (calculated from KB molar volumes)');
    expect(
      l.notes.some(
        (n) =>
          n.text ===
          'The knowledge base has no fracture toughness for Lithium aluminium germanium phosphate (LAGP).',
      ),
    ).toBe(true);
    const lagp = l.notes.find((n) => n.text.startsWith('LAGP is the case'))!;
    expect(lagp.refs).toEqual(['tippens-2019', 'lewis-2019']);
  });
});

describe('composite loaders', () => {
  it('a cathode particle contracts on charge: NMC811 5–8 % on lithiation → −6.5 %', () => {
    const v = loadParticle(electrode('nmc811')).values.find((x) => x.key === 'misfitVolumeChange')!;
    expect(v.value).toBe(-6.5);
    expect(v.note).toMatch(/sign of the KB value \(lithiation\) is reversed/);
  });

  it('an anode particle expands on charge: Si +280 %', () => {
    expect(loadParticle(electrode('silicon')).values.find((x) => x.key === 'misfitVolumeChange')?.value).toBe(
      280,
    );
  });

  it('matrices: the Li2S–P2S5 glass (E = 18.5 GPa, McGrogan 2017) and Li6PS5Cl (E = 29.9 GPa, calculated, Pustorino 2025) from the KB', () => {
    const lps = loadMatrix(electrolyte('lps-glass'), index).values.find(
      (v) => v.key === 'misfitMatrixModulus',
    )!;
    expect(lps.value).toBe(18.5);
    expect(lps.refs).toEqual(['mcgrogan-2017']);
    const argyrodite = loadMatrix(electrolyte('li6ps5cl'), index).values.find(
      (v) => v.key === 'misfitMatrixModulus',
    )!;
    expect(argyrodite.value).toBe(29.9);
    expect(argyrodite.refs).toEqual(['pustorino-2025']);
  });

  it('offers particles with a KB volume change and the stack electrodes of the issue', () => {
    expect(particleOptions(index).map((e) => e.id)).toEqual(
      expect.arrayContaining(['graphite', 'silicon', 'lto', 'nmc811']),
    );
    const { anodes, cathodes } = stackOptions(index);
    expect(anodes.map((e) => e.id)).toEqual(expect.arrayContaining(['indium', 'lto', 'graphite', 'silicon']));
    expect(cathodes.map((e) => e.id)).toContain('nmc811');
  });

  it('stack layers: In from the model preset (+50 %, not in the KB), LTO and NMC811 from the KB', () => {
    expect(stackLayerOf(electrode('indium')).layer.volumeChangeOnChargePct).toBe(50);
    expect(stackLayerOf(electrode('indium')).source.text).toMatch(/not in the knowledge base/);
    expect(stackLayerOf(electrode('lto')).layer.volumeChangeOnChargePct).toBe(0);
    expect(stackLayerOf(electrode('nmc811')).layer.volumeChangeOnChargePct).toBe(-6.5);
    expect(stackLayerOf(electrode('nmc811')).source.refs).toEqual(['koerver-2017a', 'koerver-2018']);
  });
});

describe('shortName', () => {
  it('prefers a short formula, else a short alias', () => {
    expect(shortName(electrolyte('li3ps4'))).toBe('Li3PS4');
    expect(shortName(electrolyte('llzo'))).toBe('LLZO');
    expect(shortName(electrolyte('li7p3s11'))).toBe('Li7P3S11');
    expect(shortName(electrode('nmc811'))).toBe('NMC811');
  });
});

describe('model presets named in the knowledge base', () => {
  it('particlePresetFor and matrixPresetFor read the preset key a record names in data/ (default NMC; sulfides → argyrodite)', () => {
    expect(particlePresetFor(electrode('silicon'))).toBe(ACTIVE_PARTICLE_PRESETS.silicon);
    expect(particlePresetFor(electrode('lco'))).toBe(ACTIVE_PARTICLE_PRESETS.nmc);
    expect(particlePresetFor(null)).toBe(ACTIVE_PARTICLE_PRESETS.nmc);
    expect(matrixPresetFor(electrolyte('li3ps4'))).toBe(MATRIX_PRESETS.sulfideGlass);
    expect(matrixPresetFor(electrolyte('llzo-ta'))).toBe(MATRIX_PRESETS.llzo);
    // LGPS names no preset: by class, a sulfide.
    expect(matrixPresetFor(electrolyte('lgps'))).toBe(MATRIX_PRESETS.argyrodite);
  });

  it('stackOptions offers one anode per stack preset: indium, not Li–In, which names the same layer', () => {
    const ids = stackOptions(index).anodes.map((e) => e.id);
    expect(ids).toContain('indium');
    expect(ids).not.toContain('li-in');
    expect(electrode('li-in').modelPresets?.stackLayer).toBe('indium');
  });
});
