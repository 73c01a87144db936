/**
 * Reads the knowledge-base files of a data directory as text, for the one file validator
 * (src/kb/validate-files.ts) that both `npm run validate` and the build run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KB_FILE_NAMES, KB_FILE_PATHS } from '../src/kb/structure';
import type { KbTexts } from '../src/kb/validate-files';

/** The text of each data file in `dir`; a file that cannot be read is left out ("file is missing"). */
export function readKbTexts(dir: string): KbTexts {
  const texts: KbTexts = {};
  for (const name of KB_FILE_NAMES) {
    try {
      texts[name] = readFileSync(join(dir, KB_FILE_PATHS[name]), 'utf8');
    } catch {
      // Reported as "file is missing".
    }
  }
  return texts;
}
