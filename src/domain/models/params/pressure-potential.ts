/**
 * Slider specs, validity limits and defaults of the stress-and-potential model, as plain data (no
 * physics). The URL table (src/domain/mechanism-params.ts) reads its defaults and ranges from
 * here, so the models stay out of the initial bundle; the model file imports the same limits for
 * its input checks.
 */
import { limit, type ParamSpec, paramSpec } from '../spec';

export const PRESSURE_LIMIT = limit('Pressure p', 'MPa', -1e4, 1e4);

export const PRESSURE_POTENTIAL_PARAMS: readonly ParamSpec[] = [
  paramSpec('pressureMPa', PRESSURE_LIMIT, {
    min: 0,
    max: 1000,
    step: 1,
    default: 100,
    isLogScale: false,
    description: 'Hydrostatic pressure on the Li (stack pressure ≈ 1–100 MPa; Li in a flaw up to GPa).',
  }),
];
