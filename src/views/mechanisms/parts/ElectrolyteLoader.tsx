import type { KbLoad } from '../../../domain/mechanism-kb-values';
import type { MechanismNumberKey } from '../../../domain/mechanism-params';
import type { KbIndex } from '../../../kb/load';
import { useKb } from '../../../kb/kb-context';
import type { Electrolyte } from '../../../kb/schema';
import { useOwnMaterials } from '../../../store/own-materials';
import { defaultsOf, useMechanismParam, useSetMechanismParams } from '../hooks';
import { type KbChoice, KbPicker } from './KbPicker';

/** The URL keys that hold a diagram's chosen electrolyte. */
export type ElectrolyteKey =
  | 'mnMaterial'
  | 'flawMaterial'
  | 'leakMaterial'
  | 'growthMaterial'
  | 'fractureMaterial';

/** The URL keys that hold any material a diagram loads values from (the electrolytes, the misfit pair). */
export type MaterialKey = ElectrolyteKey | 'misfitParticle' | 'misfitMatrix';

/**
 * The store patch for choosing material `id` (or none): the chosen id, the values its load
 * fills in and any setting it carries; `resetKeys` go back to their defaults when none is chosen,
 * or before the load when `resetFirst` (so that a value the new material lacks does not linger).
 */
export function materialLoadPatch(
  materialKey: MaterialKey,
  id: string | null,
  load: KbLoad | null,
  resetKeys: readonly MechanismNumberKey[],
  resetFirst = false,
): Record<string, unknown> {
  const values = Object.fromEntries((load?.values ?? []).map((v) => [v.key, v.value]));
  const reset = defaultsOf(resetKeys);
  return {
    [materialKey]: id,
    ...(resetFirst || !id ? reset : {}),
    ...(id ? values : {}),
    ...(load?.settings?.growthType ? { growthType: load.settings.growthType } : {}),
  };
}

/**
 * A picker choice that loads values from a material: `options` to choose from, the chosen `id`,
 * what `loader` takes from it, and on a change the store patch of `materialLoadPatch` through
 * `setParams`. `find` resolves an id to the material (undefined when the KB has no such record).
 */
export function materialChoice<M>({
  materialKey,
  id,
  find,
  options,
  loader,
  resetKeys,
  resetFirst = false,
  setParams,
}: {
  materialKey: MaterialKey;
  id: string | null;
  find: (id: string) => M | undefined;
  options: KbChoice['options'];
  /** What this diagram takes from the material. */
  loader: (m: M) => KbLoad;
  /** Keys set back to their defaults when none is chosen (or always first, with `resetFirst`). */
  resetKeys: readonly MechanismNumberKey[];
  resetFirst?: boolean;
  setParams: (patch: Record<string, unknown>) => void;
}): KbChoice {
  const material = id ? find(id) : undefined;
  return {
    options,
    value: id,
    onChange: (next) => {
      const m = next ? find(next) : undefined;
      setParams(materialLoadPatch(materialKey, next, m ? loader(m) : null, resetKeys, resetFirst));
    },
    load: material ? loader(material) : null,
  };
}

/**
 * For a container: "load electrolyte from the knowledge base" for one diagram. The choice over
 * every electrolyte of the knowledge base (each labelled by `optionLabel`), what the chosen one
 * filled in, and the store update when the choice changes; with the chosen electrolyte itself.
 * One hook for the five diagrams that load an electrolyte.
 */
export function useElectrolyteChoice({
  materialKey,
  loader,
  resetKeys,
  resetFirst = false,
  optionLabel,
}: {
  materialKey: ElectrolyteKey;
  /** What this diagram takes from an electrolyte. */
  loader: (e: Electrolyte, index: KbIndex) => KbLoad;
  /** Keys set back to their defaults when none is chosen (or always first, with `resetFirst`). */
  resetKeys: readonly MechanismNumberKey[];
  resetFirst?: boolean;
  /** The option text, e.g. the name with "(no K_Ic in the knowledge base)". */
  optionLabel: (e: Electrolyte, index: KbIndex) => string;
}): { choice: KbChoice; material: Electrolyte | undefined } {
  const { kb, index } = useKb();
  const materialId = useMechanismParam(materialKey);
  const setParams = useSetMechanismParams();
  // The user's own electrolytes follow the knowledge base's, marked "yours"; their values load with
  // the method and source the user gave.
  const own = useOwnMaterials();
  const ownRecords = own.electrolytes;
  const find = (id: string) => index.electrolytes.get(id) ?? ownRecords.find((e) => e.id === id);
  return {
    material: materialId ? find(materialId) : undefined,
    choice: {
      ...materialChoice({
        materialKey,
        id: materialId,
        find,
        options: [
          ...kb.electrolytes.map((e) => ({ id: e.id, label: optionLabel(e, index) })),
          ...ownRecords.map((e) => ({ id: e.id, label: `${optionLabel(e, index)} (yours)` })),
        ],
        loader: (e) => loader(e, index),
        resetKeys,
        resetFirst,
        setParams,
      }),
      hasOwn: ownRecords.length > 0,
      isPending: own.isPending,
    },
  };
}

/** The "Load electrolyte from the knowledge base" picker of a model view. */
export function ElectrolyteLoader({
  choice,
  current,
}: {
  /** The container's choice (`useElectrolyteChoice`). */
  choice: KbChoice;
  /** Current canonical values of the loaded keys, to mark values moved since loading. */
  current: Readonly<Record<string, number>>;
}) {
  const { hasOwn, ...picker } = choice;
  const label = hasOwn
    ? 'Load electrolyte from the knowledge base or yours'
    : 'Load electrolyte from the knowledge base';
  return <KbPicker label={label} {...picker} current={current} />;
}
