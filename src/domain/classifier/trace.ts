/**
 * The readable trace of a classification: English sentences written from the structured steps and
 * notices of steps.ts. Nothing here decides anything; change a sentence here without touching the
 * physics.
 */
import { LITHIUM_MOLAR_VOLUME_CM3_PER_MOL } from '../models/mechanics';
import { windowSourceName } from '../window-sources';
import type {
  ClassificationStep,
  ClassifierNotice,
  InterfaceConsequence,
  TraceNumber,
  TraceStep,
  VerdictBasis,
  VolumeBalance,
} from './types';

const POTENTIAL_UNIT = 'V vs Li/Li+';

/** Potential for text: "1.71 V". */
export const fmtV = (v: number) => `${v.toFixed(2)} V`;
/** A number for text, at most `digits` significant figures. */
export const fmt = (v: number, digits = 5) => String(Number(v.toPrecision(digits)));
/** A volume fraction for text: "0.104". */
export const fmtFraction = (v: number) => v.toFixed(3);
const fmtPercent = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v * 100).toFixed(0)} %`;
const fmtEnergy = (v: number) => `${fmt(v, 3)} eV/atom`;

const VERDICT_TEXT: Record<1 | 2 | 3, string> = {
  1: 'Type 1: thermodynamically stable, no interphase forms.',
  2: 'Type 2: the interphase is a mixed ionic-electronic conductor (MIEC); electrons reach the reaction front, so it keeps growing.',
  3: 'Type 3: the interphase conducts Li⁺ but not electrons; the reaction starves of electrons and the interphase self-limits.',
};

const BASIS_TEXT: Record<VerdictBasis, string> = {
  window: 'decided by the stability window',
  'kinetic-stabilisation': 'decided by the small driving force: kinetic stabilisation',
  'framework-reduction': 'decided by the reduction of a framework cation',
  percolation: 'decided by the conducting volume fraction',
  'percolation-bounds': 'decided by the bounds on the conducting volume fraction',
};

function windowLabelOf(w: { label?: string; source: string }): string {
  return w.label ?? w.source;
}

/** The trace entry of one structured step. */
export function describeStep(step: ClassificationStep): TraceStep {
  switch (step.id) {
    case 'potential': {
      const note = step.basis ? ` (${step.basis})` : '';
      return step.potentialV === null
        ? {
            id: 'potential',
            title: 'Electrode potential',
            detail: `${step.electrode}: no potential known.`,
            numbers: {},
            outcome: 'fail',
          }
        : {
            id: 'potential',
            title: 'Electrode potential',
            detail: `${step.electrode} at ${fmtV(step.potentialV)} vs Li/Li+${note}.`,
            numbers: { electrodePotential: { value: step.potentialV, unit: POTENTIAL_UNIT } },
            outcome: 'info',
          };
    }
    case 'window': {
      const w = step.window;
      if (!w) {
        const requested = step.requestedSource ? windowSourceName(step.requestedSource) : null;
        const available = step.availableSources.map(windowSourceName);
        const availableText =
          available.length > 0 ? ` Available sources: ${available.join(', ')}.` : ' No source gives one.';
        return {
          id: 'window',
          title: 'Stability window',
          detail: `No stability window${requested ? ` from ${requested}` : ''} for ${step.electrolyte}; windows from different sources are never substituted.${availableText}`,
          numbers: {},
          outcome: 'fail',
        };
      }
      return {
        id: 'window',
        title: 'Stability window',
        detail: `${step.electrolyte} is stable from ${fmtV(w.reductionV)} to ${fmtV(w.oxidationV)} vs Li/Li+ (${windowLabelOf(w)}).`,
        numbers: {
          reductionLimit: { value: w.reductionV, unit: POTENTIAL_UNIT },
          oxidationLimit: { value: w.oxidationV, unit: POTENTIAL_UNIT },
        },
        outcome: 'info',
      };
    }
    case 'side': {
      const { window: w, potentialV: e } = step;
      const label = windowLabelOf(w);
      const numbers = {
        electrodePotential: { value: e, unit: POTENTIAL_UNIT },
        reductionLimit: { value: w.reductionV, unit: POTENTIAL_UNIT },
        oxidationLimit: { value: w.oxidationV, unit: POTENTIAL_UNIT },
      };
      if (step.side === 'stable') {
        return {
          id: 'side',
          title: 'Potential vs window',
          detail: `${step.electrode} at ${fmtV(e)} lies inside the window ${fmtV(w.reductionV)}–${fmtV(w.oxidationV)} (${label}): no driving force to decompose ${step.electrolyte}.${
            step.isOnLimit
              ? ' The potential sits exactly on a limit, where the reaction free energy is zero: counted as stable (limits are inclusive).'
              : ''
          }`,
          numbers,
          outcome: 'pass',
        };
      }
      return {
        id: 'side',
        title: 'Potential vs window',
        detail:
          step.side === 'reduction'
            ? `${step.electrode} at ${fmtV(e)} is below the reduction limit ${fmtV(w.reductionV)} (${label}): ${step.electrolyte} is reduced.`
            : `${step.electrode} at ${fmtV(e)} is above the oxidation limit ${fmtV(w.oxidationV)} (${label}): ${step.electrolyte} is oxidised.`,
        numbers,
        outcome: 'fail',
      };
    }
    case 'driving-force': {
      const g = step.drivingForceEVPerAtom;
      if (g === null) {
        return {
          id: 'driving-force',
          title: 'Driving force',
          detail: `No reaction energy recorded for this reaction of ${step.electrolyte}; kinetic stabilisation cannot be judged, so the next criteria decide.`,
          numbers: { kineticThreshold: { value: step.thresholdEVPerAtom, unit: 'eV/atom' } },
          outcome: 'info',
        };
      }
      return {
        id: 'driving-force',
        title: 'Driving force',
        detail: step.isKineticallyLimited
          ? `The reaction releases only ${fmtEnergy(g)}, at or below ${fmtEnergy(step.thresholdEVPerAtom)} (about twice the error of computed reaction energies): the reaction is slow and a thin passivating layer can stop it before the equilibrium products form.`
          : `The reaction releases ${fmtEnergy(g)}, above ${fmtEnergy(step.thresholdEVPerAtom)}: a real driving force, so the reaction proceeds toward its products.`,
        numbers: {
          drivingForce: { value: g, unit: 'eV/atom' },
          kineticThreshold: { value: step.thresholdEVPerAtom, unit: 'eV/atom' },
        },
        outcome: step.isKineticallyLimited ? 'pass' : 'fail',
      };
    }
    case 'framework':
      return {
        id: 'framework',
        title: 'Framework reduction',
        detail: `Li entering ${step.electrolyte} reduces its framework cation (${step.cations
          .map((c) => `${c.couple}, seen by ${c.evidence}`)
          .join(
            '; ',
          )}): the lithiated electrolyte itself conducts electrons, so the interphase is a mixed conductor whatever its final products.`,
        numbers: {},
        outcome: 'fail',
      };
    case 'products':
      return describeProducts(step);
    case 'fraction':
      return describeFraction(step);
    case 'verdict':
      return {
        id: 'verdict',
        title: 'Verdict',
        detail:
          step.verdict === 'undetermined'
            ? `Undetermined: missing ${step.missing.join(', ')}. The classifier does not guess.`
            : `${VERDICT_TEXT[step.verdict]}${step.basis && step.basis !== 'window' && step.basis !== 'percolation' ? ` (${BASIS_TEXT[step.basis]}.)` : ''}`,
        numbers: {},
        outcome: step.verdict === 'undetermined' ? 'info' : step.verdict === 2 ? 'fail' : 'pass',
      };
    case 'volume': {
      const text = `${volumeText(step.balance, step.electrolyte)}${fractureText(step.balance, step.percolates)}`;
      const b = step.balance;
      return {
        id: 'volume',
        title: 'Volume change',
        detail: text,
        numbers: {
          productVolume: { value: b.productVolumeCm3, unit: 'cm³' },
          expansionVsElectrolyte: { value: b.expansionVsElectrolyte ?? 0, unit: '1' },
          ...(b.netVolumeChangeWithLithium !== null
            ? { netVolumeChangeWithLithium: { value: b.netVolumeChangeWithLithium, unit: '1' } }
            : {}),
        },
        outcome: b.fractureRisk ? 'fail' : 'info',
      };
    }
  }
}

function describeProducts(step: Extract<ClassificationStep, { id: 'products' }>): TraceStep {
  if (step.isMissing) {
    return {
      id: 'products',
      title: 'Interphase products',
      detail: `No predicted ${step.side} products for ${step.electrolyte}.`,
      numbers: {},
      outcome: 'fail',
    };
  }
  const numbers: Record<string, TraceNumber> = {};
  if (step.totalVolumeCm3 !== null) numbers.totalVolume = { value: step.totalVolumeCm3, unit: 'cm³' };
  for (const s of step.shares) {
    if (s.volumeCm3 !== null) numbers[`${s.name} volume`] = { value: s.volumeCm3, unit: 'cm³' };
    if (s.volumeFraction !== null) numbers[`${s.name} fraction`] = { value: s.volumeFraction, unit: '1' };
  }
  const equation = step.equation ? `${step.equation}. ` : '';
  const list = step.shares
    .map((s) => {
      const sigma = s.ionicConductivitySCm !== null ? `, σ_ion ${fmt(s.ionicConductivitySCm, 2)} S/cm` : '';
      if (s.molarVolumeCm3 === null || s.volumeCm3 === null)
        return `${s.name} ${fmt(s.moles)} mol × ? cm³/mol (${s.electronic}${sigma})`;
      const share = s.volumeFraction !== null ? `${fmtFraction(s.volumeFraction)} of the volume, ` : '';
      return `${s.name} ${fmt(s.moles)} mol × ${fmt(s.molarVolumeCm3)} cm³/mol = ${fmt(s.volumeCm3)} cm³ (${share}${s.electronic}${sigma})`;
    })
    .join('; ');
  const tail =
    step.totalVolumeCm3 !== null
      ? `; total ${fmt(step.totalVolumeCm3)} cm³ per formula unit of ${step.electrolyte}.`
      : `; without the molar volume of ${step.unsized.join(', ')} the exact volume fractions cannot be computed.`;
  return {
    id: 'products',
    title: 'Interphase products',
    detail: `${equation}${list}${tail}`,
    numbers,
    outcome: 'info',
  };
}

function describeFraction(step: Extract<ClassificationStep, { id: 'fraction' }>): TraceStep {
  const title = 'Electronically conducting volume fraction';
  if (step.kind === 'bounded') {
    const { bounds, threshold, decision } = step;
    const outcomeText =
      decision === 2
        ? `Even the lowest, ${fmtFraction(bounds.min)}, is above the threshold ${fmt(threshold)} → the conducting products form a connected network whatever the unknowns are.`
        : decision === 3
          ? `Even the highest, ${fmtFraction(bounds.max)}, is at or below the threshold ${fmt(threshold)} → no connected electronic path whatever the unknowns are.`
          : `The range straddles the threshold ${fmt(threshold)}: the verdict depends on the unknowns.`;
    return {
      id: 'fraction',
      title,
      detail: `Unknown: ${step.unknowns.join(', ')}. A conducting product can only raise φ_e and an insulating one can only lower it, so over every positive molar volume and either electronic character of the unknowns φ_e lies between ${fmtFraction(bounds.min)} and ${fmtFraction(bounds.max)}. ${outcomeText}`,
      numbers: {
        electronicFractionMin: { value: bounds.min, unit: '1' },
        electronicFractionMax: { value: bounds.max, unit: '1' },
        threshold: { value: threshold, unit: '1' },
      },
      outcome: decision === 2 ? 'fail' : decision === 3 ? 'pass' : 'info',
    };
  }
  const { electronicFraction: phi, threshold, percolates, conductors } = step;
  return {
    id: 'fraction',
    title,
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
  };
}

/** The sentence of one notice. */
export function describeNotice(n: ClassifierNotice): string {
  switch (n.id) {
    case 'input-note':
      return n.text;
    case 'products-potential':
      return `The ${n.side} products were computed at ${fmtV(n.atPotentialV)}; the electrode is at ${fmtV(n.potentialV)}, where the equilibrium products may differ.`;
    case 'semiconductors': {
      const names = n.names.join(', ');
      const one = n.names.length === 1;
      return `${names} ${one ? 'is a semiconductor' : 'are semiconductors'}, counted as electronically ${
        n.countSemis ? 'conducting' : 'insulating'
      }. Counted as ${n.countSemis ? 'insulating' : 'conducting'}, φ_e would be ${fmtFraction(n.alternative)}${
        n.flips ? `, which changes the verdict to type ${n.alternativeVerdict}` : ' (same verdict)'
      }.`;
    }
    case 'bounded-semiconductor-flip':
      return `Counting the semiconducting products as ${n.countSemis ? 'insulating' : 'conducting'} would make the verdict ${
        n.other === 'undetermined' ? 'undetermined' : `type ${n.other}`
      }.`;
    case 'bounded-holds':
      return `The verdict holds for any value of the unknown inputs (${n.unknowns.join(', ')}); the exact φ_e needs them.`;
    case 'near-threshold':
      return `φ_e = ${fmtFraction(n.electronicFraction)} is within ${n.band} of the threshold ${fmt(n.threshold)}: the verdict is sensitive to the molar volumes and to the threshold.`;
    case 'borrowed-reaction':
      return `The knowledge base has no ${n.side} products from the same calculation as the ${n.windowLabel} window; the products${n.side === 'reduction' ? ' and their driving force' : ''} are borrowed from another source (${n.refs.join(', ')}).`;
    case 'percolation-overruled': {
      const byVolume = n.electronicFraction > n.threshold ? 2 : 3;
      return `The conducting volume fraction alone (φ_e = ${fmtFraction(n.electronicFraction)} against ${fmt(n.threshold)}) would give type ${byVolume}; the verdict is ${BASIS_TEXT[n.basis]}.`;
    }
  }
}

/** The volume sentence of a balance. */
export function volumeText(b: VolumeBalance, electrolyte: string): string {
  if (b.electrolyteMolarVolumeCm3 === null || b.expansionVsElectrolyte === null) {
    return `Volume change unknown: no molar volume for ${electrolyte}.`;
  }
  const expansion = b.expansionVsElectrolyte;
  const parts = [
    `The products occupy ${fmt(b.productVolumeCm3)} cm³ where ${fmt(b.electrolyteMolarVolumeCm3)} cm³ of ${electrolyte} was: ${fmtPercent(expansion)} vs the electrolyte consumed.`,
  ];
  if (b.side === 'reduction' && b.lithiumMoles !== null && b.netVolumeChangeWithLithium !== null) {
    parts.push(
      `Counting the ${fmt(b.lithiumMoles)} mol Li consumed (${fmt(b.lithiumMoles * LITHIUM_MOLAR_VOLUME_CM3_PER_MOL)} cm³), the whole reaction changes volume by ${fmtPercent(b.netVolumeChangeWithLithium)}.`,
    );
  }
  parts.push(
    b.fractureRisk
      ? `Expansion above ${fmtPercent(b.fractureExpansionThreshold)}: fracture risk in the constrained electrolyte.`
      : expansion < 0
        ? 'The interphase shrinks: a risk of contact loss rather than fracture.'
        : `Expansion within ${fmtPercent(b.fractureExpansionThreshold)}: low fracture risk from chemical expansion.`,
  );
  return parts.join(' ');
}

function fractureText(b: VolumeBalance, percolates: boolean): string {
  if (b.fractureRisk !== true) return '';
  return percolates
    ? ' The interphase keeps growing, so the misfit stress keeps building up in the electrolyte (as in LAGP, Lewis et al. 2019).'
    : ' The interphase self-limits, so the misfit is confined to a thin layer.';
}

/** The consequences of a decided verdict (growth, impedance, volume) with their summary. */
export function consequenceOf(
  balance: VolumeBalance | null,
  unsized: readonly string[],
  electrolyte: string,
  fractureThreshold: number,
  percolates: boolean,
): InterfaceConsequence {
  const growth = percolates ? 'continuous' : 'self-limiting';
  const head = percolates
    ? 'Continuous interphase growth; interfacial impedance keeps rising.'
    : 'Self-limiting interphase; impedance rises, then levels off.';
  const missing: string[] = [];
  let volume: string;
  if (!balance) {
    missing.push(...unsized.map((n) => `molar volume of ${n}`));
    volume = unsized.length > 0 ? `Volume change unknown: no molar volume for ${unsized.join(', ')}.` : '';
  } else {
    if (balance.electrolyteMolarVolumeCm3 === null) missing.push(`molar volume of ${electrolyte}`);
    else if (balance.side === 'reduction' && balance.lithiumMoles === null)
      missing.push('lithium consumed by the reduction');
    volume = volumeText(balance, electrolyte);
  }
  return {
    growth,
    impedanceTrend: percolates ? 'rising' : 'rising-then-plateau',
    productVolumeCm3: balance?.productVolumeCm3 ?? null,
    expansionVsElectrolyte: balance?.expansionVsElectrolyte ?? null,
    netVolumeChangeWithLithium: balance?.netVolumeChangeWithLithium ?? null,
    fractureRisk: balance?.fractureRisk ?? null,
    fractureExpansionThreshold: fractureThreshold,
    missing,
    summary: `${head} ${volume}${balance ? fractureText(balance, percolates) : ''}`.trim(),
  };
}

/** The consequences when no interphase forms (type 1) or the verdict is unknown. */
export function emptyConsequence(
  fractureThreshold: number,
  kind: 'stable' | 'undetermined',
): InterfaceConsequence {
  const isStable = kind === 'stable';
  return {
    growth: isStable ? 'none' : null,
    impedanceTrend: isStable ? 'constant' : null,
    productVolumeCm3: null,
    expansionVsElectrolyte: null,
    netVolumeChangeWithLithium: null,
    fractureRisk: isStable ? false : null,
    fractureExpansionThreshold: fractureThreshold,
    missing: [],
    summary: isStable
      ? 'No interphase: no growth, constant interfacial impedance, no chemical expansion.'
      : 'Unknown: the interface type could not be determined.',
  };
}

/**
 * One sentence naming the criterion that decided a verdict, with its numbers, for a view's summary
 * line; null when undetermined.
 */
export function basisSentence(r: {
  basis: VerdictBasis | null;
  drivingForceEVPerAtom: number | null;
  kineticThresholdEVPerAtom: number;
  steps: readonly ClassificationStep[];
}): string | null {
  switch (r.basis) {
    case null:
      return null;
    case 'window':
      return 'Decided by the stability window: no driving force to react.';
    case 'kinetic-stabilisation':
      return `Decided by the driving force: ${fmtEnergy(r.drivingForceEVPerAtom ?? 0)} is at or below the kinetic threshold ${fmtEnergy(r.kineticThresholdEVPerAtom)}, so a thin passivating layer can stop the reaction.`;
    case 'framework-reduction': {
      const step = r.steps.find((s) => s.id === 'framework');
      const couples = step?.id === 'framework' ? step.cations.map((c) => c.couple).join(', ') : '';
      return `Decided by framework reduction: ${couples} on lithiation makes the electrolyte itself a mixed conductor.`;
    }
    case 'percolation':
      return 'Decided by the conducting volume fraction against the percolation threshold.';
    case 'percolation-bounds':
      return 'Decided by the bounds on the conducting volume fraction, which lie on one side of the threshold.';
  }
}
