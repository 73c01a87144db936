/**
 * Knowledge-base adapter of the classifier: builds a `ClassifierInput` from KB records (electrolyte,
 * electrode, phases), and holds the one rule for which reaction applies at an electrode, which the
 * mechanism diagrams share.
 */
import type { Electrode, Electrolyte, Phase, Quantity, Reaction, WindowSource } from '../../kb/schema';
import { positiveRepresentative, representative } from '../materials';
import type { ModelResult } from '../models/result';
import { classifyInterface } from './classify';
import { fmtV } from './trace';
import type {
  ClassifierInput,
  ClassifierOptions,
  ClassifierResult,
  ProductInput,
  ReactionInfo,
} from './types';

/** The molar volume of a phase: its representative value when positive, else null. */
export function molarVolumeOf(q: Quantity | undefined): number | null {
  return positiveRepresentative(q);
}

/** Products of a KB reaction as classifier inputs; an unknown phase id is kept and flagged. */
export function productsFromReaction(
  reaction: { products: readonly { phase: string; moles: number }[] } | undefined,
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
      ionicConductivitySCm: positiveRepresentative(phase.ionicConductivity),
    };
  });
}

/**
 * Picks the reaction that applies for one side when the knowledge base lists several (the one rule
 * used by the classifier and the mechanism diagrams):
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

/** Window sources that come from a calculation, in the order the diagrams prefer them. */
const COMPUTED_SOURCES: readonly WindowSource[] = ['zhu2015', 'richards2016'];

/** The window a view uses when it has no source chosen: the first computed one (Zhu, then Richards). */
export function preferredComputedWindow(e: Electrolyte) {
  for (const source of COMPUTED_SOURCES) {
    const w = e.windows.find((x) => x.source === source);
    if (w) return w;
  }
  return undefined;
}

/**
 * The reduction of an electrolyte at Li metal (0 V): `selectReaction` with the window of `source`
 * (default: the preferred computed window), so the classifier and the diagrams use the same reaction.
 */
export function reductionAtLithium(e: Electrolyte, source?: WindowSource): Reaction | undefined {
  const w = source ? e.windows.find((x) => x.source === source) : preferredComputedWindow(e);
  return selectReaction(e.reductionAtLi?.predicted ?? [], 0, w?.refs ?? []);
}

/** A KB reaction as the classifier's reaction info, with the driving force of the same calculation. */
function reactionInfo(r: Reaction | undefined, windowRefs: readonly string[] | null): ReactionInfo | null {
  if (!r) return null;
  return {
    isFromWindowSource: windowRefs === null || r.refs.some((ref) => windowRefs.includes(ref)),
    equation: r.equation,
    lithiumMoles: r.lithiumMoles ?? null,
    atPotentialV: r.atPotentialV ?? null,
    refs: r.refs,
    drivingForceEVPerAtom: representative(r.drivingForce),
    drivingForceRefs: r.drivingForce?.refs ?? [],
  };
}

/** Technique records by id, for naming how a framework reduction was seen. */
export type TechniqueNames = ReadonlyMap<string, { name: string }>;

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
  techniques: TechniqueNames = new Map(),
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
    reductionReaction: reactionInfo(reduction, w ? windowRefs : null),
    oxidationReaction: reactionInfo(oxidation, w ? windowRefs : null),
    electrolyteMolarVolumeCm3: molarVolumeOf(electrolyte.molarVolume),
    electrolyteElectronicConductivitySCm: positiveRepresentative(electrolyte.electronicConductivity),
    reducibleCations: (electrolyte.reducibleCations ?? []).map((c) => ({
      couple: c.couple,
      evidence: techniques.get(c.technique)?.name ?? c.technique,
      refs: c.refs,
    })),
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

/** A copy of an input with the electrode's name, the basis of its potential and the cut-off caveat. */
export function withElectrode(input: ClassifierInput, electrode: Electrode, basis: string): ClassifierInput {
  const caveat =
    electrode.role === 'cathode' && !electrode.cutoffPotential
      ? [
          `${electrode.name} has no charge cut-off recorded; its working potential understates what the electrolyte sees at the end of charge.`,
        ]
      : [];
  return {
    ...input,
    electrodeName: electrode.name,
    electrodePotentialNote: basis,
    notes: [...(input.notes ?? []), ...caveat],
  };
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
  techniques: TechniqueNames = new Map(),
): ModelResult<ClassifierResult> {
  const { potentialV, basis } = electrodePotentialForClassification(electrode);
  const input = withElectrode(
    classifierInputFromKb(electrolyte, potentialV, windowSource, phases, techniques),
    electrode,
    basis,
  );
  return classifyInterface(
    {
      ...input,
      electrolyteName: names.electrolyte ?? input.electrolyteName,
      electrodeName: names.electrode ?? input.electrodeName,
    },
    options,
  );
}

/**
 * Whether an electrode is lithium metal, the counter-electrode of every experimental interface
 * type in the knowledge base (`electrolyte.interfaceWithLi`).
 */
export function isLithiumMetal(electrode: Pick<Electrode, 'role' | 'formula'>): boolean {
  return electrode.role === 'anode' && electrode.formula.trim() === 'Li';
}
