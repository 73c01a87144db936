// @vitest-environment node
import { listMaterials } from '../../src/domain/materials';
import { derivedOf } from '../../src/kb/derived';
import { loadKnowledgeBase } from '../../src/kb/load';
import type { KnowledgeBase } from '../../src/kb/schema';
import { minimalKb } from '../fixtures/kb-minimal';

function kb(): KnowledgeBase {
  const r = loadKnowledgeBase(minimalKb());
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.kb;
}

describe('derivedOf', () => {
  it('returns the same derived data, and the same materials list and index, for the same knowledge base', () => {
    const a = kb();
    const d = derivedOf(a);
    expect(derivedOf(a)).toBe(d);
    expect(derivedOf(a).materials).toBe(d.materials);
    expect(derivedOf(a).materialSearch).toBe(d.materialSearch);
    expect(derivedOf(a).referenceUsage).toBe(d.referenceUsage);
  });

  it('computes afresh for another knowledge base (a reload), never mixing the two', () => {
    const a = kb();
    const b = kb();
    expect(derivedOf(b)).not.toBe(derivedOf(a));
    expect(derivedOf(b).materials).not.toBe(derivedOf(a).materials);
    expect(derivedOf(b).materials).toEqual(derivedOf(a).materials);
  });

  it('lists the materials of the three files and finds each by id', () => {
    const a = kb();
    const { materials, materialById } = derivedOf(a);
    expect(materials).toEqual(listMaterials(a));
    expect(materials.map((m) => `${m.kind}:${m.id}`)).toEqual([
      'electrolyte:lgps',
      'electrode:li-metal',
      'phase:li2s',
      'phase:li3p',
    ]);
    expect(materialById.get('li-metal')?.kind).toBe('electrode');
    expect(materialById.get('li2s')?.kind).toBe('phase');
    expect(materialById.get('nope')).toBeUndefined();
  });

  it('searches the materials and the whole knowledge base', () => {
    const d = derivedOf(kb());
    expect(d.materialSearch.search('Li10GeP2S12', 5)[0]?.recordId).toBe('lgps');
    expect(
      d.globalSearch.search('Solid-state electrolyte', 10).map((h) => `${h.kind}:${h.recordId}`),
    ).toContain('glossary:sse');
    expect(d.referenceUsage.get('zhu-2015')?.map((u) => u.place.recordId)).toContain('lgps');
  });
});
