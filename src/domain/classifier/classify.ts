/**
 * Interface classifier: is an electrolyte | electrode interface of type 1, 2 or 3?
 *
 * Models the three interface types of the review (Lewis et al., Trends Chem. 2019, following
 * Wenzel et al. 2015, doi 10.1016/j.ssi.2015.06.001):
 *  - type 1: thermodynamically stable, no interphase;
 *  - type 2: reactive, the interphase is a mixed ionic-electronic conductor (MIEC) and keeps growing;
 *  - type 3: reactive, the interphase conducts Li⁺ but not electrons, so it self-limits.
 *
 * Criteria, in order (MODELS.md, section "Interface classifier", gives the basis of each default and
 * the worked examples):
 *  1. The electrode potential inside the window [reductionV, oxidationV] (limits included) → type 1.
 *  2. The reaction's driving force (eV/atom, Zhu 2015 / Richards 2016) at or below the kinetic
 *     threshold → type 3: too little energy to push past a thin passivating layer.
 *  3. Reduction of a framework cation on lithiation (Ti⁴⁺ → Ti³⁺, Ge⁴⁺ → Ge⁰), seen by XPS → type 2:
 *     the electrolyte itself becomes a mixed conductor.
 *  4. φ_e = Σ_conductors n_i·V_i / Σ_all n_i·V_i against the percolation threshold (default 0.16,
 *     Scher & Zallen, doi 10.1063/1.1674565): above → type 2, at or below → type 3.
 *
 * The classifier never guesses: a missing number makes the verdict "undetermined" and names what is
 * missing. It returns a `ModelResult`: an impossible input gives `{ ok: false, error }` naming it.
 * No input is mutated.
 */
import { fail, type ModelResult, ok } from '../models/result';
import { windowSourceName } from '../window-sources';
import {
  DEFAULT_FRACTURE_EXPANSION,
  DEFAULT_KINETIC_THRESHOLD_EV_PER_ATOM,
  DEFAULT_PERCOLATION_THRESHOLD,
  NEAR_THRESHOLD_BAND,
} from './constants';
import { isPercolating, percolationThresholdError } from './percolation';
import {
  alternativeFraction,
  boundedFractionStep,
  drivingForceStep,
  exactFractionStep,
  fractionBounds,
  frameworkStep,
  inputError,
  potentialStep,
  productsStep,
  sideStep,
  volumeBalance,
  windowStep,
} from './steps';
import { consequenceOf, describeNotice, describeStep, emptyConsequence, volumeText } from './trace';
import type {
  ClassificationStep,
  ClassifierInput,
  ClassifierNotice,
  ClassifierOptions,
  ClassifierResult,
  InterfaceConsequence,
  InterfaceSide,
  VerdictBasis,
} from './types';

/** The message explaining why the options are rejected, or null when they are valid. */
export function optionsError(options: ClassifierOptions): string | null {
  const threshold = options.percolationThreshold ?? DEFAULT_PERCOLATION_THRESHOLD;
  const thresholdError = percolationThresholdError(threshold);
  if (thresholdError) return thresholdError;
  const fracture = options.fractureExpansionThreshold ?? DEFAULT_FRACTURE_EXPANSION;
  if (!Number.isFinite(fracture) || fracture < 0) {
    return `fracture expansion threshold must be a non-negative number; got ${fracture}`;
  }
  const kinetic = options.kineticThresholdEVPerAtom ?? DEFAULT_KINETIC_THRESHOLD_EV_PER_ATOM;
  if (!Number.isFinite(kinetic) || kinetic < 0) {
    return `kinetic threshold must be a non-negative number of eV/atom; got ${kinetic}`;
  }
  return null;
}

/**
 * Classifies an electrolyte | electrode interface as type 1, 2 or 3, or "undetermined" with the list
 * of what is missing. Fails (never throws) for a threshold outside its range and for impossible
 * numbers (non-finite potential, reduction limit ≥ oxidation limit, non-positive moles or molar
 * volume, negative driving force).
 */
export function classifyInterface(
  input: ClassifierInput,
  options: ClassifierOptions = {},
): ModelResult<ClassifierResult> {
  const error = optionsError(options) ?? inputError(input);
  if (error) return fail(error);
  const threshold = options.percolationThreshold ?? DEFAULT_PERCOLATION_THRESHOLD;
  const fractureThreshold = options.fractureExpansionThreshold ?? DEFAULT_FRACTURE_EXPANSION;
  const kineticThreshold = options.kineticThresholdEVPerAtom ?? DEFAULT_KINETIC_THRESHOLD_EV_PER_ATOM;
  const countSemis = options.countSemiconductorsAsConductors ?? false;

  const electrolyte = input.electrolyteName ?? 'the electrolyte';
  const electrode = input.electrodeName ?? 'Electrode';
  const steps: ClassificationStep[] = [];
  const notices: ClassifierNotice[] = (input.notes ?? []).map((text) => ({ id: 'input-note', text }));
  const windowLabel = input.window ? (input.window.label ?? input.window.source) : null;

  const finish = (
    fields: Pick<ClassifierResult, 'verdict' | 'basis' | 'side' | 'consequence'> & Partial<ClassifierResult>,
  ): ClassifierResult => {
    const result: ClassifierResult = {
      electronicFraction: null,
      alternativeElectronicFraction: null,
      electronicFractionBounds: null,
      drivingForceEVPerAtom: null,
      missing: [],
      unknowns: [],
      products: [],
      ...fields,
      steps,
      trace: steps.map(describeStep),
      threshold,
      countSemiconductorsAsConductors: countSemis,
      kineticThresholdEVPerAtom: kineticThreshold,
      notices,
      warnings: notices.map(describeNotice),
      electrolyteElectronicConductivitySCm: input.electrolyteElectronicConductivitySCm ?? null,
      windowLabel,
    };
    return result;
  };
  const undetermined = (
    side: InterfaceSide | null,
    missing: string[],
    extra: Partial<ClassifierResult> = {},
  ): ModelResult<ClassifierResult> => {
    steps.push({ id: 'verdict', verdict: 'undetermined', missing, basis: null });
    return ok(
      finish({
        verdict: 'undetermined',
        basis: null,
        side,
        consequence: emptyConsequence(fractureThreshold, 'undetermined'),
        missing,
        ...extra,
      }),
    );
  };

  // Steps 1–2: potential and window.
  const potential = input.electrodePotentialV;
  steps.push(potentialStep(input, electrode), windowStep(input, electrolyte));
  const missing: string[] = [];
  if (potential === null) missing.push('electrode potential');
  const window = input.window;
  if (!window) {
    const requested = input.requestedWindowSource;
    missing.push(requested ? `stability window from ${windowSourceName(requested)}` : 'stability window');
  }
  if (potential === null || !window) return undetermined(null, missing);

  // Step 3: which side of the window.
  const sideResult = sideStep(potential, window, electrode, electrolyte);
  steps.push(sideResult);
  const side = sideResult.side;
  if (side === 'stable') {
    steps.push({ id: 'verdict', verdict: 1, missing: [], basis: 'window' });
    return ok(
      finish({
        verdict: 1,
        basis: 'window',
        side,
        consequence: emptyConsequence(fractureThreshold, 'stable'),
      }),
    );
  }

  // Step 4: the products of that side.
  const isReduction = side === 'reduction';
  const reaction = (isReduction ? input.reductionReaction : input.oxidationReaction) ?? null;
  const products = productsStep(
    isReduction ? input.reductionProducts : input.oxidationProducts,
    side,
    reaction,
    electrolyte,
    countSemis,
  );
  steps.push(products.step);
  if (
    !products.step.isMissing &&
    reaction?.atPotentialV != null &&
    Math.abs(reaction.atPotentialV - potential) > 0.01
  ) {
    notices.push({
      id: 'products-potential',
      side,
      atPotentialV: reaction.atPotentialV,
      potentialV: potential,
    });
  }
  if (!products.step.isMissing && reaction?.isFromWindowSource === false) {
    notices.push({
      id: 'borrowed-reaction',
      side,
      windowLabel: windowLabel ?? window.source,
      refs: reaction.refs ?? [],
    });
  }
  const shares = [...products.step.shares];
  const total = products.step.totalVolumeCm3;
  const balance = total !== null ? volumeBalance(input, side, total, fractureThreshold, reaction) : null;

  // Steps 5–6: the driving force, then framework reduction (reduction side only).
  const force = drivingForceStep(reaction, kineticThreshold, electrolyte);
  if (force.drivingForceEVPerAtom !== null) steps.push(force);
  const framework = isReduction && !force.isKineticallyLimited ? frameworkStep(input, electrolyte) : null;
  if (framework) steps.push(framework);
  const decidedBy: VerdictBasis | null = force.isKineticallyLimited
    ? 'kinetic-stabilisation'
    : framework
      ? 'framework-reduction'
      : null;

  if (products.step.isMissing && decidedBy === null) return undetermined(side, products.gaps);

  const decide = (
    percolates: boolean,
    basis: VerdictBasis,
    extra: Partial<ClassifierResult>,
  ): ModelResult<ClassifierResult> => {
    steps.push({ id: 'verdict', verdict: percolates ? 2 : 3, missing: [], basis });
    if (balance && balance.expansionVsElectrolyte !== null) {
      steps.push({ id: 'volume', balance, percolates, electrolyte });
    }
    const consequence: InterfaceConsequence = consequenceOf(
      balance,
      products.step.unsized,
      electrolyte,
      fractureThreshold,
      percolates,
    );
    return ok(
      finish({
        verdict: percolates ? 2 : 3,
        basis,
        side,
        consequence,
        products: shares,
        drivingForceEVPerAtom: force.drivingForceEVPerAtom,
        ...extra,
      }),
    );
  };

  // Step 7: the conducting fraction (always computed when it can be, so a view can show it).
  if (products.gaps.length > 0) {
    if (products.step.isMissing)
      return decide(decidedBy === 'framework-reduction', decidedBy ?? 'percolation', {});
    const bounded = boundedFractionStep(products.items, threshold, countSemis, products.gaps);
    steps.push(bounded);
    if (decidedBy === null && bounded.decision === 'undetermined') {
      steps.push({ id: 'verdict', verdict: 'undetermined', missing: products.gaps, basis: null });
      return ok(
        finish({
          verdict: 'undetermined',
          basis: null,
          side,
          consequence: undeterminedConsequence(
            balance,
            products.step.unsized,
            electrolyte,
            fractureThreshold,
          ),
          missing: [...products.gaps],
          products: shares,
          electronicFractionBounds: bounded.bounds,
          drivingForceEVPerAtom: force.drivingForceEVPerAtom,
        }),
      );
    }
    if (shares.some((s) => s.electronic === 'semiconductor')) {
      const other = fractionBounds(products.items, !countSemis);
      const otherDecision = isPercolating(other.min, threshold)
        ? 2
        : !isPercolating(other.max, threshold)
          ? 3
          : 'undetermined';
      if (decidedBy === null && otherDecision !== bounded.decision) {
        notices.push({ id: 'bounded-semiconductor-flip', countSemis, other: otherDecision });
      }
    }
    notices.push({ id: 'bounded-holds', unknowns: products.gaps });
    const percolates = decidedBy ? decidedBy === 'framework-reduction' : bounded.decision === 2;
    return decide(percolates, decidedBy ?? 'percolation-bounds', {
      electronicFractionBounds: bounded.bounds,
      unknowns: [...products.gaps],
    });
  }

  const fraction = exactFractionStep(shares, threshold);
  steps.push(fraction);
  const phi = fraction.electronicFraction;
  const alternative = alternativeFraction(shares, countSemis);
  if (alternative !== null) {
    const altPercolates = isPercolating(alternative, threshold);
    notices.push({
      id: 'semiconductors',
      names: shares.filter((s) => s.electronic === 'semiconductor').map((s) => s.name),
      countSemis,
      alternative,
      flips: decidedBy === null && altPercolates !== fraction.percolates,
      alternativeVerdict: altPercolates ? 2 : 3,
    });
  }
  if (
    decidedBy === null &&
    Math.abs(phi - threshold) <= NEAR_THRESHOLD_BAND &&
    threshold > 0 &&
    threshold < 1
  ) {
    notices.push({ id: 'near-threshold', electronicFraction: phi, threshold, band: NEAR_THRESHOLD_BAND });
  }
  const percolates = decidedBy ? decidedBy === 'framework-reduction' : fraction.percolates;
  if (decidedBy && fraction.percolates !== percolates) {
    notices.push({ id: 'percolation-overruled', electronicFraction: phi, threshold, basis: decidedBy });
  }
  return decide(percolates, decidedBy ?? 'percolation', {
    electronicFraction: phi,
    alternativeElectronicFraction: alternative,
  });
}

/** Consequence of an undetermined verdict that still has a volume balance to show. */
function undeterminedConsequence(
  balance: ReturnType<typeof volumeBalance> | null,
  unsized: readonly string[],
  electrolyte: string,
  fractureThreshold: number,
): InterfaceConsequence {
  const base = consequenceOf(balance, unsized, electrolyte, fractureThreshold, false);
  return {
    ...base,
    growth: null,
    impedanceTrend: null,
    summary: balance ? volumeText(balance, electrolyte) : base.summary.replace(/^Self-limiting[^.]*\. /, ''),
  };
}
