/**
 * Store and knowledge-base access for the mechanism containers. The view reads only the `m…` keys of
 * `MECHANISM_PARAMS` (src/domain/mechanism-params.ts) and the route; a number key that is null
 * (never the case for a valid URL, but typed as such) reads as the model's default.
 */
import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AppParamKey, AppParams } from '../../domain/app-params';
import type { MechanismNumberKey, MechanismParamKey } from '../../domain/mechanism-params';
import { modelSpecOf } from '../../domain/mechanism-specs';
import { useKb } from '../../kb/kb-context';
import { useAppStore } from '../../store/hooks';
import type { ModelViewProps } from './parts/model-view';

/** The values of number keys, defaults filled in. */
export function useModelValues<K extends MechanismNumberKey>(keys: readonly K[]): Record<K, number> {
  return useAppStore(
    useShallow((s) => {
      const out = {} as Record<K, number>;
      for (const k of keys) out[k] = (s.params[k] as number | null) ?? modelSpecOf(k).default;
      return out;
    }),
  );
}

/** A setter for any mechanism key. */
export function useSetMechanismParams(): (patch: Partial<Pick<AppParams, MechanismParamKey>>) => void {
  return useAppStore((s) => s.setParams);
}

/** One mechanism key (material ids, interface type …). */
export function useMechanismParam<K extends MechanismParamKey & AppParamKey>(key: K): AppParams[K] {
  return useAppStore((s) => s.params[key]);
}

/** Defaults of the given number keys, for "reset". */
export function defaultsOf(keys: readonly MechanismNumberKey[]): Partial<Record<MechanismNumberKey, number>> {
  return Object.fromEntries(keys.map((k) => [k, modelSpecOf(k).default]));
}

/**
 * The props every model container hands its view: the values of `keys`, a setter writing one key
 * to the store, and which reference ids the knowledge base holds.
 */
export function useModelViewProps<K extends MechanismNumberKey>(keys: readonly K[]): ModelViewProps<K> {
  const values = useModelValues(keys);
  const setParams = useSetMechanismParams();
  const { index } = useKb();
  const onParamChange = useCallback((key: K, value: number) => setParams({ [key]: value }), [setParams]);
  const isReference = useCallback((id: string) => index.references.has(id), [index]);
  return { values, onParamChange, isReference };
}
