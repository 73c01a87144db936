/**
 * Slider specs, validity limits and defaults of the electronic leakage model (Han et al. 2019), as
 * plain data (no physics). The URL table (src/domain/mechanism-params.ts) reads its defaults and
 * ranges from here, so the models stay out of the initial bundle; the model file imports the same
 * limits for its input checks.
 */
import { limit, type ParamSpec, paramSpec } from '../spec';
import { LIMITS } from './shared';

export const LEAKAGE_LIMITS = {
  electronicConductivitySPerCm: limit('Electronic conductivity σ_e', 'S/cm', 0, 1e4, {
    isMinExclusive: true,
  }),
  ionicConductivitySPerCm: limit('Ionic conductivity σ_i', 'S/cm', 0, 1, { isMinExclusive: true }),
  cellVoltageV: limit('Cell voltage', 'V', 0, 10, { isMinExclusive: true }),
  electrolyteThicknessM: LIMITS.electrolyteThickness,
  conductivityRangeMin: limit('Lowest electronic conductivity', 'S/cm', 0, 1e4, { isMinExclusive: true }),
  conductivityRangeMax: limit('Highest electronic conductivity', 'S/cm', 0, 1e4, { isMinExclusive: true }),
};

export const ELECTRONIC_LEAKAGE_PARAMS: readonly ParamSpec[] = [
  paramSpec('electronicConductivitySPerCm', LEAKAGE_LIMITS.electronicConductivitySPerCm, {
    min: 1e-15,
    max: 1e-5,
    step: 0.1,
    default: 1e-8,
    isLogScale: true,
    description: 'Electronic conductivity of the electrolyte (from DC polarisation).',
  }),
  paramSpec('ionicConductivitySPerCm', LEAKAGE_LIMITS.ionicConductivitySPerCm, {
    min: 1e-7,
    max: 1e-1,
    step: 0.1,
    default: 1e-4,
    isLogScale: true,
    description: 'Li⁺ conductivity of the electrolyte.',
  }),
  paramSpec('cellVoltageV', LEAKAGE_LIMITS.cellVoltageV, {
    min: 0.1,
    max: 5,
    step: 0.05,
    default: 4,
    isLogScale: false,
    description: 'Voltage across the electrolyte (open-circuit cell voltage).',
  }),
  paramSpec('electrolyteThicknessM', LEAKAGE_LIMITS.electrolyteThicknessM, {
    min: 1e-6,
    max: 1e-3,
    step: 0.05,
    default: 1e-4,
    isLogScale: true,
    description: 'Electrolyte (separator) thickness.',
  }),
];
