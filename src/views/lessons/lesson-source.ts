/**
 * Where lessons come from: the built-in ones of data/lessons.json (checked against the schema and
 * the knowledge base by tests/unit/lessons.test.ts, so read here without zod) and the ones saved
 * in this browser.
 */
import { BUILT_IN_LESSONS } from '../../kb/lessons-data';
import type { Lesson } from '../../kb/schema';
import { listSavedLessons } from './lesson-db';

export { BUILT_IN_LESSONS };

/** A lesson found by id, and whether it is one of the built-in ones. */
export interface FoundLesson {
  lesson: Lesson;
  isBuiltIn: boolean;
}

/** The built-in or saved lesson with this id; built-in ones win, so a saved copy cannot hide one. */
export async function findLesson(id: string): Promise<FoundLesson | null> {
  const builtIn = BUILT_IN_LESSONS.find((l) => l.id === id);
  if (builtIn) return { lesson: builtIn, isBuiltIn: true };
  const saved = (await listSavedLessons()).find((l) => l.id === id);
  return saved ? { lesson: saved, isBuiltIn: false } : null;
}
