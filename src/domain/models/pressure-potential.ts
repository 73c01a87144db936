/**
 * Stress and potential: a hydrostatic pressure p on Li shifts its potential by ΔE = p V_m / F.
 *
 * Quantities, units, equations, assumptions and sources: MODELS.md. Slider specs and limits:
 * ./params/pressure-potential.ts (plain data, no physics).
 */
import {
  FARADAY_C_PER_MOL,
  LIMITS,
  LITHIUM_MOLAR_VOLUME_CM3_PER_MOL,
  M3_PER_CM3,
  PA_PER_MPA,
} from './mechanics';
import { fail, type ModelResult, ok, validate } from './result';
import { PRESSURE_LIMIT } from './params/pressure-potential';

/** Potential shift of Li under hydrostatic pressure. */
export const PRESSURE_POTENTIAL_EQUATION_TEX = String.raw`\Delta\mu = p V_m^\mathrm{Li}, \quad \Delta E = \frac{p V_m^\mathrm{Li}}{F}`;

/**
 * Shift of the Li chemical potential and electrode potential under hydrostatic pressure p:
 * Δμ = p V_m (J/mol), ΔE = p V_m / F (V). 1 MPa → 0.135 mV. Positive p (compression) raises μ_Li,
 * so plating into compressed Li needs ΔE more cathodic overpotential; negative p is tension.
 */
export function pressurePotentialShift(
  pressureMPa: number,
  lithiumMolarVolumeCm3PerMol: number = LITHIUM_MOLAR_VOLUME_CM3_PER_MOL,
): ModelResult<{ chemicalPotentialShiftJPerMol: number; potentialShiftV: number }> {
  const error = validate([
    [PRESSURE_LIMIT, pressureMPa],
    [LIMITS.lithiumMolarVolume, lithiumMolarVolumeCm3PerMol],
  ]);
  if (error) return fail(error);
  const chemicalPotentialShiftJPerMol = pressureMPa * PA_PER_MPA * lithiumMolarVolumeCm3PerMol * M3_PER_CM3;
  return ok({
    chemicalPotentialShiftJPerMol,
    potentialShiftV: chemicalPotentialShiftJPerMol / FARADAY_C_PER_MOL,
  });
}
