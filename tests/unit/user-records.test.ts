// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CUSTOM } from '../../src/domain/classifier';
import { CUSTOM_ELECTROLYTES, validateCustomElectrolyte } from '../../src/persist/custom-electrolytes';
import {
  openUserRecords,
  type RecordKind,
  uniqueName,
  UserRecordError,
} from '../../src/persist/user-records';

let dbCount = 0;
/** A fresh database per test, and a clock that ticks once per call. */
async function open() {
  let t = 1_000;
  dbCount += 1;
  const name = `test-user-records-${dbCount}`;
  return { db: await openUserRecords({ dbName: name, now: () => (t += 1) }), name };
}

const NOTES: RecordKind<{ text: string }> = {
  kind: 'note',
  validate: (v) =>
    typeof v === 'object' && v !== null && typeof (v as { text?: unknown }).text === 'string'
      ? { value: { text: (v as { text: string }).text } }
      : { error: 'has no text' },
};

/** Writes a raw object into the store behind the module's back, as a corrupt record would be. */
async function writeRaw(dbName: string, value: unknown) {
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.open(dbName, 1);
    req.onsuccess = () => {
      const tx = req.result.transaction('records', 'readwrite');
      tx.objectStore('records').put(value);
      tx.oncomplete = () => {
        req.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  });
}

describe('uniqueName', () => {
  it('keeps a free name, numbers a taken one, and never returns a taken name', () => {
    expect(uniqueName('LGPS', new Set())).toBe('LGPS');
    expect(uniqueName('LGPS', new Set(['LGPS']))).toBe('LGPS (2)');
    expect(uniqueName('LGPS', new Set(['LGPS', 'LGPS (2)']))).toBe('LGPS (3)');
    expect(uniqueName('LGPS (2)', new Set(['LGPS (2)']))).toBe('LGPS (3)');
    expect(uniqueName('   ', new Set())).toBe('Untitled');
  });
});

describe('openUserRecords', () => {
  it('create never overwrites another record: the same name twice gives two records', async () => {
    const { db } = await open();
    const a = await db.create(NOTES, 'Mine', { text: 'first' });
    const b = await db.create(NOTES, 'Mine', { text: 'second' });
    expect(a.id).not.toBe(b.id);
    expect(b.name).toBe('Mine (2)');
    const { records, problems } = await db.list(NOTES);
    expect(records.map((r) => [r.name, r.value.text])).toEqual([
      ['Mine', 'first'],
      ['Mine (2)', 'second'],
    ]);
    expect(problems).toEqual([]);
    db.close();
  });

  it('kinds are separate: a name used by another kind is free', async () => {
    const { db } = await open();
    await db.create(NOTES, 'LGPS', { text: 'x' });
    const c = await db.create(CUSTOM_ELECTROLYTES, 'LGPS', EXAMPLE_CUSTOM);
    expect(c.name).toBe('LGPS');
    expect((await db.list(NOTES)).records).toHaveLength(1);
    expect((await db.list(CUSTOM_ELECTROLYTES)).records.map((r) => r.value)).toEqual([EXAMPLE_CUSTOM]);
    db.close();
  });

  it('delete can be undone, and purge makes it final', async () => {
    const { db } = await open();
    const a = await db.create(NOTES, 'Keep me', { text: 'x' });
    await db.remove(NOTES, a.id);
    expect((await db.list(NOTES)).records).toEqual([]);
    expect(await db.get(NOTES, a.id)).toBeNull();
    const back = await db.restore(NOTES, a.id);
    expect(back).toMatchObject({ id: a.id, name: 'Keep me', value: { text: 'x' } });
    expect((await db.list(NOTES)).records).toHaveLength(1);
    await db.remove(NOTES, a.id);
    expect(await db.purge(NOTES)).toBe(1);
    await expect(db.restore(NOTES, a.id)).rejects.toBeInstanceOf(UserRecordError);
    db.close();
  });

  it('a restored record whose name was taken meanwhile gets a number (nothing is overwritten)', async () => {
    const { db } = await open();
    const a = await db.create(NOTES, 'Mine', { text: 'old' });
    await db.remove(NOTES, a.id);
    await db.create(NOTES, 'Mine', { text: 'new' });
    expect((await db.restore(NOTES, a.id)).name).toBe('Mine (2)');
    db.close();
  });

  it('update changes one record; a rename to a taken name gets a number', async () => {
    const { db } = await open();
    const a = await db.create(NOTES, 'A', { text: '1' });
    await db.create(NOTES, 'B', { text: '2' });
    const changed = await db.update(NOTES, a.id, { value: { text: '1b' }, name: 'B' });
    expect(changed).toMatchObject({ id: a.id, name: 'B (2)', value: { text: '1b' } });
    expect(changed.updatedAt).toBeGreaterThan(a.updatedAt);
    expect((await db.list(NOTES)).records.map((r) => r.name)).toEqual(['B (2)', 'B']);
    db.close();
  });

  it('refuses an invalid value with the kind’s message and writes nothing', async () => {
    const { db } = await open();
    await expect(db.create(NOTES, 'Bad', { nope: 1 } as unknown as { text: string })).rejects.toThrow(
      'has no text',
    );
    await expect(
      db.create(CUSTOM_ELECTROLYTES, 'Reversed', { ...EXAMPLE_CUSTOM, reductionV: 3, oxidationV: 1 }),
    ).rejects.toThrow(/reduction limit/);
    expect((await db.list(NOTES)).records).toEqual([]);
    db.close();
  });

  it('a corrupt stored record is reported by name and the others still load', async () => {
    const { db, name } = await open();
    await db.create(CUSTOM_ELECTROLYTES, 'Good one', EXAMPLE_CUSTOM);
    await writeRaw(name, {
      id: 'broken-1',
      kind: 'custom-electrolyte',
      name: 'Half-written',
      value: { ...EXAMPLE_CUSTOM, reductionProducts: 'oops' },
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
    });
    await writeRaw(name, {
      id: 'broken-2',
      kind: 'custom-electrolyte',
      name: 'Prototype trick',
      value: {
        ...EXAMPLE_CUSTOM,
        reductionProducts: [{ ...EXAMPLE_CUSTOM.reductionProducts[0], electronic: 'constructor' }],
      },
      createdAt: 2,
      updatedAt: 2,
      deletedAt: null,
    });
    await writeRaw(name, { id: 'broken-3', kind: 'custom-electrolyte', createdAt: 'yesterday' });
    const { records, problems } = await db.list(CUSTOM_ELECTROLYTES);
    expect(records.map((r) => r.name)).toEqual(['Good one']);
    expect(problems).toEqual([
      { id: 'broken-1', name: 'Half-written', message: 'has no product lists' },
      {
        id: 'broken-2',
        name: 'Prototype trick',
        message: 'reduction product 1: unknown electronic character “constructor”',
      },
      { id: 'broken-3', name: 'record broken-3', message: 'has no name' },
    ]);
    expect(await db.get(CUSTOM_ELECTROLYTES, 'broken-1')).toMatchObject({ name: 'Half-written' });
    db.close();
  });
});

describe('validateCustomElectrolyte', () => {
  it('returns only the known fields of a valid electrolyte', () => {
    const read = validateCustomElectrolyte({ ...EXAMPLE_CUSTOM, extra: '<script>' });
    expect(read).toEqual({ value: EXAMPLE_CUSTOM });
  });
  it.each([null, 3, 'v1;x', [], {}, { name: 'x', reductionProducts: [], oxidationProducts: [1] }])(
    'refuses %j without throwing',
    (v) => {
      expect('error' in validateCustomElectrolyte(v)).toBe(true);
    },
  );
});
