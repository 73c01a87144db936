/**
 * Reads the knowledge-base files of a data directory as text, for the one file validator
 * (src/kb/validate-files.ts) that both `npm run validate` and the build run, and checks the cell
 * designs against the knowledge base they name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellDesignIssues } from '../src/domain/cell/designs-check';
import { formatPosition, parseJsonText } from '../src/kb/json-text';
import type { KnowledgeBase } from '../src/kb/schema';
import { buildIndex, KB_FILE_NAMES, KB_FILE_PATHS, type KbIssue } from '../src/kb/structure';
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

/**
 * The problems of `dir`'s cell-designs.json (read by the cell view, outside the record types above)
 * against the knowledge base `kb`: JSON that does not parse, then src/domain/cell/designs-check.ts.
 */
export function readCellDesignIssues(dir: string, kb: KnowledgeBase): KbIssue[] {
  const file = 'cell-designs.json';
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch {
    return [{ file, record: '(file)', field: '', message: 'file is missing' }];
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    return [
      {
        file,
        record: '(file)',
        field: '',
        message: `invalid JSON at ${formatPosition(parsed.at)}: ${parsed.message}`,
      },
    ];
  }
  return cellDesignIssues(parsed.value, buildIndex(kb));
}
