/**
 * `npm run validate` on a directory of several broken data files: every problem of every file in
 * one run, malformed JSON with line and column, exit code 1, no stack trace. A Node-only check (no
 * page), kept with the browser tests because the unit tests have no Node types.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..', '..');
const FILES = [
  'electrolytes.json',
  'phases.json',
  'electrodes.json',
  'interface-types.json',
  'topics.json',
  'mechanisms.json',
  'techniques.json',
  'glossary.json',
  'questions.json',
  'references.json',
];

test('npm run validate prints every problem of several broken files in one run and exits 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  try {
    for (const f of FILES) writeFileSync(join(dir, f), readFileSync(join(ROOT, 'data', f), 'utf8'));
    writeFileSync(join(dir, 'topics.json'), '');
    writeFileSync(
      join(dir, 'glossary.json'),
      readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8').slice(0, 500),
    );
    const phases = JSON.parse(readFileSync(join(ROOT, 'data', 'phases.json'), 'utf8'));
    const li2s = phases.records.find((r: { id: string }) => r.id === 'li2s');
    li2s.molarVolume.value = -27.7;
    writeFileSync(join(dir, 'phases.json'), JSON.stringify(phases));
    const electrolytes = readFileSync(join(ROOT, 'data', 'electrolytes.json'), 'utf8').replace(
      '"id": "lgps",',
      '"id": "lgps",\n      "id": "lgps",',
    );
    writeFileSync(join(dir, 'electrolytes.json'), `${electrolytes.trimEnd()}\n{}`);
    const failure = await promisify(execFile)('npx', ['tsx', 'scripts/validate.ts', dir], { cwd: ROOT }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure?.code).toBe(1);
    const err = failure?.stderr ?? '';
    expect(err).toContain(
      '✗ topics.json › (file) › (record): invalid JSON at line 1, column 1: the file is empty',
    );
    expect(err).toMatch(/✗ glossary\.json › \(file\) › \(record\): invalid JSON at line \d+, column \d+: /);
    expect(err).toMatch(
      /✗ electrolytes\.json › \(file\) › \(record\): invalid JSON at line \d+, column 1: expected the end of the file/,
    );
    expect(err).toContain('✗ phases.json › li2s › molarVolume.value: -27.7 cm³/mol is impossible');
    expect(err).toMatch(/knowledge base: \d+ problem\(s\) in 4 file\(s\)/);
    expect(err).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
