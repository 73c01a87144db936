/**
 * The user's own materials, shared by every view that lists materials (table, material page,
 * compare, stability chart, classifier, mechanism diagrams, cell): read from IndexedDB through src/persist, checked by src/domain/own-materials (loaded
 * on first use, with zod, never at start-up), and kept here so that each view sees the same list.
 *
 * Writes are all or nothing: an import stores its rows one by one and, if the browser refuses one
 * (storage full, any error), takes back the ones it stored, so nothing is half-imported and what
 * was stored before is untouched.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { MaterialSummary } from '../domain/materials';
import type { Electrolyte } from '../kb/schema';
import type { OwnMaterial } from '../domain/own-materials';
import type { RecordKind, RecordProblem, UserRecord, UserRecords } from '../persist/user-records';

type OwnModule = typeof import('../domain/own-materials');

/**
 * The browser database, loaded on first use (after the view has painted), so that a view listing
 * materials does not carry the IndexedDB code in its first bytes.
 */
async function userRecords(): Promise<UserRecords> {
  const persist = await import('../persist/user-records');
  return persist.userRecords();
}

export interface OwnMaterialsState {
  status: 'idle' | 'loading' | 'ready' | 'unavailable';
  records: readonly UserRecord<OwnMaterial>[];
  summaries: readonly MaterialSummary[];
  /** The same materials as electrolyte records, for the views that read electrolytes (cell, diagrams). */
  electrolytes: readonly Electrolyte[];
  /** Not read yet: an id not found may still be one of the user's (say nothing about it yet). */
  isPending: boolean;
  /** Stored entries that could not be read (named, left out, never deleted by themselves). */
  problems: readonly RecordProblem[];
  /** Why the store cannot be used (no IndexedDB), for the panel. */
  unavailableReason: string | null;
}

/** One empty list for every "none yet", so that an unchanged empty list keeps its identity. */
const NONE: readonly never[] = [];

let state: OwnMaterialsState = {
  status: 'idle',
  records: NONE,
  summaries: NONE,
  electrolytes: NONE,
  isPending: true,
  problems: NONE,
  unavailableReason: null,
};
const listeners = new Set<() => void>();
const set = (patch: Partial<Omit<OwnMaterialsState, 'isPending'>>) => {
  const next = { ...state, ...patch };
  state = { ...next, isPending: next.status === 'idle' || next.status === 'loading' };
  for (const l of listeners) l();
};
const setUnavailable = (err: unknown) =>
  set({ status: 'unavailable', unavailableReason: err instanceof Error ? err.message : String(err) });

let moduleLoad: Promise<OwnModule> | null = null;
/** The checking module (and zod with it), loaded once on first use. */
export function ownModule(): Promise<OwnModule> {
  moduleLoad ??= import('../domain/own-materials');
  return moduleLoad;
}

/** The kind of the stored records. */
const KIND = 'own-material';
let kindOf: RecordKind<OwnMaterial> | null = null;
async function kind(): Promise<RecordKind<OwnMaterial>> {
  const m = await ownModule();
  kindOf ??= { kind: KIND, validate: m.validateOwnMaterial };
  return kindOf;
}

/** Reads the stored materials again (after a write, or on first use). */
export async function refreshOwnMaterials(): Promise<void> {
  // Marked as loading without telling the views: to them idle and loading are the same ("not read
  // yet"), and each notice re-renders every view that lists materials at once (a whole table).
  if (state.status === 'idle') state = { ...state, status: 'loading' };
  let db: UserRecords;
  try {
    db = await userRecords();
  } catch (err) {
    setUnavailable(err);
    return;
  }
  // Nobody has added a material in this browser (the usual case): no need for the checking module.
  try {
    if ((await db.count(KIND)) === 0) {
      // The same empty lists as before: views memoised on them do not compute again.
      set({
        status: 'ready',
        records: NONE,
        summaries: NONE,
        electrolytes: NONE,
        problems: NONE,
        unavailableReason: null,
      });
      return;
    }
  } catch {
    // Counting failed: fall through to the full read, which reports what is wrong.
  }
  const [m, k] = await Promise.all([ownModule(), kind()]);
  let list: Awaited<ReturnType<UserRecords['list']>>;
  try {
    list = await db.list(k);
  } catch (err) {
    setUnavailable(err);
    return;
  }
  const summaries = list.records.map((r) => m.ownMaterialSummary(r.value as OwnMaterial));
  set({
    status: 'ready',
    records: list.records as UserRecord<OwnMaterial>[],
    summaries,
    electrolytes: summaries.flatMap((x) => (x.source.kind === 'electrolyte' ? [x.source.record] : [])),
    problems: list.problems,
    unavailableReason: null,
  });
}

/** The outcome of a write, in words for the panel. */
export type WriteResult = { ok: true; message: string } | { ok: false; message: string };

function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name ?? '';
  return name === 'QuotaExceededError' || /quota/i.test(err instanceof Error ? err.message : String(err));
}

/**
 * Stores every material or none: on a refused write, the ones stored by this call are removed
 * again. Exported for tests, which pass a store that fails on purpose.
 */
export async function storeAll(
  db: Pick<UserRecords, 'create' | 'remove'>,
  k: RecordKind<OwnMaterial>,
  materials: readonly OwnMaterial[],
): Promise<WriteResult> {
  const created: string[] = [];
  try {
    for (const m of materials) created.push((await db.create(k, m.name, m)).id);
  } catch (err) {
    const undone = await Promise.allSettled(created.map((id) => db.remove(k, id)));
    const isClean = undone.every((u) => u.status === 'fulfilled');
    const why = isQuotaError(err)
      ? 'the browser’s storage for this site is full'
      : `the browser refused to store them (${err instanceof Error ? err.message : String(err)})`;
    return {
      ok: false,
      message: `Nothing was imported: ${why}. ${
        isClean
          ? 'Your materials stored before are unchanged.'
          : 'Some of the new rows could not be taken back; delete them from the list below.'
      }`,
    };
  }
  const n = materials.length;
  return { ok: true, message: `Added ${n} material${n === 1 ? '' : 's'}.` };
}

/** Adds materials (all or none) and reads the list again. */
export async function addOwnMaterials(materials: readonly OwnMaterial[]): Promise<WriteResult> {
  let db: UserRecords;
  try {
    db = await userRecords();
  } catch (err) {
    return {
      ok: false,
      message: `Nothing was imported: ${err instanceof Error ? err.message : String(err)}.`,
    };
  }
  const result = await storeAll(db, await kind(), materials);
  await refreshOwnMaterials();
  return result;
}

/** Replaces one stored material by its edited version; what was stored stays if the write fails. */
export async function updateOwnMaterial(recordId: string, material: OwnMaterial): Promise<WriteResult> {
  try {
    const db = await userRecords();
    await db.update(await kind(), recordId, { value: material, name: material.name });
  } catch (err) {
    const why = isQuotaError(err)
      ? 'the browser’s storage for this site is full'
      : err instanceof Error
        ? err.message
        : String(err);
    await refreshOwnMaterials();
    return { ok: false, message: `Not saved: ${why}. The stored version is unchanged.` };
  }
  await refreshOwnMaterials();
  return { ok: true, message: `Saved ${material.name}.` };
}

/** Deletes one stored material (undoable with `restoreOwnMaterial`). */
export async function removeOwnMaterial(recordId: string): Promise<void> {
  const db = await userRecords();
  await db.remove(await kind(), recordId);
  await refreshOwnMaterials();
}

export async function restoreOwnMaterial(recordId: string): Promise<void> {
  const db = await userRecords();
  await db.restore(await kind(), recordId);
  await refreshOwnMaterials();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The user's own materials; the first caller starts reading them. */
export function useOwnMaterials(): OwnMaterialsState {
  // A build-time render (src/app/prerender.tsx) shows the state before anything is read.
  const s = useSyncExternalStore(
    subscribe,
    () => state,
    () => state,
  );
  useEffect(() => {
    if (state.status === 'idle') void refreshOwnMaterials();
  }, []);
  return s;
}
