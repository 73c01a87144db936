// @vitest-environment node
import fc from 'fast-check';
import { APP_PARAMS } from '../../src/domain/app-params';
import { DEFAULT_PERCOLATION_THRESHOLD } from '../../src/domain/classifier';
import type { CustomElectrolyte, CustomProduct } from '../../src/domain/classifier';
import {
  CUSTOM_LIMITS,
  customElectrolyteProblems,
  decodeCustomElectrolyte,
  draftFromCustom,
  emptyProductDraft,
  encodeCustomElectrolyte,
  hasControlCharacters,
  parseCustomDraft,
  parseTypedNumber,
} from '../../src/domain/custom-electrolyte-codec';

const noNegZero = (x: number) => (Object.is(x, -0) ? 0 : x);
const nameArb = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: CUSTOM_LIMITS.nameMaxLength })
  .filter((s) => s.trim() !== '' && s.length <= CUSTOM_LIMITS.nameMaxLength && !hasControlCharacters(s));
const positive = (max: number) =>
  fc.double({ min: Number.MIN_VALUE, max, noNaN: true, noDefaultInfinity: true }).filter((x) => x > 0);

const productArb: fc.Arbitrary<CustomProduct> = fc.record({
  name: nameArb,
  moles: positive(CUSTOM_LIMITS.molesMax),
  molarVolumeCm3: fc.option(positive(CUSTOM_LIMITS.molarVolumeMaxCm3), { nil: null }),
  electronic: fc.constantFrom('conductor', 'semiconductor', 'insulator', 'unknown'),
  ionicConductivitySCm: fc.option(positive(CUSTOM_LIMITS.conductivityMaxSCm), { nil: null }),
});

const customArb: fc.Arbitrary<CustomElectrolyte> = fc
  .record({
    name: nameArb,
    a: fc
      .double({ min: CUSTOM_LIMITS.potentialMinV, max: CUSTOM_LIMITS.potentialMaxV, noNaN: true })
      .map(noNegZero),
    b: fc
      .double({ min: CUSTOM_LIMITS.potentialMinV, max: CUSTOM_LIMITS.potentialMaxV, noNaN: true })
      .map(noNegZero),
    molarVolumeCm3: fc.option(positive(CUSTOM_LIMITS.molarVolumeMaxCm3), { nil: null }),
    reductionProducts: fc.array(productArb, { maxLength: 4 }),
    oxidationProducts: fc.array(productArb, { maxLength: 4 }),
  })
  .filter((r) => r.a !== r.b)
  .map(({ a, b, ...rest }) => ({ ...rest, reductionV: Math.min(a, b), oxidationV: Math.max(a, b) }))
  .filter((c) => customElectrolyteProblems(c).length === 0);

const LGPS_LIKE: CustomElectrolyte = {
  name: 'My LGPS; v2: test, 100%',
  reductionV: 1.71,
  oxidationV: 2.14,
  molarVolumeCm3: 289,
  reductionProducts: [
    { name: 'Li2S', moles: 12, molarVolumeCm3: 27.7, electronic: 'insulator', ionicConductivitySCm: null },
    {
      name: 'Li15Ge4',
      moles: 0.25,
      molarVolumeCm3: null,
      electronic: 'conductor',
      ionicConductivitySCm: 1e-7,
    },
  ],
  oxidationProducts: [],
};

describe('custom electrolyte codec', () => {
  it('the URL parameters use the classifier defaults and the codec length limit', () => {
    expect(APP_PARAMS.classifierThreshold.defaultValue).toBe(DEFAULT_PERCOLATION_THRESHOLD);
    expect(APP_PARAMS.classifierCustom.shape).toEqual({
      kind: 'string',
      maxLength: CUSTOM_LIMITS.encodedMaxLength,
    });
  });

  it('decodeCustomElectrolyte never throws and returns a valid value or null with a message', {
    timeout: 60_000,
  }, () => {
    // Any characters, weighted towards the separators, escapes, lone surrogates and control
    // characters. (The 'binary' unit takes tens of seconds to initialise under Vitest.)
    const charArb = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      fc.constantFrom(';', ',', ':', '%', '\uD800', '\uDC00', '\u0000', '\n', ' ', '-', '.', 'e'),
    );
    const anyArb = fc.string({ unit: charArb, maxLength: 200 });
    // Near-valid texts: the real separators and field shapes mixed with arbitrary pieces.
    const pieceArb = fc.oneof(
      fc.string({ unit: charArb, maxLength: 12 }),
      fc.constantFrom('v1', '1.7', '-0', '1e-7', 'Li2S:1:2:i', 'X:1::c:1e-3', '%', '%E0', ''),
    );
    const partsArb = fc
      .array(fc.tuple(pieceArb, fc.constantFrom(';', ',', ':')), { maxLength: 10 })
      .map((pairs) => pairs.map(([piece, sep]) => piece + sep).join(''));
    fc.assert(
      fc.property(fc.oneof(anyArb, partsArb, fc.constant('v1;;;;;;')), (raw) => {
        const decoded = decodeCustomElectrolyte(raw);
        if (decoded.value === null) {
          expect(decoded.problems.length === 0).toBe(raw === '');
          for (const p of decoded.problems) expect(p).toMatch(/^custom electrolyte: /);
        } else {
          expect(decoded.problems).toEqual([]);
          expect(customElectrolyteProblems(decoded.value)).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('decode(encode(x)) is the identity on valid custom electrolytes', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(customArb, (c) => {
        const text = encodeCustomElectrolyte(c);
        expect(text.length).toBeLessThanOrEqual(CUSTOM_LIMITS.encodedMaxLength);
        expect(decodeCustomElectrolyte(text)).toEqual({ value: c, problems: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('parseCustomDraft(draftFromCustom(x)) gives back x for valid values', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(customArb, (c) => {
        const parsed = parseCustomDraft(draftFromCustom(c));
        expect(parsed.errors).toEqual([]);
        // The form trims names.
        expect(parsed.value).toEqual({
          ...c,
          name: c.name.trim(),
          reductionProducts: c.reductionProducts.map((p) => ({ ...p, name: p.name.trim() })),
          oxidationProducts: c.oxidationProducts.map((p) => ({ ...p, name: p.name.trim() })),
        });
      }),
      { numRuns: 200 },
    );
  });

  it('encodeCustomElectrolyte writes a compact, readable text and escapes separators in names', () => {
    expect(encodeCustomElectrolyte(LGPS_LIKE)).toBe(
      'v1;My%20LGPS%3B%20v2%3A%20test%2C%20100%25;1.71;2.14;289;Li2S:12:27.7:i,Li15Ge4:0.25::c:1e-7;',
    );
  });

  it('encodeCustomElectrolyte refuses an invalid value', () => {
    expect(() => encodeCustomElectrolyte({ ...LGPS_LIKE, reductionV: 3 })).toThrow(
      /must be below the oxidation limit/,
    );
  });

  const cases: Array<[string, RegExp]> = [
    ['garbage', /unknown format/],
    ['v1;x;1;2', /expected 7 fields/],
    ['v1;x;abc;2;;Li2S:1:2:i;', /reduction limit “abc” is not a number/],
    ['v1;x;2;1;;Li2S:1:2:i;', /must be below the oxidation limit/],
    ['v1;x;1;2;;Li2S:0:2:i;', /reduction product 1: moles must be a positive number/],
    ['v1;x;1;2;;Li2S:1:2:q;', /electronic character “q” is not one of c, s, i, u/],
    ['v1;x;1;2;;Li2S:1;', /needs name:moles:molar volume:character/],
    ['v1;%E0%A4%A;1;2;;Li2S:1:2:i;', /name is not valid percent-encoded text/],
    ['v1;x;1;2;;;', /add at least one reduction or oxidation product/],
    ['v1;x;1;2; 5;Li2S:1:2:i;', /molar volume “ 5” is not a number/],
  ];
  for (const [raw, message] of cases) {
    it(`decodeCustomElectrolyte(${JSON.stringify(raw)}) returns null with a message`, () => {
      const d = decodeCustomElectrolyte(raw);
      expect(d.value).toBeNull();
      expect(d.problems).toHaveLength(1);
      expect(d.problems[0]).toMatch(message);
    });
  }

  it('decodeCustomElectrolyte of an empty text is "no custom electrolyte" without a problem', () => {
    expect(decodeCustomElectrolyte('')).toEqual({ value: null, problems: [] });
  });
});

describe('custom electrolyte form drafts', () => {
  it('parseTypedNumber accepts decimal commas, exponents and a Unicode minus, and rejects the rest', () => {
    expect(parseTypedNumber(' 1,5 ')).toBe(1.5);
    expect(parseTypedNumber('1e-7')).toBe(1e-7);
    expect(parseTypedNumber('\u22120.2')).toBe(-0.2);
    expect(parseTypedNumber('.5')).toBe(0.5);
    for (const bad of ['', 'abc', '1.2.3', '0x10', 'Infinity', '1e999', '1,5,6']) {
      expect(parseTypedNumber(bad)).toBeUndefined();
    }
  });

  it('parseCustomDraft names each bad field in a sentence that says what to enter', () => {
    const draft = draftFromCustom(LGPS_LIKE);
    draft.name = ' ';
    draft.reductionV = 'abc';
    draft.molarVolume = '-3';
    const row = draft.reductionProducts[0];
    if (!row) throw new Error('fixture');
    row.moles = '0';
    draft.oxidationProducts.push({ ...emptyProductDraft(), name: 'S', moles: '1', ionicConductivity: 'x' });
    const { value, errors } = parseCustomDraft(draft);
    expect(value).toBeNull();
    expect(errors.map((e) => e.message)).toEqual([
      'Name is empty: enter a short name for the electrolyte (up to 40 characters).',
      'Reduction limit “abc” is not a number: enter a potential in V vs Li/Li+, e.g. 1.71.',
      'Molar volume of the electrolyte “-3” is not a positive number: enter cm³/mol per formula unit (e.g. 289), or leave it empty if unknown.',
      'Reduction product 1 (Li2S): moles “0” is not a positive number; enter mol per formula unit of electrolyte, e.g. 12.',
      'Oxidation product 1 (S): ionic conductivity “x” is not a positive number; enter S/cm, e.g. 1e-7, or leave it empty.',
    ]);
  });

  it('parseCustomDraft rejects a window whose oxidation limit is not above the reduction limit', () => {
    const draft = draftFromCustom(LGPS_LIKE);
    draft.oxidationV = '1.5';
    const { errors } = parseCustomDraft(draft);
    expect(errors).toEqual([
      {
        at: { kind: 'field', field: 'oxidationV' },
        message:
          'The oxidation limit (1.5 V) must be above the reduction limit (1.71 V): the window runs from the reduction limit up to the oxidation limit.',
      },
    ]);
  });

  it('parseCustomDraft asks for at least one product', () => {
    const draft = { ...draftFromCustom(LGPS_LIKE), reductionProducts: [], oxidationProducts: [] };
    expect(parseCustomDraft(draft).errors.map((e) => e.message)).toEqual([
      'Add at least one product: the phases the electrolyte turns into when reduced or oxidised.',
    ]);
  });
});

describe('custom electrolyte: inherited object keys are not values', () => {
  const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
  it.each(names)('customElectrolyteProblems refuses electronic “%s”', (name) => {
    const bad = {
      ...LGPS_LIKE,
      reductionProducts: [{ ...LGPS_LIKE.reductionProducts[0], electronic: name }],
    } as unknown as CustomElectrolyte;
    expect(customElectrolyteProblems(bad)).toContain(
      `reduction product 1: unknown electronic character “${name}”`,
    );
  });
  it.each(names)('decodeCustomElectrolyte refuses the character code “%s”', (name) => {
    const decoded = decodeCustomElectrolyte(`v1;X;0.1;4;100;Li2S:1:27.7:${name};`);
    expect(decoded.value).toBeNull();
    expect(decoded.problems[0]).toMatch(/electronic character/);
  });
});
