// @vitest-environment node
import {
  createGlossaryMatcher,
  isAbbreviation,
  linkGlossaryTerms,
  shortDefinition,
} from '../../src/domain/glossary-linker';
import { loadKnowledgeBase } from '../../src/kb/load';
import { RAW_KB } from '../../src/kb/raw';

/** A hand-made glossary covering the case, plural, separator and overlap rules. */
const TERMS = [
  { id: 'sei', term: 'Solid-electrolyte interphase', aliases: ['SEI'] },
  { id: 'interphase', term: 'Interphase', aliases: ['interphase layer'] },
  { id: 'ccd', term: 'Critical current density', aliases: ['CCD'] },
  { id: 'miec', term: 'Mixed ionic-electronic conductor', aliases: ['MIEC', 'mixed conductor'] },
  { id: 'sse', term: 'Solid-state electrolyte', aliases: ['SSE', 'solid electrolyte'] },
  { id: 'grain-boundary', term: 'Grain boundary', aliases: ['GB'] },
  { id: 'shear-modulus', term: 'Shear modulus', aliases: ['G'] },
  { id: 'monroe-newman', term: 'Monroe–Newman criterion', aliases: [] },
  { id: 'nasicon', term: 'NASICON', aliases: ['NASICON-type'] },
];
const matcher = createGlossaryMatcher(TERMS);

/** Runs written compactly: linked runs as [text→id], plain runs as they are. */
const show = (text: string, exclude?: string[]) =>
  linkGlossaryTerms(matcher, text, { exclude })
    .map((r) => (r.termId ? `[${r.text}→${r.termId}]` : r.text))
    .join('');

describe('isAbbreviation', () => {
  it.each([
    ['SEI', true],
    ['MIEC', true],
    ['NASICON', true],
    ['K_IC', true],
    ['KIc', false],
    ['Interphase', false],
    ['thio-LISICON', false],
    ['G', false],
  ])('isAbbreviation(%s) returns %s', (name, expected) => {
    expect(isAbbreviation(name)).toBe(expected);
  });
});

describe('linkGlossaryTerms', () => {
  it.each([
    // [input, expected]
    ['An SEI forms on Li.', 'An [SEI→sei] forms on Li.'],
    ['the sei is thin', 'the sei is thin'], // abbreviations keep their case
    ['Sei grows', 'Sei grows'],
    ['An interphase forms.', 'An [interphase→interphase] forms.'], // words match in any case
    ['INTERPHASE growth', '[INTERPHASE→interphase] growth'],
    ['Interphases grow.', '[Interphases→interphase] grow.'], // plural
    ['along grain boundaries', 'along [grain boundaries→grain-boundary]'], // y → ies
    ['two SSEs compared', 'two [SSEs→sse] compared'], // plural of an abbreviation
    ['the solid-electrolyte interphase', 'the [solid-electrolyte interphase→sei]'], // longest wins
    ['the solid electrolyte interphase', 'the [solid electrolyte interphase→sei]'], // space for hyphen
    ['a solid electrolyte', 'a [solid electrolyte→sse]'],
    ['a mixed ionic–electronic conductor', 'a [mixed ionic–electronic conductor→miec]'], // en dash
    ['the Monroe-Newman criterion', 'the [Monroe-Newman criterion→monroe-newman]'],
    ['NASICON-type LAGP', '[NASICON-type→nasicon] LAGP'],
    ['SEIs2 and LiSEI', 'SEIs2 and LiSEI'], // whole words only
    ['G = 4.9 GPa', 'G = 4.9 GPa'], // one-letter aliases are never matched
    ['GB and grain boundary', '[GB→grain-boundary] and grain boundary'], // first occurrence only
    ['CCD, then SEI, then CCD again', '[CCD→ccd], then [SEI→sei], then CCD again'],
    ['', ''],
    ['No terms here.', 'No terms here.'],
  ])('linkGlossaryTerms(%j) gives %j', (text, expected) => {
    expect(show(text)).toBe(expected);
  });

  it('never links an excluded term and lets no shorter term link inside it', () => {
    expect(show('The solid-electrolyte interphase and the SEI', ['sei'])).toBe(
      'The solid-electrolyte interphase and the SEI',
    );
  });

  it('returns runs whose texts join back to the input', () => {
    const text = 'An SEI, a MIEC, a mixed conductor and grain boundaries: CCD.';
    expect(
      linkGlossaryTerms(matcher, text)
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
  });

  it('merges neighbouring plain runs', () => {
    const runs = linkGlossaryTerms(matcher, 'SEI then SEI then text');
    expect(runs).toEqual([{ text: 'SEI', termId: 'sei' }, { text: ' then SEI then text' }]);
  });

  it('compiles every name of the real glossary without throwing and finds the review terms', () => {
    const loaded = loadKnowledgeBase(RAW_KB);
    if (!loaded.ok) throw new Error('the bundled knowledge base does not load');
    const real = createGlossaryMatcher(loaded.kb.glossary);
    const runs = linkGlossaryTerms(real, 'A MIEC interphase raises the CCD of a solid electrolyte.');
    expect(runs.filter((r) => r.termId).map((r) => r.text)).toEqual([
      'MIEC',
      'interphase',
      'CCD',
      'solid electrolyte',
    ]);
  });
});

describe('shortDefinition', () => {
  it.each([
    ['One sentence. Another one.', 'One sentence.'],
    ['Stable vs. Li metal, e.g. LiF. Second.', 'Stable vs. Li metal, e.g. LiF.'],
    ['No full stop', 'No full stop'],
    ['a '.repeat(150), `${'a '.repeat(99).trim()}…`],
  ])('shortDefinition(%j) gives %j', (text, expected) => {
    expect(shortDefinition(text)).toBe(expected);
  });
});
