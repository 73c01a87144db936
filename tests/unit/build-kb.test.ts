import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validatedKb } from '../../scripts/vite-kb';

/** The build refuses exactly what `npm run validate` refuses: it runs the same file validator. */
describe('the build-time knowledge-base check', () => {
  let dir = '';
  const copyData = () => {
    dir = mkdtempSync(join(tmpdir(), 'ssb-kb-'));
    cpSync(join(import.meta.dirname, '..', '..', 'data'), dir, { recursive: true });
    return dir;
  };
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('passes the knowledge base in data/', () => {
    const kb = validatedKb(copyData());
    expect(kb.glossary.length).toBeGreaterThan(0);
  });

  it('refuses a key written twice and an unexpected top-level key, naming file and field', () => {
    const d = copyData();
    const file = join(d, 'glossary.json');
    const text = readFileSync(file, 'utf8');
    // A second "version" key at the top, and an extra top-level key.
    writeFileSync(file, text.replace(/^\{/, '{\n  "version": 0,\n  "extra": true,'));
    expect(() => validatedKb(d)).toThrow(/glossary\.json › \(file\) › version: key "version" written twice/);
    expect(() => validatedKb(d)).toThrow(/unexpected top-level key "extra"/);
  });

  it('refuses malformed JSON with its line and column', () => {
    const d = copyData();
    writeFileSync(join(d, 'techniques.json'), '{\n  "version": 1,\n  "records": [\n');
    expect(() => validatedKb(d)).toThrow(/techniques\.json › \(file\).*invalid JSON at line \d+, column \d+/);
  });

  it('refuses a cell design that names a material or reference the knowledge base lacks', () => {
    const d = copyData();
    const file = join(d, 'cell-designs.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { records: Array<Record<string, unknown>> };
    data.records[0] = { ...data.records[0], design: 'an.li-metal_el.llzx_ca.nmc811', refs: ['nobody-1999'] };
    writeFileSync(file, JSON.stringify(data, null, 2));
    expect(() => validatedKb(d)).toThrow(/cell-designs\.json › garnet-li-nmc811 › design: .*llzx/);
    expect(() => validatedKb(d)).toThrow(
      /cell-designs\.json › garnet-li-nmc811 › refs: reference "nobody-1999"/,
    );
  });
});
