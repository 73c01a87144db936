// @vitest-environment node
import {
  checkLimit,
  formatForMessage,
  limit,
  linearSpace,
  logSpace,
  ok,
  requireFinite,
  requireInRange,
  requirePositive,
  sampleCurve,
  validate,
  fail,
} from '../../../src/domain/models/result';
import { expectClose, expectError, unwrap, warningsOf } from './close';

describe('requirePositive', () => {
  it.each([
    [0, 'Flaw depth must be positive (got 0 µm)'],
    [-2, 'Flaw depth must be positive (got -2 µm)'],
    [Number.NaN, 'Flaw depth must be a finite number (got NaN)'],
    [Number.POSITIVE_INFINITY, 'Flaw depth must be a finite number (got ∞ µm)'],
  ])('requirePositive("Flaw depth", %s, "µm") explains the problem', (value, message) => {
    expect(requirePositive('Flaw depth', value, 'µm')).toBe(message);
  });

  it('requirePositive accepts a tiny positive number', () => {
    expect(requirePositive('Flaw depth', 1e-300, 'µm')).toBeUndefined();
  });
});

describe('requireInRange and requireFinite', () => {
  it('requireInRange names the range and the offending value', () => {
    expect(requireInRange('Poisson ratio', 0.7, '', 0, 0.499)).toBe(
      'Poisson ratio must be between 0 and 0.499 (got 0.7)',
    );
  });

  it('requireInRange includes both ends', () => {
    expect(requireInRange('x', 0, 'V', 0, 5)).toBeUndefined();
    expect(requireInRange('x', 5, 'V', 0, 5)).toBeUndefined();
    expect(requireInRange('x', 5.0001, 'V', 0, 5)).toMatch(/between 0 V and 5 V/);
  });

  it('requireInRange with an exclusive minimum rejects the minimum', () => {
    expect(requireInRange('x', 1, 'V', 1, 5, true)).toBe(
      'x must be greater than 1 V and at most 5 V (got 1 V)',
    );
  });

  it('requireFinite rejects NaN and accepts negatives', () => {
    expect(requireFinite('x', Number.NaN, 'V')).toMatch(/finite/);
    expect(requireFinite('x', -3, 'V')).toBeUndefined();
  });
});

describe('checkLimit', () => {
  const depth = limit('Flaw depth', 'm', 1e-9, 1e-3, { displayUnit: 'µm', displayFactor: 1e6 });
  const positiveDepth = limit('Flaw depth', 'm', 0, 1e-3, {
    isMinExclusive: true,
    displayUnit: 'µm',
    displayFactor: 1e6,
  });

  it('checkLimit writes the message in the display unit', () => {
    expect(checkLimit(depth, 0)).toBe('Flaw depth must be between 0.001 µm and 1000 µm (got 0 µm)');
    expect(checkLimit(depth, 2e-3)).toBe('Flaw depth must be between 0.001 µm and 1000 µm (got 2000 µm)');
  });

  it('checkLimit says "must be positive" for an exclusive zero minimum', () => {
    expect(checkLimit(positiveDepth, 0)).toBe('Flaw depth must be positive (got 0 µm)');
    expect(checkLimit(positiveDepth, -1e-6)).toBe('Flaw depth must be positive (got -1 µm)');
  });

  it('validate returns the first failing check in order', () => {
    const a = limit('A', 'V', 0, 1);
    const b = limit('B', 'V', 0, 1);
    expect(
      validate([
        [a, 0.5],
        [b, 2],
        [a, 3],
      ]),
    ).toMatch(/^B must be/);
    expect(
      validate([
        [a, 0.5],
        [b, 0.5],
      ]),
    ).toBeUndefined();
  });
});

describe('formatForMessage', () => {
  it.each([
    [0, '0'],
    [67.8717, '67.9'],
    [1e-7, '1e-7'],
    [2.5e6, '2.5e+6'],
    [-0.5, '-0.5'],
  ])('formatForMessage(%s) is %s', (value, text) => {
    expect(formatForMessage(value)).toBe(text);
  });
});

describe('ok and fail', () => {
  it('ok() turns a non-finite output into an error naming the field', () => {
    expectError(ok({ pressureMPa: Number.POSITIVE_INFINITY, other: 1 }), /non-finite pressureMPa/);
  });

  it('ok() checks points inside arrays', () => {
    expectError(ok({ points: [{ x: 1, y: Number.NaN }] }), /points/);
  });

  it('ok() keeps null fields and warnings', () => {
    const r = ok({ value: null as number | null, n: 2 }, ['careful']);
    expect(unwrap(r)).toEqual({ value: null, n: 2 });
    expect(warningsOf(r)).toEqual(['careful']);
  });

  it('fail() carries the message', () => {
    expect(fail('nope')).toEqual({ ok: false, error: 'nope' });
  });
});

describe('sampling helpers', () => {
  it('logSpace(1e-8, 1e-4, 5) gives one point per decade', () => {
    const xs = logSpace(1e-8, 1e-4, 5);
    [1e-8, 1e-7, 1e-6, 1e-5, 1e-4].forEach((x, i) => {
      expectClose(xs[i]!, x, 1e-12);
    });
  });

  it('linearSpace(0, 1, 11) steps by 0.1 and keeps both ends', () => {
    const xs = linearSpace(0, 1, 11);
    expect(xs).toHaveLength(11);
    expect(xs[0]).toBe(0);
    expect(xs[10]).toBe(1);
    expectClose(xs[3]!, 0.3, 1e-12);
  });

  it('sampleCurve skips failing points after the first and warns', () => {
    const r = sampleCurve([1, 2, 3, 4], (x) => (x === 3 ? fail('bad') : ok(x * x)));
    expect(unwrap(r)).toEqual([
      { x: 1, y: 1 },
      { x: 2, y: 4 },
      { x: 4, y: 16 },
    ]);
    expect(warningsOf(r)[0]).toMatch(/1 sample point/);
  });

  it('sampleCurve fails with the model message when the first point fails', () => {
    expectError(
      sampleCurve([1, 2], () => fail('Flaw depth must be positive (got 0 µm)')),
      /Flaw depth must be positive/,
    );
  });
});
