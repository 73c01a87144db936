// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { KbFileName } from '../../src/kb/schema';
import { formatIssue, KB_FILE_NAMES, KB_FILE_PATHS } from '../../src/kb/structure';
import { type KbTexts, validateKbTexts } from '../../src/kb/validate-files';

const FILES = import.meta.glob<string>('../../data/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const TEXTS = Object.fromEntries(
  KB_FILE_NAMES.map((n) => {
    const text = FILES[`../../data/${KB_FILE_PATHS[n]}`];
    if (text === undefined) throw new Error(`fixture: data/${KB_FILE_PATHS[n]} not found`);
    return [n, text];
  }),
) as Record<KbFileName, string>;

type Json = { version: number; records: Array<Record<string, unknown>> } & Record<string, unknown>;
const parsed = (name: KbFileName): Json => JSON.parse(TEXTS[name]) as Json;
const recordOf = (file: Json, id: string) => {
  const r = file.records.find((x) => x.id === id);
  if (!r) throw new Error(`fixture: no record ${id}`);
  // biome-ignore lint/suspicious/noExplicitAny: fixtures reach into records of every shape
  return r as Record<string, any>;
};

/** The data files with one file's records changed by `edit`. */
function withEdit(name: KbFileName, edit: (file: Json) => void): KbTexts {
  const file = parsed(name);
  edit(file);
  return { ...TEXTS, [name]: JSON.stringify(file, null, 2) };
}
const lines = (texts: KbTexts) => validateKbTexts(texts).issues.map(formatIssue);

describe('validateKbTexts', () => {
  it('accepts data/ as it is', () => {
    const result = validateKbTexts(TEXTS);
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.kb?.electrolytes.length).toBeGreaterThan(0);
  });

  // One broken fixture per class of impossible value; each must be refused with its message.
  const cases: Array<[string, KbTexts, RegExp]> = [
    [
      'a negative conductivity',
      withEdit('electrolytes', (f) => {
        recordOf(f, 'lgps').ionicConductivity.value = -0.012;
      }),
      /^electrolytes\.json › lgps › ionicConductivity\.value: -0\.012 S\/cm is impossible: must be above 0/,
    ],
    [
      'a zero conductivity',
      withEdit('electrolytes', (f) => {
        recordOf(f, 'lgps').ionicConductivity.value = 0;
      }),
      /^electrolytes\.json › lgps › ionicConductivity\.value: 0 S\/cm is impossible: must be above 0/,
    ],
    [
      'a conductivity above any electrolyte',
      withEdit('electrolytes', (f) => {
        recordOf(f, 'lgps').ionicConductivity.value = 120;
      }),
      /lgps › ionicConductivity\.value: 120 S\/cm is impossible: must be at most 10 S\/cm/,
    ],
    [
      'a negative molar volume',
      withEdit('phases', (f) => {
        recordOf(f, 'li2s').molarVolume.value = -27.7;
      }),
      /^phases\.json › li2s › molarVolume\.value: -27\.7 cm³\/mol is impossible: must be above 0/,
    ],
    [
      'a negative shear modulus',
      withEdit('electrolytes', (f) => {
        const q = recordOf(f, 'llzo').shearModulus;
        if (q.value !== undefined) q.value = -60;
        else q.min = -60;
      }),
      /^electrolytes\.json › llzo › shearModulus\.(value|min): -60 GPa is impossible: must be above 0/,
    ],
    [
      'an electrode at 1,000 V',
      withEdit('electrodes', (f) => {
        recordOf(f, 'silicon').potential.value = 1000;
      }),
      /^electrodes\.json › silicon › potential\.value: 1000 V is impossible: must be at most 7 V/,
    ],
    [
      'a −50 to +500 V window',
      withEdit('electrolytes', (f) => {
        const w = recordOf(f, 'lgps').windows[0];
        w.reductionV = -50;
        w.oxidationV = 500;
      }),
      /^electrolytes\.json › lgps › windows\.0\.reductionV: -50 V is impossible/,
    ],
    [
      'a whitespace-only name',
      withEdit('electrolytes', (f) => {
        recordOf(f, 'lgps').name = '   ';
      }),
      /^electrolytes\.json › lgps › name: must not be empty or only spaces/,
    ],
    [
      'an extra top-level key',
      withEdit('topics', (f) => {
        f.comment = 'oops';
      }),
      /^topics\.json › \(file\) › comment: unexpected top-level key "comment"/,
    ],
    [
      'variantOf pointing at itself',
      withEdit('electrolytes', (f) => {
        recordOf(f, 'llzo-al').variantOf = 'llzo-al';
      }),
      /^electrolytes\.json › llzo-al › variantOf: a record cannot be a variant of itself/,
    ],
    [
      'two references with the same review number',
      withEdit('references', (f) => {
        const [a, b] = f.records as Array<Record<string, unknown>>;
        if (a && b) b.n = a.n;
      }),
      /^references\.json › .+ › n: review number 1 is already used by "aurbach-2002"/,
    ],
    [
      'a duplicate JSON key',
      {
        ...TEXTS,
        electrolytes: TEXTS.electrolytes.replace(
          '"id": "lgps",',
          '"id": "lgps",\n      "name": "LGPS twice",',
        ),
      },
      /^electrolytes\.json › lgps › name: key "name" written twice \(line \d+, column \d+ and line \d+, column \d+\)/,
    ],
    [
      'an empty file',
      { ...TEXTS, glossary: '' },
      /^glossary\.json › \(file\) › \(record\): invalid JSON at line 1, column 1: the file is empty/,
    ],
    [
      'a truncated file',
      { ...TEXTS, glossary: TEXTS.glossary.slice(0, 200) },
      /^glossary\.json › \(file\) › \(record\): invalid JSON at line \d+, column \d+: .*(cut off|end of the file)/,
    ],
    [
      'invalid JSON (a trailing comma)',
      { ...TEXTS, topics: '{\n  "version": 1,\n  "records": [],\n}' },
      /^topics\.json › \(file\) › \(record\): invalid JSON at line 4, column 1: expected a property name in double quotes, found “}”/,
    ],
  ];
  it.each(cases)('refuses %s, with file › record › field and its message', (_, texts, expected) => {
    const found = lines(texts);
    expect(
      found.some((l) => expected.test(l)),
      found.join('\n'),
    ).toBe(true);
  });

  it('lists every problem of several broken files, and still runs the checks across records', () => {
    const electrolytes = parsed('electrolytes');
    recordOf(electrolytes, 'lgps').ionicConductivity.value = -1; // schema (range)
    recordOf(electrolytes, 'lipon').mitigations = [{ text: 'x', refs: ['no-such-paper'] }]; // link
    const phases = parsed('phases');
    recordOf(phases, 'li2s').name = ' '; // schema
    const found = lines({
      ...TEXTS,
      electrolytes: JSON.stringify(electrolytes),
      phases: JSON.stringify(phases),
      glossary: '{"version": 1, "records": [',
      questions: undefined,
    });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^electrolytes\.json › lgps › ionicConductivity\.value: -1 S\/cm is impossible/,
        ),
        'electrolytes.json › lipon › mitigations.0.refs: unknown reference id "no-such-paper"',
        'phases.json › li2s › name: must not be empty or only spaces',
        expect.stringMatching(/^glossary\.json › \(file\) › \(record\): invalid JSON at line 1, column 28/),
        'questions.json › (file) › (record): file is missing',
      ]),
    );
    // A broken glossary is not also reported as every link into it.
    expect(found.filter((l) => l.includes('glossary'))).toHaveLength(1);
  });
});
