/**
 * Sensitivity of the verdicts against Li metal: for each electrolyte, the two numbers the criteria
 * compare with thresholds (the driving force ΔE in eV/atom against the kinetic threshold, the
 * conducting volume fraction φ_e against the percolation threshold), whether a framework cation is
 * reduced, the verdict, the criterion that decided it, the observed type, and how far each number
 * sits from its threshold. A view plots and tabulates these; nothing here is tuned to the observations.
 */
import type { Electrode, Electrolyte, Phase, WindowSource } from '../../kb/schema';
import { shortName } from '../materials';
import { compareWithExperiment, type ExperimentComparison } from './experiment';
import { classifyAgainstElectrode, type TechniqueNames } from './kb-adapter';
import type { ClassifierOptions, InterfaceVerdict, VerdictBasis } from './types';

/** One electrolyte's position against the thresholds. */
export interface SensitivityRow {
  id: string;
  shortName: string;
  observed: 1 | 2 | 3 | null;
  /** The verdict, or null when the classifier failed (the message is in `error`). */
  predicted: InterfaceVerdict | null;
  basis: VerdictBasis | null;
  /** Driving force, eV/atom; null when the KB has none for the reaction used. */
  drivingForceEVPerAtom: number | null;
  /** φ_e under the options used; for bounded results, the lower bound (see `isFractionBound`). */
  electronicFraction: number | null;
  /** True when `electronicFraction` is only the lower bound of a range. */
  isFractionBound: boolean;
  /** The upper bound of that range; null when φ_e is exact or unknown. */
  electronicFractionMax: number | null;
  /** φ_e with semiconductors treated the other way; null when there are none. */
  alternativeElectronicFraction: number | null;
  /** The framework couples reduced on lithiation ("Ti⁴⁺ → Ti³⁺"); empty when none. */
  reducedCouples: string[];
  /** ΔE − threshold, eV/atom (negative: kinetically limited); null without ΔE. */
  kineticMargin: number | null;
  /** φ_e − threshold (positive: percolates); null without φ_e. */
  percolationMargin: number | null;
  comparison: ExperimentComparison | null;
  /** What an undetermined verdict lacks, in words; empty otherwise. */
  missing: string[];
  error: string | null;
}

/** The thresholds the rows were computed with. */
export interface SensitivityThresholds {
  percolation: number;
  kineticEVPerAtom: number;
}

/**
 * One row per electrolyte against Li metal with the options given; the electrolytes the caller
 * passes are all kept (the view marks those with an observed type).
 */
export function sensitivityRows(
  electrolytes: readonly Electrolyte[],
  lithium: Electrode,
  source: WindowSource,
  phases: ReadonlyMap<string, Phase>,
  options: ClassifierOptions,
  techniques: TechniqueNames = new Map(),
): SensitivityRow[] {
  return electrolytes.map((e) => {
    const observed = e.interfaceWithLi?.type ?? null;
    const outcome = classifyAgainstElectrode(
      e,
      lithium,
      source,
      phases,
      options,
      { electrolyte: shortName(e) },
      techniques,
    );
    const base = {
      id: e.id,
      shortName: shortName(e),
      observed,
      reducedCouples: (e.reducibleCations ?? []).map((c) => c.couple),
    };
    if (!outcome.ok) {
      return {
        ...base,
        predicted: null,
        basis: null,
        drivingForceEVPerAtom: null,
        electronicFraction: null,
        isFractionBound: false,
        electronicFractionMax: null,
        alternativeElectronicFraction: null,
        kineticMargin: null,
        percolationMargin: null,
        comparison: null,
        missing: [],
        error: outcome.error,
      };
    }
    const r = outcome.value;
    const phi = r.electronicFraction ?? r.electronicFractionBounds?.min ?? null;
    const g = r.drivingForceEVPerAtom;
    return {
      ...base,
      predicted: r.verdict,
      basis: r.basis,
      drivingForceEVPerAtom: g,
      electronicFraction: phi,
      isFractionBound: r.electronicFraction === null && phi !== null,
      electronicFractionMax: r.electronicFraction === null ? (r.electronicFractionBounds?.max ?? null) : null,
      alternativeElectronicFraction: r.alternativeElectronicFraction,
      kineticMargin: g !== null ? g - r.kineticThresholdEVPerAtom : null,
      percolationMargin: phi !== null ? phi - r.threshold : null,
      comparison: compareWithExperiment(r, observed ?? undefined),
      missing: [...r.missing],
      error: null,
    };
  });
}

/**
 * What would change a row's verdict, in words: which threshold it would have to cross, or that the
 * verdict rests on evidence no threshold moves (framework reduction, the window).
 */
export function whatWouldChange(row: SensitivityRow, t: SensitivityThresholds): string {
  const g = row.drivingForceEVPerAtom;
  const phi = row.electronicFraction;
  switch (row.basis) {
    case 'kinetic-stabilisation':
      return `Type 3 while the kinetic threshold stays at or above ${fmt(g)} eV/atom (now ${fmt(t.kineticEVPerAtom)}).`;
    case 'framework-reduction':
      return `Type 2 from the observed reduction of ${row.reducedCouples.join(', ')}; no threshold changes it (only a kinetic threshold above ${fmt(g)} eV/atom would).`;
    case 'percolation':
    case 'percolation-bounds':
      if (phi === null) return 'No conducting fraction.';
      return phi > t.percolation
        ? `Type 2 while the percolation threshold stays below ${fmt(phi)}${row.isFractionBound ? ' (lower bound)' : ''}.`
        : `Type 3 while the percolation threshold stays at or above ${fmt(phi)}${g !== null ? ` and the kinetic threshold below ${fmt(g)} eV/atom` : ''}.`;
    case 'window':
      return 'Type 1: the electrode lies inside the window; no threshold applies.';
    default:
      return row.error ?? `Undetermined: missing ${row.missing.join(', ')}.`;
  }
}

const fmt = (v: number | null) => (v === null ? '?' : String(Number(v.toPrecision(3))));
