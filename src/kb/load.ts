/**
 * The knowledge-base loader: parses every data file once against the zod schema, then checks the
 * rules that span records (unique ids, references resolve, links point at existing records).
 *
 * Every problem becomes a `KbIssue` naming the file, the record and the field, so that a curator
 * (or the app's error screen) can say exactly what is wrong. Nothing outside this module sees
 * unparsed JSON.
 */
import type { z } from 'zod';
import { KB_FILE_PATHS, KB_FILES, type KbFileName, type KnowledgeBase } from './schema';

/** Raw file contents as read from data/: `{ version, records }` per file. */
export type RawKb = Record<KbFileName, unknown>;

export interface KbIssue {
  file: string;
  record: string;
  field: string;
  message: string;
}

export type LoadResult = { ok: true; kb: KnowledgeBase; index: KbIndex } | { ok: false; issues: KbIssue[] };

/** The schema version this build reads. Older files would go through upgraders here. */
export const KB_VERSION = 1;

export const KB_FILE_NAMES = Object.keys(KB_FILES) as KbFileName[];

/** Formats an issue as one line: `electrolytes.json › lgps › windows.0.reductionV: message`. */
export function formatIssue(i: KbIssue): string {
  return `${i.file} › ${i.record} › ${i.field || '(record)'}: ${i.message}`;
}

function fileName(name: KbFileName): string {
  return KB_FILE_PATHS[name];
}

function recordLabel(records: unknown, index: number): string {
  if (Array.isArray(records)) {
    const r = records[index] as { id?: unknown } | undefined;
    if (r && typeof r.id === 'string') return r.id;
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

/** Lookup maps built once after a successful load. */
export interface KbIndex {
  electrolytes: Map<string, KnowledgeBase['electrolytes'][number]>;
  phases: Map<string, KnowledgeBase['phases'][number]>;
  electrodes: Map<string, KnowledgeBase['electrodes'][number]>;
  mechanisms: Map<string, KnowledgeBase['mechanisms'][number]>;
  techniques: Map<string, KnowledgeBase['techniques'][number]>;
  glossary: Map<string, KnowledgeBase['glossary'][number]>;
  references: Map<string, KnowledgeBase['references'][number]>;
  topics: Map<string, KnowledgeBase['topics'][number]>;
  interfaceTypes: Map<string, KnowledgeBase['interfaceTypes'][number]>;
  questions: Map<string, KnowledgeBase['questions'][number]>;
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}

export function buildIndex(kb: KnowledgeBase): KbIndex {
  return {
    electrolytes: byId(kb.electrolytes),
    phases: byId(kb.phases),
    electrodes: byId(kb.electrodes),
    mechanisms: byId(kb.mechanisms),
    techniques: byId(kb.techniques),
    glossary: byId(kb.glossary),
    references: byId(kb.references),
    topics: byId(kb.topics),
    interfaceTypes: byId(kb.interfaceTypes),
    questions: byId(kb.questions),
  };
}

/**
 * Walks a parsed record and yields every `refs` array and every `technique`/`phase` link with its
 * dotted path, so that cross-checks need not know each record type's shape.
 */
function* walkLinks(
  value: unknown,
  path: string[] = [],
): Generator<{ key: string; ids: string[]; path: string }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* walkLinks(value[i], [...path, String(i)]);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    const childPath = [...path, key].join('.');
    if ((key === 'refs' || key === 'electronicRefs') && Array.isArray(child)) {
      yield { key: 'refs', ids: child as string[], path: childPath };
    } else if ((key === 'technique' || key === 'phase') && typeof child === 'string') {
      yield { key, ids: [child], path: childPath };
    } else {
      yield* walkLinks(child, [...path, key]);
    }
  }
}

/** Which record type each linking field of each file points at. */
const LINK_TARGETS: Partial<Record<KbFileName, Record<string, KbFileName[]>>> = {
  electrolytes: { mechanisms: ['mechanisms'], related: ['electrolytes'], variantOf: ['electrolytes'] },
  electrodes: { mechanisms: ['mechanisms'] },
  interfaceTypes: { examples: ['electrolytes'] },
  topics: { mechanisms: ['mechanisms'] },
  mechanisms: { topic: ['topics'], materials: ['electrolytes', 'electrodes', 'phases'] },
  techniques: { mechanisms: ['mechanisms'] },
  glossary: { related: ['glossary'] },
  questions: { topics: ['topics'] },
};

/** Material files share one namespace: their records are all reached at /materials/<id>. */
const MATERIAL_FILES: KbFileName[] = ['electrolytes', 'electrodes', 'phases'];

function crossCheck(kb: KnowledgeBase, index: KbIndex, issues: KbIssue[]): void {
  const materialOwner = new Map<string, KbFileName>();
  for (const name of MATERIAL_FILES) {
    for (const record of kb[name] as ReadonlyArray<{ id: string }>) {
      const owner = materialOwner.get(record.id);
      if (owner && owner !== name) {
        issues.push({
          file: fileName(name),
          record: record.id,
          field: 'id',
          message: `id "${record.id}" is also used in ${fileName(owner)}`,
        });
      } else materialOwner.set(record.id, name);
    }
  }
  for (const name of KB_FILE_NAMES) {
    const file = fileName(name);
    const seen = new Set<string>();
    for (const record of kb[name] as ReadonlyArray<{ id: string }>) {
      if (seen.has(record.id)) {
        issues.push({ file, record: record.id, field: 'id', message: `duplicate id "${record.id}"` });
      }
      seen.add(record.id);

      for (const link of walkLinks(record)) {
        const target =
          link.key === 'refs' ? index.references : link.key === 'technique' ? index.techniques : index.phases;
        const kind = link.key === 'refs' ? 'reference' : link.key;
        for (const id of link.ids) {
          if (!target.has(id)) {
            issues.push({ file, record: record.id, field: link.path, message: `unknown ${kind} id "${id}"` });
          }
        }
      }

      const targets = LINK_TARGETS[name] ?? {};
      for (const [field, kinds] of Object.entries(targets)) {
        const raw = (record as unknown as Record<string, unknown>)[field];
        const ids = raw === undefined ? [] : Array.isArray(raw) ? (raw as string[]) : [raw as string];
        ids.forEach((id, i) => {
          if (!kinds.some((k) => index[k].has(id))) {
            issues.push({
              file,
              record: record.id,
              field: Array.isArray(raw) ? `${field}.${i}` : field,
              message: `links to missing ${kinds.join(' or ')} record "${id}"`,
            });
          }
        });
      }
    }
  }
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
