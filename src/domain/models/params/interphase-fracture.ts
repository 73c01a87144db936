/**
 * Slider specs, validity limits and defaults of the interphase expansion and fracture model, as
 * plain data (no physics). The URL table (src/domain/mechanism-params.ts) reads its defaults and
 * ranges from here, so the models stay out of the initial bundle; the model file imports the same
 * limits for its input checks.
 */
import { limit, type ParamSpec, paramSpec } from '../spec';
import { LIMITS, relabel } from './shared';

export const FRACTURE_LIMITS = {
  volumeChangePct: relabel(LIMITS.volumeChange, 'Interphase volume change ΔV/V'),
  interphaseYoungsModulusGPa: relabel(LIMITS.youngsModulus, "Interphase Young's modulus E_f"),
  interphasePoissonRatio: relabel(LIMITS.poissonRatio, "Interphase Poisson's ratio ν_f"),
  electrolyteYoungsModulusGPa: relabel(LIMITS.youngsModulus, "Electrolyte Young's modulus E_s"),
  electrolytePoissonRatio: relabel(LIMITS.poissonRatio, "Electrolyte Poisson's ratio ν_s"),
  interphaseThicknessM: limit('Interphase thickness h', 'm', 1e-10, 1e-2, {
    displayUnit: 'µm',
    displayFactor: 1e6,
  }),
  electrolyteThicknessM: relabel(LIMITS.electrolyteThickness, 'Electrolyte thickness H'),
  substrateStressFactor: limit('Substrate stress factor f', '', 1, 4),
  thicknessRangeMin: limit('Lowest interphase thickness', 'm', 1e-10, 1e-2, {
    displayUnit: 'µm',
    displayFactor: 1e6,
  }),
  thicknessRangeMax: limit('Highest interphase thickness', 'm', 1e-10, 1e-2, {
    displayUnit: 'µm',
    displayFactor: 1e6,
  }),
};

/** Illustrative LAGP-like defaults (not measured values; see MODELS.md). */
export const INTERPHASE_FRACTURE_DEFAULTS = {
  volumeChangePct: 10,
  interphaseYoungsModulusGPa: 50,
  interphasePoissonRatio: 0.25,
  electrolyteYoungsModulusGPa: 50,
  interphaseThicknessM: 1e-5,
  electrolyteThicknessM: 5e-4,
  fractureToughnessMPaSqrtM: 0.5,
  flawDepthM: 1e-6,
};

export const INTERPHASE_FRACTURE_PARAMS: readonly ParamSpec[] = [
  paramSpec('volumeChangePct', FRACTURE_LIMITS.volumeChangePct, {
    min: -10,
    max: 50,
    step: 0.5,
    default: INTERPHASE_FRACTURE_DEFAULTS.volumeChangePct,
    isLogScale: false,
    description: 'Free volume change of the electrolyte as it turns into interphase.',
  }),
  paramSpec('interphaseYoungsModulusGPa', FRACTURE_LIMITS.interphaseYoungsModulusGPa, {
    min: 1,
    max: 200,
    step: 1,
    default: INTERPHASE_FRACTURE_DEFAULTS.interphaseYoungsModulusGPa,
    isLogScale: false,
    description: "Young's modulus of the interphase (rarely measured).",
  }),
  paramSpec('interphasePoissonRatio', FRACTURE_LIMITS.interphasePoissonRatio, {
    min: 0.1,
    max: 0.45,
    step: 0.01,
    default: INTERPHASE_FRACTURE_DEFAULTS.interphasePoissonRatio,
    isLogScale: false,
    description: "Poisson's ratio of the interphase.",
  }),
  paramSpec('electrolyteYoungsModulusGPa', FRACTURE_LIMITS.electrolyteYoungsModulusGPa, {
    min: 1,
    max: 200,
    step: 1,
    default: INTERPHASE_FRACTURE_DEFAULTS.electrolyteYoungsModulusGPa,
    isLogScale: false,
    description:
      "Young's modulus of the electrolyte around the front (sets how much of the misfit it takes).",
  }),
  paramSpec('interphaseThicknessM', FRACTURE_LIMITS.interphaseThicknessM, {
    min: 1e-8,
    max: 2e-4,
    step: 0.05,
    default: INTERPHASE_FRACTURE_DEFAULTS.interphaseThicknessM,
    isLogScale: true,
    description: 'Thickness h of the interphase layer.',
  }),
  paramSpec('electrolyteThicknessM', FRACTURE_LIMITS.electrolyteThicknessM, {
    min: 2e-5,
    max: 2e-3,
    step: 0.05,
    default: INTERPHASE_FRACTURE_DEFAULTS.electrolyteThicknessM,
    isLogScale: true,
    description: 'Thickness H of the electrolyte pellet or membrane.',
  }),
  paramSpec('fractureToughnessMPaSqrtM', LIMITS.fractureToughness, {
    min: 0.1,
    max: 3,
    step: 0.05,
    default: INTERPHASE_FRACTURE_DEFAULTS.fractureToughnessMPaSqrtM,
    isLogScale: false,
    description: 'K_Ic of the electrolyte.',
  }),
  paramSpec('flawDepthM', LIMITS.flawDepth, {
    min: 1e-8,
    max: 1e-4,
    step: 0.05,
    default: INTERPHASE_FRACTURE_DEFAULTS.flawDepthM,
    isLogScale: true,
    description: 'Depth of a flaw in the electrolyte at the interphase.',
  }),
  paramSpec('substrateStressFactor', FRACTURE_LIMITS.substrateStressFactor, {
    min: 1,
    max: 4,
    step: 1,
    default: 1,
    isLogScale: false,
    description: '1: one face, held flat; 2: both faces (symmetric cell); 4: free plate that bends.',
  }),
];
