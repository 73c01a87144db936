// @vitest-environment node
import { filterGlossary, glossaryLetter, groupByLetter, sortTerms } from '../../src/domain/glossary-search';
import type { GlossaryTerm } from '../../src/kb/schema';

const term = (id: string, name: string, aliases: string[] = [], inReviewGlossary = false): GlossaryTerm => ({
  id,
  term: name,
  aliases,
  definition: `Definition of ${name}.`,
  inReviewGlossary,
  related: [],
  refs: [],
});

const TERMS = [
  term('sei', 'Solid-electrolyte interphase', ['SEI']),
  term('ccd', 'Critical current density', ['CCD'], true),
  term('ionic', 'ionic conductivity'),
  term('angstrom', 'Ångström-scale roughness'),
  term('interphase', 'Interphase', [], true),
];

describe('glossary ordering', () => {
  it('sorts A–Z ignoring case and accents', () => {
    expect(sortTerms(TERMS).map((t) => t.id)).toEqual(['angstrom', 'ccd', 'interphase', 'ionic', 'sei']);
  });

  it.each([
    ['Ångström', 'A'],
    ['ionic', 'I'],
    ['2D material', 'D'],
    ['42', '#'],
  ])('glossaryLetter(%s) is %s', (name, letter) => {
    expect(glossaryLetter(name)).toBe(letter);
  });

  it('groups sorted terms by letter', () => {
    expect(groupByLetter(sortTerms(TERMS)).map((g) => [g.letter, g.terms.length])).toEqual([
      ['A', 1],
      ['C', 1],
      ['I', 2],
      ['S', 1],
    ]);
  });
});

describe('filterGlossary', () => {
  it.each([
    ['', false, ['angstrom', 'ccd', 'interphase', 'ionic', 'sei'], false],
    ['', true, ['ccd', 'interphase'], false],
    ['sei', false, ['sei'], false],
    ['interphase', false, ['interphase', 'sei'], false],
    ['interphase', true, ['interphase'], false],
    ['angstrom', false, ['angstrom'], false],
    ['conductivty', false, ['ionic'], true],
    ['zzzzzz', false, [], false],
  ] as const)(
    'filterGlossary(%j, reviewOnly %s) lists %j (fuzzy: %s)',
    (query, isReviewOnly, expected, isFuzzy) => {
      const match = filterGlossary(TERMS, { query, isReviewOnly });
      expect(match.terms.map((t) => t.id)).toEqual(expected);
      expect(match.isFuzzy).toBe(isFuzzy);
    },
  );
});
