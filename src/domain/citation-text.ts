/**
 * Short and full citation strings for display (the export formats live in citations.ts, which
 * uses citation-js and loads on demand). Exports always carry every author; the display strings
 * shorten long lists the way journals do, so a popover or list entry stays readable.
 */
import type { Reference } from '../kb/schema';

/** Lists up to this many authors in full; longer lists show the first author and "et al.". */
export const MAX_LISTED_AUTHORS = 5;

/** "Quintero Cortes, F.J." → "Quintero Cortes"; a name without a comma is returned whole. */
export function familyName(author: string): string {
  return author.split(',')[0]?.trim() ?? author;
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The author list as a reader sees it: every name up to five authors ("Lewis, J.A., Tippens, J.,
 * Quintero Cortes, F.J. and McDowell, M.T."), otherwise the first author and "et al.". A list
 * that the source itself cut short (`etAl`) always ends in "et al.".
 */
export function displayAuthors(r: Pick<Reference, 'authors' | 'etAl'>): string {
  if (r.authors.length > MAX_LISTED_AUTHORS) return `${r.authors[0]} et al.`;
  if (r.etAl) return `${r.authors.join(', ')} et al.`;
  return joinNames(r.authors);
}

/** "Zhu et al. 2015" / "Monroe and Newman 2005" / "McCloskey 2015". */
export function shortCitation(r: Reference): string {
  const first = familyName(r.authors[0] ?? '');
  if (r.etAl || r.authors.length > 2) return `${first} et al. ${r.year}`;
  if (r.authors.length === 2) return `${first} and ${familyName(r.authors[1] ?? '')} ${r.year}`;
  return `${first} ${r.year}`;
}

/** A citation's label in the text: the review's number, or the short author-year form for added sources. */
export function citeLabel(ref: Reference): string {
  return ref.n ? `[${ref.n}]` : `[${shortCitation(ref)}]`;
}

/** "Zhu, Y., He, X. and Mo, Y. (2015) Origin of … ACS Appl. Mater. Interfaces 7, 23685–23693". */
export function fullCitation(r: Reference): string {
  const where = [r.journal, r.volume ? ` ${r.volume}` : '', r.pages ? `, ${r.pages}` : ''].join('');
  return `${displayAuthors(r)} (${r.year}) ${r.title}. ${where}`;
}

export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}
