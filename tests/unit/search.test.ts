// @vitest-environment node
import { createGlobalIndex, searchGrouped } from '../../src/domain/global-search';
import { materialSearchDocs } from '../../src/domain/material-search';
import { listMaterials } from '../../src/domain/materials';
import { compactText, createSearchIndex, typoDistance } from '../../src/domain/search';
import { loadKnowledgeBase } from '../../src/kb/load';
import { RAW_KB } from '../../src/kb/raw';

const result = loadKnowledgeBase(RAW_KB);
if (!result.ok) throw new Error('knowledge base does not load');
const { kb } = result;
const materials = createSearchIndex(materialSearchDocs(listMaterials(kb)));
const top = (q: string) => materials.search(q)[0]?.recordId;

describe('material search', () => {
  it.each([
    ['Li10GeP2S12', 'lgps'],
    ['LGPS', 'lgps'],
    ['lgps', 'lgps'],
    ['argyrodite', 'li6ps5cl'],
    ['argirodite', 'li6ps5cl'],
    ['Li6PS5Cl', 'li6ps5cl'],
    ['LiPON', 'lipon'],
  ])('finds %s → %s first', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it.each([
    ['LLZO', 'llzo'],
    ['llzo', 'llzo'],
    ['Li7La3Zr2O12', 'llzo'],
    ['Li₇La₃Zr₂O₁₂', 'llzo'],
    ['LLZTO', 'llzo-ta'],
    ['LLOZ', 'llzo'],
    ['LGSP', 'lgps'],
    ['lzo', 'llzo'],
    ['argyrodit', 'li6ps5cl'],
    ['LCO', 'lco'],
    ['Li', 'li-metal'],
    ['li in', 'li-in'],
  ])('ranks an exact name, abbreviation or formula, or one slip from it, first: %s → %s', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('puts the exact abbreviation above the doped variants that contain it', () => {
    const hits = materials.search('LLZO');
    expect(hits[0]).toMatchObject({ recordId: 'llzo', tier: 0 });
    expect(
      hits
        .slice(1, 5)
        .map((h) => h.recordId)
        .sort(),
    ).toEqual(['llzo-al', 'llzo-ga', 'llzo-nb', 'llzo-ta']);
    expect(hits.slice(1, 5).every((h) => h.tier === 1)).toBe(true);
  });

  it('gives each result its formula and class', () => {
    const hit = materials.search('LGPS')[0];
    expect(hit?.formula).toBe('Li10GeP2S12');
    expect(hit?.detail).toBe('Li₁₀GeP₂S₁₂ · sulfide solid electrolyte');
    expect(materials.search('LCO')[0]?.detail).toBe('LiCoO₂ · cathode electrode');
  });

  it('does not let a three-letter abbreviation stray to its neighbours', () => {
    expect(materials.search('LCO').map((h) => h.recordId)).toEqual(['lco']);
  });

  it('finds every garnet for "garnet"', () => {
    const ids = materials.search('garnet').map((h) => h.recordId);
    expect(ids).toEqual(expect.arrayContaining(['llzo', 'llzo-al', 'llzo-ta']));
    expect(ids).not.toContain('lgps');
  });

  it('returns nothing for an empty query', () => {
    expect(materials.search('   ')).toEqual([]);
  });
});

describe('typoDistance and compactText', () => {
  it.each([
    ['llzo', 'llzo', 0],
    ['lloz', 'llzo', 1],
    ['lgsp', 'lgps', 1],
    ['lzo', 'llzo', 1],
    ['lgsp', 'lsps', 2],
    ['kitten', 'sitting', 3],
  ])('typoDistance(%s, %s) is %i', (a, b, d) => {
    expect(typoDistance(a, b)).toBe(d);
  });
  it('compactText folds case, accents, subscripts and punctuation', () => {
    expect(compactText('Li–In')).toBe('liin');
    expect(compactText('Li₁₀GeP₂S₁₂')).toBe('li10gep2s12');
    expect(compactText('Pérez')).toBe('perez');
  });
});

describe('global search', () => {
  const index = createGlobalIndex(kb);
  it('opens LLZO itself for "LLZO": the first material hit is the exact abbreviation', () => {
    const groups = searchGrouped(index, 'LLZO');
    expect(groups[0]?.hits[0]?.recordId).toBe('llzo');
  });
  it('tolerates transposed letters in the header search too', () => {
    expect(searchGrouped(index, 'LLOZ')[0]?.hits[0]?.recordId).toBe('llzo');
    expect(searchGrouped(index, 'LGSP')[0]?.hits[0]?.recordId).toBe('lgps');
  });
  it('puts the group with the best match first ("CCD" is a glossary term)', () => {
    expect(searchGrouped(index, 'CCD')[0]?.kind).toBe('glossary');
  });
  it('groups results by kind, materials first', () => {
    const groups = searchGrouped(index, 'LLZO');
    expect(groups[0]?.kind).toBe('material');
  });
  it('finds glossary terms by abbreviation and references by author', () => {
    expect(searchGrouped(index, 'CCD').some((g) => g.kind === 'glossary')).toBe(true);
    const refs = searchGrouped(index, 'Monroe').find((g) => g.kind === 'reference');
    expect(refs?.hits[0]?.recordId).toBe('monroe-2005');
  });
});
