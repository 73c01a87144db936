/**
 * Comparison of a classifier verdict with the interface type observed in experiment, with the usual
 * reasons for a disagreement. The defaults are never tuned to force agreement: a disagreement is shown
 * and explained.
 */
import { NEAR_THRESHOLD_BAND } from './constants';
import { isPercolating } from './percolation';
import { basisSentence, fmt, fmtFraction } from './trace';
import type { ClassifierResult } from './types';

export type DisagreementReasonId =
  | 'kinetic-stabilisation'
  | 'unconsidered-products'
  | 'non-equilibrium-interphase'
  | 'dopant-effects'
  | 'electrolyte-electronic-conductivity'
  | 'non-random-microstructure'
  | 'semiconductor-treatment'
  | 'threshold-choice'
  | 'window-source'
  | 'kinetic-threshold'
  | 'framework-reduction';

export interface DisagreementReason {
  id: DisagreementReasonId;
  text: string;
  /** Knowledge-base reference ids behind the reason (a view shows those the KB holds). */
  refs: readonly string[];
}

/** The papers each reason rests on (reference ids of data/references.json). */
export const REASON_REFS: Readonly<Record<DisagreementReasonId, readonly string[]>> = {
  'kinetic-stabilisation': ['ma-2016'],
  'unconsidered-products': ['zhu-2015', 'richards-2016'],
  'non-equilibrium-interphase': ['lewis-2019'],
  'dopant-effects': [],
  'electrolyte-electronic-conductivity': ['han-2019'],
  'non-random-microstructure': [],
  'semiconductor-treatment': [],
  'threshold-choice': [],
  'window-source': ['zhu-2015', 'richards-2016'],
  'kinetic-threshold': ['hautier-2012', 'zhu-2015'],
  'framework-reduction': ['hartmann-2013', 'wenzel-2016a'],
};

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
      return `The window comes from one source (${result.windowLabel ?? 'unknown'}); other calculations and experiments place the limits differently, and near a limit the choice decides.${
        result.notices.some((n) => n.id === 'borrowed-reaction')
          ? ' Here the products also come from another calculation than the window.'
          : ''
      }`;
    case 'kinetic-threshold': {
      const g = result.drivingForceEVPerAtom;
      return `The verdict rests on the small driving force (${g !== null ? fmt(g, 3) : '?'} eV/atom, at or below the kinetic threshold ${fmt(result.kineticThresholdEVPerAtom, 3)} eV/atom). A computed energy this small is within the error of the calculation (about 0.024 eV/atom, Hautier et al. 2012), so the reaction may well proceed; lower the kinetic threshold to see the verdict from the products alone.`;
    }
    case 'framework-reduction':
      return 'The verdict rests on the reduction of a framework cation seen in another experiment; a sample with another composition, a protective layer or less Li supplied may not reduce it, and the interphase then stays insulating.';
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
      explanation: `Predicted type ${predicted} and observed type ${observedType} agree.${
        result.basis && result.basis !== 'percolation' ? ` ${basisSentence(result)}` : ''
      }`,
      reasons: [],
    };
  }
  const ids: DisagreementReasonId[] = [];
  const phi = result.electronicFraction;
  const isNear = phi !== null && Math.abs(phi - result.threshold) <= NEAR_THRESHOLD_BAND;
  const alt = result.alternativeElectronicFraction;
  const altIsType2 = alt !== null && isPercolating(alt, result.threshold);
  if (result.basis === 'kinetic-stabilisation') ids.push('kinetic-threshold');
  if (result.basis === 'framework-reduction' && observedType === 3) ids.push('framework-reduction');
  // The user counted semiconductors as conductors and that alone made the interphase percolate.
  if (result.countSemiconductorsAsConductors && result.basis === 'percolation' && alt !== null && !altIsType2)
    ids.push('semiconductor-treatment');
  if (predicted === 1) {
    ids.push('window-source', 'unconsidered-products', 'dopant-effects');
    if (observedType === 2) ids.push('electrolyte-electronic-conductivity');
  } else if (observedType === 1) {
    ids.push('kinetic-stabilisation', 'window-source');
  } else if (predicted === 2) {
    // Observed 3: the predicted conductor did not form a connected network.
    ids.push('kinetic-stabilisation', 'non-equilibrium-interphase', 'dopant-effects');
    if (alt !== null && !altIsType2 && !ids.includes('semiconductor-treatment'))
      ids.push('semiconductor-treatment');
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
  const reasons = ids.map((id) => ({ id, text: reasonText(id, result), refs: REASON_REFS[id] }));
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
