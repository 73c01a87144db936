/**
 * Float comparison helpers for the model tests. Expected numbers are computed independently (by
 * hand or with python3), never by calling the function under test.
 */
import { expect } from 'vitest';
import type { ModelResult } from '../../../src/domain/models/result';

/** Asserts |actual − expected| ≤ relTol·|expected| (exact equality when expected is 0). */
export function expectClose(actual: number, expected: number, relTol = 5e-4): void {
  expect(Number.isFinite(actual), `expected a finite number, got ${actual}`).toBe(true);
  if (expected === 0) {
    expect(actual).toBe(0);
    return;
  }
  const relErr = Math.abs(actual - expected) / Math.abs(expected);
  expect(
    relErr,
    `${actual} differs from ${expected} by a relative ${relErr.toExponential(2)}`,
  ).toBeLessThanOrEqual(relTol);
}

/** Asserts that `actual` rounded to `digits` significant figures equals `expected` (as written in MODELS.md). */
export function expectSigFigs(actual: number, expected: number, digits = 3): void {
  expect(Number.isFinite(actual), `expected a finite number, got ${actual}`).toBe(true);
  const rounded = Number(actual.toPrecision(digits));
  expectClose(rounded, expected, 1e-12);
}

/** Returns the value of a successful result, failing the test with the error otherwise. */
export function unwrap<T>(r: ModelResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got error: ${r.error}`);
  return r.value;
}

/** Returns the warnings of a successful result. */
export function warningsOf<T>(r: ModelResult<T>): string[] {
  if (!r.ok) throw new Error(`expected ok, got error: ${r.error}`);
  return r.warnings;
}

/** Asserts a failure whose message matches every pattern, and returns the message. */
export function expectError<T>(r: ModelResult<T>, ...patterns: RegExp[]): string {
  expect(r.ok).toBe(false);
  if (r.ok) return '';
  for (const p of patterns) expect(r.error).toMatch(p);
  return r.error;
}
