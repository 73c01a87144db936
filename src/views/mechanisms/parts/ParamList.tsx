import { ParamControl } from '../../../components/ParamControl';
import type { MechanismNumberKey } from '../../../domain/mechanism-params';
import { modelSpecOf } from '../../../domain/mechanism-specs';

/** The sliders of a model, one `ParamControl` per number key, in the given order. */
export function ParamList<K extends MechanismNumberKey>({
  keys,
  values,
  onChange,
  labels = {},
}: {
  keys: readonly K[];
  values: Readonly<Record<K, number>>;
  onChange: (key: K, value: number) => void;
  /** Labels replacing the specs' own, by key. */
  labels?: Partial<Record<K, string>>;
}) {
  return (
    <div className="param-list">
      {keys.map((k) => (
        <ParamControl
          key={k}
          spec={modelSpecOf(k)}
          value={values[k]}
          label={labels[k]}
          onChange={(v) => onChange(k, v)}
        />
      ))}
    </div>
  );
}
