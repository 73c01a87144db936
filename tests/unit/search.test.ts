// @vitest-environment node
import { createGlobalIndex, searchGrouped } from '../../src/domain/global-search';
import { materialSearchDocs } from '../../src/domain/material-search';
import { listMaterials } from '../../src/domain/materials';
import { createSearchIndex } from '../../src/domain/search';
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

  it('finds every garnet for "garnet"', () => {
    const ids = materials.search('garnet').map((h) => h.recordId);
    expect(ids).toEqual(expect.arrayContaining(['llzo', 'llzo-al', 'llzo-ta']));
    expect(ids).not.toContain('lgps');
  });

  it('returns nothing for an empty query', () => {
    expect(materials.search('   ')).toEqual([]);
  });
});

describe('global search', () => {
  const index = createGlobalIndex(kb);
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
