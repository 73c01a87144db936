/**
 * The composite cathode: the misfitting-particle model with the inputs its diagram loads for the
 * cathode (particle) and the cathode-side electrolyte (matrix), and the design thresholds of Bucci et
 * al. as the knowledge base records them (volume change, fracture energy, compliant modulus).
 */
import type { KbIndex } from '../../../kb/structure';
import type { Electrode, Electrolyte } from '../../../kb/schema';
import { loadMatrix, loadParticle, matrixPresetFor, particlePresetFor } from '../../mechanism-kb-values';
import { measurementsOf } from '../../mechanism-measurements';
import { shortName } from '../../materials';
import { type MisfitSphereInput, misfitSphere } from '../../models';
import { modelInputs, sourceOf } from '../model-inputs';
import type { CellRisk, RiskGrade, RiskNumber } from '../types';
import { fmt, knownRefs } from './shared';

/** The ids of the design thresholds of Bucci et al. in the mechanism records of the knowledge base. */
export const BUCCI_THRESHOLD_IDS = {
  /** Largest particle volume change without electrolyte fracture (Bucci et al. 2017), %. */
  maxVolumeChange: 'bucci-expansion-threshold',
  /** Smallest electrolyte fracture energy that avoids fracture (same study), J/m². */
  minFractureEnergy: 'bucci-fracture-energy-threshold',
  /** Young's modulus of the compliant electrolyte found more prone to microcracking, GPa. */
  compliantModulus: 'bucci-compliant-modulus',
} as const;

const THRESHOLD_UNITS = { maxVolumeChange: '%', minFractureEnergy: 'J/m²', compliantModulus: 'GPa' } as const;

/** One threshold as the knowledge base gives it: its number, unit, method, record and references. */
export interface DesignThreshold {
  value: number;
  unit: string;
  label: string;
  /** "knowledge base (calculated): sse-microcracking › bucci-expansion-threshold". */
  source: string;
  refs: readonly string[];
}

/**
 * The design thresholds for composite electrodes from the chemo-mechanical model of Bucci et al.
 * (2017), read from the mechanism records of the knowledge base (kind "design-threshold"): keep the
 * active material's volume change at or below the first, the electrolyte's fracture energy at or
 * above the second; the third is the modulus of the compliant electrolyte that the same model found
 * more prone to microcracking. A threshold the KB lacks (or holds in another unit) is null.
 */
export function bucciThresholds(
  index: KbIndex,
): Record<keyof typeof BUCCI_THRESHOLD_IDS, DesignThreshold | null> {
  const found = measurementsOf([...index.mechanisms.values()], 'design-threshold');
  const pick = (key: keyof typeof BUCCI_THRESHOLD_IDS): DesignThreshold | null => {
    const hit = found.find((m) => m.measurement.id === BUCCI_THRESHOLD_IDS[key]);
    if (!hit || hit.measurement.quantity.unit !== THRESHOLD_UNITS[key]) return null;
    const q = hit.measurement.quantity;
    return {
      value: hit.value,
      unit: q.unit,
      label: hit.measurement.label,
      source: `knowledge base (${q.method}): ${hit.mechanismId} › ${hit.measurement.id}`,
      refs: q.refs,
    };
  };
  return {
    maxVolumeChange: pick('maxVolumeChange'),
    minFractureEnergy: pick('minFractureEnergy'),
    compliantModulus: pick('compliantModulus'),
  };
}

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
    model: 'Misfitting particle in an electrolyte matrix; thresholds of Bucci et al. (2017)',
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
      refs: knownRefs(index, ['bucci-2017']),
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
  const t = bucciThresholds(index);
  const missing = (
    [
      ['maxVolumeChange', 'largest volume change'],
      ['minFractureEnergy', 'smallest fracture energy'],
      ['compliantModulus', 'compliant modulus'],
    ] as const
  ).filter(([k]) => t[k] === null);
  for (const [, what] of missing)
    notes.push(`The knowledge base has no ${what} threshold of Bucci et al.; that check is left out.`);
  const fails = [
    t.maxVolumeChange && dv > t.maxVolumeChange.value
      ? `|ΔV/V| ${fmt(dv, '%')} > ${fmt(t.maxVolumeChange.value, '%')}`
      : null,
    t.minFractureEnergy && gamma < t.minFractureEnergy.value
      ? `Γ ${fmt(gamma, 'J/m²')} < ${fmt(t.minFractureEnergy.value, 'J/m²')}`
      : null,
    t.compliantModulus && input.matrixYoungsModulusGPa <= t.compliantModulus.value
      ? `E ${fmt(input.matrixYoungsModulusGPa, 'GPa')} ≤ ${fmt(t.compliantModulus.value, 'GPa')}, as compliant as the electrolyte they found more prone to microcracking`
      : null,
  ].filter((x): x is string => x !== null);
  const grade: RiskGrade = m.verdict !== 'intact' ? 'high' : fails.length > 0 ? 'watch' : 'low';
  const dvSource = sourceOf(inputs.loaded.misfitVolumeChange);
  const eSource = sourceOf(inputs.loaded.misfitMatrixModulus);
  const kSource = sourceOf(inputs.loaded.misfitToughness);
  const thresholdNumbers: RiskNumber[] = (
    [
      ['maxVolumeChange', 'Bucci threshold: largest |ΔV/V| without fracture'],
      ['minFractureEnergy', 'Bucci threshold: smallest fracture energy Γ'],
      ['compliantModulus', 'Bucci: modulus of the compliant electrolyte more prone to microcracking'],
    ] as const
  ).flatMap(([k, label]) => {
    const x = t[k];
    return x ? [{ label, value: x.value, unit: x.unit, source: x.source, refs: x.refs }] : [];
  });
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
    ...thresholdNumbers,
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
      : ` It meets the thresholds of Bucci et al. in the knowledge base (${thresholdNumbers.length === 3 ? 'volume change, fracture energy, compliance' : `${thresholdNumbers.length} of 3 recorded`}).`;
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
    refs: knownRefs(
      index,
      ...thresholdNumbers.map((n) => n.refs),
      dvSource.refs,
      eSource.refs,
      kSource.refs,
      ['koerver-2017a'],
    ),
    notes: [...notes, ...r.warnings],
  };
}
