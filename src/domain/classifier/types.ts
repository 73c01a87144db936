/**
 * Types of the interface classifier: its input (numbers and ids, from the knowledge base or entered
 * by a user), its options, the structured steps it takes and the result a view shows.
 *
 * Units: potentials in V vs Li/Li+, molar volumes in cm³/mol (per formula unit), amounts in mol per
 * formula unit of electrolyte, conductivities in S/cm, energies in eV/atom, fractions dimensionless.
 */
import type { Electronic } from '../../kb/schema';

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
  /** Reaction (decomposition) energy, eV/atom, as a positive driving force; null when unknown. */
  drivingForceEVPerAtom?: number | null;
  /** Source ids of the driving force. */
  drivingForceRefs?: readonly string[];
  /** Source ids of the reaction (the calculation its products come from). */
  refs?: readonly string[];
  /**
   * False when the products come from another calculation than the window (none of the window's
   * source lists them); the trace then says which it borrows.
   */
  isFromWindowSource?: boolean;
}

/**
 * A framework cation of the electrolyte that is reduced when Li enters it (Ti⁴⁺ → Ti³⁺ in LATP),
 * making the electrolyte itself a mixed conductor before any equilibrium product forms.
 */
export interface ReducibleCationInput {
  /** "Ti⁴⁺ → Ti³⁺". */
  couple: string;
  /** How it was seen ("in situ XPS"). */
  evidence: string;
  refs: readonly string[];
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
  /** Framework cations reduced on lithiation (reduction side only); none when absent. */
  reducibleCations?: readonly ReducibleCationInput[];
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
  /**
   * Driving force (eV/atom) at or below which a reaction is treated as kinetically stabilised
   * (a thin passivating layer, type 3); ≥ 0. Default 0.05 (see MODELS.md).
   */
  kineticThresholdEVPerAtom?: number;
}

export type InterfaceVerdict = 1 | 2 | 3 | 'undetermined';
export type InterfaceSide = 'stable' | 'reduction' | 'oxidation';
export type TraceStepId =
  | 'potential'
  | 'window'
  | 'side'
  | 'driving-force'
  | 'framework'
  | 'products'
  | 'fraction'
  | 'verdict'
  | 'volume';
export type TraceOutcome = 'pass' | 'fail' | 'info';

export interface TraceNumber {
  value: number;
  unit: string;
}

/** One readable step of the classification, for a view to list (written by trace.ts). */
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

/** Volume bookkeeping of a reaction, as numbers (the text is written by trace.ts). */
export interface VolumeBalance {
  side: 'reduction' | 'oxidation';
  productVolumeCm3: number;
  /** null when the electrolyte's molar volume is unknown. */
  electrolyteMolarVolumeCm3: number | null;
  expansionVsElectrolyte: number | null;
  lithiumMoles: number | null;
  netVolumeChangeWithLithium: number | null;
  fractureRisk: boolean | null;
  fractureExpansionThreshold: number;
}

/**
 * The structured steps of one classification: ids and numbers only. trace.ts turns them into the
 * readable trace; tests and other views can read them directly.
 */
export type ClassificationStep =
  | { id: 'potential'; electrode: string; potentialV: number | null; basis: string | null }
  | {
      id: 'window';
      electrolyte: string;
      window: WindowInput | null;
      requestedSource: string | null;
      availableSources: readonly string[];
    }
  | {
      id: 'side';
      electrode: string;
      electrolyte: string;
      side: InterfaceSide;
      potentialV: number;
      window: WindowInput;
      isOnLimit: boolean;
    }
  | {
      id: 'driving-force';
      electrolyte: string;
      /** eV/atom; null when the source gives none. */
      drivingForceEVPerAtom: number | null;
      thresholdEVPerAtom: number;
      /** Small enough to be kinetically stabilised. */
      isKineticallyLimited: boolean;
      refs: readonly string[];
    }
  | {
      id: 'framework';
      electrolyte: string;
      cations: readonly ReducibleCationInput[];
    }
  | {
      id: 'products';
      electrolyte: string;
      side: 'reduction' | 'oxidation';
      equation: string | null;
      /** Empty when no products are known (`isMissing`). */
      shares: readonly ProductShare[];
      totalVolumeCm3: number | null;
      unsized: readonly string[];
      isMissing: boolean;
    }
  | {
      id: 'fraction';
      kind: 'exact';
      electronicFraction: number;
      threshold: number;
      conductors: readonly string[];
      percolates: boolean;
    }
  | {
      id: 'fraction';
      kind: 'bounded';
      bounds: { min: number; max: number };
      threshold: number;
      unknowns: readonly string[];
      decision: 2 | 3 | 'undetermined';
    }
  | { id: 'verdict'; verdict: InterfaceVerdict; missing: readonly string[]; basis: VerdictBasis | null }
  | { id: 'volume'; balance: VolumeBalance; percolates: boolean; electrolyte: string };

/** Which criterion decided the verdict. */
export type VerdictBasis =
  | 'window'
  | 'kinetic-stabilisation'
  | 'framework-reduction'
  | 'percolation'
  | 'percolation-bounds';

/** A structured warning; trace.ts writes its sentence. */
export type ClassifierNotice =
  | { id: 'input-note'; text: string }
  | { id: 'products-potential'; side: 'reduction' | 'oxidation'; atPotentialV: number; potentialV: number }
  | {
      id: 'semiconductors';
      names: readonly string[];
      countSemis: boolean;
      alternative: number;
      flips: boolean;
      alternativeVerdict: 2 | 3;
    }
  | { id: 'bounded-semiconductor-flip'; countSemis: boolean; other: 2 | 3 | 'undetermined' }
  | { id: 'bounded-holds'; unknowns: readonly string[] }
  | { id: 'near-threshold'; electronicFraction: number; threshold: number; band: number }
  | { id: 'percolation-overruled'; electronicFraction: number; threshold: number; basis: VerdictBasis }
  | {
      id: 'borrowed-reaction';
      side: 'reduction' | 'oxidation';
      windowLabel: string;
      refs: readonly string[];
    };

export interface ClassifierResult {
  verdict: InterfaceVerdict;
  /** The criterion that decided the verdict; null when undetermined. */
  basis: VerdictBasis | null;
  side: InterfaceSide | null;
  /** The structured steps, in order. */
  steps: ClassificationStep[];
  /** The same steps written for a reader. */
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
  /** Driving force of the reaction used, eV/atom; null when not given. */
  drivingForceEVPerAtom: number | null;
  kineticThresholdEVPerAtom: number;
  /** What is missing for a verdict, in words ("molar volume of Li15Ge4"); empty when decided. */
  missing: string[];
  /**
   * Inputs that are unknown but cannot change the verdict, because it holds for every value they
   * could take (e.g. the molar volume of a conductor when the known conductors already percolate).
   */
  unknowns: string[];
  notices: ClassifierNotice[];
  warnings: string[];
  products: ProductShare[];
  consequence: InterfaceConsequence;
  /** Echoed from the input, for `compareWithExperiment`. */
  electrolyteElectronicConductivitySCm: number | null;
  windowLabel: string | null;
}
