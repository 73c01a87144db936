/**
 * Interface classifier: is an electrolyte | electrode interface of type 1, 2 or 3?
 *
 * Models the three interface types of the review (Lewis et al., Trends Chem. 2019, following
 * Wenzel et al. 2015, doi 10.1016/j.ssi.2015.06.001):
 *  - type 1: thermodynamically stable, no interphase;
 *  - type 2: reactive, the interphase is a mixed ionic-electronic conductor (MIEC) and keeps growing;
 *  - type 3: reactive, the interphase conducts Li⁺ but not electrons, so it self-limits.
 *
 * Steps (see MODELS.md (section "Interface classifier") for the worked examples):
 *  1. The electrode potential inside the electrolyte's stability window [reductionV, oxidationV]
 *     (limits included) → type 1.
 *  2. Below the reduction limit the electrolyte is reduced; above the oxidation limit it is
 *     oxidised. The predicted products of that side form the interphase.
 *  3. φ_e = Σ_conductors n_i·V_i / Σ_all n_i·V_i. If φ_e > the percolation threshold (default 0.16,
 *     Scher & Zallen, doi 10.1063/1.1674565) the electronically conducting products form a connected
 *     network → type 2; otherwise → type 3.
 *
 * Units: potentials in V vs Li/Li+, molar volumes in cm³/mol (per formula unit), amounts in mol per
 * formula unit of electrolyte, conductivities in S/cm, fractions dimensionless.
 *
 * The classifier never guesses: a missing number makes the verdict "undetermined" and names what is
 * missing. It is pure (no React, no DOM) so that views, tests and scripts share one implementation.
 */
import { windowSourceName } from './window-sources';
import type {
  Electrode,
  Electrolyte,
  Electronic,
  Phase,
  Quantity,
  Reaction,
  WindowSource,
} from '../kb/schema';

// ---------------------------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------------------------

/**
 * Default percolation threshold (volume fraction of the conducting phase).
 *
 * Scher & Zallen (J. Chem. Phys. 53, 3759 (1970), doi 10.1063/1.1674565) showed that the critical
 * volume fraction for site percolation, φ_c = f·p_c (filling factor × site threshold), is nearly
 * invariant in 3D at ≈ 0.15–0.17; randomly packed spheres of equal size give ≈ 0.16.
 */
export const DEFAULT_PERCOLATION_THRESHOLD = 0.16;

/**
 * Default volumetric expansion (ΔV/V of the electrolyte consumed) above which `fractureRisk` is
 * flagged: 5 % volume ≈ 1.6 % linear misfit. Basis: a constrained linear misfit ε in a ceramic with
 * E ≥ 20 GPa gives a stress of order E·ε/(1 − ν) ≈ 0.5 GPa at ε = 1.6 %, well above typical
 * fracture strengths of solid electrolytes (~0.1 GPa); and volume changes of a few per cent already
 * crack and delaminate NMC/Li–P–S composites (Koerver et al. 2017, doi 10.1021/acs.chemmater.7b00931).
 * It is a flag, not a fracture prediction: morphology decides (Lewis et al. 2019,
 * doi 10.1021/acsenergylett.9b00093).
 */
export const DEFAULT_FRACTURE_EXPANSION = 0.05;

/**
 * Molar volume of lithium metal, cm³/mol: bcc, a = 3.509 Å, Z = 2 → 13.0 cm³/mol
 * (ρ = 0.534 g/cm³, M = 6.94 g/mol).
 */
export const LITHIUM_MOLAR_VOLUME_CM3 = 13.0;

/**
 * Half-width of the band around the threshold in which the verdict is reported as sensitive to the
 * threshold and to the molar volumes. A display heuristic, not physics: the Scher–Zallen invariant
 * itself spans 0.15–0.17 across lattices, and particle shape and size spread move real thresholds by
 * several hundredths.
 */
export const NEAR_THRESHOLD_BAND = 0.05;

const POTENTIAL_UNIT = 'V vs Li/Li+';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** One product of the decomposition reaction, per formula unit of electrolyte. */
export interface ProductInput {
  /** KB phase id (or the unresolved id). */
  phaseId: string;
  /** Display name, usually the formula ("Li15Ge4"); used in trace text and `missing`. */
  name: string;
  /** Moles of this product per formula unit of electrolyte (> 0). */
  moles: number;
  /** Molar volume in cm³/mol, or null when unknown. */
  molarVolumeCm3: number | null;
  /** Electronic character of the phase. */
  electronic: Electronic;
  /** Li⁺ conductivity in S/cm, or null when unknown (reported, does not change the verdict). */
  ionicConductivitySCm: number | null;
  /** False when the reaction names a phase the knowledge base has no record of. Default true. */
  hasPhaseRecord?: boolean;
}

/** A stability window in V vs Li/Li+ from one source. */
export interface WindowInput {
  reductionV: number;
  oxidationV: number;
  /** Source id, e.g. "zhu2015". */
  source: string;
  /** Display label, e.g. "Zhu 2015"; falls back to `source`. */
  label?: string;
}

/** The decomposition reaction behind a product list (for trace text and volume bookkeeping). */
export interface ReactionInfo {
  /** Balanced equation as text. */
  equation: string | null;
  /** Li consumed (reduction) or released (oxidation) per formula unit of electrolyte. */
  lithiumMoles: number | null;
  /** Potential (V vs Li/Li+) at which the product set was computed, when given. */
  atPotentialV?: number | null;
}

export interface ClassifierInput {
  /** Potential of the electrode in contact, V vs Li/Li+. */
  electrodePotentialV: number | null;
  /** Stability window of the chosen source, or null when that source has none. */
  window: WindowInput | null;
  /** Products of reduction (electrode below the reduction limit). */
  reductionProducts: ProductInput[] | null;
  /** Products of oxidation (electrode above the oxidation limit). */
  oxidationProducts: ProductInput[] | null;
  /** Display name of the electrolyte ("LGPS"). */
  electrolyteName?: string;
  /** Display name of the electrode ("Li metal"). */
  electrodeName?: string;
  /** Which potential of the electrode was taken ("charge cut-off"). */
  electrodePotentialNote?: string;
  /** The window source that was asked for; names the gap when `window` is null. */
  requestedWindowSource?: string;
  /** The window sources the electrolyte does have. */
  availableWindowSources?: string[];
  reductionReaction?: ReactionInfo | null;
  oxidationReaction?: ReactionInfo | null;
  /** Molar volume of the electrolyte, cm³/mol per formula unit (for the volume change). */
  electrolyteMolarVolumeCm3?: number | null;
  /** Electronic conductivity of the electrolyte itself, S/cm (used to explain disagreements). */
  electrolyteElectronicConductivitySCm?: number | null;
  /** Notes from whoever built the input (e.g. the KB adapter); shown as warnings. */
  notes?: string[];
}

export interface ClassifierOptions {
  /** Critical volume fraction of conducting products, in [0, 1]. Default 0.16. */
  percolationThreshold?: number;
  /**
   * Count semiconducting products as electronic conductors. Default false: a semiconductor with a
   * band gap of ~0.5–2 eV has few free carriers at room temperature; the other treatment is
   * always computed and shown as a warning when it would change the verdict.
   */
  countSemiconductorsAsConductors?: boolean;
  /** Expansion vs electrolyte consumed above which `fractureRisk` is true; ≥ 0. Default 0.05. */
  fractureExpansionThreshold?: number;
}

export type InterfaceVerdict = 1 | 2 | 3 | 'undetermined';
export type InterfaceSide = 'stable' | 'reduction' | 'oxidation';
export type TraceStepId = 'potential' | 'window' | 'side' | 'products' | 'fraction' | 'verdict' | 'volume';
export type TraceOutcome = 'pass' | 'fail' | 'info';

export interface TraceNumber {
  value: number;
  unit: string;
}

/** One readable step of the classification, for a view to list. */
export interface TraceStep {
  id: TraceStepId;
  title: string;
  detail: string;
  numbers: Record<string, TraceNumber>;
  /** pass: the step points to stability / self-limitation; fail: it points to reaction / growth. */
  outcome: TraceOutcome;
}

/** A product with its computed volume and share of the interphase. */
export interface ProductShare {
  phaseId: string;
  name: string;
  moles: number;
  /** Molar volume in cm³/mol; null when unknown (the verdict then rests on bounds). */
  molarVolumeCm3: number | null;
  /** n_i·V_i, cm³ per formula unit of electrolyte; null when the molar volume is unknown. */
  volumeCm3: number | null;
  /** n_i·V_i / Σ n_j·V_j; null for every product when any molar volume is unknown. */
  volumeFraction: number | null;
  /** Electronic character; "unknown" also for a product without a phase record. */
  electronic: Electronic;
  /** Whether the product counts toward φ_e under the options used (false when unknown). */
  isConducting: boolean;
  ionicConductivitySCm: number | null;
}

export interface InterfaceConsequence {
  /** none (type 1), continuous (type 2), self-limiting (type 3), null when undetermined. */
  growth: 'none' | 'continuous' | 'self-limiting' | null;
  /** Interfacial impedance over time. */
  impedanceTrend: 'constant' | 'rising' | 'rising-then-plateau' | null;
  /** Σ n_i·V_i, cm³ per formula unit of electrolyte, when every molar volume is known. */
  productVolumeCm3: number | null;
  /** ΔV/V = Σ n_i·V_i / V_SSE − 1: the interphase's volume vs the electrolyte it replaces. */
  expansionVsElectrolyte: number | null;
  /**
   * (Σ n_i·V_i − V_SSE − n_Li·V_Li) / (V_SSE + n_Li·V_Li): the whole reaction including the Li metal
   * consumed; reduction side only (on oxidation Li goes into the cathode host, whose volume is unknown).
   */
  netVolumeChangeWithLithium: number | null;
  /** expansionVsElectrolyte > fractureExpansionThreshold; null when the expansion is unknown. */
  fractureRisk: boolean | null;
  fractureExpansionThreshold: number;
  /** What the consequence estimate lacks (does not affect the verdict). */
  missing: string[];
  summary: string;
}

export interface ClassifierResult {
  verdict: InterfaceVerdict;
  side: InterfaceSide | null;
  trace: TraceStep[];
  /** φ_e, or null when it could not be computed. */
  electronicFraction: number | null;
  /** φ_e under the other treatment of semiconductors; null when there are none. */
  alternativeElectronicFraction: number | null;
  /**
   * Bounds on φ_e when some molar volumes or electronic characters are unknown: the infimum and the
   * supremum over every positive molar volume and either character of the unknowns.
   */
  electronicFractionBounds: { min: number; max: number } | null;
  threshold: number;
  countSemiconductorsAsConductors: boolean;
  /** What is missing for a verdict, in words ("molar volume of Li15Ge4"); empty when decided. */
  missing: string[];
  /**
   * Inputs that are unknown but cannot change the verdict, because it holds for every value they
   * could take (e.g. the molar volume of a conductor when the known conductors already percolate).
   */
  unknowns: string[];
  warnings: string[];
  products: ProductShare[];
  consequence: InterfaceConsequence;
  /** Echoed from the input, for `compareWithExperiment`. */
  electrolyteElectronicConductivitySCm: number | null;
  windowLabel: string | null;
}

// ---------------------------------------------------------------------------------------------
// Small physics functions
// ---------------------------------------------------------------------------------------------

/**
 * Which side of the window a potential lies on. Limits are inclusive: at E = reductionV (or
 * oxidationV) the decomposition free energy is zero, so there is no driving force and the interface
 * is stable; this also keeps binary Li compounds with a reduction limit of 0 V (Li2S, Li3N…) stable
 * against Li metal at 0 V.
 */
export function sideOfWindow(
  potentialV: number,
  window: Pick<WindowInput, 'reductionV' | 'oxidationV'>,
): InterfaceSide {
  if (potentialV < window.reductionV) return 'reduction';
  if (potentialV > window.oxidationV) return 'oxidation';
  return 'stable';
}

/** Volume of one product per formula unit of electrolyte: V = n·V_m (cm³). */
export function productVolumeCm3(moles: number, molarVolumeCm3: number): number {
  return moles * molarVolumeCm3;
}

/**
 * Volume fraction of electronically conducting products:
 * φ_e = Σ_{i conducting} n_i·V_i / Σ_i n_i·V_i.
 */
export function electronicVolumeFraction(
  products: ReadonlyArray<{ volumeCm3: number; isConducting: boolean }>,
): number {
  let total = 0;
  let conducting = 0;
  for (const p of products) {
    total += p.volumeCm3;
    if (p.isConducting) conducting += p.volumeCm3;
  }
  return total > 0 ? conducting / total : 0;
}

/**
 * Whether a conducting network spans the interphase: φ_e > φ_c (strict). At φ_c itself the infinite
 * cluster has zero density (percolation probability P∞ = 0), so φ_e = φ_c does not conduct; with
 * φ_c = 0 any conductor percolates but φ_e = 0 does not; with φ_c = 1 nothing does.
 */
export function isPercolating(electronicFraction: number, threshold: number): boolean {
  return electronicFraction > threshold;
}

/** Expansion of the interphase relative to the electrolyte it replaces: ΔV/V = Σ n_i·V_i / V_SSE − 1. */
export function expansionVsElectrolyte(productVolumeCm3: number, electrolyteMolarVolumeCm3: number): number {
  return productVolumeCm3 / electrolyteMolarVolumeCm3 - 1;
}

/**
 * Volume change of the whole reduction, reactants being the electrolyte and the Li metal consumed:
 * (Σ n_i·V_i − V_SSE − n_Li·V_Li) / (V_SSE + n_Li·V_Li). Negative means the products fill less space
 * than the reactants (a gap can open at the Li side).
 */
export function netReactionVolumeChange(
  productVolumeCm3: number,
  electrolyteMolarVolumeCm3: number,
  lithiumMoles: number,
  lithiumMolarVolumeCm3 = LITHIUM_MOLAR_VOLUME_CM3,
): number {
  const reactants = electrolyteMolarVolumeCm3 + lithiumMoles * lithiumMolarVolumeCm3;
  return (productVolumeCm3 - reactants) / reactants;
}

/**
 * Bounds on φ_e when some molar volumes or electronic characters are unknown, over every positive
 * molar volume and either character (conducting or not) of the unknowns. φ_e rises with the volume
 * of a conducting product and falls with that of a non-conducting one, so:
 *  - min: unknown characters count as non-conducting; an unknown-volume non-conductor can be
 *    arbitrarily large (min = 0); otherwise unknown-volume conductors shrink to zero volume and
 *    min = V_c(known) / V(known) (1 when every product is a conductor);
 *  - max: symmetrically, unknown characters count as conducting; an unknown-volume conductor gives
 *    max = 1; otherwise max = (V_c + V_unknown-character)(known) / V(known) (0 when nothing conducts).
 * With nothing unknown, min = max = φ_e. The bounds are infimum and supremum; `boundedVerdict`
 * decides only when the whole range lies on one side of the threshold.
 */
export function electronicFractionBounds(
  products: ReadonlyArray<{ volumeCm3: number | null; isConducting: boolean | null }>,
): { min: number; max: number } {
  let conducting = 0;
  let insulating = 0;
  let unknownCharacter = 0;
  let hasUnsizedConductor = false;
  let hasUnsizedOther = false;
  for (const p of products) {
    if (p.volumeCm3 === null) {
      if (p.isConducting === true) hasUnsizedConductor = true;
      else hasUnsizedOther = true;
      if (p.isConducting === null) hasUnsizedConductor = true;
      continue;
    }
    if (p.isConducting === true) conducting += p.volumeCm3;
    else if (p.isConducting === false) insulating += p.volumeCm3;
    else unknownCharacter += p.volumeCm3;
  }
  const known = conducting + insulating + unknownCharacter;
  const min = hasUnsizedOther ? 0 : known > 0 ? conducting / known : 1;
  const max = hasUnsizedConductor ? 1 : known > 0 ? (conducting + unknownCharacter) / known : 0;
  return { min, max };
}

/**
 * The verdict that holds for every φ_e in the bounds: type 2 when even the minimum percolates
 * (min > φ_c), type 3 when even the maximum does not (max ≤ φ_c), otherwise undetermined.
 */
export function boundedVerdict(
  bounds: { min: number; max: number },
  threshold: number,
): 2 | 3 | 'undetermined' {
  if (isPercolating(bounds.min, threshold)) return 2;
  if (!isPercolating(bounds.max, threshold)) return 3;
  return 'undetermined';
}

/** The message explaining why a threshold is rejected, or null when it is valid. */
export function percolationThresholdError(threshold: number): string | null {
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    return `percolation threshold must be a volume fraction between 0 and 1; got ${threshold}`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Formatting for trace text (display only)
// ---------------------------------------------------------------------------------------------

const fmtV = (v: number) => `${v.toFixed(2)} V`;
const fmt = (v: number, digits = 5) => String(Number(v.toPrecision(digits)));
const fmtFraction = (v: number) => v.toFixed(3);
const fmtPercent = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v * 100).toFixed(0)} %`;

// ---------------------------------------------------------------------------------------------
// Classifier
// ---------------------------------------------------------------------------------------------

function validateInput(input: ClassifierInput): void {
  const p = input.electrodePotentialV;
  if (p !== null && !Number.isFinite(p)) throw new RangeError(`electrode potential must be finite; got ${p}`);
  const w = input.window;
  if (w) {
    if (!Number.isFinite(w.reductionV) || !Number.isFinite(w.oxidationV)) {
      throw new RangeError(`stability window limits must be finite; got ${w.reductionV}–${w.oxidationV} V`);
    }
    if (w.reductionV >= w.oxidationV) {
      throw new RangeError(
        `reduction limit must be below the oxidation limit; got ${w.reductionV} V ≥ ${w.oxidationV} V`,
      );
    }
  }
  for (const list of [input.reductionProducts, input.oxidationProducts]) {
    for (const prod of list ?? []) {
      if (!(prod.moles > 0) || !Number.isFinite(prod.moles)) {
        throw new RangeError(`moles of ${prod.name} must be a positive number; got ${prod.moles}`);
      }
      const v = prod.molarVolumeCm3;
      if (v !== null && (!(v > 0) || !Number.isFinite(v))) {
        throw new RangeError(`molar volume of ${prod.name} must be positive; got ${v}`);
      }
    }
  }
}

function emptyConsequence(fractureExpansionThreshold: number, summary: string): InterfaceConsequence {
  return {
    growth: null,
    impedanceTrend: null,
    productVolumeCm3: null,
    expansionVsElectrolyte: null,
    netVolumeChangeWithLithium: null,
    fractureRisk: null,
    fractureExpansionThreshold,
    missing: [],
    summary,
  };
}

const VERDICT_TEXT: Record<1 | 2 | 3, string> = {
  1: 'Type 1: thermodynamically stable, no interphase forms.',
  2: 'Type 2: the interphase is a mixed ionic-electronic conductor (MIEC); electrons reach the reaction front, so it keeps growing.',
  3: 'Type 3: the interphase conducts Li⁺ but not electrons; the reaction starves of electrons and the interphase self-limits.',
};

/**
 * Classifies an electrolyte | electrode interface as type 1, 2 or 3, or "undetermined" with the list of
 * what is missing. Throws RangeError for a threshold outside [0, 1] and for impossible numbers
 * (non-finite potential, reduction limit ≥ oxidation limit, non-positive moles or molar volume).
 */
export function classifyInterface(input: ClassifierInput, options: ClassifierOptions = {}): ClassifierResult {
  const threshold = options.percolationThreshold ?? DEFAULT_PERCOLATION_THRESHOLD;
  const thresholdError = percolationThresholdError(threshold);
  if (thresholdError) throw new RangeError(thresholdError);
  const fractureThreshold = options.fractureExpansionThreshold ?? DEFAULT_FRACTURE_EXPANSION;
  if (!Number.isFinite(fractureThreshold) || fractureThreshold < 0) {
    throw new RangeError(
      `fracture expansion threshold must be a non-negative number; got ${fractureThreshold}`,
    );
  }
  const countSemis = options.countSemiconductorsAsConductors ?? false;
  validateInput(input);

  const electrolyte = input.electrolyteName ?? 'the electrolyte';
  const electrode = input.electrodeName ?? 'Electrode';
  const trace: TraceStep[] = [];
  const missing: string[] = [];
  const warnings: string[] = [...(input.notes ?? [])];
  const windowLabel = input.window ? (input.window.label ?? input.window.source) : null;

  const base = {
    threshold,
    countSemiconductorsAsConductors: countSemis,
    electrolyteElectronicConductivitySCm: input.electrolyteElectronicConductivitySCm ?? null,
    windowLabel,
  };
  const undetermined = (
    side: InterfaceSide | null,
    extra: Partial<ClassifierResult> = {},
  ): ClassifierResult => {
    trace.push({
      id: 'verdict',
      title: 'Verdict',
      detail: `Undetermined: missing ${missing.join(', ')}. The classifier does not guess.`,
      numbers: {},
      outcome: 'info',
    });
    return {
      verdict: 'undetermined',
      side,
      trace,
      electronicFraction: null,
      alternativeElectronicFraction: null,
      electronicFractionBounds: null,
      missing,
      unknowns: [],
      warnings,
      products: [],
      consequence: emptyConsequence(
        fractureThreshold,
        'Unknown: the interface type could not be determined.',
      ),
      ...base,
      ...extra,
    };
  };

  // Step 1: potential and window.
  const potential = input.electrodePotentialV;
  const potentialNote = input.electrodePotentialNote ? ` (${input.electrodePotentialNote})` : '';
  if (potential === null) {
    missing.push('electrode potential');
    trace.push({
      id: 'potential',
      title: 'Electrode potential',
      detail: `${electrode}: no potential known.`,
      numbers: {},
      outcome: 'fail',
    });
  } else {
    trace.push({
      id: 'potential',
      title: 'Electrode potential',
      detail: `${electrode} at ${fmtV(potential)} vs Li/Li+${potentialNote}.`,
      numbers: { electrodePotential: { value: potential, unit: POTENTIAL_UNIT } },
      outcome: 'info',
    });
  }
  const window = input.window;
  if (!window) {
    const requested = input.requestedWindowSource ? windowSourceName(input.requestedWindowSource) : null;
    missing.push(requested ? `stability window from ${requested}` : 'stability window');
    const available = (input.availableWindowSources ?? []).map(windowSourceName);
    const availableText =
      available.length > 0 ? ` Available sources: ${available.join(', ')}.` : ' No source gives one.';
    trace.push({
      id: 'window',
      title: 'Stability window',
      detail: `No stability window${requested ? ` from ${requested}` : ''} for ${electrolyte}; windows from different sources are never substituted.${availableText}`,
      numbers: {},
      outcome: 'fail',
    });
  } else {
    trace.push({
      id: 'window',
      title: 'Stability window',
      detail: `${electrolyte} is stable from ${fmtV(window.reductionV)} to ${fmtV(window.oxidationV)} vs Li/Li+ (${windowLabel}).`,
      numbers: {
        reductionLimit: { value: window.reductionV, unit: POTENTIAL_UNIT },
        oxidationLimit: { value: window.oxidationV, unit: POTENTIAL_UNIT },
      },
      outcome: 'info',
    });
  }
  if (potential === null || !window) return undetermined(null);

  // Step 2: which side of the window.
  const side = sideOfWindow(potential, window);
  const limitNumbers = {
    electrodePotential: { value: potential, unit: POTENTIAL_UNIT },
    reductionLimit: { value: window.reductionV, unit: POTENTIAL_UNIT },
    oxidationLimit: { value: window.oxidationV, unit: POTENTIAL_UNIT },
  };
  if (side === 'stable') {
    const atEdge = potential === window.reductionV || potential === window.oxidationV;
    trace.push({
      id: 'side',
      title: 'Potential vs window',
      detail: `${electrode} at ${fmtV(potential)} lies inside the window ${fmtV(window.reductionV)}–${fmtV(window.oxidationV)} (${windowLabel}): no driving force to decompose ${electrolyte}.${
        atEdge
          ? ' The potential sits exactly on a limit, where the reaction free energy is zero: counted as stable (limits are inclusive).'
          : ''
      }`,
      numbers: limitNumbers,
      outcome: 'pass',
    });
    trace.push({ id: 'verdict', title: 'Verdict', detail: VERDICT_TEXT[1], numbers: {}, outcome: 'pass' });
    return {
      verdict: 1,
      side,
      trace,
      electronicFraction: null,
      alternativeElectronicFraction: null,
      electronicFractionBounds: null,
      missing,
      unknowns: [],
      warnings,
      products: [],
      consequence: {
        ...emptyConsequence(
          fractureThreshold,
          'No interphase: no growth, constant interfacial impedance, no chemical expansion.',
        ),
        growth: 'none',
        impedanceTrend: 'constant',
        fractureRisk: false,
      },
      ...base,
    };
  }
  const isReduction = side === 'reduction';
  trace.push({
    id: 'side',
    title: 'Potential vs window',
    detail: isReduction
      ? `${electrode} at ${fmtV(potential)} is below the reduction limit ${fmtV(window.reductionV)} (${windowLabel}): ${electrolyte} is reduced.`
      : `${electrode} at ${fmtV(potential)} is above the oxidation limit ${fmtV(window.oxidationV)} (${windowLabel}): ${electrolyte} is oxidised.`,
    numbers: limitNumbers,
    outcome: 'fail',
  });

  // Step 3: products of that side.
  const products = isReduction ? input.reductionProducts : input.oxidationProducts;
  const reaction = (isReduction ? input.reductionReaction : input.oxidationReaction) ?? null;
  const sideWord = isReduction ? 'reduction' : 'oxidation';
  if (!products || products.length === 0) {
    missing.push(`${sideWord} products`);
    trace.push({
      id: 'products',
      title: 'Interphase products',
      detail: `No predicted ${sideWord} products for ${electrolyte}.`,
      numbers: {},
      outcome: 'fail',
    });
    return undetermined(side);
  }
  if (reaction?.atPotentialV != null && Math.abs(reaction.atPotentialV - potential) > 0.01) {
    warnings.push(
      `The ${sideWord} products were computed at ${fmtV(reaction.atPotentialV)}; the electrode is at ${fmtV(potential)}, where the equilibrium products may differ.`,
    );
  }

  for (const p of products) {
    if (p.hasPhaseRecord === false) {
      missing.push(`phase record for ${p.phaseId}`);
      continue;
    }
    if (p.molarVolumeCm3 === null) missing.push(`molar volume of ${p.name}`);
    if (p.electronic === 'unknown') missing.push(`electronic character of ${p.name}`);
  }
  const equation = reaction?.equation ? `${reaction.equation}. ` : '';
  const isConducting = (e: Electronic, semis: boolean) =>
    e === 'conductor' || (semis && e === 'semiconductor');
  // A product without a phase record has neither a molar volume nor an electronic character.
  const items = products.map((p) => {
    const hasRecord = p.hasPhaseRecord !== false;
    const molarVolume = hasRecord ? p.molarVolumeCm3 : null;
    const electronic: Electronic = hasRecord ? p.electronic : 'unknown';
    return {
      p,
      molarVolume,
      electronic,
      volume: molarVolume === null ? null : productVolumeCm3(p.moles, molarVolume),
    };
  });
  const isAllSized = items.every((i) => i.volume !== null);
  const totalVolume = isAllSized ? items.reduce((sum, i) => sum + (i.volume ?? 0), 0) : null;
  const shares: ProductShare[] = items.map((i) => ({
    phaseId: i.p.phaseId,
    name: i.p.name,
    moles: i.p.moles,
    molarVolumeCm3: i.molarVolume,
    volumeCm3: i.volume,
    volumeFraction: totalVolume !== null && i.volume !== null ? i.volume / totalVolume : null,
    electronic: i.electronic,
    isConducting: isConducting(i.electronic, countSemis),
    ionicConductivitySCm: i.p.ionicConductivitySCm,
  }));
  const productNumbers: Record<string, TraceNumber> = {};
  if (totalVolume !== null) productNumbers.totalVolume = { value: totalVolume, unit: 'cm³' };
  for (const s of shares) {
    if (s.volumeCm3 !== null) productNumbers[`${s.name} volume`] = { value: s.volumeCm3, unit: 'cm³' };
    if (s.volumeFraction !== null)
      productNumbers[`${s.name} fraction`] = { value: s.volumeFraction, unit: '1' };
  }
  const unsized = shares.filter((s) => s.molarVolumeCm3 === null).map((s) => s.name);
  trace.push({
    id: 'products',
    title: 'Interphase products',
    detail: `${equation}${shares
      .map((s) => {
        const sigma = s.ionicConductivitySCm !== null ? `, σ_ion ${fmt(s.ionicConductivitySCm, 2)} S/cm` : '';
        if (s.molarVolumeCm3 === null || s.volumeCm3 === null)
          return `${s.name} ${fmt(s.moles)} mol × ? cm³/mol (${s.electronic}${sigma})`;
        const share = s.volumeFraction !== null ? `${fmtFraction(s.volumeFraction)} of the volume, ` : '';
        return `${s.name} ${fmt(s.moles)} mol × ${fmt(s.molarVolumeCm3)} cm³/mol = ${fmt(s.volumeCm3)} cm³ (${share}${s.electronic}${sigma})`;
      })
      .join('; ')}${
      totalVolume !== null
        ? `; total ${fmt(totalVolume)} cm³ per formula unit of ${electrolyte}.`
        : `; without the molar volume of ${unsized.join(', ')} the exact volume fractions cannot be computed.`
    }`,
    numbers: productNumbers,
    outcome: 'info',
  });

  const consequence =
    totalVolume !== null
      ? volumeConsequence(input, side, totalVolume, fractureThreshold, electrolyte, reaction)
      : {
          ...emptyConsequence(
            fractureThreshold,
            `Volume change unknown: no molar volume for ${unsized.join(', ')}.`,
          ),
          missing: unsized.map((n) => `molar volume of ${n}`),
        };

  /** Verdict step, consequence and volume step, shared by the exact and the bounded route. */
  const finish = (percolates: boolean, extra: Partial<ClassifierResult>): ClassifierResult => {
    const verdict: 2 | 3 = percolates ? 2 : 3;
    trace.push({
      id: 'verdict',
      title: 'Verdict',
      detail: VERDICT_TEXT[verdict],
      numbers: {},
      outcome: percolates ? 'fail' : 'pass',
    });
    const volumeText = consequence.summary;
    const fractureText =
      consequence.fractureRisk === true
        ? percolates
          ? ' The interphase keeps growing, so the misfit stress keeps building up in the electrolyte (as in LAGP, Lewis et al. 2019).'
          : ' The interphase self-limits, so the misfit is confined to a thin layer.'
        : '';
    consequence.growth = percolates ? 'continuous' : 'self-limiting';
    consequence.impedanceTrend = percolates ? 'rising' : 'rising-then-plateau';
    consequence.summary = `${
      percolates
        ? 'Continuous interphase growth; interfacial impedance keeps rising.'
        : 'Self-limiting interphase; impedance rises, then levels off.'
    } ${volumeText}${fractureText}`;
    if (consequence.expansionVsElectrolyte !== null && totalVolume !== null) {
      trace.push({
        id: 'volume',
        title: 'Volume change',
        detail: `${volumeText}${fractureText}`,
        numbers: {
          productVolume: { value: totalVolume, unit: 'cm³' },
          expansionVsElectrolyte: { value: consequence.expansionVsElectrolyte, unit: '1' },
          ...(consequence.netVolumeChangeWithLithium !== null
            ? { netVolumeChangeWithLithium: { value: consequence.netVolumeChangeWithLithium, unit: '1' } }
            : {}),
        },
        outcome: consequence.fractureRisk ? 'fail' : 'info',
      });
    }
    return {
      verdict,
      side,
      trace,
      electronicFraction: null,
      alternativeElectronicFraction: null,
      electronicFractionBounds: null,
      missing: [],
      unknowns: [],
      warnings,
      products: shares,
      consequence,
      ...base,
      ...extra,
    };
  };

  // Unknown molar volumes or electronic characters: bound φ_e, decide only when every value of the
  // unknowns gives the same verdict.
  if (missing.length > 0) {
    const boundsOf = (semis: boolean) =>
      electronicFractionBounds(
        items.map((i) => ({
          volumeCm3: i.volume,
          isConducting: i.electronic === 'unknown' ? null : isConducting(i.electronic, semis),
        })),
      );
    const bounds = boundsOf(countSemis);
    const decision = boundedVerdict(bounds, threshold);
    const gaps = [...missing];
    const outcomeText =
      decision === 2
        ? `Even the lowest, ${fmtFraction(bounds.min)}, is above the threshold ${fmt(threshold)} → the conducting products form a connected network whatever the unknowns are.`
        : decision === 3
          ? `Even the highest, ${fmtFraction(bounds.max)}, is at or below the threshold ${fmt(threshold)} → no connected electronic path whatever the unknowns are.`
          : `The range straddles the threshold ${fmt(threshold)}: the verdict depends on the unknowns.`;
    trace.push({
      id: 'fraction',
      title: 'Electronically conducting volume fraction',
      detail: `Unknown: ${gaps.join(', ')}. A conducting product can only raise φ_e and an insulating one can only lower it, so over every positive molar volume and either electronic character of the unknowns φ_e lies between ${fmtFraction(bounds.min)} and ${fmtFraction(bounds.max)}. ${outcomeText}`,
      numbers: {
        electronicFractionMin: { value: bounds.min, unit: '1' },
        electronicFractionMax: { value: bounds.max, unit: '1' },
        threshold: { value: threshold, unit: '1' },
      },
      outcome: decision === 2 ? 'fail' : decision === 3 ? 'pass' : 'info',
    });
    if (decision === 'undetermined') {
      return undetermined(side, { products: shares, electronicFractionBounds: bounds, consequence });
    }
    if (shares.some((s) => s.electronic === 'semiconductor')) {
      const other = boundedVerdict(boundsOf(!countSemis), threshold);
      if (other !== decision) {
        warnings.push(
          `Counting the semiconducting products as ${countSemis ? 'insulating' : 'conducting'} would make the verdict ${
            other === 'undetermined' ? 'undetermined' : `type ${other}`
          }.`,
        );
      }
    }
    warnings.push(
      `The verdict holds for any value of the unknown inputs (${gaps.join(', ')}); the exact φ_e needs them.`,
    );
    missing.length = 0;
    return finish(decision === 2, { electronicFractionBounds: bounds, unknowns: gaps });
  }

  // Step 4: percolation.
  const sized = shares.map((s) => ({ volumeCm3: s.volumeCm3 ?? 0, isConducting: s.isConducting }));
  const phi = electronicVolumeFraction(sized);
  const semis = shares.filter((s) => s.electronic === 'semiconductor');
  let alternative: number | null = null;
  if (semis.length > 0) {
    alternative = electronicVolumeFraction(
      shares.map((s) => ({
        volumeCm3: s.volumeCm3 ?? 0,
        isConducting: isConducting(s.electronic, !countSemis),
      })),
    );
    const names = semis.map((s) => s.name).join(', ');
    const flips = isPercolating(alternative, threshold) !== isPercolating(phi, threshold);
    warnings.push(
      `${names} ${semis.length === 1 ? 'is a semiconductor' : 'are semiconductors'}, counted as electronically ${
        countSemis ? 'conducting' : 'insulating'
      }. Counted as ${countSemis ? 'insulating' : 'conducting'}, φ_e would be ${fmtFraction(alternative)}${
        flips
          ? `, which changes the verdict to type ${isPercolating(alternative, threshold) ? 2 : 3}`
          : ' (same verdict)'
      }.`,
    );
  }
  const percolates = isPercolating(phi, threshold);
  if (Math.abs(phi - threshold) <= NEAR_THRESHOLD_BAND && threshold > 0 && threshold < 1) {
    warnings.push(
      `φ_e = ${fmtFraction(phi)} is within ${NEAR_THRESHOLD_BAND} of the threshold ${fmt(threshold)}: the verdict is sensitive to the molar volumes and to the threshold.`,
    );
  }
  const conductors = shares.filter((s) => s.isConducting).map((s) => s.name);
  trace.push({
    id: 'fraction',
    title: 'Electronically conducting volume fraction',
    detail: `φ_e = ${conductors.length > 0 ? `V(${conductors.join(' + ')})` : '0'} / V(all) = ${fmtFraction(phi)} ${
      percolates ? '>' : '≤'
    } threshold ${fmt(threshold)} → ${
      percolates
        ? 'the conducting products form a connected network: electrons reach the reaction front.'
        : 'no connected electronic path through the interphase.'
    }`,
    numbers: {
      electronicFraction: { value: phi, unit: '1' },
      threshold: { value: threshold, unit: '1' },
    },
    outcome: percolates ? 'fail' : 'pass',
  });
  return finish(percolates, { electronicFraction: phi, alternativeElectronicFraction: alternative });
}

/** Volume bookkeeping of the reaction; fills what it can and lists what it lacks. */
function volumeConsequence(
  input: ClassifierInput,
  side: 'reduction' | 'oxidation',
  totalVolume: number,
  fractureThreshold: number,
  electrolyte: string,
  reaction: ReactionInfo | null,
): InterfaceConsequence {
  const c = emptyConsequence(fractureThreshold, '');
  c.productVolumeCm3 = totalVolume;
  const vSse = input.electrolyteMolarVolumeCm3 ?? null;
  if (vSse === null || !(vSse > 0)) {
    c.missing.push(`molar volume of ${electrolyte}`);
    c.summary = `Volume change unknown: no molar volume for ${electrolyte}.`;
    return c;
  }
  const expansion = expansionVsElectrolyte(totalVolume, vSse);
  c.expansionVsElectrolyte = expansion;
  c.fractureRisk = expansion > fractureThreshold;
  const parts = [
    `The products occupy ${fmt(totalVolume)} cm³ where ${fmt(vSse)} cm³ of ${electrolyte} was: ${fmtPercent(expansion)} vs the electrolyte consumed.`,
  ];
  if (side === 'reduction') {
    const nLi = reaction?.lithiumMoles ?? null;
    if (nLi === null) {
      c.missing.push('lithium consumed by the reduction');
    } else {
      const net = netReactionVolumeChange(totalVolume, vSse, nLi);
      c.netVolumeChangeWithLithium = net;
      parts.push(
        `Counting the ${fmt(nLi)} mol Li consumed (${fmt(nLi * LITHIUM_MOLAR_VOLUME_CM3)} cm³), the whole reaction changes volume by ${fmtPercent(net)}.`,
      );
    }
  }
  parts.push(
    c.fractureRisk
      ? `Expansion above ${fmtPercent(fractureThreshold)}: fracture risk in the constrained electrolyte.`
      : expansion < 0
        ? 'The interphase shrinks: a risk of contact loss rather than fracture.'
        : `Expansion within ${fmtPercent(fractureThreshold)}: low fracture risk from chemical expansion.`,
  );
  c.summary = parts.join(' ');
  return c;
}

// ---------------------------------------------------------------------------------------------
// Knowledge-base adapter
// ---------------------------------------------------------------------------------------------

/** The molar volume of a phase: its value, or the midpoint of its range; null when absent or ≤ 0. */
export function molarVolumeOf(q: Quantity | undefined): number | null {
  if (!q) return null;
  const v = q.value ?? (q.min !== undefined && q.max !== undefined ? (q.min + q.max) / 2 : undefined);
  return v !== undefined && v > 0 ? v : null;
}

/** A conductivity: its value, or the geometric mean of its range (conductivities span decades). */
function conductivityOf(q: Quantity | undefined): number | null {
  if (!q) return null;
  if (q.value !== undefined) return q.value;
  if (q.min === undefined || q.max === undefined) return null;
  return q.min > 0 ? Math.sqrt(q.min * q.max) : (q.min + q.max) / 2;
}

function productsFromReaction(
  reaction: { products: { phase: string; moles: number }[] } | undefined,
  phases: ReadonlyMap<string, Phase>,
): ProductInput[] | null {
  if (!reaction) return null;
  return reaction.products.map((rp): ProductInput => {
    const phase = phases.get(rp.phase);
    if (!phase) {
      return {
        phaseId: rp.phase,
        name: rp.phase,
        moles: rp.moles,
        molarVolumeCm3: null,
        electronic: 'unknown',
        ionicConductivitySCm: null,
        hasPhaseRecord: false,
      };
    }
    return {
      phaseId: phase.id,
      name: phase.formula,
      moles: rp.moles,
      molarVolumeCm3: molarVolumeOf(phase.molarVolume),
      electronic: phase.electronic,
      ionicConductivitySCm: conductivityOf(phase.ionicConductivity),
    };
  });
}

/**
 * Picks the reaction the classifier uses for one side when the knowledge base lists several:
 *  1. reactions from the same calculation as the window (sharing a reference with it), when any;
 *  2. among those, the one computed at the potential (`atPotentialV`) closest to the electrode's,
 *     the first on a tie or when no potential is recorded.
 * Mixing a window from one phase diagram with products from another would be inconsistent, and the
 * products at E are those of the step computed nearest E (e.g. LLZO at Li metal: Zhu et al. give
 * Zr3O at the 0.05 V limit and Zr at 0 V).
 */
export function selectReaction<R extends { refs: readonly string[]; atPotentialV?: number }>(
  reactions: readonly R[],
  electrodePotentialV: number | null,
  windowRefs: readonly string[],
): R | undefined {
  const sameSource = reactions.filter((r) => r.refs.some((ref) => windowRefs.includes(ref)));
  const candidates = sameSource.length > 0 ? sameSource : reactions;
  if (electrodePotentialV === null) return candidates[0];
  let best = candidates[0];
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const r of candidates) {
    if (r.atPotentialV === undefined) continue;
    const distance = Math.abs(r.atPotentialV - electrodePotentialV);
    if (distance < bestDistance) {
      best = r;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Builds a classifier input from knowledge-base records. Takes the window of `windowSource` only: when
 * the electrolyte has none from that source the window is null (→ "undetermined") and the available
 * sources are listed; windows from different sources are never substituted. Of several predicted
 * reactions per side it uses the one `selectReaction` picks, and says so in a note.
 */
export function classifierInputFromKb(
  electrolyte: Electrolyte,
  electrodePotentialV: number | null,
  windowSource: WindowSource,
  phases: ReadonlyMap<string, Phase>,
): ClassifierInput {
  const w = electrolyte.windows.find((x) => x.source === windowSource);
  const windowRefs = w?.refs ?? [];
  const reductions = electrolyte.reductionAtLi?.predicted ?? [];
  const oxidations = electrolyte.oxidationProducts ?? [];
  const reduction = selectReaction(reductions, electrodePotentialV, windowRefs);
  const oxidation = selectReaction(oxidations, electrodePotentialV, windowRefs);
  const notes: string[] = [];
  const noteChoice = (all: readonly Reaction[], chosen: Reaction | undefined, what: string) => {
    if (all.length < 2 || !chosen) return;
    const at = chosen.atPotentialV !== undefined ? ` (computed at ${fmtV(chosen.atPotentialV)})` : '';
    const basis =
      electrodePotentialV === null
        ? 'the first'
        : `the one${w ? ` from the same calculation as the ${w.label} window` : ''} computed nearest the electrode potential`;
    notes.push(
      `${electrolyte.name} lists ${all.length} ${what} reactions; the classifier uses ${basis}: ${chosen.equation}${at}.`,
    );
  };
  noteChoice(reductions, reduction, 'predicted reduction');
  noteChoice(oxidations, oxidation, 'oxidation');
  const reactionInfo = (r: Reaction | undefined): ReactionInfo | null =>
    r
      ? { equation: r.equation, lithiumMoles: r.lithiumMoles ?? null, atPotentialV: r.atPotentialV ?? null }
      : null;
  return {
    electrodePotentialV,
    window: w
      ? { reductionV: w.reductionV, oxidationV: w.oxidationV, source: w.source, label: w.label }
      : null,
    reductionProducts: productsFromReaction(reduction, phases),
    oxidationProducts: productsFromReaction(oxidation, phases),
    electrolyteName: electrolyte.name,
    requestedWindowSource: windowSource,
    availableWindowSources: electrolyte.windows.map((x) => x.source),
    reductionReaction: reactionInfo(reduction),
    oxidationReaction: reactionInfo(oxidation),
    electrolyteMolarVolumeCm3: molarVolumeOf(electrolyte.molarVolume),
    electrolyteElectronicConductivitySCm: conductivityOf(electrolyte.electronicConductivity),
    notes,
  };
}

/**
 * The potential at which an electrode meets the electrolyte, taken at the extreme the electrolyte
 * must survive: for a cathode the charge cut-off when recorded (else the working potential), the
 * upper end of a range; for an anode the working potential, the lower end of a range.
 */
export function electrodePotentialForClassification(electrode: Electrode): {
  potentialV: number | null;
  basis: string;
} {
  const pick = (q: Quantity, high: boolean) => q.value ?? (high ? q.max : q.min) ?? null;
  if (electrode.role === 'cathode') {
    if (electrode.cutoffPotential)
      return { potentialV: pick(electrode.cutoffPotential, true), basis: 'charge cut-off' };
    return {
      potentialV: pick(electrode.potential, true),
      basis: 'working potential; no charge cut-off recorded',
    };
  }
  return { potentialV: pick(electrode.potential, false), basis: 'working potential' };
}

/** Adds the electrode's name, the basis of its potential and the cut-off caveat to an input. */
function withElectrode(input: ClassifierInput, electrode: Electrode, basis: string): ClassifierInput {
  input.electrodeName = electrode.name;
  input.electrodePotentialNote = basis;
  if (electrode.role === 'cathode' && !electrode.cutoffPotential) {
    input.notes = [
      ...(input.notes ?? []),
      `${electrode.name} has no charge cut-off recorded; its working potential understates what the electrolyte sees at the end of charge.`,
    ];
  }
  return input;
}

/**
 * Classifies an electrolyte against a KB electrode (see `electrodePotentialForClassification`).
 * `names` replaces the record names in the trace text (e.g. "LGPS" for the long record name).
 */
export function classifyAgainstElectrode(
  electrolyte: Electrolyte,
  electrode: Electrode,
  windowSource: WindowSource,
  phases: ReadonlyMap<string, Phase>,
  options: ClassifierOptions = {},
  names: { electrolyte?: string; electrode?: string } = {},
): ClassifierResult {
  const { potentialV, basis } = electrodePotentialForClassification(electrode);
  const input = withElectrode(
    classifierInputFromKb(electrolyte, potentialV, windowSource, phases),
    electrode,
    basis,
  );
  if (names.electrolyte) input.electrolyteName = names.electrolyte;
  if (names.electrode) input.electrodeName = names.electrode;
  return classifyInterface(input, options);
}

/**
 * Whether an electrode is lithium metal, the counter-electrode of every experimental interface
 * type in the knowledge base (`electrolyte.interfaceWithLi`).
 */
export function isLithiumMetal(electrode: Pick<Electrode, 'role' | 'formula'>): boolean {
  return electrode.role === 'anode' && electrode.formula.trim() === 'Li';
}

// ---------------------------------------------------------------------------------------------
// Custom electrolytes
// ---------------------------------------------------------------------------------------------

/** One product of a user-entered decomposition reaction, per formula unit of electrolyte. */
export interface CustomProduct {
  /** Formula or name, e.g. "Li2S". */
  name: string;
  /** mol per formula unit of electrolyte, > 0. */
  moles: number;
  /** cm³/mol, > 0; null when unknown. */
  molarVolumeCm3: number | null;
  electronic: Electronic;
  /** Li⁺ conductivity, S/cm, > 0; null when not given. */
  ionicConductivitySCm: number | null;
}

/** A user-entered electrolyte: one stability window and the products on each side. */
export interface CustomElectrolyte {
  name: string;
  /** V vs Li/Li+; below `oxidationV`. */
  reductionV: number;
  oxidationV: number;
  /** cm³/mol per formula unit, for the volume change; null when not given. */
  molarVolumeCm3: number | null;
  /** Products when reduced (electrode below the window). */
  reductionProducts: CustomProduct[];
  /** Products when oxidised (electrode above the window). */
  oxidationProducts: CustomProduct[];
}

/** Builds a classifier input from a custom electrolyte (window source "custom"). */
export function classifierInputFromCustom(
  custom: CustomElectrolyte,
  electrodePotentialV: number | null,
): ClassifierInput {
  const products = (list: CustomProduct[], side: string): ProductInput[] | null =>
    list.length === 0
      ? null
      : list.map((p, i) => ({
          phaseId: `custom-${side}-${i + 1}`,
          name: p.name,
          moles: p.moles,
          molarVolumeCm3: p.molarVolumeCm3,
          electronic: p.electronic,
          ionicConductivitySCm: p.ionicConductivitySCm,
        }));
  return {
    electrodePotentialV,
    window: {
      reductionV: custom.reductionV,
      oxidationV: custom.oxidationV,
      source: 'custom',
      label: 'entered window',
    },
    reductionProducts: products(custom.reductionProducts, 'red'),
    oxidationProducts: products(custom.oxidationProducts, 'ox'),
    electrolyteName: custom.name,
    reductionReaction: null,
    oxidationReaction: null,
    electrolyteMolarVolumeCm3: custom.molarVolumeCm3,
    electrolyteElectronicConductivitySCm: null,
    notes: [],
  };
}

/** Classifies a custom electrolyte against a KB electrode. */
export function classifyCustomAgainstElectrode(
  custom: CustomElectrolyte,
  electrode: Electrode,
  options: ClassifierOptions = {},
): ClassifierResult {
  const { potentialV, basis } = electrodePotentialForClassification(electrode);
  const input = classifierInputFromCustom(custom, potentialV);
  return classifyInterface(withElectrode(input, electrode, basis), options);
}

// ---------------------------------------------------------------------------------------------
// Comparison with experiment
// ---------------------------------------------------------------------------------------------

export type DisagreementReasonId =
  | 'kinetic-stabilisation'
  | 'unconsidered-products'
  | 'non-equilibrium-interphase'
  | 'dopant-effects'
  | 'electrolyte-electronic-conductivity'
  | 'non-random-microstructure'
  | 'semiconductor-treatment'
  | 'threshold-choice'
  | 'window-source';

export interface DisagreementReason {
  id: DisagreementReasonId;
  text: string;
}

export interface ExperimentComparison {
  /** True only when a verdict was reached, an observation exists and they are equal. */
  agrees: boolean;
  status: 'agrees' | 'disagrees' | 'no-observation' | 'undetermined';
  explanation: string;
  /** Likely reasons for a disagreement, most likely first; empty otherwise. */
  reasons: DisagreementReason[];
}

function reasonText(id: DisagreementReasonId, result: ClassifierResult): string {
  switch (id) {
    case 'kinetic-stabilisation':
      return 'Kinetic stabilisation: a thin passivating layer can form first and stop the reaction before the equilibrium products appear, as the ~6 nm tetragonal LLZO layer between Li and cubic LLZO (Ma et al. 2016, Nano Lett. 16, 7030). Thermodynamics says a reaction is favourable, not that it proceeds.';
    case 'unconsidered-products':
      return 'Products the calculation did not consider: the predicted phase equilibria contain only phases in the database used; metastable or unlisted phases, and surface contaminants (Li2CO3, LiOH), can change what forms and whether it conducts.';
    case 'non-equilibrium-interphase':
      return 'Amorphous or non-equilibrium interphase: at room temperature the interphase is often amorphous or only partly reduced (LAGP amorphises on lithiation, Lewis et al. 2019), so its phases and their electronic character differ from the crystalline equilibrium products.';
    case 'dopant-effects':
      return 'Dopant effects: dopants (Al, Ga, Ta, Nb in garnets; Ti, Ge in NASICONs) can be reduced to conducting species the host calculation did not include, or can stabilise the host.';
    case 'electrolyte-electronic-conductivity': {
      const s = result.electrolyteElectronicConductivitySCm;
      return `The electrolyte's own electronic conductivity${
        s !== null ? ` (${fmt(s, 2)} S/cm)` : ''
      }: electrons can reach the reaction front, or Li can deposit inside the electrolyte, without a conducting interphase (Han et al. 2019, Nat. Energy 4, 187).`;
    }
    case 'non-random-microstructure':
      return `Non-random arrangement: the threshold ${fmt(result.threshold)} assumes conducting grains placed at random among insulating ones. Conducting products that form connected nanoscale networks (e.g. a Li–Ge alloy network in reduced LGPS) or that line grain boundaries percolate at far lower volume fractions.`;
    case 'semiconductor-treatment':
      return `Semiconducting products were counted as ${result.countSemiconductorsAsConductors ? 'conducting' : 'insulating'}; counted the other way, φ_e = ${
        result.alternativeElectronicFraction !== null
          ? fmtFraction(result.alternativeElectronicFraction)
          : '?'
      } against the threshold ${fmt(result.threshold)}.`;
    case 'threshold-choice':
      return `φ_e = ${result.electronicFraction !== null ? fmtFraction(result.electronicFraction) : '?'} is close to the threshold ${fmt(result.threshold)}; the Scher–Zallen value is an average for random packings of equal spheres, and particle shape and size spread move it.`;
    case 'window-source':
      return `The window comes from one source (${result.windowLabel ?? 'unknown'}); other calculations and experiments place the limits differently, and near a limit the choice decides.`;
  }
}

/**
 * Compares a classifier verdict with an observed interface type and explains the usual reasons for a
 * disagreement. The default threshold is never tuned to force agreement; a disagreement is shown.
 */
export function compareWithExperiment(
  result: ClassifierResult,
  observedType?: 1 | 2 | 3,
): ExperimentComparison {
  if (result.verdict === 'undetermined') {
    return {
      agrees: false,
      status: 'undetermined',
      explanation: `No comparison: the classifier could not decide (missing ${result.missing.join(', ')}).${
        observedType !== undefined
          ? ` Experiment found type ${observedType}; the prediction can be checked once the missing numbers are known.`
          : ''
      }`,
      reasons: [],
    };
  }
  if (observedType === undefined) {
    return {
      agrees: false,
      status: 'no-observation',
      explanation: `Predicted type ${result.verdict}; no experimental observation to compare with.`,
      reasons: [],
    };
  }
  const predicted = result.verdict;
  if (predicted === observedType) {
    return {
      agrees: true,
      status: 'agrees',
      explanation: `Predicted type ${predicted} and observed type ${observedType} agree.`,
      reasons: [],
    };
  }
  const ids: DisagreementReasonId[] = [];
  const phi = result.electronicFraction;
  const isNear = phi !== null && Math.abs(phi - result.threshold) <= NEAR_THRESHOLD_BAND;
  const alt = result.alternativeElectronicFraction;
  const altIsType2 = alt !== null && isPercolating(alt, result.threshold);
  if (predicted === 1) {
    ids.push('window-source', 'unconsidered-products', 'dopant-effects');
    if (observedType === 2) ids.push('electrolyte-electronic-conductivity');
  } else if (observedType === 1) {
    ids.push('kinetic-stabilisation', 'window-source');
  } else if (predicted === 2) {
    // Observed 3: the predicted conductor did not form a connected network.
    ids.push('kinetic-stabilisation', 'non-equilibrium-interphase', 'dopant-effects');
    if (alt !== null && !altIsType2) ids.push('semiconductor-treatment');
    if (isNear) ids.push('threshold-choice');
  } else {
    // Predicted 3, observed 2: electrons found a path the volume-fraction estimate did not.
    ids.push('non-random-microstructure');
    if (alt !== null && altIsType2) ids.push('semiconductor-treatment');
    ids.push(
      'unconsidered-products',
      'non-equilibrium-interphase',
      'electrolyte-electronic-conductivity',
      'dopant-effects',
    );
    if (isNear) ids.push('threshold-choice');
  }
  const reasons = ids.map((id) => ({ id, text: reasonText(id, result) }));
  const basis = phi !== null ? ` (φ_e = ${fmtFraction(phi)} vs threshold ${fmt(result.threshold)})` : '';
  return {
    agrees: false,
    status: 'disagrees',
    explanation: `Predicted type ${predicted}${basis}, observed type ${observedType}. Likely reasons: ${reasons
      .map((r) => r.text)
      .join(' ')}`,
    reasons,
  };
}
