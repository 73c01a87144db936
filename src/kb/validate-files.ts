/**
 * Validation of the knowledge base as files (what `npm run validate` runs on data/).
 *
 * Each file is read on its own, so one broken file never hides the problems of another: invalid,
 * empty or cut-off JSON is reported with its line and column, a key written twice in one object
 * with both places, and a top-level key other than `version` and `records` by name. Every file that
 * could be read then goes through the schema (`loadKnowledgeBase`), and the checks across records
 * run even when some records failed the schema, on everything that could be read, so a curator
 * sees every problem of every file in one run.
 */
import { parseJsonText, formatPosition } from './json-text';
import { loadKnowledgeBase } from './load';
import type { KbFileName, KnowledgeBase } from './schema';
import {
  buildIndex,
  crossCheck,
  formatIssue,
  KB_FILE_NAMES,
  KB_FILE_PATHS,
  type KbIndex,
  type KbIssue,
  type RawKb,
} from './structure';

/** The keys a data file holds at its top level. */
const TOP_LEVEL_KEYS = ['$schema', 'version', 'records'];

/** The text of each data file; undefined for a file that does not exist. */
export type KbTexts = Partial<Record<KbFileName, string>>;

export interface FileCheck {
  issues: KbIssue[];
  /** The knowledge base, when every check passed. */
  kb: KnowledgeBase | null;
}

function recordLabel(value: unknown, index: number): string {
  const records = (value as { records?: unknown } | null)?.records;
  if (Array.isArray(records)) {
    const r = records[index] as { id?: unknown } | undefined;
    // An empty id would leave the message without a record to point at: use the position.
    if (r && typeof r.id === 'string' && r.id !== '') return r.id;
  }
  return `#${index}`;
}

/** Checks the files' text, then their records; never throws. */
export function validateKbTexts(texts: KbTexts): FileCheck {
  const issues: KbIssue[] = [];
  const raw: Partial<RawKb> = {};
  // Files with no readable records: links into them are not reported as missing (noise).
  const unreadable = new Set<KbFileName>();
  for (const name of KB_FILE_NAMES) {
    const file = KB_FILE_PATHS[name];
    const text = texts[name];
    if (text === undefined) {
      issues.push({ file, record: '(file)', field: '', message: 'file is missing' });
      unreadable.add(name);
      continue;
    }
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      issues.push({
        file,
        record: '(file)',
        field: '',
        message: `invalid JSON at ${formatPosition(parsed.at)}: ${parsed.message}`,
      });
      unreadable.add(name);
      continue;
    }
    for (const d of parsed.duplicates) {
      const [top, index, ...rest] = d.path;
      const inRecord = top === 'records' && typeof index === 'number';
      issues.push({
        file,
        record: inRecord ? recordLabel(parsed.value, index) : '(file)',
        field: [...(inRecord ? rest : d.path), d.key].map(String).join('.'),
        message: `key "${d.key}" written twice (${formatPosition(d.firstAt)} and ${formatPosition(d.at)}); only the second would be kept`,
      });
    }
    const value = parsed.value;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const key of Object.keys(value)) {
        if (!TOP_LEVEL_KEYS.includes(key)) {
          issues.push({
            file,
            record: '(file)',
            field: key,
            message: `unexpected top-level key "${key}" (a data file holds only "version", "records" and an editor's "$schema")`,
          });
        }
      }
    }
    if (!Array.isArray((value as { records?: unknown } | null)?.records)) unreadable.add(name);
    raw[name] = value;
  }

  const load = loadKnowledgeBase(raw as RawKb);
  if (load.ok) return issues.length > 0 ? { issues, kb: null } : { issues, kb: load.kb };
  // The file-level problems above were already reported; the loader would repeat "file is missing".
  const seen = new Set(issues.map(formatIssue));
  const add = (i: KbIssue) => {
    const line = formatIssue(i);
    if (!seen.has(line)) {
      seen.add(line);
      issues.push(i);
    }
  };
  for (const i of load.issues) {
    if (!(i.message === 'file is missing' && issues.some((j) => j.file === i.file))) add(i);
  }
  for (const i of crossCheckReadable(raw, unreadable)) add(i);
  return { issues, kb: null };
}

/**
 * Runs the checks across records on whatever records could be read, also when some failed the
 * schema (the loader stops before them then). Links into a file with no readable records are
 * taken as valid, since there is nothing to check them against.
 */
function crossCheckReadable(raw: Partial<RawKb>, unreadable: ReadonlySet<KbFileName>): KbIssue[] {
  const partial = Object.fromEntries(
    KB_FILE_NAMES.map((name) => {
      const records = (raw[name] as { records?: unknown } | undefined)?.records;
      const readable = Array.isArray(records)
        ? records.filter(
            (r): r is { id: string } =>
              r !== null &&
              typeof r === 'object' &&
              typeof (r as { id?: unknown }).id === 'string' &&
              (r as { id: string }).id !== '',
          )
        : [];
      return [name, readable];
    }),
  ) as unknown as KnowledgeBase;
  const index = buildIndex(partial) as unknown as Record<KbFileName, Map<string, unknown>>;
  for (const name of unreadable) index[name] = new AnyId();
  const out: KbIssue[] = [];
  try {
    crossCheck(partial, index as unknown as KbIndex, out);
  } catch {
    // Records that failed the schema can hold any shape; the schema issues already name them.
  }
  return out;
}

/** A lookup that knows every id: stands in for a file whose records could not be read. */
class AnyId extends Map<string, unknown> {
  override has(): boolean {
    return true;
  }
}
