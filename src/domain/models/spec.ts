/**
 * Plain-data descriptions of model inputs: validity limits (label, unit, range, display unit) and
 * slider specs. No physics and no validation logic, so the URL table can import the slider ranges
 * without pulling any model into the initial bundle.
 */

/**
 * Validity limits of one input quantity, in its canonical unit. Messages are written in the
 * display unit (`value × displayFactor`), e.g. a flaw depth stored in m and shown in µm.
 */
export interface Limit {
  /** Human label used in messages, e.g. "Flaw depth". */
  label: string;
  /** Canonical unit of the value passed to the model, e.g. "m". */
  unit: string;
  /** Lowest valid value (canonical unit). */
  min: number;
  /** Highest valid value (canonical unit). */
  max: number;
  /** When true the minimum itself is invalid (e.g. min 0 means "must be positive"). */
  isMinExclusive: boolean;
  /** Unit used in messages and sliders, e.g. "µm". */
  displayUnit: string;
  /** Multiply a canonical value by this to get the display value (1e6 for m → µm). */
  displayFactor: number;
}

/** Builds a `Limit`; the display unit defaults to the canonical unit. */
export function limit(
  label: string,
  unit: string,
  min: number,
  max: number,
  options: { isMinExclusive?: boolean; displayUnit?: string; displayFactor?: number } = {},
): Limit {
  return {
    label,
    unit,
    min,
    max,
    isMinExclusive: options.isMinExclusive ?? false,
    displayUnit: options.displayUnit ?? unit,
    displayFactor: options.displayFactor ?? 1,
  };
}

/**
 * A slider description for a view: plain data, no behaviour. `min`/`max`/`default` are in the
 * canonical unit; multiply by `displayFactor` to show them in `displayUnit`. For log-scale
 * parameters `step` is in decades (log10 units), otherwise in the canonical unit.
 */
export interface ParamSpec {
  id: string;
  label: string;
  unit: string;
  displayUnit: string;
  displayFactor: number;
  min: number;
  max: number;
  step: number;
  default: number;
  isLogScale: boolean;
  description: string;
}

/** Builds a `ParamSpec` whose label and units come from the parameter's validity `Limit`. */
export function paramSpec(
  id: string,
  lim: Limit,
  slider: {
    min: number;
    max: number;
    step: number;
    default: number;
    isLogScale: boolean;
    description: string;
  },
): ParamSpec {
  return {
    id,
    label: lim.label,
    unit: lim.unit,
    displayUnit: lim.displayUnit,
    displayFactor: lim.displayFactor,
    ...slider,
  };
}
