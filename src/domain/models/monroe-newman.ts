/**
 * Two stability criteria for a Li | solid-electrolyte interface under electrodeposition.
 *
 * 1. Monroe–Newman (2005, doi 10.1149/1.1850854): G_SSE / G_Li ≳ 2 keeps a Li/polymer interface
 *    from roughening.
 * 2. Ahmad & Viswanathan (2017, Phys. Rev. Lett. 119, 056003, the review's ref. 36): the same
 *    linear-stability question with the partial molar volume of Li⁺ in the electrolyte as an
 *    input. The sign of the stress term depends on v = V̄_Li⁺ / V_Li: for v > 1 (Monroe–Newman's
 *    case) a stiff electrolyte stabilises ("pressure-driven"); for v < 1, as in inorganic solids, a
 *    stiff electrolyte destabilises and only a soft one is stable ("density-driven").
 *
 * The expression is the isotropic stability parameter without surface tension (the long-wavelength
 * limit), as the authors evaluate it in their public screening code (github.com/ahzeeshan/
 * screening-ml, data-gen/calcMu.m). Derivation, hand-worked example and limits: MODELS.md.
 * Units: moduli GPa; v, Poisson's ratios and the stability number dimensionless.
 */
import {
  AV_LIMITS,
  LITHIUM_POISSON_RATIO,
  LITHIUM_SHEAR_MODULUS_GPA,
  MN_LIMITS,
  MONROE_NEWMAN_THRESHOLD,
} from './params/monroe-newman';
import { fail, linearSpace, type ModelResult, ok, type Point, SAMPLE_COUNT, validate } from './result';

/** The Monroe–Newman criterion, typeset by the view (also in MODELS.md). */
export const MONROE_NEWMAN_EQUATION_TEX = String.raw`\frac{G_\mathrm{SSE}}{G_\mathrm{Li}} \gtrsim 2`;

/** The Ahmad–Viswanathan stability number (stable when negative), typeset by the view and MODELS.md. */
export const AHMAD_VISWANATHAN_EQUATION_TEX = String.raw`N = (1 - v)\, B + 4 (1 + v)\, A\, x, \quad B = (3 - 4\nu_\mathrm{Li})\, x^2 - (3 - 4\nu_s), \quad A = 2 - 3\nu_s - 3\nu_\mathrm{Li} + 4 \nu_s \nu_\mathrm{Li}, \quad x = \frac{G_s}{G_\mathrm{Li}}, \quad v = \frac{\bar V_{\mathrm{Li}^+}}{V_\mathrm{Li}}`;

/** Why passing the criterion does not mean no filaments (shown next to the verdict). */
export const MONROE_NEWMAN_CAVEAT =
  'Ceramic electrolytes such as LLZO (G ≈ 60 GPa) pass this criterion many times over and are still ' +
  'penetrated by Li along flaws, grain boundaries and pores: the criterion addresses the stability of a ' +
  'flat, linear-elastic interface, not fracture at defects.';

/**
 * The partial-molar-volume caveat: the stiffness criterion assumes the Li⁺ in the electrolyte takes
 * more room than a Li atom in the metal; in inorganic solids it takes less, and the sign flips.
 */
export const AHMAD_VISWANATHAN_CAVEAT =
  'Monroe and Newman treated a polymer, where a Li⁺ ion takes up more volume in the electrolyte than a Li ' +
  'atom in the metal. Ahmad and Viswanathan showed that when the partial molar volume of Li⁺ in the ' +
  'electrolyte is smaller than the molar volume of Li metal (v < 1), as in inorganic solids, the stress ' +
  'term changes sign: a stiffer electrolyte then makes deposition less stable, and only one softer than ' +
  'about Li itself is stable. Passing G_SSE/G_Li ≥ 2 therefore says nothing about stability for v < 1.';

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

// ---------------------------------------------------------------------------------------------
// Ahmad & Viswanathan 2017

export interface AhmadViswanathanInput extends MonroeNewmanInput {
  /** v = partial molar volume of Li⁺ in the electrolyte / molar volume of Li metal. */
  partialMolarVolumeRatio: number;
  /** Poisson's ratio of the electrolyte (default 0.33, the value of the authors' stability line). */
  electrolytePoissonRatio?: number;
  /** Poisson's ratio of Li (default 0.42, as in the authors' code). */
  lithiumPoissonRatio?: number;
}

/**
 * Which mechanism can stabilise: for v < 1 only a soft electrolyte (below the critical ratio), for
 * v > 1 only a stiff one (above it); at v = 1 neither (the hydrostatic term vanishes and the
 * deviatoric term always destabilises).
 */
export type StabilityRegime = 'density-driven' | 'pressure-driven' | 'none';

export interface AhmadViswanathanValue {
  /** x = G_s / G_Li. */
  modulusRatio: number;
  /** N(x, v): negative = stable (deposition slower at a bump than in a valley). */
  stabilityNumber: number;
  /** The G_s / G_Li at which N = 0 for this v (null at v = 1, where no ratio is stable). */
  criticalModulusRatio: number | null;
  regime: StabilityRegime;
  isStable: boolean;
  /** The Monroe–Newman verdict for the same moduli, for comparison. */
  isMonroeNewmanMet: boolean;
}

/** |v − 1| below which v is treated as exactly 1 (the critical ratio would be 0 or ∞). */
const UNIT_RATIO_TOLERANCE = 1e-9;

interface AvCoefficients {
  /** coefficient of x² */
  a: number;
  /** coefficient of x */
  b: number;
  /** constant */
  c: number;
}

function avCoefficients(v: number, nuS: number, nuLi: number): AvCoefficients {
  const shape = 2 - 3 * nuS - 3 * nuLi + 4 * nuS * nuLi;
  return { a: (1 - v) * (3 - 4 * nuLi), b: 4 * (1 + v) * shape, c: -(1 - v) * (3 - 4 * nuS) };
}

/** The positive root of a x² + b x + c = 0 (the stability boundary), or null when v = 1. */
function criticalRatio({ a, b, c }: AvCoefficients): number | null {
  if (Math.abs(a) < UNIT_RATIO_TOLERANCE) return null;
  const root = Math.sqrt(b * b - 4 * a * c);
  // a > 0 (v < 1): the root between 0 and ∞ is (−b + √Δ)/2a; a < 0 (v > 1): (−b − √Δ)/2a.
  return a > 0 ? (-b + root) / (2 * a) : (-b - root) / (2 * a);
}

function avDefaults(input: AhmadViswanathanInput) {
  return {
    gLi: input.lithiumShearModulusGPa ?? LITHIUM_SHEAR_MODULUS_GPA.monroeNewman,
    nuS: input.electrolytePoissonRatio ?? AV_LIMITS.defaultElectrolytePoissonRatio,
    nuLi: input.lithiumPoissonRatio ?? LITHIUM_POISSON_RATIO,
  };
}

/**
 * Ahmad–Viswanathan stability of electrodeposition at a Li | solid-electrolyte interface:
 * N = (1 − v)[(3 − 4ν_Li) x² − (3 − 4ν_s)] + 4 (1 + v) A x with x = G_s/G_Li, stable when N < 0.
 */
export function ahmadViswanathan(input: AhmadViswanathanInput): ModelResult<AhmadViswanathanValue> {
  const { gLi, nuS, nuLi } = avDefaults(input);
  const error = validate([
    [MN_LIMITS.electrolyteShearModulusGPa, input.electrolyteShearModulusGPa],
    [MN_LIMITS.lithiumShearModulusGPa, gLi],
    [AV_LIMITS.partialMolarVolumeRatio, input.partialMolarVolumeRatio],
    [AV_LIMITS.electrolytePoissonRatio, nuS],
    [AV_LIMITS.lithiumPoissonRatio, nuLi],
  ]);
  if (error) return fail(error);
  const v = input.partialMolarVolumeRatio;
  const x = input.electrolyteShearModulusGPa / gLi;
  const k = avCoefficients(v, nuS, nuLi);
  const stabilityNumber = k.a * x * x + k.b * x + k.c;
  const regime: StabilityRegime =
    Math.abs(v - 1) < UNIT_RATIO_TOLERANCE ? 'none' : v < 1 ? 'density-driven' : 'pressure-driven';
  return ok({
    modulusRatio: x,
    stabilityNumber,
    criticalModulusRatio: criticalRatio(k),
    regime,
    isStable: stabilityNumber < 0,
    isMonroeNewmanMet: x >= (input.threshold ?? MONROE_NEWMAN_THRESHOLD),
  });
}

/**
 * The stability boundary G_s/G_Li (y) against v (x) on a linear grid, as two branches (v < 1 and
 * v > 1), each stopping before v = 1 where the boundary runs to 0 and to ∞.
 */
export function sampleAhmadViswanathanBoundary(
  input: Pick<AhmadViswanathanInput, 'electrolytePoissonRatio' | 'lithiumPoissonRatio'>,
  range: { maxV?: number; count?: number } = {},
): ModelResult<{ density: Point[]; pressure: Point[] }> {
  const { nuS, nuLi } = avDefaults({ ...input, electrolyteShearModulusGPa: 1, partialMolarVolumeRatio: 0 });
  const maxV = range.maxV ?? AV_LIMITS.partialMolarVolumeRatio.max;
  const count = range.count ?? 121;
  const error = validate([
    [AV_LIMITS.electrolytePoissonRatio, nuS],
    [AV_LIMITS.lithiumPoissonRatio, nuLi],
    [AV_LIMITS.partialMolarVolumeRatio, maxV],
    [SAMPLE_COUNT, count],
  ]);
  if (error) return fail(error);
  const density: Point[] = [];
  const pressure: Point[] = [];
  for (const v of linearSpace(0, maxV, count)) {
    // Stop short of v = 1, where one branch falls to 0 and the other rises to infinity.
    if (Math.abs(v - 1) < 0.02) continue;
    const x = criticalRatio(avCoefficients(v, nuS, nuLi));
    if (x === null || x <= 0) continue;
    (v < 1 ? density : pressure).push({ x: v, y: x });
  }
  return ok({ density, pressure });
}
