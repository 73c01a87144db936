// @vitest-environment node
import { buildReferenceUsage } from '../../src/domain/reference-usage';
import { filterReferences, normalizeText, sortReferences } from '../../src/domain/reference-search';
import { loadKnowledgeBase } from '../../src/kb/load';
import { RAW_KB } from '../../src/kb/raw';
import type { Reference } from '../../src/kb/schema';
import { minimalKb, recordsOf } from '../fixtures/kb-minimal';

function load(raw = minimalKb()) {
  const result = loadKnowledgeBase(raw);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.kb;
}

/** The minimal fixture plus one added source (no number) by an author with an accent. */
function fixture() {
  const raw = minimalKb();
  recordsOf(raw, 'references').unshift({
    id: 'muller-2020',
    authors: ['Müller, K.'],
    etAl: false,
    year: 2020,
    title: 'Creep of lithium',
    journal: 'J. Added',
    doi: null,
    noDoiReason: 'unverified: fixture',
  });
  const kb = load(raw);
  return { kb, usage: buildReferenceUsage(kb) };
}

const ids = (refs: readonly Reference[]) => refs.map((r) => r.id);

describe('filterReferences', () => {
  const { kb, usage } = fixture();
  const run = (query: string, source: 'all' | 'review' | 'added' = 'all', usedBy: string | null = null) =>
    filterReferences(kb.references, usage, { query, source, usedBy });

  it.each([
    ['', 'all', null, ['zhu-2015', 'wenzel-2016a', 'muller-2020'], false],
    ['', 'review', null, ['zhu-2015', 'wenzel-2016a'], false],
    ['', 'added', null, ['muller-2020'], false],
    ['', 'all', 'technique-in-situ-xps', ['wenzel-2016a'], false],
    ['', 'all', 'material-nothing', [], false],
    ['zhu-2015', 'all', null, ['zhu-2015'], false], // an id lists that reference alone…
    ['zhu-2015', 'added', 'technique-in-situ-xps', ['zhu-2015'], false], // …whatever the filters
    ['ZHU 2015', 'all', null, ['zhu-2015'], false], // words in any case, in any order
    ['2015 origin', 'all', null, ['zhu-2015'], false],
    ['muller', 'all', null, ['muller-2020'], false], // accents ignored
    ['[23]', 'all', null, ['wenzel-2016a'], false], // a number in brackets
    ['#13', 'all', null, ['zhu-2015'], false],
    ['acsami.5b07517', 'all', null, ['zhu-2015'], false], // DOI
    ['LGPS', 'all', null, ['zhu-2015', 'wenzel-2016a'], false], // places that cite it
    ['in situ xps', 'all', null, ['wenzel-2016a'], false],
    ['wenzel', 'review', 'material-lgps', ['wenzel-2016a'], false],
    ['Wensel', 'all', null, ['wenzel-2016a'], true], // typo: close matches
    ['qqqqqq', 'all', null, [], false],
  ] as const)(
    'filterReferences(%j, %s, %s) lists %j (fuzzy: %s)',
    (query, source, usedBy, expected, isFuzzy) => {
      const match = run(query, source, usedBy);
      expect(ids(match.refs)).toEqual(expected);
      expect(match.isFuzzy).toBe(isFuzzy);
    },
  );
});

describe('sortReferences', () => {
  it('puts numbered references first, by number, then added sources in data order', () => {
    const refs = [{ id: 'b', n: 20 }, { id: 'x' }, { id: 'a', n: 3 }, { id: 'y' }] as unknown as Reference[];
    expect(ids(sortReferences(refs))).toEqual(['a', 'b', 'x', 'y']);
  });

  it('keeps the 106 review references of the real knowledge base in paper order', () => {
    const kb = load(RAW_KB);
    const numbers = sortReferences(kb.references)
      .map((r) => r.n)
      .filter((n) => n !== undefined);
    expect(numbers).toEqual(Array.from({ length: 106 }, (_, i) => i + 1));
  });
});

describe('normalizeText', () => {
  it.each([
    ['Müller', 'muller'],
    ['Monroe–Newman', 'monroe-newman'],
    ['ÅNGSTRÖM', 'angstrom'],
  ])('normalizeText(%s) is %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});
