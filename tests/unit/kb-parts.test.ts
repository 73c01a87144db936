// @vitest-environment node
import { kbPartsOf, RECORD_KB_PARTS, VIEW_KB_PARTS } from '../../src/app/view-kb-parts';
import { VIEWS } from '../../src/domain/url-state';
import { loadKbParts } from '../../src/kb/kb-context';
import { RAW_KB } from '../../src/kb/raw';
import { checkStructure, formatIssue, KB_FILE_NAMES } from '../../src/kb/structure';

const records = (name: (typeof KB_FILE_NAMES)[number]) =>
  structuredClone((RAW_KB[name] as { records: unknown[] }).records);

describe('checkStructure on some record types (a view loads only what it reads)', () => {
  it('checks the types given, and the links among them', () => {
    const mechanisms = records('mechanisms') as Array<{ id: string; topic: string }>;
    const first = mechanisms[0];
    if (!first) throw new Error('fixture: no mechanism');
    first.topic = 'no-such-topic';
    const result = checkStructure({ topics: records('topics'), mechanisms });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      `mechanisms.json › ${first.id} › topic: links to missing topics record "no-such-topic"`,
    ]);
  });

  it('leaves a link into a type that is not loaded for later, and indexes only what it has', () => {
    const glossary = records('glossary');
    const result = checkStructure({ glossary });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.index.glossary.size).toBe(glossary.length);
    expect(result.index.references).toBeUndefined();
  });

  it('still names a broken file among the loaded ones', () => {
    const result = checkStructure({ topics: 'not found', glossary: records('glossary') });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'topics.json › (file) › records: is not a list of records',
    ]);
  });
});

describe('loadKbParts (the bundled knowledge base, one record type per chunk)', () => {
  it('gives a knowledge base whose loaded types read as the build shipped them', async () => {
    const result = await loadKbParts(['topics', 'mechanisms']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.kb.topics.map((t) => t.id)).toEqual(records('topics').map((t) => (t as { id: string }).id));
    expect(result.index.mechanisms.get('filament-growth')?.topic).toBe('lithium-filaments');
    // The same object for a later, larger request: derived data is computed once.
    const more = await loadKbParts(['topics', 'glossary']);
    expect(more.ok && more.kb).toBe(result.kb);
  });
});

describe('VIEW_KB_PARTS', () => {
  it('names every view, with known record types and no type twice on a route', () => {
    for (const view of VIEWS) {
      for (const isRecordPage of [false, true]) {
        const parts = kbPartsOf(view.id, isRecordPage);
        expect(parts.length).toBeGreaterThan(0);
        for (const p of parts) expect(KB_FILE_NAMES).toContain(p);
        expect(new Set(parts).size).toBe(parts.length);
      }
    }
    expect(Object.keys(VIEW_KB_PARTS).sort()).toEqual(VIEWS.map((v) => v.id).sort());
    expect(Object.keys(RECORD_KB_PARTS).every((v) => v in VIEW_KB_PARTS)).toBe(true);
  });
  it('the references page reads every type (where each reference is cited)', () => {
    expect([...kbPartsOf('references', false)].sort()).toEqual([...KB_FILE_NAMES].sort());
  });
});
