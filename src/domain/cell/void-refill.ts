/**
 * Voids in a Li metal anode on stripping: can lithium creep refill the interface as fast as the
 * current removes it?
 *
 * Stripping at current density j removes Li from the interface, which recedes at
 *   v_strip = j V_m / F                                   (m/s; V_m molar volume of Li, F Faraday)
 * Under the stack pressure p, Li creeps towards the interface. Power-law creep scaled to a measured
 * point, ε̇(p) = ε̇_ref (p / σ_ref)^n, moves metal over a contact length λ at
 *   v_creep = λ ε̇(p),
 * so the largest stripping current that creep can refill is
 *   j_refill = F λ ε̇_ref (p / σ_ref)^n / V_m.
 * Voids open when j > j_refill. The reference point is the yield strength of bulk Li (σ_ref, from
 * the knowledge base: Masias et al. 2019) reached at the strain rate of a quasi-static test
 * (ε̇_ref, assumed); n ≈ 6.5 is the stress exponent Masias et al. report (the KB's creep record).
 * λ, the distance Li must flow to close an incipient void (the spacing of contact asperities), is
 * an assumption. Bulk creep is the fastest supply path, so j_refill is an upper bound: measured
 * critical stripping currents at a few MPa are lower. See src/domain/MODELS.md (Void formation).
 *
 * Units: pressure MPa, current density mA/cm², lengths m, strain rate 1/s, molar volume cm³/mol.
 */
import { FARADAY_C_PER_MOL, LITHIUM_MOLAR_VOLUME_CM3_PER_MOL } from '../models/mechanics';
import { fail, type ModelResult, ok, requirePositive } from '../models/result';

/** Stress exponent of Li power-law creep at room temperature (Masias et al. 2019: ≈ 6.5). */
export const LITHIUM_CREEP_STRESS_EXPONENT = 6.5;

/** Strain rate at which the reference (yield) stress is reached, 1/s: a quasi-static test rate, assumed. */
export const REFERENCE_STRAIN_RATE_PER_S = 5e-4;

/** Distance Li flows to close an incipient void, m (spacing of contact asperities): an assumption. */
export const CONTACT_LENGTH_M = 10e-6;

/** Inputs of the refill estimate. */
export interface VoidRefillInput {
  /** Stack pressure on the anode, MPa (> 0). */
  stackPressureMPa: number;
  /** Stripping current density, mA/cm² (> 0). */
  strippingCurrentMAcm2: number;
  /** Reference stress σ_ref (the yield strength of Li), MPa. */
  referenceStressMPa: number;
  /** Strain rate at σ_ref, 1/s (default `REFERENCE_STRAIN_RATE_PER_S`). */
  referenceStrainRatePerS?: number;
  /** Creep stress exponent n (default 6.5). */
  stressExponent?: number;
  /** Contact length λ, m (default 10 µm). */
  contactLengthM?: number;
  /** Molar volume of Li, cm³/mol (default 13.0). */
  lithiumMolarVolumeCm3PerMol?: number;
}

/** What the estimate gives. */
export interface VoidRefillValue {
  /** ε̇ at the stack pressure, 1/s. */
  creepStrainRatePerS: number;
  /** Speed at which creep can advance Li into the interface, m/s. */
  creepVelocityMPerS: number;
  /** Speed at which stripping removes Li from the interface, m/s. */
  strippingVelocityMPerS: number;
  /** Largest stripping current creep can refill, mA/cm². */
  refillCurrentMAcm2: number;
  /** j / j_refill: above 1 voids open. */
  ratio: number;
  isVoidingExpected: boolean;
}

/** j_refill and the comparison with the stripping current (formula in the module comment). */
export function voidRefill(input: VoidRefillInput): ModelResult<VoidRefillValue> {
  const rate = input.referenceStrainRatePerS ?? REFERENCE_STRAIN_RATE_PER_S;
  const n = input.stressExponent ?? LITHIUM_CREEP_STRESS_EXPONENT;
  const length = input.contactLengthM ?? CONTACT_LENGTH_M;
  const vm = input.lithiumMolarVolumeCm3PerMol ?? LITHIUM_MOLAR_VOLUME_CM3_PER_MOL;
  const error =
    requirePositive('Stack pressure', input.stackPressureMPa, 'MPa') ??
    requirePositive('Stripping current density', input.strippingCurrentMAcm2, 'mA/cm²') ??
    requirePositive('Reference stress', input.referenceStressMPa, 'MPa') ??
    requirePositive('Reference strain rate', rate, '1/s') ??
    requirePositive('Stress exponent', n, '') ??
    requirePositive('Contact length', length, 'm') ??
    requirePositive('Molar volume of Li', vm, 'cm³/mol');
  if (error) return fail(error);
  const vmM3 = vm * 1e-6;
  const creepStrainRatePerS = rate * (input.stackPressureMPa / input.referenceStressMPa) ** n;
  const creepVelocityMPerS = length * creepStrainRatePerS;
  // mA/cm² → A/m²: × 10.
  const jAPerM2 = input.strippingCurrentMAcm2 * 10;
  const strippingVelocityMPerS = (jAPerM2 * vmM3) / FARADAY_C_PER_MOL;
  const refillCurrentMAcm2 = (FARADAY_C_PER_MOL * creepVelocityMPerS) / vmM3 / 10;
  const ratio = input.strippingCurrentMAcm2 / refillCurrentMAcm2;
  return ok({
    creepStrainRatePerS,
    creepVelocityMPerS,
    strippingVelocityMPerS,
    refillCurrentMAcm2,
    ratio,
    isVoidingExpected: ratio > 1,
  });
}
