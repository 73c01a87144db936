/**
 * Slider specs, validity limits and defaults of the Monroe–Newman and Ahmad–Viswanathan stability
 * criteria, as plain data (no physics). The URL table (src/domain/mechanism-params.ts) reads its
 * defaults and ranges from here, so the models stay out of the initial bundle; the model file
 * imports the same limits for its input checks.
 */
import { limit, type ParamSpec, paramSpec } from '../spec';

/** Li shear moduli in GPa: the default used with the criterion and the polycrystal measurement. */
export const LITHIUM_SHEAR_MODULUS_GPA = {
  /** Value used with the Monroe–Newman analysis (Monroe & Newman 2005, doi 10.1149/1.1850854). */
  monroeNewman: 4.25,
  /** Polycrystalline Li, ultrasonic (Masias et al. 2019, doi 10.1007/s10853-018-2971-3). */
  masiasPolycrystal: 2.83,
} as const;

/** The stiffness ratio above which Monroe & Newman predict a flat (non-roughening) interface. */
export const MONROE_NEWMAN_THRESHOLD = 2;

/** Poisson's ratio of Li used by Ahmad & Viswanathan in their screening code (0.42). */
export const LITHIUM_POISSON_RATIO = 0.42;

/** Limits of the Ahmad–Viswanathan inputs, and the default electrolyte Poisson's ratio. */
export const AV_LIMITS = {
  partialMolarVolumeRatio: limit('Partial molar volume ratio v = V̄(Li⁺)/V(Li)', '', 0, 10),
  electrolytePoissonRatio: limit("Electrolyte Poisson's ratio ν_s", '', 0, 0.499),
  lithiumPoissonRatio: limit("Li Poisson's ratio ν_Li", '', 0, 0.499),
  /** The ν_s of the authors' plotted stability line for inorganic solids (they also show 0.5). */
  defaultElectrolytePoissonRatio: 0.33,
};

export const MN_LIMITS = {
  electrolyteShearModulusGPa: limit('Electrolyte shear modulus G_SSE', 'GPa', 0, 1000, {
    isMinExclusive: true,
  }),
  lithiumShearModulusGPa: limit('Li shear modulus G_Li', 'GPa', 0, 100, { isMinExclusive: true }),
  threshold: limit('Threshold ratio', '', 0, 100, { isMinExclusive: true }),
};

export const MONROE_NEWMAN_PARAMS: readonly ParamSpec[] = [
  paramSpec('electrolyteShearModulusGPa', MN_LIMITS.electrolyteShearModulusGPa, {
    min: 1e-3,
    max: 200,
    step: 0.05,
    default: 60,
    isLogScale: true,
    description: 'Shear modulus of the electrolyte (LLZO ≈ 60 GPa, sulfides ≈ 8–10 GPa, PEO ≪ 1 GPa).',
  }),
  paramSpec('lithiumShearModulusGPa', MN_LIMITS.lithiumShearModulusGPa, {
    min: 2,
    max: 6,
    step: 0.01,
    default: LITHIUM_SHEAR_MODULUS_GPA.monroeNewman,
    isLogScale: false,
    description: '4.25 GPa as used with the criterion; 2.83 GPa for polycrystalline Li (Masias 2019).',
  }),
  paramSpec('partialMolarVolumeRatio', AV_LIMITS.partialMolarVolumeRatio, {
    min: 0,
    max: 3,
    step: 0.01,
    default: 0.5,
    isLogScale: false,
    description:
      'Partial molar volume of Li⁺ in the electrolyte over that of Li metal (illustrative default: the ' +
      'knowledge base holds no measured value; below 1 for inorganic solids, above 1 in the polymer case).',
  }),
];
