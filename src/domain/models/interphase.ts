/**
 * Interphases between Li metal and a solid electrolyte: growth, resistance and fracture.
 *
 * Growth (interface types after Wenzel et al. 2015, doi 10.1016/j.ssi.2015.06.001):
 * - type 2, mixed ionic–electronic conducting interphase (MCI): Wagner-type parabolic growth
 *   L² = 2 k_p t, k_p = σ_amb V_m ΔE / (z F), σ_amb = σ_i σ_e / (σ_i + σ_e). Derivation and
 *   assumptions in MODELS.md (Hartmann et al. 2013 for MCIs on NASICONs; Wagner's theory of
 *   parabolic scaling as the classical basis).
 * - type 3, ion-conducting but electronically insulating interphase: phenomenological
 *   self-limiting growth L = L_max (1 − e^(−t/τ)); L_max ≈ 6 nm after the tetragonal LLZO layer of
 *   Ma et al. 2016 (Nano Lett. 16, 7030); saturating reactions seen by in situ XPS (Wenzel et al.
 *   2016, Solid State Ionics 286, 24; Schwöbel et al. 2015, Solid State Ionics 273, 51).
 * - area-specific resistance ASR = L / σ_i(interphase).
 * Fracture: a thin interphase with free volume change ΔV/V bonded to the electrolyte (the LAGP
 * case: Lewis et al. 2019, doi 10.1021/acsenergylett.9b00093; Tippens et al. 2019,
 * doi 10.1021/acsenergylett.9b00816): misfit strain ε = (1+ΔV/V)^(1/3) − 1, biaxial film stress
 * σ_f = −E_f ε / (1 − ν_f), balancing tension in the electrolyte σ_s = f |σ_f| h / H (uniform
 * film) or ≈ |σ_f| (at a nonuniform interphase front); K = Y σ_s √(π a) against K_Ic.
 *
 * Units: conductivities S/cm, lengths m, time s, potentials V, molar volumes cm³/mol, moduli GPa,
 * stresses MPa, toughness MPa·m½, ASR Ω·cm², rate constants m²/s.
 */
import {
  CM_PER_M,
  EDGE_CRACK_GEOMETRY_FACTOR,
  FARADAY_C_PER_MOL,
  LIMITS,
  largeStrainWarning,
  linearStrainFromVolumeChange,
  M3_PER_CM3,
  PA_PER_GPA,
  PA_PER_MPA,
  relabel,
  S_PER_M_PER_S_PER_CM,
  stressIntensityPaSqrtM,
} from './mechanics';
import {
  fail,
  formatForMessage,
  limit,
  linearSpace,
  logSpace,
  type ModelResult,
  mapResult,
  ok,
  type ParamSpec,
  type Point,
  paramSpec,
  SAMPLE_COUNT,
  sampleCurve,
  validate,
} from './result';

// ---------------------------------------------------------------------------------------------
// Growth and resistance

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

const GROWTH_LIMITS = {
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

/** Illustrative type-2 defaults (order of magnitude for a NASICON MCI; replace with KB values). */
export const MIXED_CONDUCTOR_DEFAULTS: MixedConductorGrowthInput = {
  ionicConductivitySPerCm: 1e-6,
  electronicConductivitySPerCm: 1e-5,
  drivingForceV: 1,
  molarVolumeCm3PerMol: 10,
};

/** Type-3 defaults: L_max = 6 nm (Ma et al. 2016); τ = 1 h is illustrative; σ_i of t-LLZO ≈ 1e-6 S/cm. */
export const SELF_LIMITING_DEFAULTS: SelfLimitingGrowthInput & { ionicConductivitySPerCm: number } = {
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

// ---------------------------------------------------------------------------------------------
// Expansion and fracture

/** Misfit strain, film stress and the stress intensity in the electrolyte. */
export const INTERPHASE_FRACTURE_EQUATION_TEX = String.raw`\varepsilon = \left(1 + \tfrac{\Delta V}{V}\right)^{1/3} - 1, \quad \sigma_f = -\frac{E_f \varepsilon}{1 - \nu_f}, \quad \sigma_s = f \, |\sigma_f| \frac{h}{H}, \quad K = Y \sigma_s \sqrt{\pi a}`;

/** Critical interphase thickness for a uniform film. */
export const CRITICAL_INTERPHASE_THICKNESS_EQUATION_TEX = String.raw`h_c = \frac{K_{Ic} H}{f \, Y |\sigma_f| \sqrt{\pi a}}`;

/** h/H above which the thin-film force balance is flagged as approximate. */
const THIN_FILM_RATIO = 0.1;

const FRACTURE_LIMITS = {
  volumeChangePct: relabel(LIMITS.volumeChange, 'Interphase volume change ΔV/V'),
  interphaseYoungsModulusGPa: relabel(LIMITS.youngsModulus, "Interphase Young's modulus E_f"),
  interphasePoissonRatio: relabel(LIMITS.poissonRatio, "Interphase Poisson's ratio ν_f"),
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

/** Inputs of the interphase fracture model, without the interphase thickness. */
export interface InterphaseFractureMaterialInput {
  /** Free volume change of electrolyte → interphase, % (positive = expansion). */
  volumeChangePct: number;
  /** Young's modulus of the interphase, GPa. */
  interphaseYoungsModulusGPa: number;
  /** Poisson's ratio of the interphase. */
  interphasePoissonRatio: number;
  /** Remaining electrolyte thickness H, m. */
  electrolyteThicknessM: number;
  /** Fracture toughness of the electrolyte, MPa·m½. */
  fractureToughnessMPaSqrtM: number;
  /** Depth of a surface flaw in the electrolyte at the interphase, m. */
  flawDepthM: number;
  /** Y (default 1.12). */
  geometryFactor?: number;
  /**
   * f in σ_s = f |σ_f| h / H (default 1: interphase on one face, plate held flat by the stack;
   * 2: interphase on both faces of a symmetric Li|SSE|Li cell; up to 4: the interface-side surface
   * of a free plate that bends, Stoney).
   */
  substrateStressFactor?: number;
}

export interface InterphaseFractureInput extends InterphaseFractureMaterialInput {
  /** Interphase thickness h, m. */
  interphaseThicknessM: number;
}

export type InterphaseFractureVerdict = 'intact' | 'cracks-at-nonuniform-front' | 'cracks';

export interface InterphaseFractureValue {
  /** ε = (1 + ΔV/V)^(1/3) − 1. */
  misfitStrain: number;
  /** σ_f, MPa (negative = compressive, the interphase pushes on the electrolyte). */
  filmStressMPa: number;
  /** Tension in the electrolyte balancing a uniform film, σ_s = f |σ_f| h / H, MPa (0 if ΔV ≤ 0). */
  substrateStressMPa: number;
  /** Tension near the tip of a nonuniform interphase front, ≈ |σ_f|, MPa (0 if ΔV ≤ 0). */
  frontStressMPa: number;
  /** K from σ_s, MPa·m½. */
  stressIntensityMPaSqrtM: number;
  /** K from the front stress, MPa·m½. */
  frontStressIntensityMPaSqrtM: number;
  /** h_c for the uniform film (null when ΔV ≤ 0: the electrolyte is not in tension), m. */
  criticalInterphaseThicknessM: number | null;
  /**
   * 'cracks' when the uniform-film K ≥ K_Ic; 'cracks-at-nonuniform-front' when only the front
   * stress reaches K_Ic; 'intact' otherwise.
   */
  verdict: InterphaseFractureVerdict;
}

function fractureDefaults(input: InterphaseFractureMaterialInput) {
  return {
    y: input.geometryFactor ?? EDGE_CRACK_GEOMETRY_FACTOR,
    f: input.substrateStressFactor ?? 1,
  };
}

function validateFractureMaterial(input: InterphaseFractureMaterialInput): string | undefined {
  const { y, f } = fractureDefaults(input);
  return validate([
    [FRACTURE_LIMITS.volumeChangePct, input.volumeChangePct],
    [FRACTURE_LIMITS.interphaseYoungsModulusGPa, input.interphaseYoungsModulusGPa],
    [FRACTURE_LIMITS.interphasePoissonRatio, input.interphasePoissonRatio],
    [FRACTURE_LIMITS.electrolyteThicknessM, input.electrolyteThicknessM],
    [LIMITS.fractureToughness, input.fractureToughnessMPaSqrtM],
    [LIMITS.flawDepth, input.flawDepthM],
    [LIMITS.geometryFactor, y],
    [FRACTURE_LIMITS.substrateStressFactor, f],
  ]);
}

/** σ_f in Pa and ε for the given material. */
function filmStress(input: InterphaseFractureMaterialInput): { strain: number; filmStressPa: number } {
  const strain = linearStrainFromVolumeChange(input.volumeChangePct / 100);
  const filmStressPa =
    (-input.interphaseYoungsModulusGPa * PA_PER_GPA * strain) / (1 - input.interphasePoissonRatio);
  return { strain, filmStressPa };
}

function notInTensionWarning(volumeChangePct: number): string[] {
  return volumeChangePct <= 0
    ? [
        'The interphase does not expand, so the electrolyte is not put in tension and this model predicts no ' +
          'electrolyte cracking (a shrinking interphase may crack or delaminate itself)',
      ]
    : [];
}

/**
 * Critical thickness of a uniform interphase for cracking the electrolyte:
 * h_c = K_Ic H / (f Y |σ_f| √(π a)); null when ΔV/V ≤ 0.
 */
export function criticalInterphaseThickness(
  input: InterphaseFractureMaterialInput,
): ModelResult<{ criticalInterphaseThicknessM: number | null }> {
  const error = validateFractureMaterial(input);
  if (error) return fail(error);
  const { y, f } = fractureDefaults(input);
  const { strain, filmStressPa } = filmStress(input);
  const warnings = [...largeStrainWarning(strain), ...notInTensionWarning(input.volumeChangePct)];
  if (input.volumeChangePct <= 0) return ok({ criticalInterphaseThicknessM: null }, warnings);
  const hc =
    (input.fractureToughnessMPaSqrtM * PA_PER_MPA * input.electrolyteThicknessM) /
    (f * stressIntensityPaSqrtM(Math.abs(filmStressPa), input.flawDepthM, y));
  if (hc > THIN_FILM_RATIO * input.electrolyteThicknessM) {
    warnings.push(
      `Critical thickness is more than ${THIN_FILM_RATIO * 100} % of the electrolyte thickness: the thin-film ` +
        'force balance is only approximate there',
    );
  }
  return ok({ criticalInterphaseThicknessM: hc }, warnings);
}

/** Stresses, stress intensities and verdict for an interphase of thickness h on the electrolyte. */
export function interphaseFracture(input: InterphaseFractureInput): ModelResult<InterphaseFractureValue> {
  const error =
    validateFractureMaterial(input) ??
    validate([[FRACTURE_LIMITS.interphaseThicknessM, input.interphaseThicknessM]]);
  if (error) return fail(error);
  const h = input.interphaseThicknessM;
  const bigH = input.electrolyteThicknessM;
  if (h >= bigH) {
    return fail(
      'Interphase thickness h must be smaller than the electrolyte thickness H ' +
        `(got h = ${formatForMessage(h * 1e6)} µm, H = ${formatForMessage(bigH * 1e6)} µm)`,
    );
  }
  const critical = criticalInterphaseThickness(input);
  if (!critical.ok) return critical;
  const { y, f } = fractureDefaults(input);
  const { strain, filmStressPa } = filmStress(input);
  const isTensile = input.volumeChangePct > 0;
  const frontStressPa = isTensile ? Math.abs(filmStressPa) : 0;
  const substrateStressPa = (f * frontStressPa * h) / bigH;
  const k = stressIntensityPaSqrtM(substrateStressPa, input.flawDepthM, y) / PA_PER_MPA;
  const kFront = stressIntensityPaSqrtM(frontStressPa, input.flawDepthM, y) / PA_PER_MPA;
  const kIc = input.fractureToughnessMPaSqrtM;
  const verdict: InterphaseFractureVerdict =
    k >= kIc ? 'cracks' : kFront >= kIc ? 'cracks-at-nonuniform-front' : 'intact';
  // The critical-thickness warnings already include the large-strain and no-tension notes.
  const warnings = [...critical.warnings];
  if (h > THIN_FILM_RATIO * bigH) {
    warnings.push(
      `Interphase is thicker than ${THIN_FILM_RATIO * 100} % of the electrolyte (h/H = ${(h / bigH).toFixed(2)}): ` +
        'the thin-film force balance is only approximate',
    );
  }
  return ok(
    {
      misfitStrain: strain,
      filmStressMPa: filmStressPa / PA_PER_MPA,
      substrateStressMPa: substrateStressPa / PA_PER_MPA,
      frontStressMPa: frontStressPa / PA_PER_MPA,
      stressIntensityMPaSqrtM: k,
      frontStressIntensityMPaSqrtM: kFront,
      criticalInterphaseThicknessM: critical.value.criticalInterphaseThicknessM,
      verdict,
    },
    warnings,
  );
}

/**
 * Uniform-film stress intensity K (y, MPa·m½) against interphase thickness h (x, m),
 * log-spaced; by default 10 nm … H/2 with 81 points. Linear in h.
 */
export function sampleStressIntensityVsInterphaseThickness(
  input: InterphaseFractureMaterialInput,
  range: { minM?: number; maxM?: number; count?: number } = {},
): ModelResult<Point[]> {
  const minM = range.minM ?? 1e-8;
  const maxM = range.maxM ?? input.electrolyteThicknessM / 2;
  const count = range.count ?? 81;
  const error =
    validateFractureMaterial(input) ??
    validate([
      [FRACTURE_LIMITS.thicknessRangeMin, minM],
      [FRACTURE_LIMITS.thicknessRangeMax, maxM],
      [SAMPLE_COUNT, count],
    ]);
  if (error) return fail(error);
  if (minM >= maxM) return fail('Lowest interphase thickness must be smaller than the highest');
  return sampleCurve(logSpace(minM, maxM, count), (interphaseThicknessM) =>
    mapResult(interphaseFracture({ ...input, interphaseThicknessM }), (v) => v.stressIntensityMPaSqrtM),
  );
}

/** What the interphase-fracture diagram draws. */
export interface InterphaseFractureSchematic {
  interphaseThicknessM: number;
  electrolyteThicknessM: number;
  flawDepthM: number;
  /** Film stress, MPa (negative = compressive). */
  filmStressMPa: number;
  /** Electrolyte tension under a uniform film, MPa. */
  substrateStressMPa: number;
  /** K / K_Ic for the uniform film and at a nonuniform front. */
  stressIntensityRatio: number;
  frontStressIntensityRatio: number;
  verdict: InterphaseFractureVerdict;
}

/** Plain data for the interphase-fracture diagram. */
export function interphaseFractureSchematic(
  input: InterphaseFractureInput,
): ModelResult<InterphaseFractureSchematic> {
  const r = interphaseFracture(input);
  if (!r.ok) return r;
  const kIc = input.fractureToughnessMPaSqrtM;
  return ok(
    {
      interphaseThicknessM: input.interphaseThicknessM,
      electrolyteThicknessM: input.electrolyteThicknessM,
      flawDepthM: input.flawDepthM,
      filmStressMPa: r.value.filmStressMPa,
      substrateStressMPa: r.value.substrateStressMPa,
      stressIntensityRatio: r.value.stressIntensityMPaSqrtM / kIc,
      frontStressIntensityRatio: r.value.frontStressIntensityMPaSqrtM / kIc,
      verdict: r.value.verdict,
    },
    r.warnings,
  );
}

/** Illustrative LAGP-like defaults (not measured values; see MODELS.md). */
export const INTERPHASE_FRACTURE_DEFAULTS: InterphaseFractureInput = {
  volumeChangePct: 10,
  interphaseYoungsModulusGPa: 50,
  interphasePoissonRatio: 0.25,
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
