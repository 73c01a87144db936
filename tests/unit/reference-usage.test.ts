// @vitest-environment node
import {
  buildReferenceUsage,
  fieldLabel,
  findPlace,
  parsePlaceKey,
  placeKey,
  referencesUsedBy,
} from '../../src/domain/reference-usage';
import { loadKnowledgeBase } from '../../src/kb/load';
import { RAW_KB } from '../../src/kb/raw';
import { minimalKb } from '../fixtures/kb-minimal';

function load(raw = minimalKb()) {
  const result = loadKnowledgeBase(raw);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.kb;
}

/** Uses written compactly: "kind:id(field, field)". */
const show = (usage: ReturnType<typeof buildReferenceUsage>, refId: string) =>
  (usage.get(refId) ?? []).map((u) => `${u.place.kind}:${u.place.recordId}(${u.fields.join(', ')})`);

describe('buildReferenceUsage', () => {
  const usage = buildReferenceUsage(load());

  // Hand-checked against tests/fixtures/kb-minimal.ts.
  it.each([
    [
      'zhu-2015',
      [
        'material:lgps(ionic conductivity, stability window, reduction at Li)',
        'material:li-metal(working potential)',
        'material:li2s(molar volume)',
        'topic:interphase-formation(sources)',
      ],
    ],
    [
      'wenzel-2016a',
      [
        'material:lgps(interface with Li)',
        'interface:interface-type-2(sources)',
        'mechanism:interphase-growth(sources)',
        'technique:in-situ-xps(sources)',
      ],
    ],
  ])('buildReferenceUsage(minimal).get(%s) lists %j', (refId, expected) => {
    expect(show(usage, refId)).toEqual(expected);
  });

  it('labels places with their names', () => {
    expect(usage.get('wenzel-2016a')?.map((u) => u.place.label)).toEqual([
      'LGPS',
      'Mixed-conducting interphase',
      'Continuous interphase growth',
      'In situ XPS',
    ]);
  });

  it('has no entry for a reference nothing cites', () => {
    const raw = minimalKb();
    (raw.references as { records: unknown[] }).records.push({
      id: 'unused-2020',
      authors: ['Nobody, A.'],
      etAl: false,
      year: 2020,
      title: 'Unused',
      journal: 'J. Unused',
      doi: null,
      noDoiReason: 'unverified: fixture',
    });
    expect(buildReferenceUsage(load(raw)).has('unused-2020')).toBe(false);
  });

  it('on the real knowledge base, only names references that exist and places that exist', () => {
    const kb = load(RAW_KB);
    const real = buildReferenceUsage(kb);
    const refIds = new Set(kb.references.map((r) => r.id));
    for (const [refId, uses] of real) {
      expect(refIds.has(refId)).toBe(true);
      for (const u of uses) {
        expect(u.fields.length).toBeGreaterThan(0);
        expect(findPlace(real, placeKey(u.place))).toEqual(u.place);
      }
    }
  });
});

describe('fieldLabel', () => {
  it.each([
    [['windows'], 'stability window'],
    [['interfaceWithLi', 'evidence'], 'interface with Li'],
    [['refs'], 'sources'],
    [['someNewField'], 'some new field'],
    [[], 'sources'],
  ])('fieldLabel(%j) returns %s', (path, expected) => {
    expect(fieldLabel(path)).toBe(expected);
  });
});

describe('place keys', () => {
  it.each([
    [{ kind: 'material', recordId: 'llzo' }, 'material-llzo'],
    [{ kind: 'interface', recordId: 'interface-type-2' }, 'interface-interface-type-2'],
    [{ kind: 'glossary', recordId: 'sei' }, 'glossary-sei'],
  ] as const)('placeKey(%j) is %s and reads back', (place, key) => {
    expect(placeKey(place)).toBe(key);
    expect(parsePlaceKey(key)).toEqual(place);
  });

  it.each(['llzo', '-llzo', 'material-', 'planet-earth'])('parsePlaceKey(%s) is null', (key) => {
    expect(parsePlaceKey(key)).toBeNull();
  });

  it('referencesUsedBy(usage, "material-lgps") gives both fixture references', () => {
    const usage = buildReferenceUsage(load());
    expect([...referencesUsedBy(usage, 'material-lgps')].sort()).toEqual(['wenzel-2016a', 'zhu-2015']);
    expect([...referencesUsedBy(usage, 'technique-in-situ-xps')]).toEqual(['wenzel-2016a']);
    expect(referencesUsedBy(usage, 'material-nothing').size).toBe(0);
  });
});
