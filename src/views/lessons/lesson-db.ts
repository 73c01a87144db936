/**
 * Lessons an instructor builds, kept in this browser through the app's store of user records
 * (src/persist/user-records.ts: one IndexedDB store for every kind, each record checked when read,
 * a corrupt one reported by name while the rest load). A lesson is found by its own id, which its
 * links carry; the store's record id stays internal.
 *
 * Every call resolves, never throws: without IndexedDB (some private modes) listing gives [] and
 * saving reports that the lesson could not be kept, so the builder still works for the visit.
 */
import type { Lesson } from '../../kb/schema';
import { type RecordKind, type UserRecord, userRecords } from '../../persist/user-records';

const isText = (v: unknown): v is string => typeof v === 'string';

/**
 * The lesson kind: a light structural check (the full schema check with zod runs when a lesson is
 * imported or exported; a stored lesson was built here or passed that check).
 */
export const LESSONS: RecordKind<Lesson> = {
  kind: 'lesson',
  validate(value) {
    const l = value as Partial<Lesson> | null;
    if (typeof l !== 'object' || l === null) return { error: 'is not a lesson' };
    if (!isText(l.id) || !isText(l.title) || !isText(l.topic) || !isText(l.summary)) {
      return { error: 'lacks its id, title, phenomenon or summary' };
    }
    if (!Array.isArray(l.steps)) return { error: 'has no list of steps' };
    const bad = l.steps.findIndex(
      (s) => !isText(s?.title) || !isText(s?.url) || !isText(s?.text) || !Array.isArray(s?.refs),
    );
    if (bad >= 0) return { error: `step ${bad + 1} lacks its title, link, explanation or references` };
    return { value: l as Lesson };
  },
};

async function records(): Promise<UserRecord<Lesson>[]> {
  try {
    return (await (await userRecords()).list(LESSONS)).records;
  } catch {
    return [];
  }
}

/** Every saved lesson, by title. */
export async function listSavedLessons(): Promise<Lesson[]> {
  return (await records()).map((r) => r.value).sort((a, b) => a.title.localeCompare(b.title));
}

// Writes run one after another: the builder saves on every keystroke, and two overlapping saves of
// a new lesson would otherwise both find no record and create two.
let queue: Promise<unknown> = Promise.resolve();
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

/** Saves (or replaces) the lesson with this lesson's id; false when the browser would not keep it. */
export function saveLesson(lesson: Lesson): Promise<boolean> {
  return inTurn(() => writeLesson(lesson));
}

async function writeLesson(lesson: Lesson): Promise<boolean> {
  try {
    const db = await userRecords();
    const existing = (await records()).find((r) => r.value.id === lesson.id);
    if (existing) await db.update(LESSONS, existing.id, { value: lesson, name: lesson.title || lesson.id });
    else await db.create(LESSONS, lesson.title || lesson.id, lesson);
    return true;
  } catch {
    return false;
  }
}

/** Deletes a saved lesson (the store keeps it marked until purged, so it could be restored). */
export function deleteSavedLesson(id: string): Promise<boolean> {
  return inTurn(() => removeLesson(id));
}

async function removeLesson(id: string): Promise<boolean> {
  try {
    const existing = (await records()).find((r) => r.value.id === id);
    if (existing) await (await userRecords()).remove(LESSONS, existing.id);
    return true;
  } catch {
    return false;
  }
}
