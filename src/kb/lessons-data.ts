/**
 * The built-in lessons and concept checks (data/lessons.json, data/concept-checks.json). They are
 * not part of the knowledge base that every view loads: only the lessons view and the lesson bar
 * import this module, so the files travel in their chunk. They are checked against the Lesson and
 * ConceptCheck schemas and the references by tests/unit/lessons.test.ts, so no zod runs here.
 */
import checksJson from '../../data/concept-checks.json';
import lessonsJson from '../../data/lessons.json';
import type { ConceptCheck, Lesson } from './schema';

/** The lessons that ship with SSB Atlas. */
export const BUILT_IN_LESSONS = lessonsJson.records as Lesson[];

/** The concept checks, three or more per phenomenon. */
export const CONCEPT_CHECKS = checksJson.records as ConceptCheck[];
