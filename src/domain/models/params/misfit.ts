/**
 * Slider specs, validity limits and defaults of the misfitting-particle model, with its
 * active-material and matrix presets, as plain data (no physics). The URL table
 * (src/domain/mechanism-params.ts) reads its defaults and ranges from here, so the models stay out
 * of the initial bundle; the model file imports the same limits for its input checks.
 */
import { limit, type ParamSpec, paramSpec } from '../spec';
import { LIMITS, relabel } from './shared';

/** Default interfacial (tensile) strength, MPa: an assumption, not a measured value. */
export const DEFAULT_INTERFACE_STRENGTH_MPA = 10;

/** Default flaw size as a fraction of the particle radius, c/a: an assumption. */
export const DEFAULT_FLAW_TO_RADIUS_RATIO = 0.1;

export const SPHERE_LIMITS = {
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
    label: 'Li₂S–P₂S₅ glass',
    youngsModulusGPa: 18.5,
    poissonRatio: 0.3,
    fractureToughnessMPaSqrtM: 0.23,
    note: 'Amorphous Li₂S–P₂S₅: E ≈ 18.5 GPa, K_Ic ≈ 0.23 MPa·m½ by nanoindentation (McGrogan et al. 2017, Adv. Energy Mater. 7, 1602011).',
  },
  llzo: {
    label: 'LLZO (garnet)',
    youngsModulusGPa: 150,
    poissonRatio: 0.26,
    fractureToughnessMPaSqrtM: 1,
    note: 'E ≈ 150 GPa, ν ≈ 0.26 (Ni et al. 2012, J. Mater. Sci. 47, 7978); K_Ic ≈ 1 MPa·m½ (Wolfenstine et al. 2013).',
  },
} as const satisfies Record<string, MatrixPreset>;

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
