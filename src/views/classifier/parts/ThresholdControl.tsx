import { useId, useState } from 'react';
import { DEFAULT_PERCOLATION_THRESHOLD, percolationThresholdError } from '../../../domain/classifier';
import { parseTypedNumber } from '../../../domain/custom-electrolyte-codec';

/**
 * The percolation threshold φ_c: a slider (arrow keys step 0.01, Page Up/Down 0.1, Home/End 0 and 1)
 * and a text field for an exact value, applied on Enter or when the field loses focus. A typed value
 * outside 0…1 or not a number is kept in the field with a message and is not applied.
 */
export function ThresholdControl({
  value,
  onChange,
}: {
  /** Current threshold, a volume fraction in [0, 1]. */
  value: number;
  onChange: (threshold: number) => void;
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
  const isDefault = value === DEFAULT_PERCOLATION_THRESHOLD;

  /** Applies the typed value (on Enter or when the field loses focus), or explains why not. */
  const commit = () => {
    const raw = text;
    const n = parseTypedNumber(raw);
    if (n === undefined) {
      setError(
        raw.trim() === ''
          ? `Enter a volume fraction between 0 and 1, e.g. 0.16. The last valid value, ${value}, is used.`
          : `“${raw.trim()}” is not a number: enter a volume fraction between 0 and 1, e.g. 0.16. The last valid value, ${value}, is used.`,
      );
      return;
    }
    if (percolationThresholdError(n)) {
      setError(
        `${n} is outside 0 to 1: the threshold is a volume fraction. The last valid value, ${value}, is used.`,
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
      <legend>Percolation threshold φ_c</legend>
      <div className="cls-threshold-row">
        <label className="visually-hidden" htmlFor={`${id}-range`}>
          Percolation threshold φ_c (slider)
        </label>
        <input
          id={`${id}-range`}
          type="range"
          min={0}
          max={1}
          step={0.01}
          value={value}
          aria-valuetext={`${value}${isDefault ? ', the default' : ''}`}
          aria-describedby={`${id}-help`}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        <label className="cls-threshold-value">
          <span className="visually-hidden">Percolation threshold φ_c, exact value</span>
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
            onClick={() => onChange(DEFAULT_PERCOLATION_THRESHOLD)}
          >
            Reset to {DEFAULT_PERCOLATION_THRESHOLD}
          </button>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} className="cls-field-error" role="alert">
          {error}
        </p>
      )}
      <p id={`${id}-help`} className="cls-field-help">
        Volume fraction of electronically conducting products above which they connect (type the value and
        press Enter). Default {DEFAULT_PERCOLATION_THRESHOLD}: random packing of equal spheres (
        <a href="https://doi.org/10.1063/1.1674565" target="_blank" rel="noreferrer noopener">
          Scher &amp; Zallen 1970
        </a>
        ).
      </p>
    </fieldset>
  );
}
