/**
 * Composite electrodes: an active particle that changes volume inside a solid-electrolyte
 * matrix, and the stack pressure of a constrained cell against state of charge.
 *
 * 1. Misfitting sphere (Eshelby-type; Lamé solutions for a solid sphere and a pressurised cavity,
 *    Timoshenko & Goodier, Theory of Elasticity, 3rd ed. 1970, §137): particle of radius a with
 *    free linear strain ε* = (1+ΔV/V)^(1/3) − 1 in an infinite matrix. Interface pressure
 *    p = ε* / [(1−2ν_p)/E_p + (1+ν_m)/(2E_m)]; at the interface σ_rr = −p and the matrix hoop
 *    stress σ_θθ = p/2 (both decay as (a/r)³). Contraction → tensile σ_rr → delamination against
 *    an assumed interfacial strength (Koerver et al. 2017, doi 10.1021/acs.chemmater.7b00931,
 *    observed NMC/Li₃PS₄ delamination). Expansion → matrix hoop tension against a flaw-controlled
 *    strength K_Ic / (Y √(π c)) with c = a/10, which gives a critical radius
 *    a_c = K_Ic² / (Z σ_θθ²), Z = π Y² (c/a) (size effect; same scaling as the energy argument of
 *    Hu, Zhao & Suo 2010, doi 10.1557/JMR.2010.0142).
 * 2. Stack pressure (Koerver et al. 2018, doi 10.1039/C8EE00907D; Zhang et al. 2017,
 *    doi 10.1039/C7TA02730C): thickness change of each electrode linear in SOC,
 *    Δt_i = s · f · φ_i · u_i · (ΔV/V)_i · t_i; Δp = E_eff Σ Δt_i / Σ t.
 *
 * Units: lengths m, moduli GPa, stresses and pressures MPa, toughness MPa·m½, volume changes %,
 * SOC and fractions dimensionless.
 */
import {
  EDGE_CRACK_GEOMETRY_FACTOR,
  LIMITS,
  largeStrainWarning,
  linearStrainFromVolumeChange,
  PA_PER_GPA,
  PA_PER_MPA,
  relabel,
  SMALL_STRAIN_LIMIT,
} from './mechanics';
import {
  fail,
  limit,
  linearSpace,
  logSpace,
  type ModelResult,
  mapResult,
  ok,
  type ParamSpec,
  type Point,
  paramSpec,
  SAMPLE_COUNT,
  sampleCurve,
  validate,
} from './result';

// ---------------------------------------------------------------------------------------------
// 1. Misfitting sphere

/** Misfit strain, interface pressure and the interface stresses. */
export const MISFIT_SPHERE_EQUATION_TEX = String.raw`\varepsilon^* = \left(1 + \tfrac{\Delta V}{V}\right)^{1/3} - 1, \quad p = \frac{\varepsilon^*}{\frac{1 - 2\nu_p}{E_p} + \frac{1 + \nu_m}{2 E_m}}, \quad \sigma_{rr}(a) = -p, \quad \sigma_{\theta\theta}(a) = \frac{p}{2}`;

/** Flaw-controlled matrix strength and the critical particle radius. */
export const CRITICAL_RADIUS_EQUATION_TEX = String.raw`\sigma_\mathrm{frac} = \frac{K_{Ic}}{Y \sqrt{\pi c}}, \quad c = r_c \, a, \quad a_c = \frac{K_{Ic}^2}{Z \sigma_{\theta\theta}^2}, \quad Z = \pi Y^2 r_c`;

/** Default interfacial (tensile) strength, MPa: an assumption, not a measured value. */
export const DEFAULT_INTERFACE_STRENGTH_MPA = 10;
/** Default flaw size as a fraction of the particle radius, c/a: an assumption. */
export const DEFAULT_FLAW_TO_RADIUS_RATIO = 0.1;
/** Interface pressure above which the elastic solution is flagged as unphysical. */
const ELASTIC_STRESS_WARNING_MPA = 1000;

const SPHERE_LIMITS = {
  volumeChangePct: relabel(LIMITS.volumeChange, 'Particle volume change ΔV/V'),
  particleRadiusM: limit('Particle radius a', 'm', 1e-9, 1e-3, { displayUnit: 'µm', displayFactor: 1e6 }),
  particleYoungsModulusGPa: relabel(LIMITS.youngsModulus, "Particle Young's modulus E_p"),
  particlePoissonRatio: relabel(LIMITS.poissonRatio, "Particle Poisson's ratio ν_p"),
  matrixYoungsModulusGPa: relabel(LIMITS.youngsModulus, "Matrix Young's modulus E_m"),
  matrixPoissonRatio: relabel(LIMITS.poissonRatio, "Matrix Poisson's ratio ν_m"),
  matrixFractureToughnessMPaSqrtM: relabel(LIMITS.fractureToughness, 'Matrix fracture toughness K_Ic'),
  interfaceStrengthMPa: limit('Interfacial strength', 'MPa', 0, 1e4, { isMinExclusive: true }),
  flawToRadiusRatio: limit('Flaw size / particle radius c/a', '', 0, 1, { isMinExclusive: true }),
  radiusRangeMin: limit('Lowest particle radius', 'm', 1e-9, 1e-3, { displayUnit: 'µm', displayFactor: 1e6 }),
  radiusRangeMax: limit('Highest particle radius', 'm', 1e-9, 1e-3, {
    displayUnit: 'µm',
    displayFactor: 1e6,
  }),
  modulusRangeMin: limit("Lowest matrix Young's modulus", 'GPa', 0, 1000, { isMinExclusive: true }),
  modulusRangeMax: limit("Highest matrix Young's modulus", 'GPa', 0, 1000, { isMinExclusive: true }),
};

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
  const minM = range.minM ?? 1e-7;
  const maxM = range.maxM ?? 1e-4;
  const count = range.count ?? 61;
  const error = validate([
    [SPHERE_LIMITS.radiusRangeMin, minM],
    [SPHERE_LIMITS.radiusRangeMax, maxM],
    [SAMPLE_COUNT, count],
  ]);
  if (error) return fail(error);
  if (minM >= maxM) return fail('Lowest particle radius must be smaller than the highest');
  return sampleCurve(logSpace(minM, maxM, count), (particleRadiusM) =>
    mapResult(misfitSphere({ ...input, particleRadiusM }), (v) => v.matrixStrengthMPa),
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
  const minGPa = range.minGPa ?? 5;
  const maxGPa = range.maxGPa ?? 300;
  const count = range.count ?? 61;
  const error = validate([
    [SPHERE_LIMITS.modulusRangeMin, minGPa],
    [SPHERE_LIMITS.modulusRangeMax, maxGPa],
    [SAMPLE_COUNT, count],
  ]);
  if (error) return fail(error);
  if (minGPa >= maxGPa) return fail("Lowest matrix Young's modulus must be smaller than the highest");
  return sampleCurve(logSpace(minGPa, maxGPa, count), (matrixYoungsModulusGPa) =>
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

/** An active material for the misfit-sphere model (plain data for the view's picker). */
export interface ActiveParticlePreset {
  label: string;
  /** Free volume change on the first charge in a cell, %. */
  volumeChangePct: number;
  youngsModulusGPa: number;
  poissonRatio: number;
  /** Where the numbers come from and how sure they are. */
  note: string;
}

/** Active-material presets (first charge: cathodes delithiate, anodes lithiate). */
export const ACTIVE_PARTICLE_PRESETS = {
  nmc: {
    label: 'NMC (charge: delithiation)',
    volumeChangePct: -5,
    youngsModulusGPa: 200,
    poissonRatio: 0.25,
    note:
      'ΔV ≈ −2 % (NMC111/622) to −7 % (Ni-rich, high cut-off) on delithiation (Koerver et al. 2017, 2018); ' +
      '−5 % is representative of NMC811. E ≈ 150–200 GPa; 200 GPa illustrative.',
  },
  silicon: {
    label: 'Si (lithiation to Li₁₅Si₄)',
    volumeChangePct: 280,
    youngsModulusGPa: 80,
    poissonRatio: 0.22,
    note:
      '+280 % (Obrovac & Christensen 2004, doi 10.1149/1.1652421). Far beyond small-strain validity: results ' +
      'are flagged as qualitative. E falls from ≈ 160 GPa (c-Si) to ≈ 40 GPa (lithiated); 80 GPa illustrative.',
  },
  lto: {
    label: 'Li₄Ti₅O₁₂ (lithiation)',
    volumeChangePct: 0.2,
    youngsModulusGPa: 200,
    poissonRatio: 0.25,
    note: '"Zero-strain": |ΔV| ≈ 0.2 % (Ohzuku et al. 1995, doi 10.1149/1.2048592). E illustrative.',
  },
  graphite: {
    label: 'Graphite (lithiation to LiC₆)',
    volumeChangePct: 10,
    youngsModulusGPa: 20,
    poissonRatio: 0.2,
    note: '≈ +10 % (interlayer 3.35 → 3.70 Å; Koerver et al. 2018). Polycrystalline E ≈ 10–30 GPa, illustrative.',
  },
} as const satisfies Record<string, ActiveParticlePreset>;

/** A solid-electrolyte matrix for the misfit-sphere model. */
export interface MatrixPreset {
  label: string;
  youngsModulusGPa: number;
  poissonRatio: number;
  fractureToughnessMPaSqrtM: number;
  note: string;
}

/** Compliant sulfide vs stiff oxide matrices. */
export const MATRIX_PRESETS = {
  argyrodite: {
    label: 'Li₆PS₅Cl (argyrodite)',
    youngsModulusGPa: 22,
    poissonRatio: 0.3,
    fractureToughnessMPaSqrtM: 0.2,
    note: 'Sulfides: E ≈ 18–25 GPa. K_Ic not well established; 0.2 MPa·m½ assumed by analogy with Li₂S–P₂S₅ glass.',
  },
  sulfideGlass: {
    label: 'Li₃PS₄ glass (75Li₂S–25P₂S₅)',
    youngsModulusGPa: 18.5,
    poissonRatio: 0.3,
    fractureToughnessMPaSqrtM: 0.23,
    note: 'E ≈ 18.5 GPa, K_Ic ≈ 0.23 MPa·m½ (McGrogan et al. 2017, Adv. Energy Mater. 7, 1602011).',
  },
  llzo: {
    label: 'LLZO (garnet)',
    youngsModulusGPa: 150,
    poissonRatio: 0.26,
    fractureToughnessMPaSqrtM: 1,
    note: 'E ≈ 150 GPa, ν ≈ 0.26 (Ni et al. 2012, J. Mater. Sci. 47, 7978); K_Ic ≈ 1 MPa·m½ (Wolfenstine et al. 2013).',
  },
} as const satisfies Record<string, MatrixPreset>;

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

export const MISFIT_SPHERE_PARAMS: readonly ParamSpec[] = [
  paramSpec('volumeChangePct', SPHERE_LIMITS.volumeChangePct, {
    min: -10,
    max: 300,
    step: 0.1,
    default: ACTIVE_PARTICLE_PRESETS.nmc.volumeChangePct,
    isLogScale: false,
    description: 'Free volume change of the particle (negative: contraction, e.g. NMC on charge).',
  }),
  paramSpec('particleRadiusM', SPHERE_LIMITS.particleRadiusM, {
    min: 1e-7,
    max: 1e-4,
    step: 0.05,
    default: 5e-6,
    isLogScale: true,
    description: 'Particle radius; sets the flaw size c = a/10 and so the size effect.',
  }),
  paramSpec('particleYoungsModulusGPa', SPHERE_LIMITS.particleYoungsModulusGPa, {
    min: 5,
    max: 300,
    step: 1,
    default: ACTIVE_PARTICLE_PRESETS.nmc.youngsModulusGPa,
    isLogScale: false,
    description: "Young's modulus of the active particle.",
  }),
  paramSpec('matrixYoungsModulusGPa', SPHERE_LIMITS.matrixYoungsModulusGPa, {
    min: 5,
    max: 300,
    step: 0.05,
    default: MATRIX_PRESETS.argyrodite.youngsModulusGPa,
    isLogScale: true,
    description: "Young's modulus of the electrolyte matrix (sulfides ≈ 20 GPa, LLZO ≈ 150 GPa).",
  }),
  paramSpec('matrixFractureToughnessMPaSqrtM', SPHERE_LIMITS.matrixFractureToughnessMPaSqrtM, {
    min: 0.05,
    max: 3,
    step: 0.01,
    default: MATRIX_PRESETS.argyrodite.fractureToughnessMPaSqrtM,
    isLogScale: false,
    description: 'K_Ic of the matrix.',
  }),
  paramSpec('interfaceStrengthMPa', SPHERE_LIMITS.interfaceStrengthMPa, {
    min: 1,
    max: 1000,
    step: 0.05,
    default: DEFAULT_INTERFACE_STRENGTH_MPA,
    isLogScale: true,
    description: 'Tensile strength of the particle/electrolyte interface (assumed; rarely measured).',
  }),
];

// ---------------------------------------------------------------------------------------------
// 2. Stack pressure vs state of charge

/** Thickness change of each electrode and the resulting stack-pressure change. */
export const STACK_PRESSURE_EQUATION_TEX = String.raw`\Delta t_i = s \, f \, \phi_i \, u_i \, \frac{\Delta V_i}{V_i} \, t_i, \quad \Delta p = E_\mathrm{eff} \, \frac{\sum_i \Delta t_i}{\sum_i t_i}, \quad p(s) = \max\left(0, \, p_0 + \Delta p\right)`;

const STACK_LIMITS = {
  layerThicknessM: limit('Electrode thickness', 'm', 1e-7, 1e-2, { displayUnit: 'µm', displayFactor: 1e6 }),
  activeVolumeFraction: limit('Active volume fraction φ', '', 0, 1, { isMinExclusive: true }),
  volumeChangeOnChargePct: relabel(LIMITS.volumeChange, 'Volume change on charge ΔV/V'),
  utilization: limit('Utilization u', '', 0, 1, { isMinExclusive: true }),
  separatorThicknessM: limit('Separator thickness', 'm', 0, 1e-2, { displayUnit: 'µm', displayFactor: 1e6 }),
  stackModulusGPa: limit('Effective stack modulus E_eff', 'GPa', 0, 1000, { isMinExclusive: true }),
  initialPressureMPa: limit('Initial stack pressure p₀', 'MPa', 0, 1000),
  volumeToThicknessFactor: limit('Volume-to-thickness factor f', '', 0, 1, { isMinExclusive: true }),
  stateOfCharge: limit('State of charge', '', 0, 1),
};

/** Strain of the stack above which a linear stack stiffness is flagged. */
const STACK_STRAIN_WARNING = SMALL_STRAIN_LIMIT;

/** One electrode layer (plain data the view can fill from the knowledge base). */
export interface ElectrodeLayerInput {
  /** Layer thickness at SOC 0, m. */
  thicknessM: number;
  /** Volume fraction φ of active material in the layer (1 for a metal foil). */
  activeVolumeFraction: number;
  /** Free volume change of the active material between SOC 0 and full lithiation/delithiation, %. */
  volumeChangeOnChargePct: number;
  /** Fraction u of that full change reached at SOC 1 (default 1; < 1 for an excess In foil). */
  utilization?: number;
}

export interface StackPressureInput {
  anode: ElectrodeLayerInput;
  cathode: ElectrodeLayerInput;
  /** Solid-electrolyte separator thickness, m (does not change volume). */
  separatorThicknessM: number;
  /** Effective stack modulus E_eff (cell + fixture), GPa: a fit parameter. */
  stackModulusGPa: number;
  /** Stack pressure at SOC 0, MPa. */
  initialPressureMPa: number;
  /**
   * f, fraction of the volume change that goes into thickness (default 1: laterally constrained
   * layers, no pore filling; 1/3: free isotropic expansion).
   */
  volumeToThicknessFactor?: number;
}

export interface StackPressureValue {
  anodeThicknessChangeM: number;
  cathodeThicknessChangeM: number;
  /** Σ Δt_i, m. */
  thicknessChangeM: number;
  /** Σ Δt_i / Σ t_i. */
  stackStrain: number;
  /** E_eff × strain, MPa (unclamped). */
  pressureChangeMPa: number;
  /** max(0, p₀ + Δp), MPa. */
  pressureMPa: number;
  /** True when p₀ + Δp ≤ 0: the layers lose contact. */
  isContactLost: boolean;
}

function validateLayer(layer: ElectrodeLayerInput, role: 'Anode' | 'Cathode'): string | undefined {
  return validate([
    [relabel(STACK_LIMITS.layerThicknessM, `${role} thickness`), layer.thicknessM],
    [
      relabel(STACK_LIMITS.activeVolumeFraction, `${role} active volume fraction φ`),
      layer.activeVolumeFraction,
    ],
    [
      relabel(STACK_LIMITS.volumeChangeOnChargePct, `${role} volume change on charge ΔV/V`),
      layer.volumeChangeOnChargePct,
    ],
    [relabel(STACK_LIMITS.utilization, `${role} utilization u`), layer.utilization ?? 1],
  ]);
}

function validateStack(input: StackPressureInput): string | undefined {
  return (
    validateLayer(input.anode, 'Anode') ??
    validateLayer(input.cathode, 'Cathode') ??
    validate([
      [STACK_LIMITS.separatorThicknessM, input.separatorThicknessM],
      [STACK_LIMITS.stackModulusGPa, input.stackModulusGPa],
      [STACK_LIMITS.initialPressureMPa, input.initialPressureMPa],
      [STACK_LIMITS.volumeToThicknessFactor, input.volumeToThicknessFactor ?? 1],
    ])
  );
}

/** Δt of one layer at state of charge s: s · f · φ · u · (ΔV/V) · t, m. */
function layerThicknessChangeM(layer: ElectrodeLayerInput, soc: number, f: number): number {
  return (
    soc *
    f *
    layer.activeVolumeFraction *
    (layer.utilization ?? 1) *
    (layer.volumeChangeOnChargePct / 100) *
    layer.thicknessM
  );
}

/**
 * Stack pressure at state of charge s ∈ [0, 1] of a cell held between rigid plates:
 * Δp = E_eff Σ Δt_i / Σ t_i, p = max(0, p₀ + Δp).
 */
export function stackPressure(
  input: StackPressureInput,
  stateOfCharge: number,
): ModelResult<StackPressureValue> {
  const error = validateStack(input) ?? validate([[STACK_LIMITS.stateOfCharge, stateOfCharge]]);
  if (error) return fail(error);
  const f = input.volumeToThicknessFactor ?? 1;
  const anodeThicknessChangeM = layerThicknessChangeM(input.anode, stateOfCharge, f);
  const cathodeThicknessChangeM = layerThicknessChangeM(input.cathode, stateOfCharge, f);
  const thicknessChangeM = anodeThicknessChangeM + cathodeThicknessChangeM;
  const totalThicknessM = input.anode.thicknessM + input.cathode.thicknessM + input.separatorThicknessM;
  const stackStrain = thicknessChangeM / totalThicknessM;
  const pressureChangeMPa = (input.stackModulusGPa * PA_PER_GPA * stackStrain) / PA_PER_MPA;
  const rawPressureMPa = input.initialPressureMPa + pressureChangeMPa;
  const isContactLost = rawPressureMPa <= 0;
  const warnings: string[] = [];
  if (Math.abs(stackStrain) > STACK_STRAIN_WARNING) {
    warnings.push(
      `Stack strain ${(stackStrain * 100).toFixed(1)} % exceeds ${STACK_STRAIN_WARNING * 100} %: a constant ` +
        'stack stiffness is unrealistic (layers densify, creep or the fixture yields)',
    );
  }
  if (isContactLost) warnings.push('Stack pressure falls to zero: the layers would lose contact');
  return ok(
    {
      anodeThicknessChangeM,
      cathodeThicknessChangeM,
      thicknessChangeM,
      stackStrain,
      pressureChangeMPa,
      pressureMPa: Math.max(0, rawPressureMPa),
      isContactLost,
    },
    warnings,
  );
}

/** Stack pressure (y, MPa) against state of charge (x, 0…1), linear; 51 points by default. */
export function sampleStackPressureVsSoc(input: StackPressureInput, count = 51): ModelResult<Point[]> {
  const error = validateStack(input) ?? validate([[SAMPLE_COUNT, count]]);
  if (error) return fail(error);
  return sampleCurve(linearSpace(0, 1, count), (soc) =>
    mapResult(stackPressure(input, soc), (v) => v.pressureMPa),
  );
}

/** What the stack diagram draws: three layers whose thicknesses change with SOC. */
export interface StackSchematic {
  anodeThicknessM: number;
  separatorThicknessM: number;
  cathodeThicknessM: number;
  pressureMPa: number;
  isContactLost: boolean;
}

/** Plain data for the stack diagram at state of charge s. */
export function stackSchematic(
  input: StackPressureInput,
  stateOfCharge: number,
): ModelResult<StackSchematic> {
  const r = stackPressure(input, stateOfCharge);
  if (!r.ok) return r;
  return ok(
    {
      anodeThicknessM: input.anode.thicknessM + r.value.anodeThicknessChangeM,
      separatorThicknessM: input.separatorThicknessM,
      cathodeThicknessM: input.cathode.thicknessM + r.value.cathodeThicknessChangeM,
      pressureMPa: r.value.pressureMPa,
      isContactLost: r.value.isContactLost,
    },
    r.warnings,
  );
}

/** A preset electrode layer with its provenance. */
export interface ElectrodeLayerPreset extends ElectrodeLayerInput {
  label: string;
  note: string;
}

/**
 * Anode presets, capacity-matched (≈ 3 mAh/cm²) to `STACK_CATHODE_PRESETS.nmc` (60 µm, φ = 0.6).
 */
export const STACK_ANODE_PRESETS = {
  indium: {
    label: 'In foil (In → LiIn)',
    thicknessM: 100e-6,
    activeVolumeFraction: 1,
    volumeChangeOnChargePct: 50,
    utilization: 0.18,
    note:
      'In → LiIn ≈ +50 %, our estimate from molar volumes (In 15.7 cm³/mol; LiIn ≈ 23.5 cm³/mol, NaTl-type, ' +
      'a ≈ 6.78 Å). A 100 µm foil is in excess: 3 mAh/cm² converts ≈ 18 µm of In (u ≈ 0.18).',
  },
  lto: {
    label: 'Li₄Ti₅O₁₂ composite',
    thicknessM: 80e-6,
    activeVolumeFraction: 0.6,
    volumeChangeOnChargePct: 0.2,
    note: '"Zero-strain" LTO: |ΔV| ≈ 0.2 % (Ohzuku et al. 1995); the sign differs between reports.',
  },
  graphite: {
    label: 'Graphite composite',
    thicknessM: 60e-6,
    activeVolumeFraction: 0.6,
    volumeChangeOnChargePct: 10,
    note: 'C → LiC₆ ≈ +10 % (c-axis 3.35 → 3.70 Å; Koerver et al. 2018).',
  },
  silicon: {
    label: 'Si composite',
    thicknessM: 10e-6,
    activeVolumeFraction: 0.4,
    volumeChangeOnChargePct: 280,
    note: 'Si → Li₁₅Si₄ ≈ +280 % (Obrovac & Christensen 2004).',
  },
} as const satisfies Record<string, ElectrodeLayerPreset>;

/** Cathode preset. */
export const STACK_CATHODE_PRESETS = {
  nmc: {
    label: 'NMC composite (charge: delithiation)',
    thicknessM: 60e-6,
    activeVolumeFraction: 0.6,
    volumeChangeOnChargePct: -5,
    note: 'NMC contracts ≈ 2–7 % on delithiation (Koerver et al. 2017, 2018); −5 % representative of NMC811.',
  },
} as const satisfies Record<string, ElectrodeLayerPreset>;

/**
 * Cell-level defaults: a 500 µm lab pellet separator, p₀ = 10 MPa, and E_eff = 1 GPa, a fit value
 * that turns µm-scale thickness changes into the MPa-scale pressure changes measured by Zhang et
 * al. 2017 and Koerver et al. 2018 (not a material property).
 */
export const STACK_DEFAULTS = {
  separatorThicknessM: 500e-6,
  stackModulusGPa: 1,
  initialPressureMPa: 10,
  volumeToThicknessFactor: 1,
} as const;

export const STACK_PRESSURE_PARAMS: readonly ParamSpec[] = [
  paramSpec('separatorThicknessM', STACK_LIMITS.separatorThicknessM, {
    min: 2e-5,
    max: 1e-3,
    step: 1e-5,
    default: STACK_DEFAULTS.separatorThicknessM,
    isLogScale: false,
    description: 'Solid-electrolyte separator thickness.',
  }),
  paramSpec('stackModulusGPa', STACK_LIMITS.stackModulusGPa, {
    min: 0.1,
    max: 30,
    step: 0.05,
    default: STACK_DEFAULTS.stackModulusGPa,
    isLogScale: true,
    description: 'Effective stiffness of cell and fixture (fit parameter).',
  }),
  paramSpec('initialPressureMPa', STACK_LIMITS.initialPressureMPa, {
    min: 0,
    max: 100,
    step: 1,
    default: STACK_DEFAULTS.initialPressureMPa,
    isLogScale: false,
    description: 'Stack pressure applied at assembly (SOC 0).',
  }),
  paramSpec('volumeToThicknessFactor', STACK_LIMITS.volumeToThicknessFactor, {
    min: 1 / 3,
    max: 1,
    step: 0.01,
    default: STACK_DEFAULTS.volumeToThicknessFactor,
    isLogScale: false,
    description: '1: laterally constrained layers; 1/3: free isotropic expansion.',
  }),
];
