import type { KbLoad } from '../../../domain/mechanism-kb-values';
import type { MechanismNumberKey } from '../../../domain/mechanism-params';
import type { KbIndex } from '../../../kb/load';
import { useKb } from '../../../kb/kb-context';
import type { Electrolyte } from '../../../kb/schema';
import { defaultsOf, useMechanismParam, useSetMechanismParams } from '../hooks';
import { KbPicker } from './KbPicker';

/** The URL keys that hold a diagram's chosen electrolyte. */
export type ElectrolyteKey =
  | 'mnMaterial'
  | 'flawMaterial'
  | 'leakMaterial'
  | 'growthMaterial'
  | 'fractureMaterial';

/**
 * The store patch for choosing electrolyte `id` (or none): the chosen id, the values its load
 * fills in and any setting it carries; `resetKeys` go back to their defaults when none is chosen,
 * or before the load when `resetFirst` (so that a value the new material lacks does not linger).
 */
export function electrolyteLoadPatch(
  materialKey: ElectrolyteKey,
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
 * "Load electrolyte from the knowledge base" for one diagram: the picker over every electrolyte of
 * the knowledge base (each labelled by `optionLabel`), the values the chosen one filled in with
 * their sources, and the store update when the choice changes. One block for the five diagrams
 * that load an electrolyte.
 */
export function ElectrolyteLoader({
  materialKey,
  loader,
  resetKeys,
  resetFirst = false,
  optionLabel,
  current,
}: {
  materialKey: ElectrolyteKey;
  /** What this diagram takes from an electrolyte. */
  loader: (e: Electrolyte, index: KbIndex) => KbLoad;
  /** Keys set back to their defaults when none is chosen (or always first, with `resetFirst`). */
  resetKeys: readonly MechanismNumberKey[];
  resetFirst?: boolean;
  /** The option text, e.g. the name with "(no K_Ic in the knowledge base)". */
  optionLabel: (e: Electrolyte, index: KbIndex) => string;
  /** Current canonical values of the loaded keys, to mark values moved since loading. */
  current: Readonly<Record<string, number>>;
}) {
  const { kb, index } = useKb();
  const materialId = useMechanismParam(materialKey);
  const setParams = useSetMechanismParams();
  const material = materialId ? index.electrolytes.get(materialId) : undefined;
  return (
    <KbPicker
      label="Load electrolyte from the knowledge base"
      options={kb.electrolytes.map((e) => ({ id: e.id, label: optionLabel(e, index) }))}
      value={materialId}
      onChange={(id) => {
        const e = id ? index.electrolytes.get(id) : undefined;
        setParams(electrolyteLoadPatch(materialKey, id, e ? loader(e, index) : null, resetKeys, resetFirst));
      }}
      load={material ? loader(material, index) : null}
      current={current}
    />
  );
}
