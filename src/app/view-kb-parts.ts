/**
 * The record types of the knowledge base each view reads when it first renders: a route downloads
 * these (in parallel with its view's code, started by index.html's preload script, see
 * scripts/vite-shell.ts) and no others. A view that reads a type not listed here still works: the
 * reading component waits for that type's download (and the console names the missing entry), so
 * a list that is too short costs one round trip, never data. Every other type arrives with the idle
 * preloading after the first view is on screen.
 */
import type { ViewId } from '../domain/url-state';
import type { KbFileName } from '../kb/schema';

/** The record types of a material (one namespace across three files). */
const MATERIALS: readonly KbFileName[] = ['electrolytes', 'electrodes', 'phases'];

/** What each view reads on its own page (`/materials`, `/mechanisms`, ...). */
export const VIEW_KB_PARTS: Record<ViewId, readonly KbFileName[]> = {
  map: ['topics', 'mechanisms', 'techniques'],
  materials: [...MATERIALS, 'references'],
  compare: [...MATERIALS, 'references'],
  windows: MATERIALS,
  classifier: [...MATERIALS, 'interfaceTypes', 'techniques', 'references'],
  // Where each reference is cited: every record type.
  references: [
    ...MATERIALS,
    'interfaceTypes',
    'topics',
    'mechanisms',
    'techniques',
    'glossary',
    'questions',
    'references',
  ],
  glossary: ['glossary', 'references'],
  mechanisms: ['topics', 'mechanisms', 'glossary', 'references'],
  lessons: ['topics', 'references'],
  cell: [...MATERIALS, 'mechanisms', 'techniques', 'references'],
};

/**
 * What a view's record page (`/materials/lgps`, `/mechanisms/lithium-filaments`) reads beyond its
 * own page: a material's interface type, mechanisms and glossary terms; a topic's diagrams load
 * materials into their models.
 */
export const RECORD_KB_PARTS: Partial<Record<ViewId, readonly KbFileName[]>> = {
  materials: ['interfaceTypes', 'mechanisms', 'techniques', 'glossary'],
  mechanisms: [...MATERIALS, 'techniques'],
};

/** The record types a route reads: its view's, and on a record page the record page's too. */
export function kbPartsOf(view: ViewId, isRecordPage: boolean): readonly KbFileName[] {
  const extra = isRecordPage ? (RECORD_KB_PARTS[view] ?? []) : [];
  return [...VIEW_KB_PARTS[view], ...extra];
}
