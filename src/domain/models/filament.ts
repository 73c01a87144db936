/**
 * Lithium filament growth through a solid electrolyte: four small models.
 *
 * 1. Monroe–Newman stiffness criterion: G_SSE / G_Li ≳ 2 (Monroe & Newman 2005,
 *    doi 10.1149/1.1850854). Li shear modulus: 4.25 GPa by default (the value used with the
 *    criterion), 2.83 GPa measured on polycrystalline Li by Masias et al. 2019
 *    (doi 10.1007/s10853-018-2971-3, E = 7.82 GPa).
 * 2. Flaw model after Porz et al. 2017 (doi 10.1002/aenm.201701003): Li plated into a surface flaw
 *    of depth a is pressurised by the overpotential, p = |η| F / V_m(Li); the flaw cracks when
 *    K_I = Y p √(π a) ≥ K_Ic. Gives the critical overpotential, the critical flaw depth and a
 *    uniform-current estimate of the critical current density CCD ≈ η_c / ASR.
 * 3. Stress and potential: a hydrostatic pressure p on Li shifts its potential by ΔE = p V_m / F.
 * 4. Electronic leakage (Han et al. 2019, doi 10.1038/s41560-018-0312-z): electronic transference
 *    number t_e = σ_e / (σ_e + σ_i), leakage current j_e = σ_e V / L and a classification of σ_e.
 *
 * Units: moduli GPa, toughness MPa·m½, lengths m, potentials V, pressures MPa, molar volumes
 * cm³/mol, conductivities S/cm, ASR Ω·cm², current densities mA/cm². Equations: MODELS.md.
 */
import {
  CM_PER_M,
  EDGE_CRACK_GEOMETRY_FACTOR,
  FARADAY_C_PER_MOL,
  LIMITS,
  LITHIUM_MOLAR_VOLUME_CM3_PER_MOL,
  M3_PER_CM3,
  PA_PER_MPA,
  relabel,
  stressIntensityPaSqrtM,
} from './mechanics';
import {
  fail,
  limit,
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
// 1. Monroe–Newman criterion

/** The Monroe–Newman criterion, typeset by the view (also in MODELS.md). */
export const MONROE_NEWMAN_EQUATION_TEX = String.raw`\frac{G_\mathrm{SSE}}{G_\mathrm{Li}} \gtrsim 2`;

/** Li shear moduli in GPa: the default used with the criterion and the polycrystal measurement. */
export const LITHIUM_SHEAR_MODULUS_GPA = {
  /** Value used with the Monroe–Newman analysis (Monroe & Newman 2005, doi 10.1149/1.1850854). */
  monroeNewman: 4.25,
  /** Polycrystalline Li, ultrasonic (Masias et al. 2019, doi 10.1007/s10853-018-2971-3). */
  masiasPolycrystal: 2.83,
} as const;

/** The stiffness ratio above which Monroe & Newman predict a flat (non-roughening) interface. */
export const MONROE_NEWMAN_THRESHOLD = 2;

/** Why passing the criterion does not mean no filaments (shown next to the verdict). */
export const MONROE_NEWMAN_CAVEAT =
  'Ceramic electrolytes such as LLZO (G ≈ 60 GPa) pass this criterion many times over and are still ' +
  'penetrated by Li along flaws, grain boundaries and pores: the criterion addresses the stability of a ' +
  'flat, linear-elastic interface, not fracture at defects.';

const MN_LIMITS = {
  electrolyteShearModulusGPa: limit('Electrolyte shear modulus G_SSE', 'GPa', 0, 1000, {
    isMinExclusive: true,
  }),
  lithiumShearModulusGPa: limit('Li shear modulus G_Li', 'GPa', 0, 100, { isMinExclusive: true }),
  threshold: limit('Threshold ratio', '', 0, 100, { isMinExclusive: true }),
};

export interface MonroeNewmanInput {
  /** Shear modulus of the solid electrolyte, GPa. */
  electrolyteShearModulusGPa: number;
  /** Shear modulus of Li, GPa (default 4.25). */
  lithiumShearModulusGPa?: number;
  /** Required ratio (default 2). */
  threshold?: number;
}

export interface MonroeNewmanValue {
  /** G_SSE / G_Li. */
  modulusRatio: number;
  threshold: number;
  /** True when G_SSE / G_Li ≥ threshold. */
  isCriterionMet: boolean;
}

/**
 * Monroe–Newman stiffness criterion: ratio = G_SSE / G_Li, met when ratio ≥ 2.
 */
export function monroeNewman(input: MonroeNewmanInput): ModelResult<MonroeNewmanValue> {
  const gLi = input.lithiumShearModulusGPa ?? LITHIUM_SHEAR_MODULUS_GPA.monroeNewman;
  const threshold = input.threshold ?? MONROE_NEWMAN_THRESHOLD;
  const error = validate([
    [MN_LIMITS.electrolyteShearModulusGPa, input.electrolyteShearModulusGPa],
    [MN_LIMITS.lithiumShearModulusGPa, gLi],
    [MN_LIMITS.threshold, threshold],
  ]);
  if (error) return fail(error);
  const modulusRatio = input.electrolyteShearModulusGPa / gLi;
  return ok({ modulusRatio, threshold, isCriterionMet: modulusRatio >= threshold });
}

export const MONROE_NEWMAN_PARAMS: readonly ParamSpec[] = [
  paramSpec('electrolyteShearModulusGPa', MN_LIMITS.electrolyteShearModulusGPa, {
    min: 1e-3,
    max: 200,
    step: 0.05,
    default: 60,
    isLogScale: true,
    description: 'Shear modulus of the electrolyte (LLZO ≈ 60 GPa, sulfides ≈ 8–10 GPa, PEO ≪ 1 GPa).',
  }),
  paramSpec('lithiumShearModulusGPa', MN_LIMITS.lithiumShearModulusGPa, {
    min: 2,
    max: 6,
    step: 0.01,
    default: LITHIUM_SHEAR_MODULUS_GPA.monroeNewman,
    isLogScale: false,
    description: '4.25 GPa as used with the criterion; 2.83 GPa for polycrystalline Li (Masias 2019).',
  }),
];

// ---------------------------------------------------------------------------------------------
// 2. Flaw model (Porz et al. 2017)

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

const FLAW_LIMITS = {
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
  const minM = range.minM ?? 1e-8;
  const maxM = range.maxM ?? 1e-4;
  const count = range.count ?? 81;
  const error =
    validateFlawMaterial(input) ??
    validate([
      [FLAW_LIMITS.flawDepthRangeMin, minM],
      [FLAW_LIMITS.flawDepthRangeMax, maxM],
      [SAMPLE_COUNT, count],
    ]);
  if (error) return fail(error);
  if (minM >= maxM) return fail('Lowest flaw depth must be smaller than the highest flaw depth');
  return sampleCurve(logSpace(minM, maxM, count), (flawDepthM) =>
    mapResult(criticalOverpotential({ ...input, flawDepthM }), (v) => v.criticalOverpotentialV),
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

// ---------------------------------------------------------------------------------------------
// 3. Stress and electrochemical potential

/** Potential shift of Li under hydrostatic pressure. */
export const PRESSURE_POTENTIAL_EQUATION_TEX = String.raw`\Delta\mu = p V_m^\mathrm{Li}, \quad \Delta E = \frac{p V_m^\mathrm{Li}}{F}`;

const PRESSURE_LIMIT = limit('Pressure p', 'MPa', -1e4, 1e4);

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

// ---------------------------------------------------------------------------------------------
// 4. Electronic leakage (Han et al. 2019)

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

const LEAKAGE_LIMITS = {
  electronicConductivitySPerCm: limit('Electronic conductivity σ_e', 'S/cm', 0, 1e4, {
    isMinExclusive: true,
  }),
  ionicConductivitySPerCm: limit('Ionic conductivity σ_i', 'S/cm', 0, 1, { isMinExclusive: true }),
  cellVoltageV: limit('Cell voltage', 'V', 0, 10, { isMinExclusive: true }),
  electrolyteThicknessM: LIMITS.electrolyteThickness,
  conductivityRangeMin: limit('Lowest electronic conductivity', 'S/cm', 0, 1e4, { isMinExclusive: true }),
  conductivityRangeMax: limit('Highest electronic conductivity', 'S/cm', 0, 1e4, { isMinExclusive: true }),
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
  const min = range.minSPerCm ?? 1e-14;
  const max = range.maxSPerCm ?? 1e-6;
  const count = range.count ?? 81;
  const error = validate([
    [LEAKAGE_LIMITS.conductivityRangeMin, min],
    [LEAKAGE_LIMITS.conductivityRangeMax, max],
    [SAMPLE_COUNT, count],
  ]);
  if (error) return fail(error);
  if (min >= max) return fail('Lowest electronic conductivity must be smaller than the highest');
  return sampleCurve(logSpace(min, max, count), (electronicConductivitySPerCm) =>
    mapResult(
      electronicLeakage({ ...input, electronicConductivitySPerCm }),
      (v) => v.leakageCurrentDensityMilliAmpPerCm2,
    ),
  );
}

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
