/**
 * The check of data/cell-designs.json that `npm run validate`, the build and the unit tests run: each
 * record fits its schema, has an id of its own, its design link string decodes (and encodes back to
 * itself), every material it names is in the knowledge base, and every reference it cites exists.
 * Problems are named file › record › field like the knowledge base's own. Not exported from the
 * cell index: it uses the zod schema, which stays out of the browser.
 */
import { CellDesignRecord } from '../../kb/schema';
import type { KbIndex, KbIssue } from '../../kb/structure';
import { decodeDesign, encodeDesign } from './codec';
import { resolveDesign } from './resolve';

const FILE = 'cell-designs.json';

/** Every problem of the parsed file `file` against the knowledge base `index`; [] when it is sound. */
export function cellDesignIssues(file: unknown, index: KbIndex): KbIssue[] {
  const records = (file as { records?: unknown } | null)?.records;
  if (!Array.isArray(records)) {
    return [{ file: FILE, record: '(file)', field: 'records', message: 'is not a list of records' }];
  }
  const issues: KbIssue[] = [];
  const seen = new Set<string>();
  records.forEach((raw: unknown, i) => {
    const id = (raw as { id?: unknown } | null)?.id;
    const record = typeof id === 'string' && id !== '' ? id : `#${i}`;
    const push = (field: string, message: string) => issues.push({ file: FILE, record, field, message });
    const parsed = CellDesignRecord.safeParse(raw);
    if (!parsed.success) {
      for (const e of parsed.error.issues) push(e.path.map(String).join('.') || '(record)', e.message);
      return;
    }
    const d = parsed.data;
    if (seen.has(d.id)) push('id', `id "${d.id}" is used by an earlier design`);
    seen.add(d.id);
    const decoded = decodeDesign(d.design);
    for (const p of decoded.problems) push('design', p);
    if (decoded.problems.length === 0 && encodeDesign(decoded.design) !== d.design) {
      push('design', `is not in its canonical form (${encodeDesign(decoded.design)})`);
    }
    const resolved = resolveDesign(decoded.design, index);
    if (!resolved.ok) push('design', resolved.error);
    else for (const p of resolved.problems) push('design', p);
    for (const ref of d.refs) {
      if (!index.references.has(ref)) push('refs', `reference "${ref}" is not in references.json`);
    }
  });
  return issues;
}
