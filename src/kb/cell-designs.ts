/**
 * The ready-made cell designs of data/cell-designs.json for the cell view. No zod here (it stays out
 * of the browser): the schema and the links (src/domain/cell/designs-check.ts) are checked by `npm run
 * validate` and the build, and
 * this light check keeps a record of the wrong shape out of the list with a message.
 */
import raw from '../../data/cell-designs.json';
import type { CellDesignRecord } from './schema';

function isRecord(x: unknown): x is CellDesignRecord {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.name === 'string' &&
    typeof r.design === 'string' &&
    typeof r.summary === 'string' &&
    Array.isArray(r.refs) &&
    r.refs.every((id) => typeof id === 'string')
  );
}

/** The designs that have the expected shape, and a message for each that does not. */
export function readCellDesigns(file: unknown = raw): { designs: CellDesignRecord[]; problems: string[] } {
  const records = (file as { records?: unknown })?.records;
  if (!Array.isArray(records))
    return { designs: [], problems: ['cell-designs.json › (file): no records list'] };
  const designs: CellDesignRecord[] = [];
  const problems: string[] = [];
  records.forEach((r, i) => {
    if (isRecord(r)) designs.push(r);
    else problems.push(`cell-designs.json › record ${i + 1}: not a design (id, name, design, summary, refs)`);
  });
  return { designs, problems };
}
