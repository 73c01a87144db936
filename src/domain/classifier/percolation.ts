/**
 * The maths of the interface classifier: the side of the window, product volumes, the electronically
 * conducting volume fraction φ_e against a percolation threshold, bounds on φ_e when inputs are
 * unknown, and the volume change of the reaction. Pure functions of numbers; see MODELS.md
 * (section "Interface classifier") for the formulas and worked examples.
 *
 * Units: potentials in V vs Li/Li+, volumes in cm³ (per formula unit of electrolyte), molar volumes
 * in cm³/mol, fractions dimensionless.
 */
import { LITHIUM_MOLAR_VOLUME_CM3_PER_MOL } from '../models/mechanics';
import type { InterfaceSide, WindowInput } from './types';

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
  lithiumMolarVolumeCm3 = LITHIUM_MOLAR_VOLUME_CM3_PER_MOL,
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
