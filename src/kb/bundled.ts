/**
 * The bundled knowledge base as the browser gets it: the records of data/, parsed and validated by
 * the build (scripts/vite-kb.ts), one module per record type. No schema and no zod: the browser only
 * repeats the light structural checks (src/kb/structure.ts).
 */
import electrodes from 'virtual:ssb-kb/electrodes';
import electrolytes from 'virtual:ssb-kb/electrolytes';
import glossary from 'virtual:ssb-kb/glossary';
import interfaceTypes from 'virtual:ssb-kb/interfaceTypes';
import mechanisms from 'virtual:ssb-kb/mechanisms';
import phases from 'virtual:ssb-kb/phases';
import questions from 'virtual:ssb-kb/questions';
import references from 'virtual:ssb-kb/references';
import techniques from 'virtual:ssb-kb/techniques';
import topics from 'virtual:ssb-kb/topics';
import type { KbFileName } from './schema';

// In the same chunk as the records, so that checking them needs no further request.
export { checkStructure } from './structure';

/** Every record type's records, as validated by the build. */
export const BUNDLED_FILES: Record<KbFileName, unknown> = {
  electrolytes,
  phases,
  electrodes,
  interfaceTypes,
  topics,
  mechanisms,
  techniques,
  glossary,
  questions,
  references,
};
