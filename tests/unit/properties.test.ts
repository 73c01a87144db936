// @vitest-environment node
/**
 * Property tests over the three places that take input from outside a function's author: the
 * knowledge-base loader (any mutation of a valid KB is accepted or refused with a located message,
 * never a crash), the physics models (no NaN or Infinity ever reaches a result, whatever the
 * numbers) and the classifier (a verdict or "undetermined", never a throw). `RUNS` says how many
 * cases each property tries; the report counts them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyAgainstElectrode,
  classifyCustomAgainstElectrode,
  classifyInterface,
} from '../../src/domain/classifier';
import type {
  ClassifierInput,
  ClassifierOptions,
  CustomElectrolyte,
  ProductInput,
} from '../../src/domain/classifier';
import * as M from '../../src/domain/models';
import { loadKnowledgeBase } from '../../src/kb/load';
import type { KbFileName, KnowledgeBase } from '../../src/kb/schema';
import { formatIssue, KB_FILE_NAMES, KB_FILE_PATHS, type RawKb } from '../../src/kb/structure';
import { validateKbTexts } from '../../src/kb/validate-files';

/**
 * Cases per property (the model property runs this many per model function). A longer fuzz run:
 * `PROPERTY_RUNS_SCALE=20 npx vitest run tests/unit/properties.test.ts`.
 */
const SCALE = Math.max(1, Number(import.meta.env.PROPERTY_RUNS_SCALE ?? 1) || 1);
const RUNS = Object.fromEntries(
  Object.entries({
    kb: 150,
    models: 150,
    classifierInput: 1000,
    classifierKb: 300,
    classifierCustom: 300,
  }).map(([k, n]) => [k, n * SCALE]),
) as Record<'kb' | 'models' | 'classifierInput' | 'classifierKb' | 'classifierCustom', number>;

const FILES = import.meta.glob<string>('../../data/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const TEXTS = Object.fromEntries(
  KB_FILE_NAMES.map((n) => [n, FILES[`../../data/${KB_FILE_PATHS[n]}`] ?? ''] as const),
) as Record<KbFileName, string>;
const freshRaw = (): RawKb =>
  Object.fromEntries(KB_FILE_NAMES.map((n) => [n, JSON.parse(TEXTS[n])])) as RawKb;

/** Every number in `value` is finite (null and strings are fine); returns the path of the first that is not. */
function nonFinitePath(value: unknown, path = 'value', seen = new Set<unknown>()): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} = ${value}`;
  if (value === null || typeof value !== 'object' || seen.has(value)) return null;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) {
    const found = nonFinitePath(v, `${path}.${k}`, seen);
    if (found) return found;
  }
  return null;
}

/** Any double, with the awkward ones (NaN, ±∞, ±0, tiny, huge) drawn often. */
const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    0,
    -0,
    Number.MIN_VALUE,
    Number.MAX_VALUE,
    -1,
    1e-300,
    1e300,
  ),
);
/** A number near `x`: scaled by up to ±6 decades, sign flipped, or any double. */
const around = (x: number) =>
  fc.oneof(
    fc.constant(x),
    fc.double({ min: -6, max: 6, noNaN: true }).map((e) => x * 10 ** e),
    fc.constant(-x),
    anyNumber,
  );

// ---------------------------------------------------------------------------------------------
// Knowledge-base loader
// ---------------------------------------------------------------------------------------------

type Mutation = { file: number; steps: number[]; op: 'set' | 'delete' | 'add'; value: unknown; key: string };

/** Follows `steps` into `root` (each step picks a child by index modulo the count) and applies `op`. */
function mutate(root: unknown, m: Mutation): void {
  let parent: Record<string | number, unknown> | unknown[] | null = null;
  let key: string | number | null = null;
  let node = root;
  for (const step of m.steps) {
    if (node === null || typeof node !== 'object') break;
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string, unknown>;
    key = keys[step % keys.length] as string | number;
    node = (node as Record<string | number, unknown>)[key];
  }
  if (m.op === 'add' && node !== null && typeof node === 'object' && !Array.isArray(node)) {
    (node as Record<string, unknown>)[m.key] = m.value;
  } else if (parent && key !== null) {
    if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete (parent as Record<string, unknown>)[key];
    } else (parent as Record<string | number, unknown>)[key] = m.value;
  }
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  file: fc.nat(),
  steps: fc.array(fc.nat(), { minLength: 0, maxLength: 7 }),
  op: fc.constantFrom('set', 'set', 'delete', 'add'),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    anyNumber,
    fc.constantFrom('', '   ', 'constructor', '__proto__'),
  ),
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('id', 'refs', 'unit', 'value', 'constructor')),
});

const FILE_NAMES = new Set(Object.values(KB_FILE_PATHS));

describe('property: the knowledge-base loader', () => {
  it('accepts or refuses any mutation of a valid KB with file › record › field messages, never crashing', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (mutations) => {
        const raw = freshRaw();
        for (const m of mutations) {
          const name = KB_FILE_NAMES[m.file % KB_FILE_NAMES.length] as KbFileName;
          mutate(raw[name], m);
        }
        const result = loadKnowledgeBase(raw);
        if (!result.ok) {
          refused += 1;
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            expect(FILE_NAMES.has(issue.file), issue.file).toBe(true);
            expect(issue.record).not.toBe('');
            expect(issue.message.trim()).not.toBe('');
            expect(formatIssue(issue)).toMatch(/^\S+\.json › .+ › .+: .+/);
          }
        }
        // The command line's validator never crashes on the same data as text, and refuses
        // everything the loader refuses (it also refuses what only a file shows: extra top-level keys).
        const texts = Object.fromEntries(KB_FILE_NAMES.map((n) => [n, JSON.stringify(raw[n])]));
        const check = validateKbTexts(texts);
        if (!result.ok) expect(check.kb).toBeNull();
        for (const issue of check.issues) expect(formatIssue(issue)).toMatch(/^\S+\.json › .+ › .+: .+/);
      }),
      { numRuns: RUNS.kb },
    );
    // Most random mutations break something; a property that never saw a refusal would test little.
    expect(refused).toBeGreaterThan(RUNS.kb / 3);
  });
});

// ---------------------------------------------------------------------------------------------
// Physics models
// ---------------------------------------------------------------------------------------------

/** One input object holding every model's inputs, from the slider defaults and the presets. */
const BASE: Record<string, number> = Object.fromEntries(
  Object.entries(M)
    .filter(([k, v]) => k.endsWith('_PARAMS') && Array.isArray(v))
    .flatMap(([, v]) => (v as ReadonlyArray<{ id: string; default: number }>).map((s) => [s.id, s.default])),
);
Object.assign(BASE, { particlePoissonRatio: 0.25, matrixPoissonRatio: 0.3, electrolytePoissonRatio: 0.33 });
const LAYERS = {
  anode: Object.fromEntries(
    Object.entries(M.STACK_ANODE_PRESETS.indium).filter(([, v]) => typeof v === 'number'),
  ) as Record<string, number>,
  cathode: Object.fromEntries(
    Object.entries(M.STACK_CATHODE_PRESETS.lco).filter(([, v]) => typeof v === 'number'),
  ) as Record<string, number>,
};

const recordAround = (base: Record<string, number>) =>
  fc.record(Object.fromEntries(Object.entries(base).map(([k, v]) => [k, around(v)])));
const modelInputArb = fc.record({
  flat: recordAround(BASE),
  anode: recordAround(LAYERS.anode),
  cathode: recordAround(LAYERS.cathode),
  interfaceType: fc.constantFrom(2, 3),
  x: around(1),
  count: fc.oneof(fc.integer({ min: -3, max: 400 }), anyNumber),
  range: fc.record({ a: around(1e-6), b: around(1e-3) }),
});
type ModelInput = typeof modelInputArb extends fc.Arbitrary<infer T> ? T : never;

// Each public model function with the input it is called with; `i` is one fuzzed case.
// biome-ignore lint/suspicious/noExplicitAny: the calls pass one loose input object to every model
const MODELS: Record<string, (i: ModelInput, input: any) => unknown> = {
  lithiumPressureFromOverpotential: (i) =>
    M.lithiumPressureFromOverpotential(i.flat.overpotentialV ?? 0, i.x),
  criticalOverpotential: (_, input) => M.criticalOverpotential(input),
  flawFracture: (_, input) => M.flawFracture(input),
  criticalFlawDepth: (_, input) => M.criticalFlawDepth(input),
  criticalCurrentDensity: (_, input) => M.criticalCurrentDensity(input),
  sampleCriticalCurrentDensityVsAsr: (i, input) =>
    M.sampleCriticalCurrentDensityVsAsr(input, {
      minOhmCm2: i.range.a,
      maxOhmCm2: i.range.b,
      count: i.count,
    }),
  sampleCriticalOverpotentialVsFlawDepth: (i, input) =>
    M.sampleCriticalOverpotentialVsFlawDepth(input, { minM: i.range.a, maxM: i.range.b, count: i.count }),
  flawSchematic: (_, input) => M.flawSchematic(input),
  criticalInterphaseThickness: (_, input) => M.criticalInterphaseThickness(input),
  interphaseFracture: (_, input) => M.interphaseFracture(input),
  sampleStressIntensityVsInterphaseThickness: (i, input) =>
    M.sampleStressIntensityVsInterphaseThickness(input, { minM: i.range.a, maxM: i.range.b, count: i.count }),
  interphaseFractureSchematic: (_, input) => M.interphaseFractureSchematic(input),
  parabolicRateConstant: (_, input) => M.parabolicRateConstant(input),
  mixedConductorInterphaseThickness: (i, input) =>
    M.mixedConductorInterphaseThickness({ ...input, timeS: i.x }),
  selfLimitingInterphaseThickness: (i, input) => M.selfLimitingInterphaseThickness({ ...input, timeS: i.x }),
  interphaseAsr: (i, input) => M.interphaseAsr({ ...input, thicknessM: i.range.a }),
  interphaseGrowth: (i, input) => M.interphaseGrowth(input, i.x),
  sampleInterphaseThicknessVsTime: (i, input) =>
    M.sampleInterphaseThicknessVsTime(input, { maxTimeS: i.range.b, count: i.count }),
  sampleInterphaseAsrVsTime: (i, input) =>
    M.sampleInterphaseAsrVsTime(input, { maxTimeS: i.range.b, count: i.count }),
  interphaseGrowthSchematic: (i, input) => M.interphaseGrowthSchematic(input, i.x),
  classifyElectronicConductivity: (i) =>
    M.classifyElectronicConductivity(i.flat.electronicConductivitySPerCm ?? 0),
  electronicLeakage: (_, input) => M.electronicLeakage(input),
  sampleLeakageCurrentVsElectronicConductivity: (i, input) =>
    M.sampleLeakageCurrentVsElectronicConductivity(input, {
      minSPerCm: i.range.a,
      maxSPerCm: i.range.b,
      count: i.count,
    }),
  misfitSphere: (_, input) => M.misfitSphere(input),
  sampleMatrixStrengthVsParticleRadius: (i, input) =>
    M.sampleMatrixStrengthVsParticleRadius(input, { minM: i.range.a, maxM: i.range.b, count: i.count }),
  sampleInterfaceStressVsMatrixModulus: (i, input) =>
    M.sampleInterfaceStressVsMatrixModulus(input, { minGPa: i.range.a, maxGPa: i.range.b, count: i.count }),
  misfitSphereSchematic: (_, input) => M.misfitSphereSchematic(input),
  monroeNewman: (_, input) => M.monroeNewman(input),
  ahmadViswanathan: (_, input) => M.ahmadViswanathan(input),
  sampleAhmadViswanathanBoundary: (i, input) =>
    M.sampleAhmadViswanathanBoundary(input, { maxV: i.range.b, count: i.count }),
  pressurePotentialShift: (i) => M.pressurePotentialShift(i.flat.pressureMPa ?? 0, i.x),
  stackPressure: (i, input) => M.stackPressure(input, i.x),
  sampleStackPressureVsSoc: (i, input) => M.sampleStackPressureVsSoc(input, i.count),
  stackSchematic: (i, input) => M.stackSchematic(input, i.x),
};

describe('property: the physics models', () => {
  it('covers every model function the models module exports', () => {
    const exported = Object.entries(M)
      .filter(([k, v]) => typeof v === 'function' && /^[a-z]/.test(k))
      .map(([k]) => k);
    // Helpers that are not models (formatting, validation, unit plumbing, presets to inputs).
    const helpers = new Set([
      'formatForMessage',
      'requireFinite',
      'requirePositive',
      'limit',
      'paramSpec',
      'stressIntensityPaSqrtM',
      'linearStrainFromVolumeChange',
      'largeStrainWarning',
      'misfitSphereInputFromPresets',
      'relabel',
      'requireInRange',
      'checkLimit',
      'validate',
      'fail',
      'ok',
      'linearSpace',
      'logSpace',
      'sampleCurve',
      'sampleLogRange',
      'mapResult',
    ]);
    const uncovered = exported.filter(
      (k) => !(k in MODELS) && !helpers.has(k) && !/^(validate|check|sample)$/.test(k),
    );
    expect(uncovered, 'model functions without a property').toEqual([]);
  });

  it.each(Object.keys(MODELS))('%s: never throws, and a result holds no NaN or Infinity', (name) => {
    const call = MODELS[name] as (typeof MODELS)[string];
    fc.assert(
      fc.property(modelInputArb, (i) => {
        const input = { ...i.flat, anode: i.anode, cathode: i.cathode, interfaceType: i.interfaceType };
        const result = call(i, input) as {
          ok?: boolean;
          value?: unknown;
          error?: unknown;
          warnings?: unknown;
        };
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) {
          expect(nonFinitePath(result.value)).toBeNull();
          expect(Array.isArray(result.warnings)).toBe(true);
        } else {
          expect(typeof result.error).toBe('string');
          expect(String(result.error).trim()).not.toBe('');
        }
      }),
      { numRuns: RUNS.models },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Classifier
// ---------------------------------------------------------------------------------------------

const VERDICTS = new Set<unknown>([1, 2, 3, 'undetermined']);

function expectVerdict(result: ReturnType<typeof classifyInterface>): void {
  if (result.ok) {
    expect(VERDICTS.has(result.value.verdict), String(result.value.verdict)).toBe(true);
    expect(nonFinitePath(result.value.electronicFraction)).toBeNull();
    expect(nonFinitePath(result.value.electronicFractionBounds)).toBeNull();
  } else {
    expect(typeof result.error).toBe('string');
    expect(result.error.trim()).not.toBe('');
  }
}

const electronicArb = fc.constantFrom('conductor', 'semiconductor', 'insulator', 'unknown');
const productArb: fc.Arbitrary<ProductInput> = fc.record({
  phaseId: fc.constantFrom('li2s', 'li3p', 'li15ge4', 'x'),
  name: fc.string({ maxLength: 6 }),
  moles: anyNumber,
  molarVolumeCm3: fc.option(anyNumber, { nil: null }),
  electronic: electronicArb,
  ionicConductivitySCm: fc.option(anyNumber, { nil: null }),
});
const optionsArb: fc.Arbitrary<ClassifierOptions> = fc.record(
  {
    percolationThreshold: anyNumber,
    countSemiconductorsAsConductors: fc.boolean(),
    fractureExpansionThreshold: anyNumber,
    kineticThresholdEVPerAtom: anyNumber,
  },
  { requiredKeys: [] },
);
const inputArb: fc.Arbitrary<ClassifierInput> = fc.record({
  electrodePotentialV: fc.option(anyNumber, { nil: null }),
  window: fc.option(
    fc.record({ reductionV: anyNumber, oxidationV: anyNumber, source: fc.constant('zhu2015') }),
    {
      nil: null,
    },
  ),
  reductionProducts: fc.option(fc.array(productArb, { maxLength: 5 }), { nil: null }),
  oxidationProducts: fc.option(fc.array(productArb, { maxLength: 5 }), { nil: null }),
  electrolyteMolarVolumeCm3: fc.option(anyNumber, { nil: null }),
  reductionReaction: fc.option(
    fc.record({
      equation: fc.option(fc.string(), { nil: null }),
      lithiumMoles: fc.option(anyNumber, { nil: null }),
      drivingForceEVPerAtom: fc.option(anyNumber, { nil: null }),
    }),
    { nil: null },
  ),
});

const KB: KnowledgeBase = (() => {
  const result = loadKnowledgeBase(freshRaw());
  if (!result.ok) throw new Error(`data/ does not load: ${result.issues.map(formatIssue).join('; ')}`);
  return result.kb;
})();
const PHASES = new Map(KB.phases.map((p) => [p.id, p]));
const SOURCES = ['zhu2015', 'richards2016', 'experiment', 'other-calculation'] as const;

describe('property: the classifier', () => {
  it('classifyInterface gives a verdict or "undetermined" for any input and options, never a throw', () => {
    fc.assert(
      fc.property(inputArb, optionsArb, (input, options) => {
        expectVerdict(classifyInterface(input, options));
      }),
      { numRuns: RUNS.classifierInput },
    );
  });

  it('every knowledge-base electrolyte against every electrode, source and option gives a verdict', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KB.electrolytes),
        fc.constantFrom(...KB.electrodes),
        fc.constantFrom(...SOURCES),
        optionsArb,
        (electrolyte, electrode, source, options) => {
          expectVerdict(classifyAgainstElectrode(electrolyte, electrode, source, PHASES, options));
        },
      ),
      { numRuns: RUNS.classifierKb },
    );
  });

  it('a custom electrolyte (any numbers) against any electrode gives a verdict', () => {
    const custom: fc.Arbitrary<CustomElectrolyte> = fc.record({
      name: fc.string({ minLength: 1, maxLength: 10 }),
      reductionV: anyNumber,
      oxidationV: anyNumber,
      molarVolumeCm3: fc.option(anyNumber, { nil: null }),
      reductionProducts: fc.array(
        fc.record({
          name: fc.string({ maxLength: 6 }),
          moles: anyNumber,
          molarVolumeCm3: fc.option(anyNumber, { nil: null }),
          electronic: electronicArb,
          ionicConductivitySCm: fc.option(anyNumber, { nil: null }),
        }),
        { maxLength: 4 },
      ),
      oxidationProducts: fc.constant<CustomElectrolyte['oxidationProducts']>([]),
    });
    fc.assert(
      fc.property(custom, fc.constantFrom(...KB.electrodes), optionsArb, (c, electrode, options) => {
        expectVerdict(classifyCustomAgainstElectrode(c, electrode, options));
      }),
      { numRuns: RUNS.classifierCustom },
    );
  });
});
