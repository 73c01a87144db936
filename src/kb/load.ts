/**
 * The knowledge-base loader: parses every data file once against the zod schema, then checks the
 * rules that span records (unique ids, references resolve, links point at existing records).
 *
 * Every problem becomes a `KbIssue` naming the file, the record and the field, so that a curator
 * (or the app's error screen) can say exactly what is wrong. Nothing outside this module sees
 * unparsed JSON.
 */
import type { z } from 'zod';
import { KB_FILES, type KbFileName, type KnowledgeBase } from './schema';
import {
  buildIndex,
  crossCheck,
  KB_FILE_NAMES,
  KB_FILE_PATHS,
  KB_VERSION,
  type KbIndex,
  type KbIssue,
  type RawKb,
} from './structure';

export {
  buildIndex,
  checkStructure,
  crossCheck,
  formatIssue,
  KB_FILE_NAMES,
  KB_VERSION,
  type KbIndex,
  type KbIssue,
  type RawKb,
} from './structure';

export type LoadResult = { ok: true; kb: KnowledgeBase; index: KbIndex } | { ok: false; issues: KbIssue[] };

function fileName(name: KbFileName): string {
  return KB_FILE_PATHS[name];
}

function recordLabel(records: unknown, index: number): string {
  if (Array.isArray(records)) {
    const r = records[index] as { id?: unknown } | undefined;
    // An empty id would leave the message without a record to point at: use the position.
    if (r && typeof r.id === 'string' && r.id !== '') return r.id;
  }
  return `#${index}`;
}

function parseFile<K extends KbFileName>(
  name: K,
  raw: unknown,
  issues: KbIssue[],
): z.infer<(typeof KB_FILES)[K]> | null {
  const file = fileName(name);
  if (typeof raw !== 'object' || raw === null || !('records' in raw)) {
    issues.push({
      file,
      record: '(file)',
      field: 'records',
      message: 'file must be an object with a "records" array',
    });
    return null;
  }
  const { version, records } = raw as { version?: unknown; records: unknown };
  if (version !== KB_VERSION) {
    issues.push({
      file,
      record: '(file)',
      field: 'version',
      message: `unsupported version ${JSON.stringify(version)} (expected ${KB_VERSION})`,
    });
    return null;
  }
  const result = KB_FILES[name].safeParse(records);
  if (result.success) return result.data as z.infer<(typeof KB_FILES)[K]>;
  for (const issue of result.error.issues) {
    const [index, ...rest] = issue.path;
    issues.push({
      file,
      record: typeof index === 'number' ? recordLabel(records, index) : '(file)',
      field: rest.map(String).join('.'),
      message: issue.message,
    });
  }
  return null;
}

/**
 * Parses and cross-checks a whole knowledge base. Returns every issue found (not just the
 * first), so that a curator can fix a batch of mistakes in one go.
 */
export function loadKnowledgeBase(raw: RawKb): LoadResult {
  const issues: KbIssue[] = [];
  const parsed: Partial<KnowledgeBase> = {};
  for (const name of KB_FILE_NAMES) {
    if (!(name in raw) || raw[name] === undefined) {
      issues.push({ file: fileName(name), record: '(file)', field: '', message: 'file is missing' });
      continue;
    }
    const data = parseFile(name, raw[name], issues);
    if (data) (parsed as Record<string, unknown>)[name] = data;
  }
  if (issues.length > 0) return { ok: false, issues };
  const kb = parsed as KnowledgeBase;
  const index = buildIndex(kb);
  crossCheck(kb, index, issues);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, kb, index };
}
