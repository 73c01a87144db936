/**
 * Slider specs, validity limits and defaults of the interphase growth and resistance model, as
 * plain data (no physics). The URL table (src/domain/mechanism-params.ts) reads its defaults and
 * ranges from here, so the models stay out of the initial bundle; the model file imports the same
 * limits for its input checks.
 */
import { limit, type ParamSpec, paramSpec } from '../spec';

export const GROWTH_LIMITS = {
  ionicConductivitySPerCm: limit('Interphase ionic conductivity σ_i', 'S/cm', 0, 1, { isMinExclusive: true }),
  electronicConductivitySPerCm: limit('Interphase electronic conductivity σ_e', 'S/cm', 0, 1e4, {
    isMinExclusive: true,
  }),
  drivingForceV: limit('Driving force ΔE', 'V', 0, 5, { isMinExclusive: true }),
  molarVolumeCm3PerMol: limit('Interphase molar volume per mol Li', 'cm³/mol', 0, 1000, {
    isMinExclusive: true,
  }),
  timeS: limit('Time', 's', 0, 3.2e9, { displayUnit: 'h', displayFactor: 1 / 3600 }),
  maxTimeS: limit('Time span', 's', 0, 3.2e9, {
    isMinExclusive: true,
    displayUnit: 'h',
    displayFactor: 1 / 3600,
  }),
  saturationThicknessM: limit('Saturation thickness L_max', 'm', 1e-10, 1e-5, {
    displayUnit: 'nm',
    displayFactor: 1e9,
  }),
  timeConstantS: limit('Time constant τ', 's', 0, 3.2e9, {
    isMinExclusive: true,
    displayUnit: 'h',
    displayFactor: 1 / 3600,
  }),
  thicknessM: limit('Interphase thickness', 'm', 0, 1e-2, { displayUnit: 'µm', displayFactor: 1e6 }),
};

/** Illustrative type-2 defaults (order of magnitude for a NASICON MCI; replace with KB values). */
export const MIXED_CONDUCTOR_DEFAULTS = {
  ionicConductivitySPerCm: 1e-6,
  electronicConductivitySPerCm: 1e-5,
  drivingForceV: 1,
  molarVolumeCm3PerMol: 10,
};

/** Type-3 defaults: L_max = 6 nm (Ma et al. 2016); τ = 1 h is illustrative; σ_i of t-LLZO ≈ 1e-6 S/cm. */
export const SELF_LIMITING_DEFAULTS = {
  saturationThicknessM: 6e-9,
  timeConstantS: 3600,
  ionicConductivitySPerCm: 1e-6,
};

export const INTERPHASE_GROWTH_PARAMS: readonly ParamSpec[] = [
  paramSpec('ionicConductivitySPerCm', GROWTH_LIMITS.ionicConductivitySPerCm, {
    min: 1e-10,
    max: 1e-3,
    step: 0.1,
    default: MIXED_CONDUCTOR_DEFAULTS.ionicConductivitySPerCm,
    isLogScale: true,
    description: 'Li⁺ conductivity of the interphase (sets its ASR and, for type 2, the growth rate).',
  }),
  paramSpec('electronicConductivitySPerCm', GROWTH_LIMITS.electronicConductivitySPerCm, {
    min: 1e-10,
    max: 1,
    step: 0.1,
    default: MIXED_CONDUCTOR_DEFAULTS.electronicConductivitySPerCm,
    isLogScale: true,
    description: 'Electronic conductivity of a type-2 interphase; the smaller of σ_i and σ_e limits growth.',
  }),
  paramSpec('drivingForceV', GROWTH_LIMITS.drivingForceV, {
    min: 0.05,
    max: 3,
    step: 0.05,
    default: MIXED_CONDUCTOR_DEFAULTS.drivingForceV,
    isLogScale: false,
    description: 'Reaction free energy per electron (≈ reduction potential of the electrolyte vs Li/Li⁺).',
  }),
  paramSpec('molarVolumeCm3PerMol', GROWTH_LIMITS.molarVolumeCm3PerMol, {
    min: 1,
    max: 100,
    step: 1,
    default: MIXED_CONDUCTOR_DEFAULTS.molarVolumeCm3PerMol,
    isLogScale: false,
    description: 'Volume of interphase formed per mole of Li consumed.',
  }),
  paramSpec('saturationThicknessM', GROWTH_LIMITS.saturationThicknessM, {
    min: 1e-9,
    max: 5e-8,
    step: 1e-9,
    default: SELF_LIMITING_DEFAULTS.saturationThicknessM,
    isLogScale: false,
    description: 'Final thickness of a self-limiting (type 3) interphase (≈ 6 nm for LLZO).',
  }),
  paramSpec('timeConstantS', GROWTH_LIMITS.timeConstantS, {
    min: 60,
    max: 360000,
    step: 0.1,
    default: SELF_LIMITING_DEFAULTS.timeConstantS,
    isLogScale: true,
    description: 'Time to reach 63 % of L_max (illustrative; not measured).',
  }),
];
