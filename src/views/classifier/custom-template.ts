/**
 * Starting points for the custom-electrolyte form: a copy of a knowledge-base electrolyte (its
 * window from the chosen source and the products the classifier would use), or a worked example.
 * Pure; no React.
 */
import {
  type CustomElectrolyte,
  type CustomProduct,
  molarVolumeOf,
  selectReaction,
} from '../../domain/classifier';
import { CUSTOM_LIMITS, customElectrolyteProblems } from '../../domain/custom-electrolyte-codec';
import type { Electrolyte, Phase, Reaction, WindowSource } from '../../kb/schema';

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

function conductivity(phase: Phase | undefined): number | null {
  const q = phase?.ionicConductivity;
  if (!q) return null;
  const v = q.value ?? (q.min !== undefined && q.max !== undefined ? Math.sqrt(q.min * q.max) : undefined);
  return v !== undefined && v > 0 && v <= CUSTOM_LIMITS.conductivityMaxSCm ? v : null;
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
