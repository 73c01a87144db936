import { type ReactNode, useId, useState } from 'react';
import {
  DEFAULT_KINETIC_THRESHOLD_EV_PER_ATOM,
  DEFAULT_PERCOLATION_THRESHOLD,
} from '../../../domain/classifier';
import { parseTypedNumber } from '../../../domain/custom-electrolyte-codec';

/** What a threshold control edits: its name, range, default and why the default. */
export interface ThresholdSpec {
  /** Legend, e.g. "Percolation threshold φ_c". */
  legend: string;
  /** What the number is, for messages: "a volume fraction". */
  kind: string;
  /** Unit shown after numbers in messages ('' when dimensionless). */
  unit: string;
  min: number;
  max: number;
  step: number;
  defaultValue: number;
  /** The help text under the control. */
  help: ReactNode;
}

/** The percolation threshold φ_c. */
export const PERCOLATION_SPEC: ThresholdSpec = {
  legend: 'Percolation threshold φ_c',
  kind: 'a volume fraction',
  unit: '',
  min: 0,
  max: 1,
  step: 0.01,
  defaultValue: DEFAULT_PERCOLATION_THRESHOLD,
  help: (
    <>
      Volume fraction of electronically conducting products above which they connect (type the value and press
      Enter). Default {DEFAULT_PERCOLATION_THRESHOLD}: random packing of equal spheres (
      <a href="https://doi.org/10.1063/1.1674565" target="_blank" rel="noreferrer noopener">
        Scher &amp; Zallen 1970
      </a>
      ).
    </>
  ),
};

/** The kinetic threshold on the driving force, eV/atom. */
export const KINETIC_SPEC: ThresholdSpec = {
  legend: 'Kinetic threshold ΔE_k',
  kind: 'a driving force in eV/atom',
  unit: ' eV/atom',
  min: 0,
  max: 2,
  step: 0.01,
  defaultValue: DEFAULT_KINETIC_THRESHOLD_EV_PER_ATOM,
  help: (
    <>
      Driving force (eV/atom) at or below which a reaction with Li is treated as kinetically stabilised: it
      cannot be told from zero. Default {DEFAULT_KINETIC_THRESHOLD_EV_PER_ATOM}: about twice the 24 meV/atom
      error of computed reaction energies (
      <a href="https://doi.org/10.1103/PhysRevB.85.155208" target="_blank" rel="noreferrer noopener">
        Hautier et al. 2012
      </a>
      ).
    </>
  ),
};

/**
 * A classifier threshold: a slider (arrow keys step 0.01, Page Up/Down 0.1, Home/End the ends)
 * and a text field for an exact value, applied on Enter or when the field loses focus. A typed value
 * outside the range or not a number is kept in the field with a message and is not applied.
 */
export function ThresholdControl({
  value,
  onChange,
  spec = PERCOLATION_SPEC,
}: {
  /** Current threshold, within the spec's range. */
  value: number;
  onChange: (threshold: number) => void;
  /** Which threshold (default: the percolation threshold). */
  spec?: ThresholdSpec;
}) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // Follow changes from the slider, the reset button or the URL.
  if (shown !== value) {
    setShown(value);
    setText(String(value));
    setError(null);
  }
  const isDefault = value === spec.defaultValue;
  const range = `${spec.min} to ${spec.max}`;
  const example = `e.g. ${spec.defaultValue}`;

  /** Applies the typed value (on Enter or when the field loses focus), or explains why not. */
  const commit = () => {
    const raw = text;
    const n = parseTypedNumber(raw);
    if (n === undefined) {
      setError(
        raw.trim() === ''
          ? `Enter ${spec.kind} between ${spec.min} and ${spec.max}, ${example}. The last valid value, ${value}, is used.`
          : `“${raw.trim()}” is not a number: enter ${spec.kind} between ${spec.min} and ${spec.max}, ${example}. The last valid value, ${value}, is used.`,
      );
      return;
    }
    if (!(n >= spec.min && n <= spec.max)) {
      setError(
        `${n}${spec.unit} is outside ${range}${spec.unit}: the threshold is ${spec.kind}. The last valid value, ${value}, is used.`,
      );
      return;
    }
    setError(null);
    if (n !== value) {
      setShown(n);
      onChange(n);
    }
  };

  return (
    <fieldset className="cls-threshold">
      <legend>{spec.legend}</legend>
      <div className="cls-threshold-row">
        <label className="visually-hidden" htmlFor={`${id}-range`}>
          {spec.legend} (slider)
        </label>
        <input
          id={`${id}-range`}
          type="range"
          min={spec.min}
          max={spec.max}
          step={spec.step}
          value={value}
          aria-valuetext={`${value}${isDefault ? ', the default' : ''}`}
          aria-describedby={`${id}-help`}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        <label className="cls-threshold-value">
          <span className="visually-hidden">{spec.legend}, exact value</span>
          <input
            type="text"
            inputMode="decimal"
            value={text}
            size={6}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error ${id}-help` : `${id}-help`}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit();
            }}
            onBlur={commit}
          />
        </label>
        {!isDefault && (
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => onChange(spec.defaultValue)}
          >
            Reset to {spec.defaultValue}
          </button>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} className="cls-field-error" role="alert">
          {error}
        </p>
      )}
      <p id={`${id}-help`} className="cls-field-help">
        {spec.help}
      </p>
    </fieldset>
  );
}
