/**
 * The user's own records, kept in this browser (IndexedDB through `idb`): custom electrolytes now,
 * own materials and lessons later. One store for every kind, keyed by a random id, so that:
 *
 * - creating a record never overwrites another (a new id every time, and a name already used by a
 *   record of the same kind gets " (2)", " (3)" …);
 * - deleting is undoable: `remove` only marks the record, `restore` brings it back, and `purge`
 *   drops marked records for good;
 * - every record is checked when it is read (its envelope here, its value by its kind's
 *   `validate`), so a corrupt record is reported by name and the others still load.
 *
 * Nothing here knows a record's contents; each kind brings its validator.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/** A record as the app sees it: checked, with its value typed by its kind. */
export interface UserRecord<T> {
  id: string;
  kind: string;
  name: string;
  value: T;
  /** Milliseconds since 1970 (Date.now()). */
  createdAt: number;
  updatedAt: number;
}

/** What a kind of record brings: its name in the store and a check of its value. */
export interface RecordKind<T> {
  kind: string;
  /** Returns the value typed, or a sentence saying what is wrong with it. Must not throw. */
  validate(value: unknown): { value: T } | { error: string };
}

/** A stored record that could not be read, named so the user knows which one. */
export interface RecordProblem {
  id: string;
  name: string;
  message: string;
}

export interface RecordList<T> {
  records: UserRecord<T>[];
  problems: RecordProblem[];
}

/** Raised for a refused write (an invalid value, an unknown id); its message is for the user. */
export class UserRecordError extends Error {}

interface StoredRecord {
  id: string;
  kind: string;
  name: string;
  value: unknown;
  createdAt: number;
  updatedAt: number;
  /** Set by `remove`; such a record is hidden until `restore` or `purge`. */
  deletedAt: number | null;
}

interface UserDb extends DBSchema {
  records: { key: string; value: StoredRecord; indexes: { byKind: string } };
}

export const USER_DB_NAME = 'ssb-atlas-user';
const STORE = 'records';

/** Longest record name kept. */
export const RECORD_NAME_MAX_LENGTH = 80;

export interface UserRecords {
  /** Every record of a kind that is not deleted, oldest first, and the ones that could not be read. */
  list<T>(kind: RecordKind<T>): Promise<RecordList<T>>;
  /** How many records of a kind are stored, deleted ones included (cheap: no record is read). */
  count(kind: string): Promise<number>;
  /** One record, or null when there is none (or it is deleted); a corrupt one comes as a problem. */
  get<T>(kind: RecordKind<T>, id: string): Promise<UserRecord<T> | RecordProblem | null>;
  /** Adds a record; a name already used by another record of the kind gets a number. */
  create<T>(kind: RecordKind<T>, name: string, value: T): Promise<UserRecord<T>>;
  /** Changes one record's value and/or name (a taken name gets a number, as in `create`). */
  update<T>(kind: RecordKind<T>, id: string, change: { value?: T; name?: string }): Promise<UserRecord<T>>;
  /** Hides a record; `restore` undoes it. */
  remove(kind: RecordKind<unknown>, id: string): Promise<void>;
  /** Brings a removed record back (its name gets a number if another record took it meanwhile). */
  restore<T>(kind: RecordKind<T>, id: string): Promise<UserRecord<T>>;
  /** Drops removed records for good. */
  purge(kind: RecordKind<unknown>): Promise<number>;
  close(): void;
}

/** "LGPS" → "LGPS (2)" when "LGPS" is taken, and so on; blank names become "Untitled". */
export function uniqueName(wanted: string, taken: ReadonlySet<string>): string {
  const base = wanted.trim().slice(0, RECORD_NAME_MAX_LENGTH) || 'Untitled';
  if (!taken.has(base)) return base;
  const stem = base.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

function newId(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

/** Checks what IndexedDB handed back before anything uses it. */
function readEnvelope(raw: unknown): { record: StoredRecord } | { problem: RecordProblem } {
  const r = raw as Partial<StoredRecord> | null;
  const id = r && typeof r.id === 'string' ? r.id : '(no id)';
  const name = r && typeof r.name === 'string' && r.name.trim() !== '' ? r.name : `record ${id}`;
  const bad = (message: string) => ({ problem: { id, name, message } });
  if (!r || typeof r !== 'object') return bad('is not a record');
  if (typeof r.id !== 'string') return bad('has no id');
  if (typeof r.kind !== 'string') return bad('has no kind');
  if (typeof r.name !== 'string' || r.name.trim() === '') return bad('has no name');
  if (typeof r.createdAt !== 'number' || !Number.isFinite(r.createdAt))
    return bad('has no valid creation time');
  if (typeof r.updatedAt !== 'number' || !Number.isFinite(r.updatedAt))
    return bad('has no valid change time');
  return {
    record: {
      id: r.id,
      kind: r.kind,
      name: r.name,
      value: r.value,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      deletedAt: typeof r.deletedAt === 'number' ? r.deletedAt : null,
    },
  };
}

function check<T>(kind: RecordKind<T>, stored: StoredRecord): UserRecord<T> | RecordProblem {
  let checked: { value: T } | { error: string };
  try {
    checked = kind.validate(stored.value);
  } catch {
    checked = { error: 'could not be read' };
  }
  if ('error' in checked) return { id: stored.id, name: stored.name, message: checked.error };
  const { deletedAt: _, ...rest } = stored;
  return { ...rest, value: checked.value };
}

const isProblem = (x: unknown): x is RecordProblem => typeof x === 'object' && x !== null && 'message' in x;

/**
 * Opens (creating on first use) the user's records. Rejects when this browser offers no IndexedDB
 * (some private modes); callers say so and keep working without saved records.
 */
export async function openUserRecords(
  options: { dbName?: string; now?: () => number } = {},
): Promise<UserRecords> {
  const now = options.now ?? Date.now;
  if (typeof indexedDB === 'undefined')
    throw new UserRecordError('this browser keeps no saved records (no IndexedDB)');
  const db: IDBPDatabase<UserDb> = await openDB<UserDb>(options.dbName ?? USER_DB_NAME, 1, {
    upgrade(d) {
      const store = d.createObjectStore(STORE, { keyPath: 'id' });
      store.createIndex('byKind', 'kind');
    },
  });

  const valueOrThrow = <T>(kind: RecordKind<T>, value: T): T => {
    const checked = kind.validate(value);
    if ('error' in checked) throw new UserRecordError(checked.error);
    return checked.value;
  };

  return {
    async list<T>(kind: RecordKind<T>) {
      const all = await db.getAllFromIndex(STORE, 'byKind', kind.kind);
      const records: UserRecord<T>[] = [];
      const problems: RecordProblem[] = [];
      for (const raw of all) {
        const read = readEnvelope(raw);
        if ('problem' in read) {
          problems.push(read.problem);
          continue;
        }
        if (read.record.deletedAt !== null) continue;
        const checked = check(kind, read.record);
        if (isProblem(checked)) problems.push(checked);
        else records.push(checked);
      }
      records.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
      return { records, problems };
    },

    count(kind: string) {
      return db.countFromIndex(STORE, 'byKind', kind);
    },

    async get<T>(kind: RecordKind<T>, id: string) {
      const raw = await db.get(STORE, id);
      if (raw === undefined) return null;
      const read = readEnvelope(raw);
      if ('problem' in read) return read.problem;
      if (read.record.kind !== kind.kind || read.record.deletedAt !== null) return null;
      return check(kind, read.record);
    },

    async create<T>(kind: RecordKind<T>, name: string, value: T) {
      const checked = valueOrThrow(kind, value);
      const tx = db.transaction(STORE, 'readwrite');
      const same = await tx.store.index('byKind').getAll(kind.kind);
      const taken = new Set(same.filter((r) => !r.deletedAt).map((r) => r.name));
      const t = now();
      const record: StoredRecord = {
        id: newId(),
        kind: kind.kind,
        name: uniqueName(name, taken),
        value: checked,
        createdAt: t,
        updatedAt: t,
        deletedAt: null,
      };
      // `add`, not `put`: an id that somehow exists already fails instead of overwriting.
      await tx.store.add(record);
      await tx.done;
      const { deletedAt: _, ...out } = record;
      return { ...out, value: checked };
    },

    async update<T>(kind: RecordKind<T>, id: string, change: { value?: T; name?: string }) {
      const tx = db.transaction(STORE, 'readwrite');
      const raw = await tx.store.get(id);
      const read = raw === undefined ? null : readEnvelope(raw);
      if (!read || 'problem' in read || read.record.kind !== kind.kind || read.record.deletedAt !== null) {
        tx.abort();
        await tx.done.catch(() => {});
        throw new UserRecordError('that record no longer exists');
      }
      const record = { ...read.record, updatedAt: now() };
      if (change.value !== undefined) record.value = valueOrThrow(kind, change.value);
      if (change.name !== undefined && change.name.trim() !== record.name) {
        const same = await tx.store.index('byKind').getAll(kind.kind);
        const taken = new Set(same.filter((r) => !r.deletedAt && r.id !== id).map((r) => r.name));
        record.name = uniqueName(change.name, taken);
      }
      await tx.store.put(record);
      await tx.done;
      const checked = check(kind, record);
      if (isProblem(checked)) throw new UserRecordError(checked.message);
      return checked;
    },

    async remove(kind, id) {
      const tx = db.transaction(STORE, 'readwrite');
      const raw = await tx.store.get(id);
      if (raw && raw.kind === kind.kind) await tx.store.put({ ...raw, deletedAt: now() });
      await tx.done;
    },

    async restore<T>(kind: RecordKind<T>, id: string) {
      const tx = db.transaction(STORE, 'readwrite');
      const raw = await tx.store.get(id);
      const read = raw === undefined ? null : readEnvelope(raw);
      if (!read || 'problem' in read || read.record.kind !== kind.kind) {
        tx.abort();
        await tx.done.catch(() => {});
        throw new UserRecordError('that record can no longer be brought back');
      }
      const same = await tx.store.index('byKind').getAll(kind.kind);
      const taken = new Set(same.filter((r) => !r.deletedAt && r.id !== id).map((r) => r.name));
      const record = { ...read.record, name: uniqueName(read.record.name, taken), deletedAt: null };
      await tx.store.put(record);
      await tx.done;
      const checked = check(kind, record);
      if (isProblem(checked)) throw new UserRecordError(checked.message);
      return checked;
    },

    async purge(kind) {
      const tx = db.transaction(STORE, 'readwrite');
      const same = await tx.store.index('byKind').getAll(kind.kind);
      const gone = same.filter((r) => r.deletedAt);
      for (const r of gone) await tx.store.delete(r.id);
      await tx.done;
      return gone.length;
    },

    close: () => db.close(),
  };
}

let shared: Promise<UserRecords> | null = null;

/**
 * The app's one connection to the user's records, opened on first use. A failed open is not kept,
 * so a later call tries again.
 */
export function userRecords(): Promise<UserRecords> {
  if (!shared) {
    shared = openUserRecords();
    shared.catch(() => {
      shared = null;
    });
  }
  return shared;
}

/** Closes the shared connection; the next `userRecords()` opens a new one (tests, a deleted DB). */
export async function closeUserRecords(): Promise<void> {
  const open = shared;
  shared = null;
  if (open) (await open.catch(() => null))?.close();
}
