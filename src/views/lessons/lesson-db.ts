/**
 * Lessons an instructor builds, kept in this browser (IndexedDB, one object store keyed by lesson
 * id). A small module of its own: the shared store for user records (src/persist) was not there
 * when lessons were built; moving to it later changes only this file.
 *
 * Every call resolves, never throws: without IndexedDB (some private modes) listing gives [] and
 * saving reports that the lesson could not be kept, so the builder still works for the visit.
 */
import type { Lesson } from '../../kb/schema';

const DB_NAME = 'ssb-atlas-lessons';
const STORE = 'lessons';

function open(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve(null);
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => resolve(null);
    req.onblocked = () => resolve(null);
  });
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | null> {
  return open().then(
    (db) =>
      new Promise((resolve) => {
        if (!db) return resolve(null);
        try {
          const tx = db.transaction(STORE, mode);
          const req = work(tx.objectStore(STORE));
          tx.oncomplete = () => {
            db.close();
            resolve(req.result);
          };
          tx.onerror = tx.onabort = () => {
            db.close();
            resolve(null);
          };
        } catch {
          db.close();
          resolve(null);
        }
      }),
  );
}

/** Every saved lesson, by title. */
export async function listSavedLessons(): Promise<Lesson[]> {
  const all = (await run('readonly', (s) => s.getAll() as IDBRequest<Lesson[]>)) ?? [];
  return all.sort((a, b) => a.title.localeCompare(b.title));
}

/** Saves (or replaces) a lesson; false when the browser would not keep it. */
export async function saveLesson(lesson: Lesson): Promise<boolean> {
  return (await run('readwrite', (s) => s.put(lesson))) !== null;
}

/** Deletes a saved lesson. */
export async function deleteSavedLesson(id: string): Promise<boolean> {
  return (await run('readwrite', (s) => s.delete(id))) !== null;
}
