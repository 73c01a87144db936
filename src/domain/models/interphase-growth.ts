/**
 * Interphase growth (type 2 parabolic, type 3 self-limiting) and its area-specific resistance.
 *
 * Quantities, units, equations, assumptions and sources: MODELS.md. Slider specs and limits:
 * ./params/interphase-growth.ts (plain data, no physics).
 */
import { CM_PER_M, FARADAY_C_PER_MOL, M3_PER_CM3, S_PER_M_PER_S_PER_CM } from './mechanics';
import {
  fail,
  linearSpace,
  type ModelResult,
  mapResult,
  ok,
  type Point,
  SAMPLE_COUNT,
  sampleCurve,
  validate,
} from './result';
import { GROWTH_LIMITS } from './params/interphase-growth';

/** Type 2: Wagner-type parabolic growth of a mixed-conducting interphase. */
export const PARABOLIC_GROWTH_EQUATION_TEX = String.raw`L(t) = \sqrt{2 k_p t}, \quad k_p = \frac{\sigma_i \sigma_e}{\sigma_i + \sigma_e} \, \frac{V_m \, \Delta E}{z F}`;

/** Type 3: phenomenological self-limiting growth. */
export const SELF_LIMITING_GROWTH_EQUATION_TEX = String.raw`L(t) = L_\mathrm{max} \left(1 - e^{-t/\tau}\right)`;

/** Area-specific resistance of the interphase. */
export const INTERPHASE_ASR_EQUATION_TEX = String.raw`\mathrm{ASR}(t) = \frac{L(t)}{\sigma_i}`;

/** Charge number of the mobile ion (Li⁺). */
const LI_CHARGE_NUMBER = 1;

/** Saturation thickness above which a "self-limiting" layer is flagged as unlike type 3. */
const SELF_LIMITED_THICKNESS_WARNING_M = 1e-7;

/** Transport properties and driving force of a type-2 (mixed-conducting) interphase. */
export interface MixedConductorGrowthInput {
  /** Li⁺ conductivity of the interphase, S/cm. */
  ionicConductivitySPerCm: number;
  /** Electronic conductivity of the interphase, S/cm. */
  electronicConductivitySPerCm: number;
  /**
   * ΔE: free energy of the reduction reaction per electron, V (for an electrolyte in contact with
   * Li at open circuit, its reduction potential vs Li/Li⁺).
   */
  drivingForceV: number;
  /** Volume of interphase formed per mole of Li consumed, cm³/mol. */
  molarVolumeCm3PerMol: number;
}

/** Self-limiting (type 3) growth. */
export interface SelfLimitingGrowthInput {
  /** L_max, m (≈ 6 nm for tetragonal LLZO on cubic LLZO, Ma et al. 2016). */
  saturationThicknessM: number;
  /** τ, s. */
  timeConstantS: number;
}

/** Either interface type, with the interphase ionic conductivity needed for the ASR. */
export type InterphaseGrowthInput =
  | ({ interfaceType: 2 } & MixedConductorGrowthInput)
  | ({ interfaceType: 3; ionicConductivitySPerCm: number } & SelfLimitingGrowthInput);

function validateMixedConductor(input: MixedConductorGrowthInput): string | undefined {
  return validate([
    [GROWTH_LIMITS.ionicConductivitySPerCm, input.ionicConductivitySPerCm],
    [GROWTH_LIMITS.electronicConductivitySPerCm, input.electronicConductivitySPerCm],
    [GROWTH_LIMITS.drivingForceV, input.drivingForceV],
    [GROWTH_LIMITS.molarVolumeCm3PerMol, input.molarVolumeCm3PerMol],
  ]);
}

/**
 * Parabolic rate constant of a mixed-conducting interphase:
 * k_p = σ_amb V_m ΔE / (z F) with σ_amb = σ_i σ_e / (σ_i + σ_e) in S/m, V_m in m³/mol, z = 1.
 * @returns k_p in m²/s and σ_amb in S/cm
 */
export function parabolicRateConstant(
  input: MixedConductorGrowthInput,
): ModelResult<{ rateConstantM2PerS: number; ambipolarConductivitySPerCm: number }> {
  const error = validateMixedConductor(input);
  if (error) return fail(error);
  const sigmaI = input.ionicConductivitySPerCm;
  const sigmaE = input.electronicConductivitySPerCm;
  const ambipolarConductivitySPerCm = (sigmaI * sigmaE) / (sigmaI + sigmaE);
  const rateConstantM2PerS =
    (ambipolarConductivitySPerCm *
      S_PER_M_PER_S_PER_CM *
      input.molarVolumeCm3PerMol *
      M3_PER_CM3 *
      input.drivingForceV) /
    (LI_CHARGE_NUMBER * FARADAY_C_PER_MOL);
  return ok({ rateConstantM2PerS, ambipolarConductivitySPerCm });
}

/** Type 2 thickness: L(t) = √(2 k_p t). */
export function mixedConductorInterphaseThickness(
  input: MixedConductorGrowthInput & { timeS: number },
): ModelResult<{ thicknessM: number; rateConstantM2PerS: number }> {
  const timeError = validate([[GROWTH_LIMITS.timeS, input.timeS]]);
  const rate = timeError ? fail(timeError) : parabolicRateConstant(input);
  if (!rate.ok) return rate;
  const { rateConstantM2PerS } = rate.value;
  return ok({ thicknessM: Math.sqrt(2 * rateConstantM2PerS * input.timeS), rateConstantM2PerS });
}

/** Type 3 thickness: L(t) = L_max (1 − e^(−t/τ)). */
export function selfLimitingInterphaseThickness(
  input: SelfLimitingGrowthInput & { timeS: number },
): ModelResult<{ thicknessM: number }> {
  const error = validate([
    [GROWTH_LIMITS.saturationThicknessM, input.saturationThicknessM],
    [GROWTH_LIMITS.timeConstantS, input.timeConstantS],
    [GROWTH_LIMITS.timeS, input.timeS],
  ]);
  if (error) return fail(error);
  const warnings =
    input.saturationThicknessM > SELF_LIMITED_THICKNESS_WARNING_M
      ? ['Saturation thickness above 100 nm: observed self-limiting (type 3) interphases are a few nm thick']
      : [];
  // -expm1(-x) = 1 - e^(-x), accurate for t ≪ τ.
  return ok(
    { thicknessM: input.saturationThicknessM * -Math.expm1(-input.timeS / input.timeConstantS) },
    warnings,
  );
}

/** ASR = L / σ_i, with L in cm and σ_i in S/cm → Ω·cm². */
export function interphaseAsr(input: {
  thicknessM: number;
  ionicConductivitySPerCm: number;
}): ModelResult<{ asrOhmCm2: number }> {
  const error = validate([
    [GROWTH_LIMITS.thicknessM, input.thicknessM],
    [GROWTH_LIMITS.ionicConductivitySPerCm, input.ionicConductivitySPerCm],
  ]);
  if (error) return fail(error);
  return ok({ asrOhmCm2: (input.thicknessM * CM_PER_M) / input.ionicConductivitySPerCm });
}

/** Thickness and ASR of an interphase of either type after time t. */
export function interphaseGrowth(
  input: InterphaseGrowthInput,
  timeS: number,
): ModelResult<{ thicknessM: number; asrOhmCm2: number }> {
  const thickness =
    input.interfaceType === 2
      ? mixedConductorInterphaseThickness({ ...input, timeS })
      : selfLimitingInterphaseThickness({ ...input, timeS });
  if (!thickness.ok) return thickness;
  const asr = interphaseAsr({
    thicknessM: thickness.value.thicknessM,
    ionicConductivitySPerCm: input.ionicConductivitySPerCm,
  });
  if (!asr.ok) return asr;
  return ok({ thicknessM: thickness.value.thicknessM, asrOhmCm2: asr.value.asrOhmCm2 }, [
    ...thickness.warnings,
    ...asr.warnings,
  ]);
}

/** Time axis of a growth plot: 0…maxTimeS, linear. */
export interface TimeRange {
  /** End of the time axis, s (default 100 h). */
  maxTimeS?: number;
  /** Number of points (default 101). */
  count?: number;
}

function sampleGrowth(
  input: InterphaseGrowthInput,
  range: TimeRange,
  pick: (v: { thicknessM: number; asrOhmCm2: number }) => number,
): ModelResult<Point[]> {
  const maxTimeS = range.maxTimeS ?? 100 * 3600;
  const count = range.count ?? 101;
  const error = validate([
    [GROWTH_LIMITS.maxTimeS, maxTimeS],
    [SAMPLE_COUNT, count],
  ]);
  if (error) return fail(error);
  return sampleCurve(linearSpace(0, maxTimeS, count), (t) => mapResult(interphaseGrowth(input, t), pick));
}

/** Interphase thickness (y, m) against time (x, s). */
export function sampleInterphaseThicknessVsTime(input: InterphaseGrowthInput, range: TimeRange = {}) {
  return sampleGrowth(input, range, (v) => v.thicknessM);
}

/** Interphase ASR (y, Ω·cm²) against time (x, s). */
export function sampleInterphaseAsrVsTime(input: InterphaseGrowthInput, range: TimeRange = {}) {
  return sampleGrowth(input, range, (v) => v.asrOhmCm2);
}

/** What the interphase-growth diagram draws: a Li | interphase | electrolyte stack. */
export interface InterphaseGrowthSchematic {
  interfaceType: 2 | 3;
  timeS: number;
  interphaseThicknessM: number;
  /** L_max for type 3; null for type 2 (no saturation). */
  saturationThicknessM: number | null;
  asrOhmCm2: number;
  /** True for type 2: electrons reach the reaction front, so growth continues. */
  isGrowthContinuing: boolean;
}

/** Plain data for the interphase-growth diagram. */
export function interphaseGrowthSchematic(
  input: InterphaseGrowthInput,
  timeS: number,
): ModelResult<InterphaseGrowthSchematic> {
  const growth = interphaseGrowth(input, timeS);
  if (!growth.ok) return growth;
  return ok(
    {
      interfaceType: input.interfaceType,
      timeS,
      interphaseThicknessM: growth.value.thicknessM,
      saturationThicknessM: input.interfaceType === 3 ? input.saturationThicknessM : null,
      asrOhmCm2: growth.value.asrOhmCm2,
      isGrowthContinuing: input.interfaceType === 2,
    },
    growth.warnings,
  );
}
