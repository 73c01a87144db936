/**
 * Short and full citation strings for display (the export formats live in citations.ts, which
 * uses citation-js and loads on demand).
 */
import type { Reference } from '../kb/schema';

/** "Zhu et al. 2015" / "Monroe and Newman 2005". */
export function shortCitation(r: Reference): string {
  const last = (a: string) => a.split(',')[0]?.trim() ?? a;
  const first = r.authors[0] ?? '';
  if (r.etAl || r.authors.length > 2) return `${last(first)} et al. ${r.year}`;
  if (r.authors.length === 2) return `${last(first)} and ${last(r.authors[1] ?? '')} ${r.year}`;
  return `${last(first)} ${r.year}`;
}

/** "Zhu, Y. et al. (2015) Origin of … ACS Appl. Mater. Interfaces 7, 23685–23693". */
export function fullCitation(r: Reference): string {
  const authors = r.authors.join(', ') + (r.etAl ? ' et al.' : '');
  const where = [r.journal, r.volume ? ` ${r.volume}` : '', r.pages ? `, ${r.pages}` : ''].join('');
  return `${authors} (${r.year}) ${r.title}. ${where}`;
}

export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}
