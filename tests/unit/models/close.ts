/**
 * Helpers for the model tests: the float comparisons (shared by every test, from ../float) and
 * unwrapping a `ModelResult`.
 */
import { expect } from 'vitest';
import type { ModelResult } from '../../../src/domain/models/result';

export { expectClose, expectSigFigs } from '../float';

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
