/**
 * The knowledge base's shape without its schema: file names, issues, the lookup index and the checks
 * that span records. No zod here: the browser gets a knowledge base that the build already validated
 * against the schema (src/kb/load.ts, run by the build and by `npm run validate`), and only repeats
 * these light checks, so that a file corrupted after the build still gets a clear message.
 */
import type { KbFileName, KnowledgeBase } from './schema';

/** Raw file contents as read from data/: `{ version, records }` per file. */
export type RawKb = Record<KbFileName, unknown>;

/** One problem in the knowledge base, located by file, record and field. */
export interface KbIssue {
  file: string;
  record: string;
  field: string;
  message: string;
}

/** The schema version this build reads. Older files would go through upgraders here. */
export const KB_VERSION = 1;

/** The file in data/ that holds each record type. */
export const KB_FILE_PATHS: Record<KbFileName, string> = {
  electrolytes: 'electrolytes.json',
  phases: 'phases.json',
  electrodes: 'electrodes.json',
  interfaceTypes: 'interface-types.json',
  topics: 'topics.json',
  mechanisms: 'mechanisms.json',
  techniques: 'techniques.json',
  glossary: 'glossary.json',
  questions: 'questions.json',
  references: 'references.json',
};

/** Every record type, in the order the loader reads them. */
export const KB_FILE_NAMES = Object.keys(KB_FILE_PATHS) as KbFileName[];

/** Formats an issue as one line: `electrolytes.json › lgps › windows.0.reductionV: message`. */
export function formatIssue(i: KbIssue): string {
  return `${i.file} › ${i.record} › ${i.field || '(record)'}: ${i.message}`;
}

function fileName(name: KbFileName): string {
  return KB_FILE_PATHS[name];
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

/** Checks what spans records: unique ids, material ids shared by no two files, every link resolves. */
export function crossCheck(kb: KnowledgeBase, index: KbIndex, issues: KbIssue[]): void {
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
 * The browser's check of a knowledge base that the build validated: every file is a list of records
 * with string ids, and every link resolves. It catches a file that was truncated or replaced after
 * the build without shipping the schema; field types were checked by the build.
 */
export function checkStructure(
  files: Record<KbFileName, unknown>,
): { ok: true; kb: KnowledgeBase; index: KbIndex } | { ok: false; issues: KbIssue[] } {
  const issues: KbIssue[] = [];
  for (const name of KB_FILE_NAMES) {
    const records = files[name];
    if (!Array.isArray(records)) {
      issues.push({
        file: fileName(name),
        record: '(file)',
        field: 'records',
        message: 'is not a list of records',
      });
      continue;
    }
    records.forEach((r: unknown, i: number) => {
      if (typeof r !== 'object' || r === null || typeof (r as { id?: unknown }).id !== 'string') {
        issues.push({
          file: fileName(name),
          record: `#${i}`,
          field: 'id',
          message: 'record has no string id',
        });
      }
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  const kb = files as KnowledgeBase;
  const index = buildIndex(kb);
  crossCheck(kb, index, issues);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, kb, index };
}
