/**
 * Expansion of an interphase bonded to the electrolyte and the fracture it drives (LAGP case:
 * Lewis et al. 2019, doi 10.1021/acsenergylett.9b00093). Two readings of the tension in the
 * electrolyte: a uniform film balanced by the plate, σ_s = f |σ_f| h / H, and the tip of a
 * nonuniform front, read as a misfitting sphere of interphase in the electrolyte (Eshelby): the
 * electrolyte's hoop stress at the interface is p/2 with p the inclusion pressure, which is
 * |σ_f|/3 for equal moduli.
 *
 * Quantities, units, equations, assumptions and sources: MODELS.md. Slider specs and limits:
 * ./params/interphase-fracture.ts (plain data, no physics).
 */
import {
  EDGE_CRACK_GEOMETRY_FACTOR,
  LIMITS,
  largeStrainWarning,
  linearStrainFromVolumeChange,
  PA_PER_GPA,
  PA_PER_MPA,
  stressIntensityPaSqrtM,
} from './mechanics';
import {
  fail,
  formatForMessage,
  mapResult,
  type ModelResult,
  ok,
  type Point,
  sampleLogRange,
  validate,
} from './result';
import { FRACTURE_LIMITS } from './params/interphase-fracture';

/** Misfit strain, film stress and the stress intensity in the electrolyte. */
export const INTERPHASE_FRACTURE_EQUATION_TEX = String.raw`\varepsilon = \left(1 + \tfrac{\Delta V}{V}\right)^{1/3} - 1, \quad \sigma_f = -\frac{E_f \varepsilon}{1 - \nu_f}, \quad \sigma_s = f \, |\sigma_f| \frac{h}{H}, \quad K = Y \sigma_s \sqrt{\pi a}`;

/** Tension at the tip of a nonuniform front: hoop stress around a misfitting sphere. */
export const FRONT_STRESS_EQUATION_TEX = String.raw`\sigma_\mathrm{front} = \frac{p}{2}, \quad p = \frac{\varepsilon}{\frac{1 - 2\nu_f}{E_f} + \frac{1 + \nu_s}{2 E_s}}, \quad \sigma_\mathrm{front} = \frac{|\sigma_f|}{3} \;\; (E_s = E_f, \ \nu_s = \nu_f)`;

/** Critical interphase thickness for a uniform film. */
export const CRITICAL_INTERPHASE_THICKNESS_EQUATION_TEX = String.raw`h_c = \frac{K_{Ic} H}{f \, Y |\sigma_f| \sqrt{\pi a}}`;

/** h/H above which the thin-film force balance is flagged as approximate. */
const THIN_FILM_RATIO = 0.1;

/** Inputs of the interphase fracture model, without the interphase thickness. */
export interface InterphaseFractureMaterialInput {
  /** Free volume change of electrolyte → interphase, % (positive = expansion). */
  volumeChangePct: number;
  /** Young's modulus of the interphase, GPa. */
  interphaseYoungsModulusGPa: number;
  /** Poisson's ratio of the interphase. */
  interphasePoissonRatio: number;
  /** Young's modulus of the electrolyte around a front, GPa (default: the interphase's). */
  electrolyteYoungsModulusGPa?: number;
  /** Poisson's ratio of the electrolyte (default: the interphase's). */
  electrolytePoissonRatio?: number;
  /** Remaining electrolyte thickness H, m. */
  electrolyteThicknessM: number;
  /** Fracture toughness of the electrolyte, MPa·m½. */
  fractureToughnessMPaSqrtM: number;
  /** Depth of a surface flaw in the electrolyte at the interphase, m. */
  flawDepthM: number;
  /** Y (default 1.12). */
  geometryFactor?: number;
  /**
   * f in σ_s = f |σ_f| h / H (default 1: interphase on one face, plate held flat by the stack;
   * 2: interphase on both faces of a symmetric Li|SSE|Li cell; up to 4: the interface-side surface
   * of a free plate that bends, Stoney).
   */
  substrateStressFactor?: number;
}

export interface InterphaseFractureInput extends InterphaseFractureMaterialInput {
  /** Interphase thickness h, m. */
  interphaseThicknessM: number;
}

export type InterphaseFractureVerdict = 'intact' | 'cracks-at-nonuniform-front' | 'cracks';

export interface InterphaseFractureValue {
  /** ε = (1 + ΔV/V)^(1/3) − 1. */
  misfitStrain: number;
  /** σ_f, MPa (negative = compressive, the interphase pushes on the electrolyte). */
  filmStressMPa: number;
  /** Tension in the electrolyte balancing a uniform film, σ_s = f |σ_f| h / H, MPa (0 if ΔV ≤ 0). */
  substrateStressMPa: number;
  /**
   * Tension near the tip of a nonuniform interphase front: the electrolyte's hoop stress around a
   * misfitting sphere of interphase, p/2 (= |σ_f|/3 for equal moduli), MPa (0 if ΔV ≤ 0).
   */
  frontStressMPa: number;
  /** Pressure p inside that misfitting sphere, MPa (0 if ΔV ≤ 0). */
  frontInclusionPressureMPa: number;
  /** Flaw depth above which the front stress cracks the electrolyte, m (null if ΔV ≤ 0). */
  frontCriticalFlawDepthM: number | null;
  /** K from σ_s, MPa·m½. */
  stressIntensityMPaSqrtM: number;
  /** K from the front stress, MPa·m½. */
  frontStressIntensityMPaSqrtM: number;
  /** h_c for the uniform film (null when ΔV ≤ 0: the electrolyte is not in tension), m. */
  criticalInterphaseThicknessM: number | null;
  /**
   * 'cracks' when the uniform-film K ≥ K_Ic; 'cracks-at-nonuniform-front' when only the front
   * stress reaches K_Ic; 'intact' otherwise.
   */
  verdict: InterphaseFractureVerdict;
}

function fractureDefaults(input: InterphaseFractureMaterialInput) {
  return {
    y: input.geometryFactor ?? EDGE_CRACK_GEOMETRY_FACTOR,
    f: input.substrateStressFactor ?? 1,
  };
}

function validateFractureMaterial(input: InterphaseFractureMaterialInput): string | undefined {
  const { y, f } = fractureDefaults(input);
  return validate([
    [FRACTURE_LIMITS.volumeChangePct, input.volumeChangePct],
    [FRACTURE_LIMITS.interphaseYoungsModulusGPa, input.interphaseYoungsModulusGPa],
    [FRACTURE_LIMITS.interphasePoissonRatio, input.interphasePoissonRatio],
    [
      FRACTURE_LIMITS.electrolyteYoungsModulusGPa,
      input.electrolyteYoungsModulusGPa ?? input.interphaseYoungsModulusGPa,
    ],
    [FRACTURE_LIMITS.electrolytePoissonRatio, input.electrolytePoissonRatio ?? input.interphasePoissonRatio],
    [FRACTURE_LIMITS.electrolyteThicknessM, input.electrolyteThicknessM],
    [LIMITS.fractureToughness, input.fractureToughnessMPaSqrtM],
    [LIMITS.flawDepth, input.flawDepthM],
    [LIMITS.geometryFactor, y],
    [FRACTURE_LIMITS.substrateStressFactor, f],
  ]);
}

/**
 * Pressure in a sphere of interphase with free linear strain ε inside the electrolyte (displacement
 * compatibility of a compressed sphere and a pressurised cavity, as in the misfit model), Pa.
 */
function inclusionPressurePa(input: InterphaseFractureMaterialInput, strain: number): number {
  const ef = input.interphaseYoungsModulusGPa * PA_PER_GPA;
  const es = (input.electrolyteYoungsModulusGPa ?? input.interphaseYoungsModulusGPa) * PA_PER_GPA;
  const nuF = input.interphasePoissonRatio;
  const nuS = input.electrolytePoissonRatio ?? nuF;
  return strain / ((1 - 2 * nuF) / ef + (1 + nuS) / (2 * es));
}

/** σ_f in Pa and ε for the given material. */
function filmStress(input: InterphaseFractureMaterialInput): { strain: number; filmStressPa: number } {
  const strain = linearStrainFromVolumeChange(input.volumeChangePct / 100);
  const filmStressPa =
    (-input.interphaseYoungsModulusGPa * PA_PER_GPA * strain) / (1 - input.interphasePoissonRatio);
  return { strain, filmStressPa };
}

function notInTensionWarning(volumeChangePct: number): string[] {
  return volumeChangePct <= 0
    ? [
        'The interphase does not expand, so the electrolyte is not put in tension and this model predicts no ' +
          'electrolyte cracking (a shrinking interphase may crack or delaminate itself)',
      ]
    : [];
}

/**
 * Critical thickness of a uniform interphase for cracking the electrolyte:
 * h_c = K_Ic H / (f Y |σ_f| √(π a)); null when ΔV/V ≤ 0.
 */
export function criticalInterphaseThickness(
  input: InterphaseFractureMaterialInput,
): ModelResult<{ criticalInterphaseThicknessM: number | null }> {
  const error = validateFractureMaterial(input);
  if (error) return fail(error);
  const { y, f } = fractureDefaults(input);
  const { strain, filmStressPa } = filmStress(input);
  const warnings = [...largeStrainWarning(strain), ...notInTensionWarning(input.volumeChangePct)];
  if (input.volumeChangePct <= 0) return ok({ criticalInterphaseThicknessM: null }, warnings);
  const hc =
    (input.fractureToughnessMPaSqrtM * PA_PER_MPA * input.electrolyteThicknessM) /
    (f * stressIntensityPaSqrtM(Math.abs(filmStressPa), input.flawDepthM, y));
  if (hc > THIN_FILM_RATIO * input.electrolyteThicknessM) {
    warnings.push(
      `Critical thickness is more than ${THIN_FILM_RATIO * 100} % of the electrolyte thickness: the thin-film ` +
        'force balance is only approximate there',
    );
  }
  return ok({ criticalInterphaseThicknessM: hc }, warnings);
}

/** Stresses, stress intensities and verdict for an interphase of thickness h on the electrolyte. */
export function interphaseFracture(input: InterphaseFractureInput): ModelResult<InterphaseFractureValue> {
  const error =
    validateFractureMaterial(input) ??
    validate([[FRACTURE_LIMITS.interphaseThicknessM, input.interphaseThicknessM]]);
  if (error) return fail(error);
  const h = input.interphaseThicknessM;
  const bigH = input.electrolyteThicknessM;
  if (h >= bigH) {
    return fail(
      'Interphase thickness h must be smaller than the electrolyte thickness H ' +
        `(got h = ${formatForMessage(h * 1e6)} µm, H = ${formatForMessage(bigH * 1e6)} µm)`,
    );
  }
  const critical = criticalInterphaseThickness(input);
  if (!critical.ok) return critical;
  const { y, f } = fractureDefaults(input);
  const { strain, filmStressPa } = filmStress(input);
  const isTensile = input.volumeChangePct > 0;
  const inclusionPa = isTensile ? inclusionPressurePa(input, strain) : 0;
  const frontStressPa = inclusionPa / 2;
  const substrateStressPa = isTensile ? (f * Math.abs(filmStressPa) * h) / bigH : 0;
  const k = stressIntensityPaSqrtM(substrateStressPa, input.flawDepthM, y) / PA_PER_MPA;
  const kFront = stressIntensityPaSqrtM(frontStressPa, input.flawDepthM, y) / PA_PER_MPA;
  const kIc = input.fractureToughnessMPaSqrtM;
  const verdict: InterphaseFractureVerdict =
    k >= kIc ? 'cracks' : kFront >= kIc ? 'cracks-at-nonuniform-front' : 'intact';
  // The critical-thickness warnings already include the large-strain and no-tension notes.
  const warnings = [...critical.warnings];
  if (h > THIN_FILM_RATIO * bigH) {
    warnings.push(
      `Interphase is thicker than ${THIN_FILM_RATIO * 100} % of the electrolyte (h/H = ${(h / bigH).toFixed(2)}): ` +
        'the thin-film force balance is only approximate',
    );
  }
  return ok(
    {
      misfitStrain: strain,
      filmStressMPa: filmStressPa / PA_PER_MPA,
      substrateStressMPa: substrateStressPa / PA_PER_MPA,
      frontStressMPa: frontStressPa / PA_PER_MPA,
      frontInclusionPressureMPa: inclusionPa / PA_PER_MPA,
      frontCriticalFlawDepthM: isTensile
        ? (kIc * PA_PER_MPA) ** 2 / (Math.PI * (y * frontStressPa) ** 2)
        : null,
      stressIntensityMPaSqrtM: k,
      frontStressIntensityMPaSqrtM: kFront,
      criticalInterphaseThicknessM: critical.value.criticalInterphaseThicknessM,
      verdict,
    },
    warnings,
  );
}

/**
 * Uniform-film stress intensity K (y, MPa·m½) against interphase thickness h (x, m),
 * log-spaced; by default 10 nm … H/2 with 81 points. Linear in h.
 */
export function sampleStressIntensityVsInterphaseThickness(
  input: InterphaseFractureMaterialInput,
  range: { minM?: number; maxM?: number; count?: number } = {},
): ModelResult<Point[]> {
  return sampleLogRange(
    {
      min: range.minM ?? 1e-8,
      max: range.maxM ?? input.electrolyteThicknessM / 2,
      count: range.count ?? 81,
      minLimit: FRACTURE_LIMITS.thicknessRangeMin,
      maxLimit: FRACTURE_LIMITS.thicknessRangeMax,
      emptyMessage: 'Lowest interphase thickness must be smaller than the highest',
    },
    (interphaseThicknessM) =>
      mapResult(interphaseFracture({ ...input, interphaseThicknessM }), (v) => v.stressIntensityMPaSqrtM),
    validateFractureMaterial(input),
  );
}

/** What the interphase-fracture diagram draws. */
export interface InterphaseFractureSchematic {
  interphaseThicknessM: number;
  electrolyteThicknessM: number;
  flawDepthM: number;
  /** Film stress, MPa (negative = compressive). */
  filmStressMPa: number;
  /** Electrolyte tension under a uniform film, MPa. */
  substrateStressMPa: number;
  /** K / K_Ic for the uniform film and at a nonuniform front. */
  stressIntensityRatio: number;
  frontStressIntensityRatio: number;
  verdict: InterphaseFractureVerdict;
}

/** Plain data for the interphase-fracture diagram. */
export function interphaseFractureSchematic(
  input: InterphaseFractureInput,
): ModelResult<InterphaseFractureSchematic> {
  const r = interphaseFracture(input);
  if (!r.ok) return r;
  const kIc = input.fractureToughnessMPaSqrtM;
  return ok(
    {
      interphaseThicknessM: input.interphaseThicknessM,
      electrolyteThicknessM: input.electrolyteThicknessM,
      flawDepthM: input.flawDepthM,
      filmStressMPa: r.value.filmStressMPa,
      substrateStressMPa: r.value.substrateStressMPa,
      stressIntensityRatio: r.value.stressIntensityMPaSqrtM / kIc,
      frontStressIntensityRatio: r.value.frontStressIntensityMPaSqrtM / kIc,
      verdict: r.value.verdict,
    },
    r.warnings,
  );
}
