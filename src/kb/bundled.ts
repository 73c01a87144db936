/**
 * The bundled knowledge base as the browser gets it: the records of data/, parsed and validated by
 * the build (scripts/vite-kb.ts), one module (and one chunk) per record type, each downloaded on
 * demand, so that a view loads only the record types it shows (src/app/view-kb-parts.ts). No
 * schema and no zod: the browser only repeats the light structural checks (src/kb/structure.ts).
 */
import type { KbFileName } from './schema';

/** Downloads one record type's records, as validated by the build. */
export const KB_PART_IMPORTS: Record<KbFileName, () => Promise<{ default: unknown }>> = {
  electrolytes: () => import('virtual:ssb-kb/electrolytes'),
  phases: () => import('virtual:ssb-kb/phases'),
  electrodes: () => import('virtual:ssb-kb/electrodes'),
  interfaceTypes: () => import('virtual:ssb-kb/interfaceTypes'),
  topics: () => import('virtual:ssb-kb/topics'),
  mechanisms: () => import('virtual:ssb-kb/mechanisms'),
  techniques: () => import('virtual:ssb-kb/techniques'),
  glossary: () => import('virtual:ssb-kb/glossary'),
  questions: () => import('virtual:ssb-kb/questions'),
  references: () => import('virtual:ssb-kb/references'),
};
