/**
 * Custom electrolytes: a user-entered window and product lists, classified like a KB record; and the
 * starting points of the custom form (a copy of a KB electrolyte, or the worked LGPS example).
 */
import type { Electrode, Electrolyte, Electronic, Phase, Reaction, WindowSource } from '../../kb/schema';
import {
  CUSTOM_LIMITS,
  type CustomElectrolyteDraft,
  customElectrolyteProblems,
  emptyProductDraft,
} from '../custom-electrolyte-codec';
import { positiveRepresentative } from '../materials';
import type { ModelResult } from '../models/result';
import { classifyInterface } from './classify';
import {
  electrodePotentialForClassification,
  molarVolumeOf,
  selectReaction,
  withElectrode,
} from './kb-adapter';
import type { ClassifierInput, ClassifierOptions, ClassifierResult, ProductInput } from './types';

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
): ModelResult<ClassifierResult> {
  const { potentialV, basis } = electrodePotentialForClassification(electrode);
  const input = classifierInputFromCustom(custom, potentialV);
  return classifyInterface(withElectrode(input, electrode, basis), options);
}

/** The LGPS numbers of the hand-worked example in MODELS.md (Zhu 2015 window, products at 0 V). */
export const EXAMPLE_CUSTOM: CustomElectrolyte = {
  name: 'Example (LGPS numbers)',
  reductionV: 1.71,
  oxidationV: 2.14,
  molarVolumeCm3: 289,
  reductionProducts: [
    { name: 'Li2S', moles: 12, molarVolumeCm3: 27.7, electronic: 'insulator', ionicConductivitySCm: null },
    { name: 'Li3P', moles: 2, molarVolumeCm3: 36.1, electronic: 'semiconductor', ionicConductivitySCm: null },
    {
      name: 'Li15Ge4',
      moles: 0.25,
      molarVolumeCm3: 188.6,
      electronic: 'conductor',
      ionicConductivitySCm: null,
    },
  ],
  oxidationProducts: [],
};

/** A phase's ionic conductivity when the custom form can hold it (positive, within its limit). */
function conductivity(phase: Phase | undefined): number | null {
  const v = positiveRepresentative(phase?.ionicConductivity);
  return v !== null && v <= CUSTOM_LIMITS.conductivityMaxSCm ? v : null;
}

function productsOf(reaction: Reaction | undefined, phases: ReadonlyMap<string, Phase>): CustomProduct[] {
  if (!reaction) return [];
  return reaction.products.slice(0, CUSTOM_LIMITS.productsPerSideMax).map((p) => {
    const phase = phases.get(p.phase);
    return {
      name: (phase?.formula ?? p.phase).slice(0, CUSTOM_LIMITS.nameMaxLength),
      moles: p.moles,
      molarVolumeCm3: molarVolumeOf(phase?.molarVolume),
      electronic: phase?.electronic ?? 'unknown',
      ionicConductivitySCm: conductivity(phase),
    };
  });
}

/**
 * A custom electrolyte copied from a KB record: the window of `source` (else its first window), the
 * reduction products at Li metal (0 V) and the first-listed oxidation products, chosen as
 * `classifierInputFromKb` would. Falls back to `EXAMPLE_CUSTOM` when the record has no window or
 * the copy would not be a valid custom electrolyte.
 */
export function customFromKb(
  electrolyte: Electrolyte,
  source: WindowSource,
  phases: ReadonlyMap<string, Phase>,
  displayName = electrolyte.name,
): CustomElectrolyte {
  const window = electrolyte.windows.find((w) => w.source === source) ?? electrolyte.windows[0];
  if (!window) return EXAMPLE_CUSTOM;
  const refs = window.refs;
  const copy: CustomElectrolyte = {
    name: `${displayName} (edited)`.slice(0, CUSTOM_LIMITS.nameMaxLength),
    reductionV: window.reductionV,
    oxidationV: window.oxidationV,
    molarVolumeCm3: molarVolumeOf(electrolyte.molarVolume),
    reductionProducts: productsOf(
      selectReaction(electrolyte.reductionAtLi?.predicted ?? [], 0, refs),
      phases,
    ),
    oxidationProducts: productsOf(selectReaction(electrolyte.oxidationProducts ?? [], null, refs), phases),
  };
  return customElectrolyteProblems(copy).length === 0 ? copy : EXAMPLE_CUSTOM;
}

/**
 * The custom-electrolyte form's start for one of the user's own materials: its name, its window
 * and molar volume, and one empty reduction product to fill in. An own material has no reaction
 * data, so the classifier needs the products from the user; none are made up here.
 */
export function customDraftFromOwn(material: Electrolyte): CustomElectrolyteDraft {
  const window = material.windows[0];
  const vm = molarVolumeOf(material.molarVolume);
  return {
    name: material.name.slice(0, CUSTOM_LIMITS.nameMaxLength),
    reductionV: window ? String(window.reductionV) : '',
    oxidationV: window ? String(window.oxidationV) : '',
    molarVolume: vm === null ? '' : String(vm),
    reductionProducts: [emptyProductDraft()],
    oxidationProducts: [],
  };
}
