// @vitest-environment node
/** data/cell-designs.json: every record fits its schema, decodes, resolves in the KB and cites real references. */
import { describe, expect, it } from 'vitest';
import raw from '../../../data/cell-designs.json';
import { assessCell, decodeDesign } from '../../../src/domain/cell';
import { cellDesignIssues } from '../../../src/domain/cell/designs-check';
import { readCellDesigns } from '../../../src/kb/cell-designs';
import { loadKnowledgeBase } from '../../../src/kb/load';
import { RAW_KB } from '../../../src/kb/raw';
import { CellDesignRecord } from '../../../src/kb/schema';

const loaded = loadKnowledgeBase(RAW_KB);
if (!loaded.ok) throw new Error('the knowledge base does not load');
const { index } = loaded;

describe('data/cell-designs.json', () => {
  const { designs, problems } = readCellDesigns(raw);

  it('passes the check that npm run validate and the build run', () => {
    expect(cellDesignIssues(raw, index)).toEqual([]);
  });

  it('the check names each problem by record and field', () => {
    const [first, second] = raw.records as Array<Record<string, unknown>>;
    const issues = cellDesignIssues(
      {
        records: [
          { ...first, design: 'an.li-metal_el.llzx_ca.nmc811' },
          { ...second, id: first?.id, refs: ['nobody-1999'] },
          { id: 'no-summary', name: 'x', design: 'an.li-metal', refs: [] },
        ],
      },
      index,
    );
    const at = (i: { record: string; field: string }) => `${i.record} › ${i.field}`;
    expect(issues.map(at)).toEqual([
      // The unknown id, and the stand-in the cell view would show instead.
      'garnet-li-nmc811 › design',
      'garnet-li-nmc811 › design',
      'garnet-li-nmc811 › id',
      'garnet-li-nmc811 › refs',
      'no-summary › summary',
      'no-summary › refs',
    ]);
    expect(issues[0]?.message).toMatch(/llzx/);
    expect(issues[1]?.message).toMatch(/showing LLZO as the electrolyte/);
    expect(issues[2]?.message).toBe('id "garnet-li-nmc811" is used by an earlier design');
    expect(issues[3]?.message).toBe('reference "nobody-1999" is not in references.json');
    expect(cellDesignIssues({}, index)).toEqual([
      { file: 'cell-designs.json', record: '(file)', field: 'records', message: 'is not a list of records' },
    ]);
  });

  it('has designs of the right shape only', () => {
    expect(problems).toEqual([]);
    expect(designs.length).toBeGreaterThanOrEqual(5);
    for (const d of raw.records) expect(CellDesignRecord.safeParse(d).success, d.id).toBe(true);
    expect(new Set(designs.map((d) => d.id)).size).toBe(designs.length);
  });

  it.each(readCellDesigns(raw).designs.map((d) => [d.id, d] as const))('%s is assessed', (_id, d) => {
    const r = assessCell(decodeDesign(d.design).design, index);
    expect(r.ok && r.assessment.risks.length).toBeGreaterThan(0);
  });

  it('readCellDesigns names a record of the wrong shape and keeps the others', () => {
    const r = readCellDesigns({ records: [raw.records[0], { id: 'x' }] });
    expect(r.designs).toHaveLength(1);
    expect(r.problems).toEqual([
      'cell-designs.json › record 2: not a design (id, name, design, summary, refs)',
    ]);
  });
});
