/**
 * `npm run validate`: parses and cross-checks data/ and prints every issue with file, record and
 * field. Exits 1 when anything is wrong.
 */
import { formatIssue, loadKnowledgeBase } from '../src/kb/load.ts';
import { RAW_KB } from '../src/kb/raw.ts';

const result = loadKnowledgeBase(RAW_KB);
if (!result.ok) {
  for (const issue of result.issues) console.error(`✗ ${formatIssue(issue)}`);
  console.error(`knowledge base: ${result.issues.length} problem(s)`);
  process.exit(1);
}
const counts = Object.entries(result.kb)
  .map(([k, v]) => `${k} ${(v as unknown[]).length}`)
  .join(', ');
const withDoi = result.kb.references.filter((r) => r.doi).length;
console.log(`knowledge base OK: ${counts}; references with DOI ${withDoi}/${result.kb.references.length}`);
