/**
 * A misfitting active particle in a solid-electrolyte matrix (Eshelby / Lamé).
 *
 * Quantities, units, equations, assumptions and sources: MODELS.md. Slider specs and limits:
 * ./params/misfit.ts (plain data, no physics).
 */
import {
  EDGE_CRACK_GEOMETRY_FACTOR,
  LIMITS,
  largeStrainWarning,
  linearStrainFromVolumeChange,
  PA_PER_GPA,
  PA_PER_MPA,
} from './mechanics';
import { fail, mapResult, type ModelResult, ok, type Point, sampleLogRange, validate } from './result';
import {
  DEFAULT_INTERFACE_STRENGTH_MPA,
  DEFAULT_FLAW_TO_RADIUS_RATIO,
  SPHERE_LIMITS,
  type ActiveParticlePreset,
  type MatrixPreset,
} from './params/misfit';

/** Misfit strain, interface pressure and the interface stresses. */
export const MISFIT_SPHERE_EQUATION_TEX = String.raw`\varepsilon^* = \left(1 + \tfrac{\Delta V}{V}\right)^{1/3} - 1, \quad p = \frac{\varepsilon^*}{\frac{1 - 2\nu_p}{E_p} + \frac{1 + \nu_m}{2 E_m}}, \quad \sigma_{rr}(a) = -p, \quad \sigma_{\theta\theta}(a) = \frac{p}{2}`;

/** Flaw-controlled matrix strength and the critical particle radius. */
export const CRITICAL_RADIUS_EQUATION_TEX = String.raw`\sigma_\mathrm{frac} = \frac{K_{Ic}}{Y \sqrt{\pi c}}, \quad c = r_c \, a, \quad a_c = \frac{K_{Ic}^2}{Z \sigma_{\theta\theta}^2}, \quad Z = \pi Y^2 r_c`;

/** Interface pressure above which the elastic solution is flagged as unphysical. */
const ELASTIC_STRESS_WARNING_MPA = 1000;

export interface MisfitSphereInput {
  /** Free volume change of the particle for the step considered, % (negative = contraction). */
  volumeChangePct: number;
  /** Particle radius a, m. */
  particleRadiusM: number;
  particleYoungsModulusGPa: number;
  particlePoissonRatio: number;
  matrixYoungsModulusGPa: number;
  matrixPoissonRatio: number;
  /** K_Ic of the matrix (solid electrolyte), MPa·m½. */
  matrixFractureToughnessMPaSqrtM: number;
  /** Tensile strength of the particle/matrix interface, MPa (default 10; an assumption). */
  interfaceStrengthMPa?: number;
  /** c/a, flaw size in the matrix per particle radius (default 0.1; an assumption). */
  flawToRadiusRatio?: number;
  /** Y (default 1.12). */
  geometryFactor?: number;
}

export type MisfitMode = 'expansion' | 'contraction' | 'none';
export type CompositeVerdict = 'intact' | 'matrix-cracking' | 'delamination';

export interface MisfitSphereValue {
  /** ε* = (1+ΔV/V)^(1/3) − 1. */
  misfitStrain: number;
  /** p, MPa: positive when the particle pushes on the matrix (expansion). */
  interfacePressureMPa: number;
  /** σ_rr at the interface = −p, MPa (positive = tension across the interface). */
  radialStressMPa: number;
  /** Matrix hoop stress σ_θθ at the interface = p/2, MPa (positive = tension). */
  hoopStressMPa: number;
  /** c = (c/a)·a, m. */
  flawSizeM: number;
  /** Flaw-controlled matrix strength K_Ic / (Y √(π c)), MPa. */
  matrixStrengthMPa: number;
  /** Z = π Y² (c/a). */
  sizeFactorZ: number;
  /** a_c = K_Ic² / (Z σ_θθ²) for expansion; null otherwise (no matrix tension), m. */
  criticalRadiusM: number | null;
  mode: MisfitMode;
  verdict: CompositeVerdict;
}

function sphereDefaults(input: MisfitSphereInput) {
  return {
    strength: input.interfaceStrengthMPa ?? DEFAULT_INTERFACE_STRENGTH_MPA,
    ratio: input.flawToRadiusRatio ?? DEFAULT_FLAW_TO_RADIUS_RATIO,
    y: input.geometryFactor ?? EDGE_CRACK_GEOMETRY_FACTOR,
  };
}

function validateSphere(input: MisfitSphereInput): string | undefined {
  const d = sphereDefaults(input);
  return validate([
    [SPHERE_LIMITS.volumeChangePct, input.volumeChangePct],
    [SPHERE_LIMITS.particleRadiusM, input.particleRadiusM],
    [SPHERE_LIMITS.particleYoungsModulusGPa, input.particleYoungsModulusGPa],
    [SPHERE_LIMITS.particlePoissonRatio, input.particlePoissonRatio],
    [SPHERE_LIMITS.matrixYoungsModulusGPa, input.matrixYoungsModulusGPa],
    [SPHERE_LIMITS.matrixPoissonRatio, input.matrixPoissonRatio],
    [SPHERE_LIMITS.matrixFractureToughnessMPaSqrtM, input.matrixFractureToughnessMPaSqrtM],
    [SPHERE_LIMITS.interfaceStrengthMPa, d.strength],
    [SPHERE_LIMITS.flawToRadiusRatio, d.ratio],
    [LIMITS.geometryFactor, d.y],
  ]);
}

/**
 * Interface pressure of a misfitting sphere in an infinite matrix, from displacement
 * compatibility at r = a: a ε* − a p (1−2ν_p)/E_p = a p (1+ν_m)/(2E_m).
 * @returns p in Pa
 */
function interfacePressurePa(input: MisfitSphereInput, strain: number): number {
  const particleCompliance =
    (1 - 2 * input.particlePoissonRatio) / (input.particleYoungsModulusGPa * PA_PER_GPA);
  const matrixCompliance = (1 + input.matrixPoissonRatio) / (2 * input.matrixYoungsModulusGPa * PA_PER_GPA);
  return strain / (particleCompliance + matrixCompliance);
}

/**
 * Misfitting sphere: interface stresses, the flaw-controlled matrix strength, the critical
 * radius for matrix cracking and a verdict (delamination on contraction, matrix cracking on
 * expansion).
 */
export function misfitSphere(input: MisfitSphereInput): ModelResult<MisfitSphereValue> {
  const error = validateSphere(input);
  if (error) return fail(error);
  const { strength, ratio, y } = sphereDefaults(input);
  const misfitStrain = linearStrainFromVolumeChange(input.volumeChangePct / 100);
  const pPa = interfacePressurePa(input, misfitStrain);
  const hoopPa = pPa / 2;
  const flawSizeM = ratio * input.particleRadiusM;
  const kIcPa = input.matrixFractureToughnessMPaSqrtM * PA_PER_MPA;
  const matrixStrengthPa = kIcPa / (y * Math.sqrt(Math.PI * flawSizeM));
  const sizeFactorZ = Math.PI * y * y * ratio;
  const mode: MisfitMode = misfitStrain > 0 ? 'expansion' : misfitStrain < 0 ? 'contraction' : 'none';
  const criticalRadiusM = mode === 'expansion' ? (kIcPa * kIcPa) / (sizeFactorZ * hoopPa * hoopPa) : null;
  const verdict: CompositeVerdict =
    mode === 'expansion' && hoopPa >= matrixStrengthPa
      ? 'matrix-cracking'
      : mode === 'contraction' && -pPa >= strength * PA_PER_MPA
        ? 'delamination'
        : 'intact';
  const warnings = largeStrainWarning(misfitStrain);
  if (Math.abs(pPa) > ELASTIC_STRESS_WARNING_MPA * PA_PER_MPA) {
    warnings.push(
      `Elastic interface stress above ${ELASTIC_STRESS_WARNING_MPA} MPa: the matrix would yield, creep or crack ` +
        'long before; the value only ranks cases',
    );
  }
  return ok(
    {
      misfitStrain,
      interfacePressureMPa: pPa / PA_PER_MPA,
      radialStressMPa: -pPa / PA_PER_MPA,
      hoopStressMPa: hoopPa / PA_PER_MPA,
      flawSizeM,
      matrixStrengthMPa: matrixStrengthPa / PA_PER_MPA,
      sizeFactorZ,
      criticalRadiusM,
      mode,
      verdict,
    },
    warnings,
  );
}

/** Particle-radius axis of a size-effect plot (log-spaced). */
export interface RadiusRange {
  minM?: number;
  maxM?: number;
  count?: number;
}

/**
 * Flaw-controlled matrix strength (y, MPa) against particle radius (x, m), log-spaced; by default
 * 100 nm–100 µm with 61 points. Falls as a^(-1/2); the elastic hoop stress is constant, so the
 * curves cross at the critical radius.
 */
export function sampleMatrixStrengthVsParticleRadius(
  input: Omit<MisfitSphereInput, 'particleRadiusM'>,
  range: RadiusRange = {},
): ModelResult<Point[]> {
  return sampleLogRange(
    {
      min: range.minM ?? 1e-7,
      max: range.maxM ?? 1e-4,
      count: range.count ?? 61,
      minLimit: SPHERE_LIMITS.radiusRangeMin,
      maxLimit: SPHERE_LIMITS.radiusRangeMax,
      emptyMessage: 'Lowest particle radius must be smaller than the highest',
    },
    (particleRadiusM) => mapResult(misfitSphere({ ...input, particleRadiusM }), (v) => v.matrixStrengthMPa),
  );
}

/**
 * Interface radial stress σ_rr (y, MPa) against the matrix Young's modulus (x, GPa), log-spaced;
 * by default 5–300 GPa with 61 points: compliant sulfides on the left, stiff oxides on the right.
 */
export function sampleInterfaceStressVsMatrixModulus(
  input: Omit<MisfitSphereInput, 'matrixYoungsModulusGPa'>,
  range: { minGPa?: number; maxGPa?: number; count?: number } = {},
): ModelResult<Point[]> {
  return sampleLogRange(
    {
      min: range.minGPa ?? 5,
      max: range.maxGPa ?? 300,
      count: range.count ?? 61,
      minLimit: SPHERE_LIMITS.modulusRangeMin,
      maxLimit: SPHERE_LIMITS.modulusRangeMax,
      emptyMessage: "Lowest matrix Young's modulus must be smaller than the highest",
    },
    (matrixYoungsModulusGPa) =>
      mapResult(misfitSphere({ ...input, matrixYoungsModulusGPa }), (v) => v.radialStressMPa),
  );
}

/** What the particle diagram draws: a particle, a gap if it delaminated, a crack if the matrix cracked. */
export interface MisfitSphereSchematic {
  /** Radius at fabrication, m. */
  particleRadiusM: number;
  /** Radius the particle would take if free, a (1 + ε*), m. */
  freeRadiusM: number;
  /** Radius of the bonded particle, a (1 + ε* − p(1−2ν_p)/E_p), m. */
  constrainedRadiusM: number;
  /** Width of the delamination gap (free contraction a|ε*| once debonded; 0 otherwise), m. */
  gapM: number;
  /** Length of the radial matrix crack drawn from the interface (the flaw c; 0 if intact), m. */
  radialCrackLengthM: number;
  /** Interface pressure, MPa. */
  interfacePressureMPa: number;
  verdict: CompositeVerdict;
}

/** Plain data for the particle-in-matrix diagram. */
export function misfitSphereSchematic(input: MisfitSphereInput): ModelResult<MisfitSphereSchematic> {
  const r = misfitSphere(input);
  if (!r.ok) return r;
  const a = input.particleRadiusM;
  const eps = r.value.misfitStrain;
  const particleStrain =
    eps -
    (r.value.interfacePressureMPa * PA_PER_MPA * (1 - 2 * input.particlePoissonRatio)) /
      (input.particleYoungsModulusGPa * PA_PER_GPA);
  const isDelaminated = r.value.verdict === 'delamination';
  return ok(
    {
      particleRadiusM: a,
      freeRadiusM: a * (1 + eps),
      constrainedRadiusM: isDelaminated ? a * (1 + eps) : a * (1 + particleStrain),
      gapM: isDelaminated ? a * Math.abs(eps) : 0,
      radialCrackLengthM: r.value.verdict === 'matrix-cracking' ? r.value.flawSizeM : 0,
      interfacePressureMPa: r.value.interfacePressureMPa,
      verdict: r.value.verdict,
    },
    r.warnings,
  );
}

/** Builds misfit-sphere input from two presets and a radius (a view convenience; plain data). */
export function misfitSphereInputFromPresets(
  particle: ActiveParticlePreset,
  matrix: MatrixPreset,
  particleRadiusM: number,
): MisfitSphereInput {
  return {
    volumeChangePct: particle.volumeChangePct,
    particleRadiusM,
    particleYoungsModulusGPa: particle.youngsModulusGPa,
    particlePoissonRatio: particle.poissonRatio,
    matrixYoungsModulusGPa: matrix.youngsModulusGPa,
    matrixPoissonRatio: matrix.poissonRatio,
    matrixFractureToughnessMPaSqrtM: matrix.fractureToughnessMPaSqrtM,
  };
}
