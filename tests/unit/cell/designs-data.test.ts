// @vitest-environment node
/** data/cell-designs.json: every record fits its schema, decodes, resolves in the KB and cites real references. */
import { describe, expect, it } from 'vitest';
import raw from '../../../data/cell-designs.json';
import { assessCell, decodeDesign, encodeDesign } from '../../../src/domain/cell';
import { readCellDesigns } from '../../../src/kb/cell-designs';
import { loadKnowledgeBase } from '../../../src/kb/load';
import { RAW_KB } from '../../../src/kb/raw';
import { CellDesignRecord } from '../../../src/kb/schema';

const loaded = loadKnowledgeBase(RAW_KB);
if (!loaded.ok) throw new Error('the knowledge base does not load');
const { index } = loaded;

describe('data/cell-designs.json', () => {
  const { designs, problems } = readCellDesigns(raw);

  it('has designs of the right shape only', () => {
    expect(problems).toEqual([]);
    expect(designs.length).toBeGreaterThanOrEqual(5);
    for (const d of raw.records) expect(CellDesignRecord.safeParse(d).success, d.id).toBe(true);
    expect(new Set(designs.map((d) => d.id)).size).toBe(designs.length);
  });

  it.each(readCellDesigns(raw).designs.map((d) => [d.id, d] as const))(
    '%s decodes, resolves and cites known references',
    (_id, d) => {
      const decoded = decodeDesign(d.design);
      expect(decoded.problems).toEqual([]);
      expect(encodeDesign(decoded.design)).toBe(d.design);
      const r = assessCell(decoded.design, index);
      expect(r.ok && r.problems).toEqual([]);
      for (const ref of d.refs) expect(index.references.has(ref), ref).toBe(true);
    },
  );

  it('readCellDesigns names a record of the wrong shape and keeps the others', () => {
    const r = readCellDesigns({ records: [raw.records[0], { id: 'x' }] });
    expect(r.designs).toHaveLength(1);
    expect(r.problems).toEqual([
      'cell-designs.json › record 2: not a design (id, name, design, summary, refs)',
    ]);
  });
});
