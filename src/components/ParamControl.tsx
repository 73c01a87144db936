import { useId, useState } from 'react';
import { checkLimit, limit, type ParamSpec } from '../domain/models/result';

/**
 * One model input as a slider plus a number box, built from the model's `ParamSpec`.
 *
 * - The slider works by keyboard (arrows, Home/End) and, for log-scale parameters, moves in
 *   decades (`spec.step` is then in log10 units), so 10 nm … 100 µm is one smooth sweep.
 * - The number box takes a typed value in the display unit (µm, mV, h …). A value outside the
 *   slider's range, or not a number, is not applied: the box is marked invalid and a message says
 *   what is allowed ("Flaw depth must be between 0.01 µm and 100 µm (got 5000 µm)").
 * - Values reach `onChange` in the canonical unit, rounded to 4 significant figures so that URLs
 *   stay readable, and clamped to the range.
 */
export interface ParamControlProps {
  /** The model's slider description (label, units, range, default, scale). */
  spec: ParamSpec;
  /** Current value in the canonical unit. */
  value: number;
  /** Receives a valid value in the canonical unit. */
  onChange: (value: number) => void;
  /** Replaces `spec.label` (e.g. "Anode volume change" for a shared spec). */
  label?: string;
  /** Shows the spec's description under the control (default true). */
  hasDescription?: boolean;
}

/** Significant figures kept when a value is committed. */
const SIG_FIGS = 4;

/** Rounds to `SIG_FIGS` significant figures and clamps to [min, max]. */
export function tidyValue(value: number, min: number, max: number): number {
  const rounded = value === 0 ? 0 : Number(value.toPrecision(SIG_FIGS));
  return Math.min(max, Math.max(min, rounded));
}

/** A display-unit number as typed into the box: up to 4 significant figures, no trailing zeros. */
export function formatForInput(displayValue: number): string {
  if (!Number.isFinite(displayValue)) return '';
  if (displayValue === 0) return '0';
  const tidy = Number(displayValue.toPrecision(SIG_FIGS));
  const abs = Math.abs(tidy);
  // Very small or large values read better as 1e-6 than as 0.000001 (the box accepts both).
  if (abs < 1e-3 || abs >= 1e6) return tidy.toExponential().replace(/\.?0*e\+?/, 'e');
  return String(tidy);
}

/** Position of a canonical value on the slider (log10 for log-scale specs). */
export function sliderPosition(spec: ParamSpec, value: number): number {
  return spec.isLogScale ? Math.log10(Math.max(value, spec.min)) : value;
}

/** Canonical value of a slider position. */
export function valueAtPosition(spec: ParamSpec, position: number): number {
  return tidyValue(spec.isLogScale ? 10 ** position : position, spec.min, spec.max);
}

/** The error for a typed text (display unit), or the canonical value it stands for. */
export function parseTyped(
  spec: ParamSpec,
  text: string,
  label = spec.label,
): { value: number } | { error: string } {
  const trimmed = text.trim().replace(',', '.').replace('−', '-');
  const unit = spec.displayUnit ? ` (${spec.displayUnit})` : '';
  if (trimmed === '') return { error: `Enter a value for ${label}${unit}` };
  const shown = Number(trimmed);
  if (!Number.isFinite(shown)) return { error: `${label}: “${text}” is not a number` };
  const value = shown / spec.displayFactor;
  // The range check reuses the models' own message format, in the display unit.
  const range = limit(label, spec.unit, spec.min, spec.max, {
    displayUnit: spec.displayUnit,
    displayFactor: spec.displayFactor,
  });
  // Tolerate rounding of the displayed bounds (0.01 µm typed for 1e-8 m).
  const tolerance = 1e-9 * Math.max(Math.abs(spec.min), Math.abs(spec.max));
  const clamped = value < spec.min && value > spec.min - tolerance ? spec.min : value;
  const error = checkLimit(range, clamped > spec.max && clamped < spec.max + tolerance ? spec.max : clamped);
  return error ? { error } : { value: tidyValue(clamped, spec.min, spec.max) };
}

function unitSuffix(unit: string): string {
  return unit === '' ? '' : unit === '%' ? ' %' : ` ${unit}`;
}

export function ParamControl({
  spec,
  value,
  onChange,
  label = spec.label,
  hasDescription = true,
}: ParamControlProps) {
  const id = useId();
  const shown = value * spec.displayFactor;
  const [draft, setDraft] = useState(() => formatForInput(shown));
  const [error, setError] = useState<string | null>(null);

  // Follow the value when it changes from outside (slider, "load from knowledge base", reload),
  // unless the box already says the same number. Adjusted during render, not in an effect, so that
  // a slider input commits once rather than twice.
  const [followed, setFollowed] = useState(shown);
  if (followed !== shown) {
    setFollowed(shown);
    setDraft((d) => {
      const parsed = Number(d.trim());
      const same =
        Number.isFinite(parsed) && d.trim() !== '' && Math.abs(parsed - shown) <= 1e-9 * Math.abs(shown);
      return same ? d : formatForInput(shown);
    });
    setError(null);
  }

  const unitText = spec.displayUnit ? ` (${spec.displayUnit})` : '';
  const position = sliderPosition(spec, value);
  const min = spec.isLogScale ? Math.log10(spec.min) : spec.min;
  const max = spec.isLogScale ? Math.log10(spec.max) : spec.max;
  const errorId = `${id}-error`;
  const descId = `${id}-desc`;
  const rangeText = `${formatForInput(spec.min * spec.displayFactor)}–${formatForInput(spec.max * spec.displayFactor)}${unitSuffix(spec.displayUnit)}`;

  /** Checks the typed text; returns the valid canonical value or shows the message. */
  const check = (text: string): number | null => {
    const parsed = parseTyped(spec, text, label);
    if ('error' in parsed) {
      setError(parsed.error);
      return null;
    }
    setError(null);
    return parsed.value;
  };
  // Typed values apply on Enter or when leaving the box, not on every keystroke: while typing
  // "5000" the intermediate "5" and "50" must not move the diagram.
  const commit = (text: string) => {
    const next = check(text);
    if (next === null) return;
    if (next !== value) onChange(next);
    else setDraft(formatForInput(shown));
  };

  return (
    <div className={`param-control${error ? ' has-error' : ''}`}>
      <label className="param-label" htmlFor={`${id}-range`}>
        {label}
        {spec.displayUnit && (
          <>
            {' '}
            <span className="param-unit">({spec.displayUnit})</span>
          </>
        )}
      </label>
      <div className="param-inputs">
        <input
          id={`${id}-range`}
          type="range"
          min={min}
          max={max}
          step={spec.step}
          value={position}
          aria-valuetext={`${formatForInput(shown)}${unitSuffix(spec.displayUnit)}`}
          aria-describedby={hasDescription ? descId : undefined}
          onChange={(e) => {
            const next = valueAtPosition(spec, Number(e.currentTarget.value));
            if (next !== value) onChange(next);
          }}
        />
        <input
          className="param-number"
          type="number"
          inputMode="decimal"
          step="any"
          aria-label={`${label}${unitText}, typed value`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : `${id}-range-text`}
          value={draft}
          onChange={(e) => {
            setDraft(e.currentTarget.value);
            check(e.currentTarget.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(e.currentTarget.value);
          }}
          onBlur={(e) => commit(e.currentTarget.value)}
        />
      </div>
      <span id={`${id}-range-text`} className="visually-hidden">
        Allowed range {rangeText}
      </span>
      {error && (
        <p className="param-error" id={errorId} role="alert">
          {error}.
        </p>
      )}
      {hasDescription && (
        <p className="param-desc" id={descId}>
          {spec.description}
        </p>
      )}
    </div>
  );
}
