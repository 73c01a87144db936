// @vitest-environment node
/**
 * The cell's risks against the dedicated models for the same inputs (classifier, windows, flaw and
 * stiffness criteria, misfit, stack pressure), and known designs graded as the literature reports.
 */
import { describe, expect, it } from 'vitest';
import {
  assessCell,
  type CellDesign,
  type CellRisk,
  DEFAULT_DESIGN,
  decodeDesign,
} from '../../../src/domain/cell';
import { classifyAgainstElectrode } from '../../../src/domain/classifier';
import { isOxidisedAt } from '../../../src/domain/electrode-overlay';
import {
  loadFlaw,
  loadGrowth,
  loadMatrix,
  loadParticle,
  matrixPresetFor,
  particlePresetFor,
  stackLayerOf,
} from '../../../src/domain/mechanism-kb-values';
import { MECHANISM_PARAMS } from '../../../src/domain/mechanism-params';
import { shortName } from '../../../src/domain/materials';
import {
  ahmadViswanathan,
  criticalCurrentDensity,
  GROWTH_TIME_PARAM,
  interphaseGrowth,
  misfitSphere,
  STACK_DEFAULTS,
  stackPressure,
} from '../../../src/domain/models';
import { loadKnowledgeBase } from '../../../src/kb/load';
import { RAW_KB } from '../../../src/kb/raw';
import type { KbIndex } from '../../../src/kb/structure';
import { expectClose } from '../float';

const loaded = loadKnowledgeBase(RAW_KB);
if (!loaded.ok) throw new Error('the knowledge base does not load');
const { index } = loaded;

function risksOf(text: string, idx: KbIndex = index): Record<string, CellRisk> {
  const r = assessCell(decodeDesign(text).design, idx);
  if (!r.ok) throw new Error(r.error);
  return Object.fromEntries(r.assessment.risks.map((x) => [x.id, x]));
}
const num = (risk: CellRisk, label: string) => {
  const n = risk.numbers.find((x) => x.label.startsWith(label));
  if (!n)
    throw new Error(`no number “${label}” in ${risk.id}: ${risk.numbers.map((x) => x.label).join('; ')}`);
  return n.value;
};
const def = (k: keyof typeof MECHANISM_PARAMS) => MECHANISM_PARAMS[k].defaultValue as number;

describe('known designs grade as the literature reports', () => {
  it('Li | LGPS: type 2, continuous interphase growth (Wenzel et al. 2016)', () => {
    const r = risksOf('an.li-metal_el.lgps_ca.nmc811')['anode-interface']!;
    expect(r.grade).toBe('high');
    expect(r.headline).toBe('type 2: continuous growth');
  });

  it('uncoated Li6PS5Cl against NMC-811 at 4.3 V: oxidised at the cathode', () => {
    const r = risksOf('an.li-in_el.li6ps5cl_ca.nmc811')['cathode-oxidation']!;
    expect(r.grade).toBe('high');
    expect(r.headline).toBe('oxidised at cut-off');
    expect(num(r, 'Cut-off of NMC811')).toBe(4.3);
  });

  it('LLZO against Li above its measured CCD (0.28 mA/cm², Flatscher et al. 2020): filament risk high', () => {
    const above = risksOf('an.li-metal_el.llzo_ca.nmc811_i.0.5').filament!;
    expect(above.grade).toBe('high');
    expect(num(above, 'Measured CCD of LLZO')).toBe(0.28);
    expect(above.refs).toContain('flatscher-2020');
    // 0.05/0.28 = 0.18 < 0.5 → low; 0.2/0.28 = 0.71 → watch.
    expect(risksOf('an.li-metal_el.llzo_ca.nmc811_i.0.05').filament!.grade).toBe('low');
    expect(risksOf('an.li-metal_el.llzo_ca.nmc811_i.0.2').filament!.grade).toBe('watch');
  });

  it('without a measured CCD the flaw bound can only give "watch" below it and "high" above it', () => {
    // LGPS has no measured CCD; its flaw bound is 6.8 mA/cm² with the flaw model's default K_Ic.
    expect(risksOf('an.li-metal_el.lgps_ca.nmc811_i.0.5').filament!.grade).toBe('watch');
    expect(risksOf('an.li-metal_el.lgps_ca.nmc811_i.20').filament!.grade).toBe('high');
  });

  it('LiNbO3 closes the gap on the Richards window (4.31 V > 4.3 V) but not on Zhu’s (3.88 V)', () => {
    const zhu = risksOf('an.li-in_el.li6ps5cl_co.linbo3_ca.nmc811')['cathode-oxidation']!;
    expect(zhu.grade).toBe('high');
    expect(zhu.headline).toBe('coating oxidised too');
    const lower = risksOf('an.li-in_el.li6ps5cl_co.linbo3_ca.nmc811_v.3.8')['cathode-oxidation']!;
    expect(lower.grade).toBe('low');
    expect(lower.headline).toBe('coating closes the gap');
  });

  it('a Li-In anode plates no Li metal: no filament and no stripping voids', () => {
    const r = risksOf('an.li-in_el.li6ps5cl_ca.nmc811');
    expect(r.filament!.grade).toBe('low');
    expect(r.voids!.grade).toBe('low');
  });

  it('Li at 0.5 MPa stripping 0.5 mA/cm² opens voids; at 5 MPa creep refills', () => {
    expect(risksOf('an.li-metal_el.llzo_ca.nmc811_p.0.5').voids!.grade).toBe('high');
    expect(risksOf('an.li-metal_el.llzo_ca.nmc811_p.5').voids!.grade).toBe('low');
  });
});

describe('each risk gives the same numbers as the dedicated model', () => {
  it('anode interface: the classifier view’s verdict for LGPS against Li', () => {
    const e = index.electrolytes.get('lgps')!;
    const li = index.electrodes.get('li-metal')!;
    const direct = classifyAgainstElectrode(
      e,
      li,
      'zhu2015',
      index.phases,
      {},
      { electrolyte: shortName(e), electrode: shortName(li) },
      index.techniques,
    );
    if (!direct.ok) throw new Error(direct.error);
    const r = risksOf('an.li-metal_el.lgps_ca.nmc811')['anode-interface']!;
    expect(r.headline.startsWith(`type ${direct.value.verdict}`)).toBe(true);
    expect(r.link).toMatchObject({ view: 'classifier', query: { sel: 'lgps', cele: 'li-metal' } });
  });

  it('anode interface: the growth diagram’s type-2 thickness for LGPS after one year, with its loaded ΔE and V_m', () => {
    const e = index.electrolytes.get('lgps')!;
    const loaded = Object.fromEntries(loadGrowth(e, index).values.map((v) => [v.key, v.value]));
    const direct = interphaseGrowth(
      {
        interfaceType: 2,
        ionicConductivitySPerCm: def('growthIonic'),
        electronicConductivitySPerCm: def('growthElectronic'),
        drivingForceV: loaded.growthDrivingForce ?? def('growthDrivingForce'),
        molarVolumeCm3PerMol: loaded.growthMolarVolume ?? def('growthMolarVolume'),
      },
      GROWTH_TIME_PARAM.max,
    );
    if (!direct.ok) throw new Error(direct.error);
    const r = risksOf('an.li-metal_el.lgps_ca.nmc811')['anode-interface']!;
    expectClose(num(r, 'Interphase thickness after one year'), direct.value.thicknessM, 1e-12);
    expectClose(num(r, 'Interphase ASR after one year'), direct.value.asrOhmCm2, 1e-12);
  });

  it('filament: the Ahmad–Viswanathan number of the Monroe–Newman diagram for LLZO (60 GPa, default v)', () => {
    const direct = ahmadViswanathan({
      electrolyteShearModulusGPa: 60,
      lithiumShearModulusGPa: def('mnLithiumShearModulus'),
      partialMolarVolumeRatio: def('mnVolumeRatio'),
    });
    if (!direct.ok) throw new Error(direct.error);
    const r = risksOf('an.li-metal_el.llzo_ca.nmc811').filament!;
    expectClose(num(r, 'Ahmad–Viswanathan stability number'), direct.value.stabilityNumber, 1e-12);
  });

  it('cathode: the windows view’s test isOxidisedAt(window, cut-off)', () => {
    const e = index.electrolytes.get('llzo')!;
    const w = e.windows.find((x) => x.source === 'zhu2015')!;
    const r = risksOf('an.li-metal_el.llzo_ca.nmc811')['cathode-oxidation']!;
    expect(isOxidisedAt(w, 4.3)).toBe(true);
    expect(r.grade).toBe('high');
    expect(num(r, 'Oxidation limit of LLZO')).toBe(w.oxidationV);
  });

  it('filament: the flaw diagram’s CCD bound with its loaded K_Ic and default flaw and ASR', () => {
    const e = index.electrolytes.get('llzo')!;
    const k = loadFlaw(e, index).values.find((v) => v.key === 'flawToughness')!.value;
    const direct = criticalCurrentDensity({
      fractureToughnessMPaSqrtM: k,
      geometryFactor: def('flawGeometry'),
      flawDepthM: def('flawDepth'),
      interfaceAsrOhmCm2: def('flawAsr'),
    });
    if (!direct.ok) throw new Error(direct.error);
    const r = risksOf('an.li-metal_el.llzo_ca.nmc811').filament!;
    expectClose(num(r, 'Flaw-model CCD bound'), direct.value.criticalCurrentDensityMilliAmpPerCm2, 1e-12);
    expect(r.link).toMatchObject({
      recordId: 'lithium-filaments',
      query: { mfmat: 'llzo', mkic: String(k) },
    });
    // Monroe–Newman with the KB's 60 GPa against Li's default shear modulus.
    expectClose(num(r, 'G_SSE / G_Li'), 60 / def('mnLithiumShearModulus'), 1e-12);
  });

  it('composite: the misfit diagram’s input for NMC-811 in Li6PS5Cl (loaded particle, preset matrix)', () => {
    const cathode = index.electrodes.get('nmc811')!;
    const e = index.electrolytes.get('li6ps5cl')!;
    const value = (load: ReturnType<typeof loadParticle>, key: string) =>
      load.values.find((v) => v.key === key)?.value;
    const p = loadParticle(cathode);
    const m = loadMatrix(e, index);
    const direct = misfitSphere({
      volumeChangePct: value(p, 'misfitVolumeChange')!,
      particleRadiusM: def('misfitRadius'),
      particleYoungsModulusGPa: value(p, 'misfitParticleModulus')!,
      particlePoissonRatio: particlePresetFor(cathode).poissonRatio,
      matrixYoungsModulusGPa: value(m, 'misfitMatrixModulus')!,
      matrixPoissonRatio: matrixPresetFor(e).poissonRatio,
      matrixFractureToughnessMPaSqrtM: value(m, 'misfitToughness')!,
      interfaceStrengthMPa: def('misfitStrength'),
    });
    if (!direct.ok) throw new Error(direct.error);
    const r = risksOf('an.li-in_el.li6ps5cl_ca.nmc811').composite!;
    expect(direct.value.verdict).toBe('delamination');
    expect(r.headline).toBe('delamination');
    expect(r.grade).toBe('high');
    expectClose(num(r, 'Radial stress'), direct.value.radialStressMPa, 1e-12);
    expect(num(r, 'ΔV/V of NMC811')).toBe(-6.5);
    // Bucci: Γ = K²(1 − ν²)/E with the K_Ic, ν and E the misfit diagram uses (E = 29.9 GPa, the KB's
    // DFT value): (0.2e6)² × (1 − 0.09) / 29.9e9 = 1.2174 J/m² < 4 J/m².
    expect(value(m, 'misfitMatrixModulus')).toBe(29.9);
    expectClose(num(r, 'Fracture energy'), 1.2174, 1e-3);
  });

  it('stack: the stack model’s Δp on full charge for LiIn | NMC-811 at the design’s p₀', () => {
    const direct = stackPressure(
      {
        anode: stackLayerOf(index.electrodes.get('li-in')!).layer,
        cathode: stackLayerOf(index.electrodes.get('nmc811')!).layer,
        ...STACK_DEFAULTS,
        initialPressureMPa: 5,
      },
      1,
    );
    if (!direct.ok) throw new Error(direct.error);
    const r = risksOf('an.li-in_el.li6ps5cl_ca.nmc811').stack!;
    expectClose(num(r, 'Pressure change'), direct.value.pressureChangeMPa, 1e-12);
    expect(r.link).toMatchObject({
      recordId: 'composite-electrodes',
      hash: 'model-stack',
      query: { msa: 'li-in', msc: 'nmc811', mp0: '5' },
    });
  });

  it('stack: Li metal plates 4.85 µm per mAh/cm² (3.6 C/cm² / F × 13 cm³/mol)', () => {
    const r = risksOf('an.li-metal_el.llzo_ca.nmc811_q.3').stack!;
    // 3 × 3.6 / 96485.33 × 13 = 1.45514e-3 cm = 14.5514 µm.
    expectClose(num(r, 'Anode thickness change'), 14.5514e-6, 1e-4);
  });
});

describe('assessCell', () => {
  it('names an unknown id with the nearest one and shows the default instead', () => {
    const design: CellDesign = { ...DEFAULT_DESIGN, electrolytes: ['llz'] };
    const r = assessCell(design, index);
    if (!r.ok) throw new Error(r.error);
    expect(r.problems.join(' ')).toMatch(/no electrolyte “llz”.*did you mean “llzo”/);
    expect(r.resolved.electrolytes.map((e) => e.id)).toEqual(['llzo']);
  });

  it('says the models do not use a temperature other than room temperature, as a note', () => {
    const r = assessCell(
      { ...DEFAULT_DESIGN, conditions: { ...DEFAULT_DESIGN.conditions, temperatureC: 60 } },
      index,
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.problems).toEqual([]);
    expect(r.notes).toEqual([
      "The knowledge base's numbers are room-temperature values; the models do not adjust them to 60 °C.",
    ]);
  });

  it('gives six risks with an overall grade that is the worst of them', () => {
    const r = assessCell(DEFAULT_DESIGN, index);
    if (!r.ok) throw new Error(r.error);
    expect(r.assessment.risks.map((x) => x.id)).toEqual([
      'voids',
      'anode-interface',
      'filament',
      'cathode-oxidation',
      'composite',
      'stack',
    ]);
    expect(r.assessment.overall).toBe('high');
    for (const risk of r.assessment.risks)
      for (const ref of risk.refs) expect(index.references.has(ref)).toBe(true);
  });
});
