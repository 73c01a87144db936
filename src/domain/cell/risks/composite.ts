/**
 * The composite cathode: the misfitting-particle model with the inputs its diagram loads for the
 * cathode (particle) and the cathode-side electrolyte (matrix), and the three design thresholds of
 * Bucci et al. (volume change, fracture energy, stiffness of the electrolyte).
 */
import type { KbIndex } from '../../../kb/structure';
import type { Electrode, Electrolyte } from '../../../kb/schema';
import { loadMatrix, loadParticle, matrixPresetFor, particlePresetFor } from '../../mechanism-kb-values';
import { shortName } from '../../materials';
import { type MisfitSphereInput, misfitSphere } from '../../models';
import { modelInputs, sourceOf } from '../model-inputs';
import type { CellRisk, RiskGrade, RiskNumber } from '../types';
import { fmt, knownRefs } from './shared';

/**
 * Design thresholds for composite electrodes from the chemo-mechanical phase-field study of Bucci et
 * al. (2017, J. Mater. Chem. A; 2018, Phys. Rev. Mater.): keep the active material's volume change at
 * or below about 7.5 %, the electrolyte's fracture energy at or above about 4 J/m², and a compliant
 * electrolyte (E below about 25 GPa) delays delamination.
 */
export const BUCCI_THRESHOLDS = {
  maxVolumeChangePct: 7.5,
  minFractureEnergyJPerM2: 4,
  maxMatrixModulusGPa: 25,
  refs: ['bucci-2017', 'bucci-2018'],
} as const;

const MISFIT_KEYS = [
  'misfitVolumeChange',
  'misfitRadius',
  'misfitParticleModulus',
  'misfitMatrixModulus',
  'misfitToughness',
  'misfitStrength',
] as const;

/** Fracture energy of the matrix in plane strain, Γ = K_Ic² (1 − ν²) / E, J/m². */
export function fractureEnergyJPerM2(kIcMPaSqrtM: number, youngsModulusGPa: number, poisson: number): number {
  return ((kIcMPaSqrtM * 1e6) ** 2 * (1 - poisson * poisson)) / (youngsModulusGPa * 1e9);
}

/** The misfit input the composite diagram would build for this cathode and electrolyte. */
export function compositeInputs(cathode: Electrode, e: Electrolyte, index: KbIndex) {
  const inputs = modelInputs(
    MISFIT_KEYS,
    [loadParticle(cathode), loadMatrix(e, index)],
    {},
    {
      misfitParticle: cathode.id,
      misfitMatrix: e.id,
    },
  );
  const v = inputs.values;
  const input: MisfitSphereInput = {
    volumeChangePct: v.misfitVolumeChange,
    particleRadiusM: v.misfitRadius,
    particleYoungsModulusGPa: v.misfitParticleModulus,
    particlePoissonRatio: particlePresetFor(cathode).poissonRatio,
    matrixYoungsModulusGPa: v.misfitMatrixModulus,
    matrixPoissonRatio: matrixPresetFor(e).poissonRatio,
    matrixFractureToughnessMPaSqrtM: v.misfitToughness,
    interfaceStrengthMPa: v.misfitStrength,
  };
  return { inputs, input };
}

/** The delamination and microcracking risk of the composite cathode. */
export function compositeRisk(cathode: Electrode, e: Electrolyte, index: KbIndex): CellRisk {
  const name = shortName(e);
  const cathodeName = shortName(cathode);
  const { inputs, input } = compositeInputs(cathode, e, index);
  const base = {
    id: 'composite' as const,
    title: 'Composite cathode',
    place: 'cathode' as const,
    model: 'Misfitting particle in an electrolyte matrix; thresholds of Bucci et al.',
    link: {
      view: 'mechanisms' as const,
      recordId: 'composite-electrodes',
      query: inputs.query,
      hash: 'model-misfit',
      label: 'Open the misfitting-particle model with these inputs',
    },
  };
  const notes: string[] = [];
  if (!inputs.loaded.misfitVolumeChange) {
    notes.push(`The knowledge base has no volume change for ${cathodeName}; the model's default is used.`);
  }
  const r = misfitSphere(input);
  if (!r.ok) {
    return {
      ...base,
      grade: 'watch',
      headline: 'not computed',
      explanation: `The misfit model could not run for ${cathodeName} in ${name}: ${r.error}. The composite is marked for attention.`,
      numbers: [],
      refs: knownRefs(index, BUCCI_THRESHOLDS.refs),
      notes,
    };
  }
  const m = r.value;
  const gamma = fractureEnergyJPerM2(
    input.matrixFractureToughnessMPaSqrtM,
    input.matrixYoungsModulusGPa,
    input.matrixPoissonRatio,
  );
  const dv = Math.abs(input.volumeChangePct);
  const fails = [
    dv > BUCCI_THRESHOLDS.maxVolumeChangePct
      ? `|ΔV/V| ${fmt(dv, '%')} > ${BUCCI_THRESHOLDS.maxVolumeChangePct} %`
      : null,
    gamma < BUCCI_THRESHOLDS.minFractureEnergyJPerM2
      ? `Γ ${fmt(gamma, 'J/m²')} < ${BUCCI_THRESHOLDS.minFractureEnergyJPerM2} J/m²`
      : null,
    input.matrixYoungsModulusGPa > BUCCI_THRESHOLDS.maxMatrixModulusGPa
      ? `E ${fmt(input.matrixYoungsModulusGPa, 'GPa')} > ${BUCCI_THRESHOLDS.maxMatrixModulusGPa} GPa`
      : null,
  ].filter((x): x is string => x !== null);
  const grade: RiskGrade = m.verdict !== 'intact' ? 'high' : fails.length > 0 ? 'watch' : 'low';
  const dvSource = sourceOf(inputs.loaded.misfitVolumeChange);
  const eSource = sourceOf(inputs.loaded.misfitMatrixModulus);
  const kSource = sourceOf(inputs.loaded.misfitToughness);
  const numbers: RiskNumber[] = [
    { label: `ΔV/V of ${cathodeName} on charge`, value: input.volumeChangePct, unit: '%', ...dvSource },
    { label: `Young's modulus of ${name}`, value: input.matrixYoungsModulusGPa, unit: 'GPa', ...eSource },
    { label: `K_Ic of ${name}`, value: input.matrixFractureToughnessMPaSqrtM, unit: 'MPa·m½', ...kSource },
    {
      label: 'Particle radius a',
      value: input.particleRadiusM,
      unit: 'm',
      source: 'model default (illustrative)',
      refs: [],
    },
    {
      label: 'Interfacial strength',
      value: input.interfaceStrengthMPa ?? 10,
      unit: 'MPa',
      source: 'model default (assumed)',
      refs: [],
    },
    {
      label: 'Radial stress at the interface σ_rr',
      value: m.radialStressMPa,
      unit: 'MPa',
      source: 'computed (misfit model)',
      refs: [],
    },
    {
      label: 'Hoop stress in the electrolyte σ_θθ',
      value: m.hoopStressMPa,
      unit: 'MPa',
      source: 'computed (misfit model)',
      refs: [],
    },
    {
      label: `Fracture energy of ${name} Γ`,
      value: gamma,
      unit: 'J/m²',
      source: 'computed: K_Ic²(1 − ν²)/E',
      refs: [],
    },
  ];
  const verdictText =
    m.verdict === 'delamination'
      ? `${cathodeName} shrinks by ${fmt(dv, '%')} on charge and pulls away from ${name}: the radial tension at the interface (${fmt(m.radialStressMPa, 'MPa')}) exceeds the assumed interfacial strength, so the particle delaminates.`
      : m.verdict === 'matrix-cracking'
        ? `${cathodeName} swells by ${fmt(dv, '%')} and the hoop stress in ${name} (${fmt(m.hoopStressMPa, 'MPa')}) exceeds its flaw-limited strength (${fmt(m.matrixStrengthMPa, 'MPa')}), so the electrolyte cracks around the particle.`
        : `The misfit of ${cathodeName} (${fmt(input.volumeChangePct, '%')}) leaves the interface intact in ${name} (radial stress ${fmt(m.radialStressMPa, 'MPa')}).`;
  const bucciText =
    fails.length > 0
      ? ` Against the thresholds of Bucci et al. it misses on ${fails.join(', ')}.`
      : ' It meets all three thresholds of Bucci et al. (volume change, fracture energy, compliance).';
  return {
    ...base,
    grade,
    headline:
      m.verdict === 'intact'
        ? fails.length > 0
          ? 'intact, thresholds missed'
          : 'intact'
        : m.verdict === 'delamination'
          ? 'delamination'
          : 'electrolyte cracking',
    explanation: `${verdictText}${bucciText}`,
    numbers,
    refs: knownRefs(index, BUCCI_THRESHOLDS.refs, dvSource.refs, eSource.refs, kSource.refs, [
      'koerver-2017a',
    ]),
    notes: [...notes, ...r.warnings],
  };
}
