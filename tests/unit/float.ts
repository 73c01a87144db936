/**
 * The float comparisons every test uses. Expected numbers are computed independently (by hand or
 * with python3), never by calling the function under test; the tolerance says how far apart two
 * ways of computing the same number may land.
 */
import { expect } from 'vitest';

function expectFinite(actual: number | null | undefined): asserts actual is number {
  expect(
    typeof actual === 'number' && Number.isFinite(actual),
    `expected a finite number, got ${actual}`,
  ).toBe(true);
}

/** Asserts |actual − expected| ≤ relTol·|expected| (exact equality when expected is 0). */
export function expectClose(actual: number | null | undefined, expected: number, relTol = 5e-4): void {
  expectFinite(actual);
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

/**
 * Asserts |actual − expected| ≤ absTol: for pixels and potentials, where zero is an ordinary value.
 * `what` names the number in the failure message.
 */
export function expectNear(
  actual: number | null | undefined,
  expected: number,
  absTol: number,
  what = 'value',
): void {
  expectFinite(actual);
  expect(
    Math.abs(actual - expected),
    `${what}: ${actual} differs from ${expected} by more than ${absTol}`,
  ).toBeLessThanOrEqual(absTol);
}

/** Asserts that `actual` rounded to `digits` significant figures equals `expected` (as written in MODELS.md). */
export function expectSigFigs(actual: number, expected: number, digits = 3): void {
  expectFinite(actual);
  const rounded = Number(actual.toPrecision(digits));
  expectClose(rounded, expected, 1e-12);
}
