/**
 * `npm run validate [dir]`: checks the knowledge-base files in data/ (or in `dir`) and prints
 * every problem of every file as `file › record › field: message`: malformed JSON with its line
 * and column, keys written twice, unexpected top-level keys, schema and range errors, and links
 * across records, and the cell designs (data/cell-designs.json) against the records they name.
 * Exits 1 when anything is wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue } from '../src/kb/structure.ts';
import { validateKbTexts } from '../src/kb/validate-files.ts';
import { readCellDesignIssues, readKbTexts } from './kb-files.ts';

const dir = process.argv[2] ?? join(import.meta.dirname, '..', 'data');
const texts = readKbTexts(dir);

const checked = validateKbTexts(texts);
const { kb } = checked;
const issues = kb ? readCellDesignIssues(dir, kb) : checked.issues;
if (!kb || issues.length > 0) {
  for (const issue of issues) console.error(`✗ ${formatIssue(issue)}`);
  const files = new Set(issues.map((i) => i.file)).size;
  console.error(`knowledge base: ${issues.length} problem(s) in ${files} file(s)`);
  process.exit(1);
}
const designs = (JSON.parse(readFileSync(join(dir, 'cell-designs.json'), 'utf8')) as { records: unknown[] })
  .records.length;
const counts = Object.entries(kb)
  .map(([k, v]) => `${k} ${(v as unknown[]).length}`)
  .join(', ');
const withDoi = kb.references.filter((r) => r.doi).length;
console.log(
  `knowledge base OK: ${counts}; references with DOI ${withDoi}/${kb.references.length}; cell designs ${designs}`,
);
