/**
 * The inputs a mechanism diagram would hold for a material: its URL defaults, overlaid with what
 * "load from knowledge base" fills in, overlaid with the cell's own conditions. The same values go
 * into the model here and into the link that opens the diagram, so both show the same numbers.
 */
import type { KbLoad, LoadedValue } from '../mechanism-kb-values';
import { MECHANISM_PARAMS, type MechanismNumberKey, type MechanismParamKey } from '../mechanism-params';

/** Values of the number keys, and the URL query that puts them (and the material choices) into a diagram. */
export interface ModelInputs<K extends MechanismNumberKey> {
  values: Record<K, number>;
  /** Where each value came from, by key (the loader's record, or "model default"). */
  loaded: Partial<Record<K, LoadedValue>>;
  query: Record<string, string>;
}

/** The default of a number key (the slider's default). */
export function defaultOf(key: MechanismNumberKey): number {
  return MECHANISM_PARAMS[key].defaultValue as number;
}

/**
 * Builds the inputs of `keys`: defaults, then every loaded value of `loads`, then `overrides`
 * (the cell's conditions). `choices` are the material keys of the diagram (e.g. flawMaterial).
 */
export function modelInputs<K extends MechanismNumberKey>(
  keys: readonly K[],
  loads: readonly KbLoad[],
  overrides: Partial<Record<K, number>> = {},
  choices: Partial<Record<MechanismParamKey, string>> = {},
): ModelInputs<K> {
  const values = Object.fromEntries(keys.map((k) => [k, defaultOf(k)])) as Record<K, number>;
  const loaded: Partial<Record<K, LoadedValue>> = {};
  for (const load of loads) {
    for (const v of load.values) {
      if ((keys as readonly string[]).includes(v.key)) {
        values[v.key as K] = v.value;
        loaded[v.key as K] = v;
      }
    }
  }
  for (const [k, v] of Object.entries(overrides) as [K, number | undefined][]) {
    if (v !== undefined) values[k] = v;
  }
  const query: Record<string, string> = {};
  for (const [k, id] of Object.entries(choices)) {
    if (id) query[MECHANISM_PARAMS[k as MechanismParamKey].key] = id;
  }
  for (const k of keys) {
    if (values[k] !== defaultOf(k)) query[MECHANISM_PARAMS[k].key] = String(values[k]);
  }
  return { values, loaded, query };
}

/** The source text of a value: the KB's when loaded, else "model default". */
export function sourceOf(v: LoadedValue | undefined): { source: string; refs: readonly string[] } {
  return v
    ? { source: `knowledge base: ${v.sourceText}${v.note ? ` (${v.note})` : ''}`, refs: v.refs }
    : { source: 'model default (illustrative)', refs: [] };
}
