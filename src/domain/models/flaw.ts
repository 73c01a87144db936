/**
 * Flaw model after Porz et al. 2017 (doi 10.1002/aenm.201701003): Li plated into a surface flaw is
 * pressurised by the overpotential, p = |η| F / V_m(Li); the flaw cracks when K_I = Y p √(π a) ≥ K_Ic.
 *
 * Quantities, units, equations, assumptions and sources: MODELS.md. Slider specs and limits:
 * ./params/flaw.ts (plain data, no physics).
 */
import {
  EDGE_CRACK_GEOMETRY_FACTOR,
  FARADAY_C_PER_MOL,
  LIMITS,
  LITHIUM_MOLAR_VOLUME_CM3_PER_MOL,
  M3_PER_CM3,
  PA_PER_MPA,
  stressIntensityPaSqrtM,
} from './mechanics';
import { fail, mapResult, type ModelResult, ok, type Point, sampleLogRange, validate } from './result';
import { FLAW_LIMITS } from './params/flaw';

/** Flaw model: Li pressure, stress intensity and the critical overpotential. */
export const FLAW_EQUATION_TEX = String.raw`p = \frac{|\eta| F}{V_m^\mathrm{Li}}, \quad K_I = Y p \sqrt{\pi a}, \quad \eta_c(a) = \frac{K_{Ic} V_m^\mathrm{Li}}{Y F \sqrt{\pi a}}`;

/** Critical flaw depth at a given overpotential (the inverse of η_c(a)). */
export const CRITICAL_FLAW_EQUATION_TEX = String.raw`a_c = \frac{1}{\pi} \left( \frac{K_{Ic} V_m^\mathrm{Li}}{Y F |\eta|} \right)^2`;

/** Uniform-current estimate of the critical current density. */
export const CRITICAL_CURRENT_DENSITY_EQUATION_TEX = String.raw`\mathrm{CCD} \approx \frac{\eta_c}{\mathrm{ASR}}`;

/** Flaw depth below which continuum fracture mechanics is flagged as questionable. */
const CONTINUUM_FLAW_DEPTH_M = 1e-8;
/** CCD above which transport, not fracture, would limit the cell. */
const IMPLAUSIBLE_CCD_MA_PER_CM2 = 100;

/** Material and geometry of the flaw model (all optional fields have documented defaults). */
export interface FlawMaterialInput {
  /** Fracture toughness K_Ic of the electrolyte, MPa·m½. */
  fractureToughnessMPaSqrtM: number;
  /** Geometry factor Y (default 1.12, shallow edge crack). */
  geometryFactor?: number;
  /** Molar volume of Li, cm³/mol (default 13.0). */
  lithiumMolarVolumeCm3PerMol?: number;
}

export interface CriticalOverpotentialInput extends FlawMaterialInput {
  /** Depth a of the surface flaw, m. */
  flawDepthM: number;
}

function flawDefaults(input: FlawMaterialInput) {
  return {
    kIcMPaSqrtM: input.fractureToughnessMPaSqrtM,
    y: input.geometryFactor ?? EDGE_CRACK_GEOMETRY_FACTOR,
    vmCm3PerMol: input.lithiumMolarVolumeCm3PerMol ?? LITHIUM_MOLAR_VOLUME_CM3_PER_MOL,
  };
}

function validateFlawMaterial(input: FlawMaterialInput): string | undefined {
  const d = flawDefaults(input);
  return validate([
    [LIMITS.fractureToughness, d.kIcMPaSqrtM],
    [LIMITS.geometryFactor, d.y],
    [LIMITS.lithiumMolarVolume, d.vmCm3PerMol],
  ]);
}

function flawDepthWarnings(flawDepthM: number): string[] {
  return flawDepthM < CONTINUUM_FLAW_DEPTH_M
    ? ['Flaw depth below 10 nm: continuum fracture mechanics is questionable at near-atomic scale']
    : [];
}

/**
 * Pressure of Li plated at overpotential η into a confined space: p = |η| F / V_m(Li)
 * (the work F|η| per mole stored as p·V_m). 1 mV → 7.42 MPa.
 * @returns pressure in MPa
 */
export function lithiumPressureFromOverpotential(
  overpotentialV: number,
  lithiumMolarVolumeCm3PerMol: number = LITHIUM_MOLAR_VOLUME_CM3_PER_MOL,
): ModelResult<{ pressureMPa: number }> {
  const error = validate([
    [FLAW_LIMITS.overpotential, Math.abs(overpotentialV)],
    [LIMITS.lithiumMolarVolume, lithiumMolarVolumeCm3PerMol],
  ]);
  if (error) return fail(error);
  const pressurePa =
    (Math.abs(overpotentialV) * FARADAY_C_PER_MOL) / (lithiumMolarVolumeCm3PerMol * M3_PER_CM3);
  return ok({ pressureMPa: pressurePa / PA_PER_MPA });
}

/**
 * Critical overpotential for flaw fracture: η_c(a) = K_Ic V_m / (Y F √(π a)). Scales as a^(-1/2).
 */
export function criticalOverpotential(
  input: CriticalOverpotentialInput,
): ModelResult<{ criticalOverpotentialV: number; criticalPressureMPa: number }> {
  const error = validateFlawMaterial(input) ?? validate([[LIMITS.flawDepth, input.flawDepthM]]);
  if (error) return fail(error);
  const { kIcMPaSqrtM, y, vmCm3PerMol } = flawDefaults(input);
  const criticalPressurePa = (kIcMPaSqrtM * PA_PER_MPA) / (y * Math.sqrt(Math.PI * input.flawDepthM));
  const criticalOverpotentialV = (criticalPressurePa * vmCm3PerMol * M3_PER_CM3) / FARADAY_C_PER_MOL;
  return ok(
    { criticalOverpotentialV, criticalPressureMPa: criticalPressurePa / PA_PER_MPA },
    flawDepthWarnings(input.flawDepthM),
  );
}

export interface FlawFractureValue {
  /** Li pressure in the flaw, MPa. */
  pressureMPa: number;
  /** K_I at the flaw tip, MPa·m½. */
  stressIntensityMPaSqrtM: number;
  /** K_I / K_Ic. */
  stressIntensityRatio: number;
  /** True when K_I ≥ K_Ic. */
  isFractureExpected: boolean;
}

/**
 * Verdict of the flaw model at a given overpotential: K_I = Y (|η| F / V_m) √(π a) against K_Ic.
 */
export function flawFracture(
  input: CriticalOverpotentialInput & { overpotentialV: number },
): ModelResult<FlawFractureValue> {
  const error =
    validateFlawMaterial(input) ??
    validate([
      [LIMITS.flawDepth, input.flawDepthM],
      [FLAW_LIMITS.overpotential, Math.abs(input.overpotentialV)],
    ]);
  if (error) return fail(error);
  const { kIcMPaSqrtM, y, vmCm3PerMol } = flawDefaults(input);
  const pressure = lithiumPressureFromOverpotential(input.overpotentialV, vmCm3PerMol);
  if (!pressure.ok) return pressure;
  const { pressureMPa } = pressure.value;
  const kPaSqrtM = stressIntensityPaSqrtM(pressureMPa * PA_PER_MPA, input.flawDepthM, y);
  const stressIntensityMPaSqrtM = kPaSqrtM / PA_PER_MPA;
  const stressIntensityRatio = stressIntensityMPaSqrtM / kIcMPaSqrtM;
  return ok(
    {
      pressureMPa,
      stressIntensityMPaSqrtM,
      stressIntensityRatio,
      isFractureExpected: stressIntensityRatio >= 1,
    },
    flawDepthWarnings(input.flawDepthM),
  );
}

/**
 * Critical flaw depth at overpotential η: a_c = (K_Ic V_m / (Y F |η|))² / π. Flaws deeper than
 * a_c crack. η must be non-zero (at η = 0 no flaw cracks).
 */
export function criticalFlawDepth(
  input: FlawMaterialInput & { overpotentialV: number },
): ModelResult<{ criticalFlawDepthM: number }> {
  const error =
    validateFlawMaterial(input) ??
    validate([[FLAW_LIMITS.nonZeroOverpotential, Math.abs(input.overpotentialV)]]);
  if (error) return fail(error);
  const { kIcMPaSqrtM, y, vmCm3PerMol } = flawDefaults(input);
  const ratio =
    (kIcMPaSqrtM * PA_PER_MPA * vmCm3PerMol * M3_PER_CM3) /
    (y * FARADAY_C_PER_MOL * Math.abs(input.overpotentialV));
  const criticalFlawDepthM = (ratio * ratio) / Math.PI;
  return ok({ criticalFlawDepthM }, flawDepthWarnings(criticalFlawDepthM));
}

/**
 * Uniform-current estimate of the critical current density: CCD ≈ η_c / ASR, with η_c in V and
 * the interfacial area-specific resistance in Ω·cm² (→ A/cm², reported in mA/cm²). An upper
 * bound: current focusing at the flaw raises the local overpotential above the mean one.
 */
export function criticalCurrentDensity(
  input: CriticalOverpotentialInput & { interfaceAsrOhmCm2: number },
): ModelResult<{ criticalOverpotentialV: number; criticalCurrentDensityMilliAmpPerCm2: number }> {
  const asrError = validate([[FLAW_LIMITS.interfaceAsr, input.interfaceAsrOhmCm2]]);
  const eta = asrError ? fail(asrError) : criticalOverpotential(input);
  if (!eta.ok) return eta;
  const { criticalOverpotentialV } = eta.value;
  const criticalCurrentDensityMilliAmpPerCm2 = (criticalOverpotentialV / input.interfaceAsrOhmCm2) * 1e3;
  const warnings = [...eta.warnings];
  if (criticalCurrentDensityMilliAmpPerCm2 > IMPLAUSIBLE_CCD_MA_PER_CM2) {
    warnings.push(
      `Estimated CCD above ${IMPLAUSIBLE_CCD_MA_PER_CM2} mA/cm²: transport limits, not flaw fracture, would limit the cell`,
    );
  }
  return ok({ criticalOverpotentialV, criticalCurrentDensityMilliAmpPerCm2 }, warnings);
}

/**
 * What the CCD estimate is: an upper bound. It assumes the whole interfacial overpotential i·ASR
 * loads one flaw under a uniform current; current focusing at flaws, voids and grain boundaries
 * raises the local overpotential, so measured CCDs fall below it (for LLZO, 0.05–1 mA/cm² against
 * 6.8 mA/cm² at 10 Ω·cm², a = 1 µm).
 */
export const CCD_UPPER_BOUND_CAVEAT =
  'η_c/ASR is an upper bound, not a prediction: it assumes a uniform current, so the whole interfacial ' +
  'overpotential i·ASR sits on one flaw. Current focuses at flaws, voids and grain boundaries, so the local ' +
  'overpotential is higher and the measured critical current densities lie well below the bound.';

/**
 * The CCD bound η_c(a)/ASR (y, mA/cm²) against the interfacial ASR (x, Ω·cm²), log-spaced; by
 * default 1–1000 Ω·cm² with 61 points: a straight line of slope −1 on log-log axes.
 */
export function sampleCriticalCurrentDensityVsAsr(
  input: CriticalOverpotentialInput,
  range: { minOhmCm2?: number; maxOhmCm2?: number; count?: number } = {},
): ModelResult<Point[]> {
  return sampleLogRange(
    {
      min: range.minOhmCm2 ?? 1,
      max: range.maxOhmCm2 ?? 1000,
      count: range.count ?? 61,
      minLimit: FLAW_LIMITS.interfaceAsr,
      maxLimit: FLAW_LIMITS.interfaceAsr,
      emptyMessage: 'Lowest ASR must be smaller than the highest ASR',
    },
    (interfaceAsrOhmCm2) =>
      mapResult(
        criticalCurrentDensity({ ...input, interfaceAsrOhmCm2 }),
        (v) => v.criticalCurrentDensityMilliAmpPerCm2,
      ),
  );
}

/** Range of a log-spaced sample of flaw depths, m. */
export interface FlawDepthRange {
  minM?: number;
  maxM?: number;
  count?: number;
}

/**
 * Critical overpotential η_c (y, V) against flaw depth a (x, m), log-spaced; by default
 * 10 nm–100 µm with 81 points (20 per decade), a straight line of slope −1/2 on log-log axes.
 */
export function sampleCriticalOverpotentialVsFlawDepth(
  input: FlawMaterialInput,
  range: FlawDepthRange = {},
): ModelResult<Point[]> {
  return sampleLogRange(
    {
      min: range.minM ?? 1e-8,
      max: range.maxM ?? 1e-4,
      count: range.count ?? 81,
      minLimit: FLAW_LIMITS.flawDepthRangeMin,
      maxLimit: FLAW_LIMITS.flawDepthRangeMax,
      emptyMessage: 'Lowest flaw depth must be smaller than the highest flaw depth',
    },
    (flawDepthM) =>
      mapResult(criticalOverpotential({ ...input, flawDepthM }), (v) => v.criticalOverpotentialV),
    validateFlawMaterial(input),
  );
}

/** What the flaw diagram draws: a Li-filled surface crack, its pressure and the verdict. */
export interface FlawSchematic {
  /** Depth of the drawn flaw, m. */
  flawDepthM: number;
  /** Critical flaw depth at this overpotential (null when η = 0: no flaw cracks), m. */
  criticalFlawDepthM: number | null;
  /** Li pressure in the flaw, MPa. */
  pressureMPa: number;
  /** K_I / K_Ic, for a gauge. */
  stressIntensityRatio: number;
  isFractureExpected: boolean;
}

/** Plain data for the flaw diagram (a view renders it). */
export function flawSchematic(
  input: CriticalOverpotentialInput & { overpotentialV: number },
): ModelResult<FlawSchematic> {
  const verdict = flawFracture(input);
  if (!verdict.ok) return verdict;
  const critical = input.overpotentialV === 0 ? null : criticalFlawDepth(input);
  const criticalFlawDepthM = critical?.ok ? critical.value.criticalFlawDepthM : null;
  return ok(
    {
      flawDepthM: input.flawDepthM,
      criticalFlawDepthM,
      pressureMPa: verdict.value.pressureMPa,
      stressIntensityRatio: verdict.value.stressIntensityRatio,
      isFractureExpected: verdict.value.isFractureExpected,
    },
    verdict.warnings,
  );
}
