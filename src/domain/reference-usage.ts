/**
 * Where each reference is used: a reverse index from reference id to the places of the app that
 * cite it (materials, mechanisms, techniques, topics, interface types, glossary terms, open
 * questions), with the fields that cite it ("ionic conductivity", "stability window").
 *
 * Built by walking every record once, the same way the loader's cross-check walks `refs` arrays
 * (load.ts `walkLinks`), so a new field with `refs` is indexed without changes here.
 */
import type { KbFileName, KnowledgeBase } from '../kb/schema';

/** The kind of place a reference is used in. Kinds contain no hyphen (see `placeKey`). */
export type PlaceKind =
  | 'material'
  | 'mechanism'
  | 'technique'
  | 'topic'
  | 'interface'
  | 'glossary'
  | 'question';

export const PLACE_KINDS: readonly PlaceKind[] = [
  'material',
  'interface',
  'mechanism',
  'technique',
  'topic',
  'glossary',
  'question',
];

export const PLACE_KIND_LABEL: Record<PlaceKind, string> = {
  material: 'Materials',
  interface: 'Interface types',
  mechanism: 'Mechanisms',
  technique: 'Techniques',
  topic: 'Topics',
  glossary: 'Glossary',
  question: 'Open questions',
};

/** One record of the knowledge base that cites references. */
export interface Place {
  kind: PlaceKind;
  recordId: string;
  /** What the user sees: a material or mechanism name, a glossary term, a question. */
  label: string;
}

/** One place that cites a reference, and the fields of that place that do. */
export interface ReferenceUse {
  place: Place;
  /** Readable field names in first-seen order, e.g. ["ionic conductivity", "stability window"]. */
  fields: string[];
}

/** Reference id → its uses, ordered by place kind (materials first), then by data order. */
export type ReferenceUsage = ReadonlyMap<string, readonly ReferenceUse[]>;

const FILE_KIND: Record<KbFileName, PlaceKind | null> = {
  electrolytes: 'material',
  electrodes: 'material',
  phases: 'material',
  interfaceTypes: 'interface',
  mechanisms: 'mechanism',
  techniques: 'technique',
  topics: 'topic',
  glossary: 'glossary',
  questions: 'question',
  references: null,
};

/** Readable names of the top-level fields that hold `refs`; other keys are split from camelCase. */
const FIELD_LABEL: Record<string, string> = {
  refs: 'sources',
  electronicRefs: 'electronic character',
  ionicConductivity: 'ionic conductivity',
  electronicConductivity: 'electronic conductivity',
  shearModulus: 'shear modulus',
  youngsModulus: "Young's modulus",
  fractureToughness: 'fracture toughness',
  molarVolume: 'molar volume',
  windows: 'stability window',
  interfaceWithLi: 'interface with Li',
  reductionAtLi: 'reduction at Li',
  oxidationProducts: 'oxidation products',
  filaments: 'filaments',
  mitigations: 'mitigations',
  evidence: 'evidence',
  potential: 'working potential',
  cutoffPotential: 'cut-off potential',
  volumeChange: 'volume change',
  yieldStrength: 'yield strength',
  creep: 'creep',
};

/** The readable name of a field path's top-level key ("windows.0.refs" → "stability window"). */
export function fieldLabel(path: readonly string[]): string {
  const key = path[0] ?? 'refs';
  return FIELD_LABEL[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Every reference-id array inside a record, with the path of keys leading to it. */
function* walkRefs(value: unknown, path: string[] = []): Generator<{ ids: string[]; path: string[] }> {
  if (Array.isArray(value)) {
    for (const item of value) yield* walkRefs(item, path);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if ((key === 'refs' || key === 'electronicRefs') && Array.isArray(child)) {
      // A record's own `refs` is reported under "sources"; nested ones under their parent field.
      yield { ids: child as string[], path: path.length ? path : [key] };
    } else {
      yield* walkRefs(child, [...path, key]);
    }
  }
}

function placeLabel(record: Record<string, unknown>): string {
  for (const key of ['name', 'term', 'question'] as const) {
    const v = record[key];
    if (typeof v === 'string') return v;
  }
  return String(record.id);
}

/** Walks the knowledge base once and returns, for every reference id, where it is used. */
export function buildReferenceUsage(kb: KnowledgeBase): ReferenceUsage {
  const usage = new Map<string, ReferenceUse[]>();
  for (const kind of PLACE_KINDS) {
    for (const [file, fileKind] of Object.entries(FILE_KIND) as Array<[KbFileName, PlaceKind | null]>) {
      if (fileKind !== kind) continue;
      for (const record of kb[file] as ReadonlyArray<Record<string, unknown> & { id: string }>) {
        const place: Place = { kind, recordId: record.id, label: placeLabel(record) };
        const byRef = new Map<string, ReferenceUse>();
        for (const { ids, path } of walkRefs(record)) {
          const field = fieldLabel(path);
          for (const id of ids) {
            let use = byRef.get(id);
            if (!use) {
              use = { place, fields: [] };
              byRef.set(id, use);
              const list = usage.get(id) ?? [];
              list.push(use);
              usage.set(id, list);
            }
            if (!use.fields.includes(field)) use.fields.push(field);
          }
        }
      }
    }
  }
  return usage;
}

/** A URL-safe key naming one place, e.g. "material-llzo" (kinds have no hyphen, ids may). */
export function placeKey(place: Pick<Place, 'kind' | 'recordId'>): string {
  return `${place.kind}-${place.recordId}`;
}

/** Reads a place key back; null when the kind is unknown. */
export function parsePlaceKey(key: string): Pick<Place, 'kind' | 'recordId'> | null {
  const dash = key.indexOf('-');
  if (dash < 1) return null;
  const kind = key.slice(0, dash) as PlaceKind;
  const recordId = key.slice(dash + 1);
  if (!PLACE_KINDS.includes(kind) || !recordId) return null;
  return { kind, recordId };
}

/** The ids of the references used by one place. */
export function referencesUsedBy(usage: ReferenceUsage, key: string): Set<string> {
  const out = new Set<string>();
  for (const [refId, uses] of usage) {
    if (uses.some((u) => placeKey(u.place) === key)) out.add(refId);
  }
  return out;
}

/** The place a key names, if any reference is used there. */
export function findPlace(usage: ReferenceUsage, key: string): Place | null {
  for (const uses of usage.values()) {
    for (const u of uses) if (placeKey(u.place) === key) return u.place;
  }
  return null;
}
