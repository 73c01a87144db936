/**
 * Electronic leakage through the electrolyte (Han et al. 2019, doi 10.1038/s41560-018-0312-z).
 *
 * Quantities, units, equations, assumptions and sources: MODELS.md. Slider specs and limits:
 * ./params/leakage.ts (plain data, no physics).
 */
import { CM_PER_M, FARADAY_C_PER_MOL, LITHIUM_MOLAR_VOLUME_CM3_PER_MOL, M3_PER_CM3 } from './mechanics';
import { fail, mapResult, type ModelResult, ok, type Point, sampleLogRange, validate } from './result';
import { LEAKAGE_LIMITS } from './params/leakage';

/** Electronic transference number and leakage current density. */
export const ELECTRONIC_LEAKAGE_EQUATION_TEX = String.raw`t_e = \frac{\sigma_e}{\sigma_e + \sigma_i}, \quad j_e = \frac{\sigma_e V}{L}`;

/**
 * Classification thresholds for the electronic conductivity, S/cm. `highAbove` (1e-8) is the
 * upper bound that Lewis et al. 2019's review glossary gives for a solid electrolyte's electronic
 * conductivity; `negligibleBelow` (1e-10) is our own heuristic (see MODELS.md), not a value
 * from Han et al. 2019.
 */
export const ELECTRONIC_CONDUCTIVITY_THRESHOLDS_S_PER_CM = {
  negligibleBelow: 1e-10,
  highAbove: 1e-8,
} as const;

export type ElectronicLeakageClass = 'negligible' | 'concerning' | 'high';

/** One-line meaning of each class, for the view. */
export const ELECTRONIC_LEAKAGE_CLASS_TEXT: Record<ElectronicLeakageClass, string> = {
  negligible: 'negligible',
  concerning: 'concerning (internal deposition possible over long times)',
  high: 'high',
};

/**
 * Classifies σ_e: < 1e-10 S/cm negligible; 1e-10…1e-8 S/cm (both ends included) concerning;
 * > 1e-8 S/cm high.
 */
export function classifyElectronicConductivity(
  electronicConductivitySPerCm: number,
): ModelResult<{ leakageClass: ElectronicLeakageClass }> {
  const error = validate([[LEAKAGE_LIMITS.electronicConductivitySPerCm, electronicConductivitySPerCm]]);
  if (error) return fail(error);
  const { negligibleBelow, highAbove } = ELECTRONIC_CONDUCTIVITY_THRESHOLDS_S_PER_CM;
  const leakageClass: ElectronicLeakageClass =
    electronicConductivitySPerCm < negligibleBelow
      ? 'negligible'
      : electronicConductivitySPerCm > highAbove
        ? 'high'
        : 'concerning';
  return ok({ leakageClass });
}

export interface ElectronicLeakageInput {
  /** Electronic conductivity σ_e of the electrolyte, S/cm. */
  electronicConductivitySPerCm: number;
  /** Ionic conductivity σ_i of the electrolyte, S/cm. */
  ionicConductivitySPerCm: number;
  /** Voltage across the electrolyte (e.g. the open-circuit cell voltage), V. */
  cellVoltageV: number;
  /** Electrolyte thickness L, m. */
  electrolyteThicknessM: number;
}

export interface ElectronicLeakageValue {
  /** t_e = σ_e / (σ_e + σ_i). */
  electronicTransferenceNumber: number;
  /** j_e = σ_e V / L, mA/cm². */
  leakageCurrentDensityMilliAmpPerCm2: number;
  /**
   * Li thickness per time if every leaking electron reduced one Li⁺ inside the electrolyte:
   * j_e V_m / F, m/s. An upper bound; in steady state the leak mostly self-discharges the cell.
   */
  upperBoundLiDepositionRateMPerS: number;
  leakageClass: ElectronicLeakageClass;
}

/**
 * Electronic leakage through the electrolyte: t_e = σ_e / (σ_e + σ_i), j_e = σ_e V / L (Ohmic
 * estimate), upper-bound Li deposition rate j_e V_m / F, and the class of σ_e.
 */
export function electronicLeakage(input: ElectronicLeakageInput): ModelResult<ElectronicLeakageValue> {
  const error = validate([
    [LEAKAGE_LIMITS.electronicConductivitySPerCm, input.electronicConductivitySPerCm],
    [LEAKAGE_LIMITS.ionicConductivitySPerCm, input.ionicConductivitySPerCm],
    [LEAKAGE_LIMITS.cellVoltageV, input.cellVoltageV],
    [LEAKAGE_LIMITS.electrolyteThicknessM, input.electrolyteThicknessM],
  ]);
  if (error) return fail(error);
  const classified = classifyElectronicConductivity(input.electronicConductivitySPerCm);
  if (!classified.ok) return classified;
  const sigmaE = input.electronicConductivitySPerCm;
  const electronicTransferenceNumber = sigmaE / (sigmaE + input.ionicConductivitySPerCm);
  const currentAPerCm2 = (sigmaE * input.cellVoltageV) / (input.electrolyteThicknessM * CM_PER_M);
  const currentAPerM2 = currentAPerCm2 * CM_PER_M * CM_PER_M;
  const upperBoundLiDepositionRateMPerS =
    (currentAPerM2 * LITHIUM_MOLAR_VOLUME_CM3_PER_MOL * M3_PER_CM3) / FARADAY_C_PER_MOL;
  return ok({
    electronicTransferenceNumber,
    leakageCurrentDensityMilliAmpPerCm2: currentAPerCm2 * 1e3,
    upperBoundLiDepositionRateMPerS,
    leakageClass: classified.value.leakageClass,
  });
}

/**
 * Leakage current density j_e (y, mA/cm²) against σ_e (x, S/cm), log-spaced; by default
 * 1e-14…1e-6 S/cm with 81 points. A straight line of slope 1 on log-log axes.
 */
export function sampleLeakageCurrentVsElectronicConductivity(
  input: Omit<ElectronicLeakageInput, 'electronicConductivitySPerCm'>,
  range: { minSPerCm?: number; maxSPerCm?: number; count?: number } = {},
): ModelResult<Point[]> {
  return sampleLogRange(
    {
      min: range.minSPerCm ?? 1e-14,
      max: range.maxSPerCm ?? 1e-6,
      count: range.count ?? 81,
      minLimit: LEAKAGE_LIMITS.conductivityRangeMin,
      maxLimit: LEAKAGE_LIMITS.conductivityRangeMax,
      emptyMessage: 'Lowest electronic conductivity must be smaller than the highest',
    },
    (electronicConductivitySPerCm) =>
      mapResult(
        electronicLeakage({ ...input, electronicConductivitySPerCm }),
        (v) => v.leakageCurrentDensityMilliAmpPerCm2,
      ),
  );
}
