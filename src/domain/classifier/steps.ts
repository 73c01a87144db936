/**
 * The classification as small steps, each returning a structured result (ids and numbers, no
 * sentences): the electrode potential, the window, the side of the window, the products and their
 * volumes, the reaction's driving force, framework-cation reduction, the conducting fraction and the
 * volume balance. classify.ts runs them in order; trace.ts writes them for a reader.
 *
 * Units: potentials in V vs Li/Li+, volumes in cm³ per formula unit, energies in eV/atom.
 */
import type { Electronic } from '../../kb/schema';
import {
  boundedVerdict,
  electronicFractionBounds,
  electronicVolumeFraction,
  expansionVsElectrolyte,
  isPercolating,
  netReactionVolumeChange,
  productVolumeCm3,
  sideOfWindow,
} from './percolation';
import type {
  ClassificationStep,
  ClassifierInput,
  ProductInput,
  ProductShare,
  ReactionInfo,
  VolumeBalance,
  WindowInput,
} from './types';

type StepOf<K extends ClassificationStep['id']> = Extract<ClassificationStep, { id: K }>;

/** Whether a product of this electronic character counts toward φ_e. */
export function countsAsConducting(electronic: Electronic, countSemis: boolean): boolean {
  return electronic === 'conductor' || (countSemis && electronic === 'semiconductor');
}

/** The message explaining why an input is impossible, or null when it is valid. */
export function inputError(input: ClassifierInput): string | null {
  const p = input.electrodePotentialV;
  if (p !== null && !Number.isFinite(p)) return `electrode potential must be finite; got ${p}`;
  const w = input.window;
  if (w) {
    if (!Number.isFinite(w.reductionV) || !Number.isFinite(w.oxidationV)) {
      return `stability window limits must be finite; got ${w.reductionV}–${w.oxidationV} V`;
    }
    if (w.reductionV >= w.oxidationV) {
      return `reduction limit must be below the oxidation limit; got ${w.reductionV} V ≥ ${w.oxidationV} V`;
    }
  }
  for (const list of [input.reductionProducts, input.oxidationProducts]) {
    for (const prod of list ?? []) {
      if (!(prod.moles > 0) || !Number.isFinite(prod.moles)) {
        return `moles of ${prod.name} must be a positive number; got ${prod.moles}`;
      }
      const v = prod.molarVolumeCm3;
      if (v !== null && (!(v > 0) || !Number.isFinite(v))) {
        return `molar volume of ${prod.name} must be positive; got ${v}`;
      }
    }
  }
  for (const reaction of [input.reductionReaction, input.oxidationReaction]) {
    const g = reaction?.drivingForceEVPerAtom;
    if (g != null && (!Number.isFinite(g) || g < 0)) {
      return `driving force must be a non-negative number of eV/atom; got ${g}`;
    }
  }
  return null;
}

/** Step 1: the electrode potential. */
export function potentialStep(input: ClassifierInput, electrode: string): StepOf<'potential'> {
  return {
    id: 'potential',
    electrode,
    potentialV: input.electrodePotentialV,
    basis: input.electrodePotentialNote ?? null,
  };
}

/** Step 2: the stability window of the chosen source (never substituted by another source's). */
export function windowStep(input: ClassifierInput, electrolyte: string): StepOf<'window'> {
  return {
    id: 'window',
    electrolyte,
    window: input.window,
    requestedSource: input.requestedWindowSource ?? null,
    availableSources: input.availableWindowSources ?? [],
  };
}

/** Step 3: which side of the window the electrode lies on (limits inclusive). */
export function sideStep(
  potentialV: number,
  window: WindowInput,
  electrode: string,
  electrolyte: string,
): StepOf<'side'> {
  return {
    id: 'side',
    electrode,
    electrolyte,
    side: sideOfWindow(potentialV, window),
    potentialV,
    window,
    isOnLimit: potentialV === window.reductionV || potentialV === window.oxidationV,
  };
}

/** A product with its record resolved: no phase record means neither volume nor character. */
export interface ProductItem {
  product: ProductInput;
  molarVolumeCm3: number | null;
  electronic: Electronic;
  volumeCm3: number | null;
}

/** Step 4: the products of that side, their volumes and shares, and what is unknown about them. */
export function productsStep(
  products: readonly ProductInput[] | null,
  side: 'reduction' | 'oxidation',
  reaction: ReactionInfo | null,
  electrolyte: string,
  countSemis: boolean,
): { step: StepOf<'products'>; items: ProductItem[]; gaps: string[] } {
  if (!products || products.length === 0) {
    return {
      step: {
        id: 'products',
        electrolyte,
        side,
        equation: reaction?.equation ?? null,
        shares: [],
        totalVolumeCm3: null,
        unsized: [],
        isMissing: true,
      },
      items: [],
      gaps: [`${side} products`],
    };
  }
  const gaps: string[] = [];
  for (const p of products) {
    if (p.hasPhaseRecord === false) {
      gaps.push(`phase record for ${p.phaseId}`);
      continue;
    }
    if (p.molarVolumeCm3 === null) gaps.push(`molar volume of ${p.name}`);
    if (p.electronic === 'unknown') gaps.push(`electronic character of ${p.name}`);
  }
  const items: ProductItem[] = products.map((p) => {
    const hasRecord = p.hasPhaseRecord !== false;
    const molarVolume = hasRecord ? p.molarVolumeCm3 : null;
    return {
      product: p,
      molarVolumeCm3: molarVolume,
      electronic: hasRecord ? p.electronic : 'unknown',
      volumeCm3: molarVolume === null ? null : productVolumeCm3(p.moles, molarVolume),
    };
  });
  const isAllSized = items.every((i) => i.volumeCm3 !== null);
  const total = isAllSized ? items.reduce((sum, i) => sum + (i.volumeCm3 ?? 0), 0) : null;
  const shares: ProductShare[] = items.map((i) => ({
    phaseId: i.product.phaseId,
    name: i.product.name,
    moles: i.product.moles,
    molarVolumeCm3: i.molarVolumeCm3,
    volumeCm3: i.volumeCm3,
    volumeFraction: total !== null && i.volumeCm3 !== null ? i.volumeCm3 / total : null,
    electronic: i.electronic,
    isConducting: countsAsConducting(i.electronic, countSemis),
    ionicConductivitySCm: i.product.ionicConductivitySCm,
  }));
  return {
    step: {
      id: 'products',
      electrolyte,
      side,
      equation: reaction?.equation ?? null,
      shares,
      totalVolumeCm3: total,
      unsized: shares.filter((s) => s.molarVolumeCm3 === null).map((s) => s.name),
      isMissing: false,
    },
    items,
    gaps,
  };
}

/**
 * Step 5: the reaction's driving force against the kinetic threshold. A driving force at or below
 * the threshold is kinetically limited; an unknown one decides nothing.
 */
export function drivingForceStep(
  reaction: ReactionInfo | null,
  thresholdEVPerAtom: number,
  electrolyte: string,
): StepOf<'driving-force'> {
  const g = reaction?.drivingForceEVPerAtom ?? null;
  return {
    id: 'driving-force',
    electrolyte,
    drivingForceEVPerAtom: g,
    thresholdEVPerAtom,
    isKineticallyLimited: g !== null && g <= thresholdEVPerAtom,
    refs: reaction?.drivingForceRefs ?? [],
  };
}

/** Step 6: framework cations reduced on lithiation (reduction side); null when there are none. */
export function frameworkStep(input: ClassifierInput, electrolyte: string): StepOf<'framework'> | null {
  const cations = input.reducibleCations ?? [];
  return cations.length > 0 ? { id: 'framework', electrolyte, cations } : null;
}

/** Step 7a: φ_e with every volume and character known. */
export function exactFractionStep(
  shares: readonly ProductShare[],
  threshold: number,
): StepOf<'fraction'> & { kind: 'exact' } {
  const phi = electronicVolumeFraction(
    shares.map((s) => ({ volumeCm3: s.volumeCm3 ?? 0, isConducting: s.isConducting })),
  );
  return {
    id: 'fraction',
    kind: 'exact',
    electronicFraction: phi,
    threshold,
    conductors: shares.filter((s) => s.isConducting).map((s) => s.name),
    percolates: isPercolating(phi, threshold),
  };
}

/** φ_e under the other treatment of semiconductors; null when no product is a semiconductor. */
export function alternativeFraction(shares: readonly ProductShare[], countSemis: boolean): number | null {
  if (!shares.some((s) => s.electronic === 'semiconductor')) return null;
  return electronicVolumeFraction(
    shares.map((s) => ({
      volumeCm3: s.volumeCm3 ?? 0,
      isConducting: countsAsConducting(s.electronic, !countSemis),
    })),
  );
}

/** Bounds on φ_e over every value of the unknowns, for one treatment of semiconductors. */
export function fractionBounds(items: readonly ProductItem[], countSemis: boolean) {
  return electronicFractionBounds(
    items.map((i) => ({
      volumeCm3: i.volumeCm3,
      isConducting: i.electronic === 'unknown' ? null : countsAsConducting(i.electronic, countSemis),
    })),
  );
}

/** Step 7b: φ_e bounded when some volumes or characters are unknown. */
export function boundedFractionStep(
  items: readonly ProductItem[],
  threshold: number,
  countSemis: boolean,
  unknowns: readonly string[],
): StepOf<'fraction'> & { kind: 'bounded' } {
  const bounds = fractionBounds(items, countSemis);
  return {
    id: 'fraction',
    kind: 'bounded',
    bounds,
    threshold,
    unknowns,
    decision: boundedVerdict(bounds, threshold),
  };
}

/** Step 8: the volume bookkeeping of the reaction (null parts when a molar volume is missing). */
export function volumeBalance(
  input: ClassifierInput,
  side: 'reduction' | 'oxidation',
  totalVolume: number,
  fractureThreshold: number,
  reaction: ReactionInfo | null,
): VolumeBalance {
  const vSse = input.electrolyteMolarVolumeCm3 ?? null;
  const hasVolume = vSse !== null && vSse > 0;
  const expansion = hasVolume ? expansionVsElectrolyte(totalVolume, vSse) : null;
  const nLi = side === 'reduction' ? (reaction?.lithiumMoles ?? null) : null;
  return {
    side,
    productVolumeCm3: totalVolume,
    electrolyteMolarVolumeCm3: hasVolume ? vSse : null,
    expansionVsElectrolyte: expansion,
    lithiumMoles: nLi,
    netVolumeChangeWithLithium:
      hasVolume && nLi !== null ? netReactionVolumeChange(totalVolume, vSse, nLi) : null,
    fractureRisk: expansion === null ? null : expansion > fractureThreshold,
    fractureExpansionThreshold: fractureThreshold,
  };
}
