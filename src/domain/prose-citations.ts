/**
 * Finds citations written as reference ids inside knowledge-base prose ("… along grain boundaries
 * (cheng-2017a, ren-2015); …") so views can show them as numbered citations ([40], [52]) instead
 * of raw keys. Only a parenthesis whose every item is a known reference id counts, so "(x ≈ 0.2)"
 * or "(see below)" stay text.
 */

export type CitationRun = { text: string; refs?: undefined } | { text?: undefined; refs: string[] };

const PAREN = /\s?\(([^()]+)\)/g;

/** Splits prose into text runs and citation runs (the reference ids of one parenthesis). */
export function citationRuns(text: string, isReference: (id: string) => boolean): CitationRun[] {
  const runs: CitationRun[] = [];
  let cursor = 0;
  for (const m of text.matchAll(PAREN)) {
    const ids = (m[1] ?? '').split(/\s*[,;]\s*/).map((s) => s.trim());
    if (ids.length === 0 || !ids.every((id) => id !== '' && isReference(id))) continue;
    const start = m.index ?? 0;
    if (start > cursor) runs.push({ text: text.slice(cursor, start) });
    runs.push({ refs: ids });
    cursor = start + m[0].length;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor) });
  return runs;
}
