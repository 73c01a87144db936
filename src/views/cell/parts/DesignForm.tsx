/**
 * The pickers of one design: anode, one or two electrolyte layers, an optional coating, the cathode
 * and its cut-off, and the operating conditions. Every change is a whole new design handed to
 * `onChange`; a number is committed when it is valid (and otherwise says why, keeping the last good one).
 */
import { useId, useState } from 'react';
import { CELL_LIMITS, type CellConditions, type CellDesign } from '../../../domain/cell';

/** A material the pickers offer. */
export interface PickerOption {
  id: string;
  label: string;
}

/** The options of each picker. */
export interface DesignOptions {
  anodes: readonly PickerOption[];
  electrolytes: readonly PickerOption[];
  coatings: readonly PickerOption[];
  cathodes: readonly PickerOption[];
}

interface Props {
  /** Heading level context: "Design A". */
  name: string;
  design: CellDesign;
  /** The cut-off the cathode has in the KB (shown as the placeholder). */
  ownCutoffV: number | null;
  options: DesignOptions;
  onChange: (d: CellDesign) => void;
}

function Select(props: {
  label: string;
  value: string;
  options: readonly PickerOption[];
  onChange: (id: string) => void;
  none?: string;
}) {
  const id = useId();
  return (
    <div className="cell-field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.none !== undefined && <option value="">{props.none}</option>}
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function NumberField(props: {
  label: string;
  value: number | null;
  limit: { min: number; max: number; unit: string };
  placeholder?: string;
  step: number;
  onCommit: (v: number | null) => void;
  isOptional?: boolean;
}) {
  const id = useId();
  const errId = useId();
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? (props.value === null ? '' : String(props.value));
  const n = Number(shown);
  const error =
    text === null
      ? null
      : shown.trim() === ''
        ? props.isOptional
          ? null
          : 'Enter a number.'
        : !Number.isFinite(n) || n < props.limit.min || n > props.limit.max
          ? `Between ${props.limit.min} and ${props.limit.max} ${props.limit.unit}.`
          : null;
  return (
    <div className="cell-field">
      <label htmlFor={id}>
        {props.label} ({props.limit.unit})
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step={props.step}
        min={props.limit.min}
        max={props.limit.max}
        value={shown}
        placeholder={props.placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errId : undefined}
        onChange={(e) => {
          const t = e.target.value;
          setText(t);
          const v = Number(t);
          if (t.trim() === '' && props.isOptional) props.onCommit(null);
          else if (t.trim() !== '' && Number.isFinite(v) && v >= props.limit.min && v <= props.limit.max)
            props.onCommit(v);
        }}
        onBlur={() => setText(null)}
      />
      {error && (
        <p id={errId} className="cell-field-error" role="alert">
          {error} Kept {props.value ?? 'the cathode’s own'}.
        </p>
      )}
    </div>
  );
}

/** The form of one design. */
export function DesignForm({ name, design, ownCutoffV, options, onChange }: Props) {
  const setCondition = (k: keyof CellConditions, v: number) =>
    onChange({ ...design, conditions: { ...design.conditions, [k]: v } });
  const second = design.electrolytes[1] ?? '';
  return (
    <fieldset className="cell-form">
      <legend>{name}: components and conditions</legend>
      <Select
        label="Anode"
        value={design.anode}
        options={options.anodes}
        onChange={(id) => onChange({ ...design, anode: id })}
      />
      <Select
        label="Electrolyte (anode side)"
        value={design.electrolytes[0]}
        options={options.electrolytes}
        onChange={(id) =>
          onChange({ ...design, electrolytes: second && second !== id ? [id, second] : [id] })
        }
      />
      <Select
        label="Second electrolyte layer (cathode side)"
        value={second}
        none="none (one layer)"
        options={options.electrolytes}
        onChange={(id) =>
          onChange({
            ...design,
            electrolytes:
              id && id !== design.electrolytes[0] ? [design.electrolytes[0], id] : [design.electrolytes[0]],
          })
        }
      />
      <Select
        label="Cathode coating"
        value={design.coating ?? ''}
        none="none"
        options={options.coatings}
        onChange={(id) => onChange({ ...design, coating: id || null })}
      />
      <Select
        label="Cathode"
        value={design.cathode}
        options={options.cathodes}
        onChange={(id) => onChange({ ...design, cathode: id })}
      />
      <NumberField
        label="Charge cut-off"
        value={design.cutoffV}
        limit={CELL_LIMITS.cutoffV}
        step={0.05}
        isOptional
        placeholder={ownCutoffV === null ? '' : `${ownCutoffV} (the cathode’s own)`}
        onCommit={(v) => onChange({ ...design, cutoffV: v })}
      />
      <NumberField
        label="Stack pressure"
        value={design.conditions.stackPressureMPa}
        limit={CELL_LIMITS.stackPressureMPa}
        step={0.5}
        onCommit={(v) => v !== null && setCondition('stackPressureMPa', v)}
      />
      <NumberField
        label="Current density"
        value={design.conditions.currentDensityMAcm2}
        limit={CELL_LIMITS.currentDensityMAcm2}
        step={0.05}
        onCommit={(v) => v !== null && setCondition('currentDensityMAcm2', v)}
      />
      <NumberField
        label="Areal capacity"
        value={design.conditions.arealCapacityMAhCm2}
        limit={CELL_LIMITS.arealCapacityMAhCm2}
        step={0.5}
        onCommit={(v) => v !== null && setCondition('arealCapacityMAhCm2', v)}
      />
      <NumberField
        label="Temperature"
        value={design.conditions.temperatureC}
        limit={CELL_LIMITS.temperatureC}
        step={5}
        onCommit={(v) => v !== null && setCondition('temperatureC', v)}
      />
    </fieldset>
  );
}
