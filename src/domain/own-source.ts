/**
 * Where a user's own value is from, in words: one rule for the material page and the diagrams'
 * loaded values. Tiny on purpose (the diagrams import it without the materials table).
 */
import type { OwnSource } from './material-table';

/** "EIS at 25 °C, doi:10.…", or null for a value of the knowledge base. */
export function ownSourceText(x: OwnSource): string | null {
  if (x.ownSource === undefined && !x.doi) return null;
  return [x.ownSource, x.doi ? `doi:${x.doi}` : ''].filter(Boolean).join(', ');
}
