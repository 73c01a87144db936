/**
 * What the eight model views share: the props every one takes from its container (slider values,
 * the change callback, which reference ids the knowledge base holds), the one rule for which model
 * error a view shows, and the unit formatters of their sentences.
 */
import { formatNumber } from '../../../domain/format';
import type { MechanismNumberKey } from '../../../domain/mechanism-params';
import type { ModelResult } from '../../../domain/models';

/** The props every model view takes from its container, besides its own data. */
export interface ModelViewProps<K extends MechanismNumberKey> {
  /** Current values of the model's number keys, in canonical units. */
  values: Readonly<Record<K, number>>;
  /** Called with a key and its new canonical value when a slider or typed value changes. */
  onParamChange: (key: K, value: number) => void;
  /** Whether the knowledge base holds a reference id (citations of optional references are left out). */
  isReference: (id: string) => boolean;
}

/** The error of the first failed result (null entries are results not computed), or null. */
export function firstError(results: ReadonlyArray<ModelResult<unknown> | null>): string | null {
  for (const r of results) if (r && !r.ok) return r.error;
  return null;
}

/** A length in metres, shown in µm. */
export const um = (m: number) => `${formatNumber(m * 1e6, 3)} µm`;
/** A potential in volts, shown in mV. */
export const mv = (v: number) => `${formatNumber(v * 1e3, 3)} mV`;
/** A stress in MPa. */
export const mpa = (v: number) => `${formatNumber(v, 3)} MPa`;
