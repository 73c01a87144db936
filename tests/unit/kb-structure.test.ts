// @vitest-environment node
import { RAW_KB } from '../../src/kb/raw';
import { checkStructure, formatIssue, KB_FILE_NAMES } from '../../src/kb/structure';

/** The records of every file, as the build hands them to the browser. */
function files(): Record<string, unknown> {
  return Object.fromEntries(
    KB_FILE_NAMES.map((name) => [name, structuredClone((RAW_KB[name] as { records: unknown[] }).records)]),
  );
}

describe('checkStructure (the browser-side check, no zod)', () => {
  it('accepts the knowledge base as the build ships it and indexes it', () => {
    const result = checkStructure(files() as never);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.index.electrolytes.get('lgps')?.id).toBe('lgps');
  });

  it('names a file that is not a list of records', () => {
    const kb = files();
    kb.glossary = '<!doctype html><title>not found</title>';
    const result = checkStructure(kb as never);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'glossary.json › (file) › records: is not a list of records',
    ]);
  });

  it('names a record without an id, by its position', () => {
    const kb = files();
    (kb.phases as unknown[])[2] = { name: 'no id' };
    const result = checkStructure(kb as never);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'phases.json › #2 › id: record has no string id',
    ]);
  });

  it('still runs the cross-checks: a link to a missing record is reported', () => {
    const kb = files();
    const lgps = (kb.electrolytes as Array<{ id: string; related?: string[] }>).find((r) => r.id === 'lgps');
    if (!lgps) throw new Error('fixture: no lgps');
    lgps.related = ['no-such-material'];
    const result = checkStructure(kb as never);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toContain(
      'electrolytes.json › lgps › related.0: links to missing electrolytes record "no-such-material"',
    );
  });
});
