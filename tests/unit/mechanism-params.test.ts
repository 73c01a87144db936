// @vitest-environment node
/**
 * The URL keys of the mechanism diagrams agree with the models' slider specs (defaults and
 * ranges are written twice so that the models stay out of the initial bundle; this keeps them
 * one truth), and the typed-value helpers of <ParamControl> read and check values as shown.
 */
import {
  formatForInput,
  parseTyped,
  sliderPosition,
  tidyValue,
  valueAtPosition,
} from '../../src/components/ParamControl';
import { APP_PARAMS } from '../../src/domain/app-params';
import {
  MECHANISM_PARAMS,
  type MechanismNumberKey,
  type ModelNumberParam,
} from '../../src/domain/mechanism-params';
import { FLAW_MODEL_PARAMS } from '../../src/domain/models';
import { modelSpecOf } from '../../src/domain/mechanism-specs';

const numberKeys = Object.entries(MECHANISM_PARAMS)
  .filter(([, spec]) => 'bind' in spec)
  .map(([k]) => k as MechanismNumberKey);

describe('mechanism URL parameters', () => {
  it.each(numberKeys)('%s has the default and range of its model parameter', (key) => {
    const url = MECHANISM_PARAMS[key] as ModelNumberParam;
    const model = modelSpecOf(key);
    expect(url.defaultValue).toBe(model.default);
    expect(url.shape).toEqual({ kind: 'number', min: model.min, max: model.max });
  });

  it('uses short keys starting with m, unique across the whole app', () => {
    const mine = Object.values(MECHANISM_PARAMS).map((s) => s.key);
    for (const k of mine) expect(k).toMatch(/^m[a-z0-9]{1,5}$/);
    const all = Object.values(APP_PARAMS).map((s) => s.key);
    expect(new Set(all).size).toBe(all.length);
  });

  it('are part of the app table, so the URL round-trip tests cover them', () => {
    for (const k of Object.keys(MECHANISM_PARAMS)) expect(APP_PARAMS).toHaveProperty(k);
  });

  it('ignore a value outside the slider range', () => {
    expect(MECHANISM_PARAMS.flawDepth.parse('2e-6')).toBe(2e-6);
    expect(MECHANISM_PARAMS.flawDepth.parse('5e-3')).toBeUndefined();
    expect(MECHANISM_PARAMS.flawDepth.parse('abc')).toBeUndefined();
  });
});

describe('ParamControl value helpers', () => {
  const flawDepth = FLAW_MODEL_PARAMS.find((s) => s.id === 'flawDepthM')!;
  const overpotential = FLAW_MODEL_PARAMS.find((s) => s.id === 'overpotentialV')!;

  it('parseTyped reads the display unit and returns the canonical value', () => {
    expect(parseTyped(flawDepth, '2')).toEqual({ value: 2e-6 });
    expect(parseTyped(overpotential, '150')).toEqual({ value: 0.15 });
    expect(parseTyped(flawDepth, '0,5')).toEqual({ value: 5e-7 });
  });

  it('parseTyped refuses out-of-range, empty and non-numeric text with a message', () => {
    expect(parseTyped(flawDepth, '5000')).toEqual({
      error: 'Flaw depth must be between 0.01 µm and 100 µm (got 5000 µm)',
    });
    expect(parseTyped(flawDepth, '')).toEqual({ error: 'Enter a value for Flaw depth (µm)' });
    expect(parseTyped(flawDepth, 'abc')).toEqual({ error: 'Flaw depth: “abc” is not a number' });
    expect(parseTyped(overpotential, '-1')).toEqual({
      error: 'Overpotential |η| must be between 0 mV and 500 mV (got -1 mV)',
    });
  });

  it('parseTyped accepts the displayed bounds despite rounding', () => {
    expect(parseTyped(flawDepth, '0.01')).toEqual({ value: 1e-8 });
    expect(parseTyped(flawDepth, '100')).toEqual({ value: 1e-4 });
  });

  it('a log slider moves in decades and rounds to 4 significant figures', () => {
    expect(sliderPosition(flawDepth, 1e-6)).toBeCloseTo(-6, 12);
    expect(valueAtPosition(flawDepth, -5.95)).toBe(1.122e-6);
    expect(valueAtPosition(flawDepth, -3)).toBe(1e-4);
    expect(valueAtPosition(flawDepth, -2)).toBe(1e-4);
  });

  it('tidyValue clamps and formatForInput writes tiny numbers in exponent form', () => {
    expect(tidyValue(0.100000000004, 0, 0.5)).toBe(0.1);
    expect(tidyValue(-1, 0, 0.5)).toBe(0);
    expect(formatForInput(1e-6)).toBe('1e-6');
    expect(formatForInput(1.5e-8)).toBe('1.5e-8');
    expect(formatForInput(67.89123)).toBe('67.89');
    expect(formatForInput(0)).toBe('0');
  });
});
