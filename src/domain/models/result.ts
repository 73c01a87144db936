/**
 * Shared plumbing of the physics models: the discriminated result type, input validation with
 * human-readable messages, slider parameter specs and sampling helpers.
 *
 * Every public model function validates its inputs here and returns a `ModelResult`, so that an
 * invalid input (zero, negative, NaN, or a value outside the model's validity limits) yields a
 * message naming the parameter and its allowed range, never NaN or Infinity.
 * Units: each `Limit` carries its canonical unit and, optionally, a display unit for messages.
 * Sources: none (no physics here); see MODELS.md.
 */
import { type Limit, limit } from './spec';

export { type Limit, limit, type ParamSpec, paramSpec } from './spec';

/** Success: the computed value plus warnings about the model's validity for these inputs. */
export interface ModelOk<T> {
  ok: true;
  value: T;
  warnings: string[];
}

/** Failure: a message naming the offending parameter and its allowed range. */
export interface ModelError {
  ok: false;
  error: string;
}

export type ModelResult<T> = ModelOk<T> | ModelError;

/** A point of a sampled curve, in the canonical units of the quantities plotted. */
export interface Point {
  x: number;
  y: number;
}

/** Formats a number for a message: 3 significant figures, exponent notation outside 1e-3…1e5. */
export function formatForMessage(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e-3 && abs < 1e5) return String(Number(value.toPrecision(3)));
  return value.toExponential(2).replace(/\.?0+e/, 'e');
}

function withUnit(value: number, unit: string): string {
  return unit === '' || unit === '%'
    ? `${formatForMessage(value)}${unit}`
    : `${formatForMessage(value)} ${unit}`;
}

/** "Flaw depth must be a finite number (got NaN)", or undefined when `value` is finite. */
export function requireFinite(name: string, value: number, unit: string): string | undefined {
  if (Number.isFinite(value)) return undefined;
  return `${name} must be a finite number (got ${Number.isNaN(value) ? 'NaN' : withUnit(value, unit)})`;
}

/** "Flaw depth must be positive (got 0 µm)", or undefined when `value` is finite and > 0. */
export function requirePositive(name: string, value: number, unit: string): string | undefined {
  const notFinite = requireFinite(name, value, unit);
  if (notFinite) return notFinite;
  return value > 0 ? undefined : `${name} must be positive (got ${withUnit(value, unit)})`;
}

/**
 * "Flaw depth must be between 0.001 µm and 1000 µm (got 5000 µm)", or undefined when `value` is
 * finite and within [min, max] (or (min, max] when `isMinExclusive`).
 */
export function requireInRange(
  name: string,
  value: number,
  unit: string,
  min: number,
  max: number,
  isMinExclusive = false,
): string | undefined {
  const notFinite = requireFinite(name, value, unit);
  if (notFinite) return notFinite;
  const isTooLow = isMinExclusive ? value <= min : value < min;
  if (!isTooLow && value <= max) return undefined;
  const lower = isMinExclusive ? `greater than ${withUnit(min, unit)}` : `between ${withUnit(min, unit)}`;
  const upper = isMinExclusive ? ` and at most ${withUnit(max, unit)}` : ` and ${withUnit(max, unit)}`;
  return `${name} must be ${lower}${upper} (got ${withUnit(value, unit)})`;
}

/**
 * Checks a value against its `Limit`, writing the message in the display unit. A limit whose
 * exclusive minimum is 0 reports "must be positive" for values ≤ 0.
 */
export function checkLimit(lim: Limit, value: number): string | undefined {
  const shown = value * lim.displayFactor;
  if (!Number.isFinite(value)) return requireFinite(lim.label, value, lim.displayUnit);
  if (lim.isMinExclusive && lim.min === 0 && value <= 0) {
    return requirePositive(lim.label, shown, lim.displayUnit);
  }
  return requireInRange(
    lim.label,
    shown,
    lim.displayUnit,
    lim.min * lim.displayFactor,
    lim.max * lim.displayFactor,
    lim.isMinExclusive,
  );
}

/** Returns the first failing check of `[limit, value]` pairs, or undefined when all pass. */
export function validate(checks: ReadonlyArray<readonly [Limit, number]>): string | undefined {
  for (const [lim, value] of checks) {
    const error = checkLimit(lim, value);
    if (error) return error;
  }
  return undefined;
}

/** The failure result. */
export function fail(error: string): ModelError {
  return { ok: false, error };
}

/** Names of numeric fields of `value` (top level and inside arrays of points) that are not finite. */
function nonFiniteFields(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const bad: string[] = [];
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'number' && !Number.isFinite(field)) bad.push(key);
    if (Array.isArray(field) && field.some((p) => !isFinitePoint(p))) bad.push(key);
  }
  return bad;
}

function isFinitePoint(p: unknown): boolean {
  if (typeof p !== 'object' || p === null) return true;
  return Object.values(p).every((v) => typeof v !== 'number' || Number.isFinite(v));
}

/**
 * The success result. As a last guard, a value with a non-finite number (an overflow that the
 * input limits did not catch) is turned into a failure instead of leaking NaN/Infinity.
 */
export function ok<T>(value: T, warnings: string[] = []): ModelResult<T> {
  const bad = nonFiniteFields(value);
  if (bad.length > 0) {
    return fail(
      `The model produced a non-finite ${bad.join(', ')} for these inputs; try values closer to the defaults`,
    );
  }
  return { ok: true, value, warnings };
}

/** Number of points of a sampled curve: 2…2000. */
export const SAMPLE_COUNT = limit('Number of samples', '', 2, 2000);

/** `count` values spaced evenly between `min` and `max` (both included). */
export function linearSpace(min: number, max: number, count: number): number[] {
  const n = Math.max(2, Math.round(count));
  return Array.from({ length: n }, (_, i) => min + ((max - min) * i) / (n - 1));
}

/** `count` values spaced evenly in log10 between `min` > 0 and `max` > 0 (both included). */
export function logSpace(min: number, max: number, count: number): number[] {
  return linearSpace(Math.log10(min), Math.log10(max), count).map((e) => 10 ** e);
}

/**
 * Samples `model` at each x and keeps the points where it succeeds. Warnings are merged without
 * duplicates. Fails with the model's own message when the very first point fails (then the fixed
 * parameters themselves are usually invalid); later failures are skipped and counted in a warning.
 */
export function sampleCurve(
  xs: readonly number[],
  model: (x: number) => ModelResult<number>,
): ModelResult<Point[]> {
  const points: Point[] = [];
  const warnings = new Set<string>();
  let skipped = 0;
  for (const x of xs) {
    const r = model(x);
    if (!r.ok) {
      if (points.length === 0 && skipped === 0) return r;
      skipped += 1;
      continue;
    }
    for (const w of r.warnings) warnings.add(w);
    points.push({ x, y: r.value });
  }
  if (skipped > 0)
    warnings.add(`${skipped} sample point(s) outside the model's validity limits were left out`);
  return ok(points, [...warnings]);
}

/** Maps the value of a successful result, passing failures and warnings through. */
export function mapResult<T, U>(r: ModelResult<T>, f: (value: T) => U): ModelResult<U> {
  return r.ok ? ok(f(r.value), r.warnings) : r;
}

/**
 * Samples `f` at `count` log-spaced points between `min` and `max`, after checking the range against
 * its limits and that it is not empty: the shared front half of every model's curve sampler.
 */
export function sampleLogRange(
  range: { min: number; max: number; count: number; minLimit: Limit; maxLimit: Limit; emptyMessage: string },
  f: (x: number) => ModelResult<number>,
  earlierError?: string,
): ModelResult<Point[]> {
  const error =
    earlierError ??
    validate([
      [range.minLimit, range.min],
      [range.maxLimit, range.max],
      [SAMPLE_COUNT, range.count],
    ]);
  if (error) return fail(error);
  if (range.min >= range.max) return fail(range.emptyMessage);
  return sampleCurve(logSpace(range.min, range.max, range.count), f);
}
