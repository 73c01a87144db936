/**
 * Slider specs, validity limits and defaults of the flaw model (Porz et al. 2017), as plain data
 * (no physics). The URL table (src/domain/mechanism-params.ts) reads its defaults and ranges from
 * here, so the models stay out of the initial bundle; the model file imports the same limits for
 * its input checks.
 */
import { limit, type ParamSpec, paramSpec } from '../spec';
import { EDGE_CRACK_GEOMETRY_FACTOR, LIMITS, relabel } from './shared';

export const FLAW_LIMITS = {
  overpotential: limit('Overpotential |η|', 'V', 0, 5, { displayUnit: 'mV', displayFactor: 1e3 }),
  nonZeroOverpotential: limit('Overpotential |η|', 'V', 0, 5, {
    isMinExclusive: true,
    displayUnit: 'mV',
    displayFactor: 1e3,
  }),
  interfaceAsr: limit('Interfacial ASR', 'Ω·cm²', 0, 1e5, { isMinExclusive: true }),
  flawDepthRangeMin: relabel(LIMITS.flawDepth, 'Lowest flaw depth'),
  flawDepthRangeMax: relabel(LIMITS.flawDepth, 'Highest flaw depth'),
};

export const FLAW_MODEL_PARAMS: readonly ParamSpec[] = [
  paramSpec('fractureToughnessMPaSqrtM', LIMITS.fractureToughness, {
    min: 0.05,
    max: 5,
    step: 0.01,
    default: 1,
    isLogScale: false,
    description: 'K_Ic of the electrolyte (LLZO ≈ 1, sulfide glasses ≈ 0.2 MPa·m½).',
  }),
  paramSpec('flawDepthM', LIMITS.flawDepth, {
    min: 1e-8,
    max: 1e-4,
    step: 0.05,
    default: 1e-6,
    isLogScale: true,
    description: 'Depth of the surface flaw (scratch, pore, grain-boundary groove) filled with Li.',
  }),
  paramSpec('overpotentialV', FLAW_LIMITS.overpotential, {
    min: 0,
    max: 0.5,
    step: 0.001,
    default: 0.1,
    isLogScale: false,
    description: 'Plating overpotential at the flaw; its magnitude sets the Li pressure.',
  }),
  paramSpec('interfaceAsrOhmCm2', FLAW_LIMITS.interfaceAsr, {
    min: 1,
    max: 1000,
    step: 0.05,
    default: 10,
    isLogScale: true,
    description: 'Interfacial area-specific resistance used for CCD ≈ η_c / ASR.',
  }),
  paramSpec('geometryFactor', LIMITS.geometryFactor, {
    min: 0.6,
    max: 1.5,
    step: 0.01,
    default: EDGE_CRACK_GEOMETRY_FACTOR,
    isLogScale: false,
    description: '1.12 for a shallow edge crack; 2/π ≈ 0.64 for a buried penny crack.',
  }),
];
