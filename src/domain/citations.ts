/**
 * Citation export: a knowledge-base Reference becomes a CSL-JSON item (pure, below), and
 * citation-js turns CSL-JSON items into BibTeX, RIS, CSL-JSON files and APA-formatted text.
 *
 * citation-js (core + bibtex, ris and csl plugins, about 100 kB gzip with citeproc) is imported on
 * demand the first time something is exported, so it stays out of the initial bundle. Only
 * CSL-JSON objects are ever handed to it: it never sees a DOI or URL as input, so it never fetches
 * anything, and citeproc-js needs no `eval` (the app's CSP forbids it).
 *
 * Two citation-js 0.8.2 outputs are corrected after formatting, each a known limit of the library:
 * - BibTeX: a truncated author list is written `and others` (the BibTeX convention that styles
 *   print as "et al."); citation-js would brace it as a literal name `{others}`.
 * - RIS: citation-js hard-wraps values every 70 characters, and RIS readers (citation-js's own
 *   included) join the pieces with a space ("mater ials"); the wrapped lines are joined back.
 */
import type { Reference } from '../kb/schema';

export type ExportFormat = 'bibtex' | 'ris' | 'csl-json';

/** File naming and labelling of each export format. */
export const EXPORT_FORMATS: Record<ExportFormat, { label: string; extension: string; mime: string }> = {
  bibtex: { label: 'BibTeX', extension: 'bib', mime: 'application/x-bibtex' },
  ris: { label: 'RIS', extension: 'ris', mime: 'application/x-research-info-systems' },
  'csl-json': { label: 'CSL-JSON', extension: 'json', mime: 'application/vnd.citationstyles.csl+json' },
};

/** A CSL-JSON name: family and given, or one literal string (an organisation). */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  suffix?: string;
}

/** The CSL-JSON fields SSB Atlas writes (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  /** BibTeX key: the reference id without hyphens (BibTeX tools dislike punctuation in keys). */
  'citation-key': string;
  type: 'article-journal' | 'book';
  title: string;
  author?: CslName[];
  editor?: CslName[];
  issued: { 'date-parts': [[number]] };
  'container-title'?: string;
  publisher?: string;
  volume?: string;
  page?: string;
  DOI?: string;
  /** Says when the author list was abbreviated ("et al.") in the source. */
  note?: string;
}

/** The note added to a reference whose author list ends in "et al.". */
export const ET_AL_NOTE =
  'Author list abbreviated (et al.): only the authors named here could be confirmed from a record of the paper.';

const EDITOR_MARK = /\s*\((?:ed|eds)\.?\)\s*$/i;
/** Publisher names stored in the `journal` field mark a book (the schema has no type field). */
const PUBLISHER_RE = /\b(?:Press|Publishers?|Publishing|Wiley|Springer)\b/;

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "Zhu, Y." → { family: "Zhu", given: "Y." }; a name without a comma is kept literal. */
export function parseName(name: string): { name: CslName; isEditor: boolean } {
  const isEditor = EDITOR_MARK.test(name);
  const bare = clean(name.replace(EDITOR_MARK, ''));
  const comma = bare.indexOf(',');
  if (comma < 0) return { name: { literal: bare }, isEditor };
  const family = bare.slice(0, comma).trim();
  const given = bare.slice(comma + 1).trim();
  return { name: given ? { family, given } : { family }, isEditor };
}

/** The CSL-JSON item of one knowledge-base reference. */
export function toCslItem(ref: Reference): CslItem {
  const parsed = ref.authors.map(parseName);
  const authors = parsed.filter((p) => !p.isEditor).map((p) => p.name);
  const editors = parsed.filter((p) => p.isEditor).map((p) => p.name);
  const isBook = !ref.volume && PUBLISHER_RE.test(ref.journal);
  const item: CslItem = {
    id: ref.id,
    'citation-key': ref.id.replace(/-/g, ''),
    type: isBook ? 'book' : 'article-journal',
    title: clean(ref.title),
    issued: { 'date-parts': [[ref.year]] },
  };
  if (authors.length > 0) item.author = authors;
  if (editors.length > 0) item.editor = editors;
  if (isBook) item.publisher = clean(ref.journal);
  else item['container-title'] = clean(ref.journal);
  if (ref.volume) item.volume = clean(ref.volume);
  // CSL-JSON readers expect a hyphen in page ranges; styles print an en dash again.
  if (ref.pages) item.page = clean(ref.pages).replace(/\s*[–—]\s*/g, '-');
  if (ref.doi) item.DOI = ref.doi;
  if (ref.etAl) item.note = ET_AL_NOTE;
  return item;
}

/** Items for BibTeX: the abbreviated list gets a final "others" name and no note. */
function bibtexItem(ref: Reference): CslItem {
  const { note: _note, ...item } = toCslItem(ref);
  if (!ref.etAl) return item;
  const others: CslName = { literal: 'others' };
  if (item.author) return { ...item, author: [...item.author, others] };
  if (item.editor) return { ...item, editor: [...item.editor, others] };
  return item;
}

/**
 * Items for formatted citations: citeproc has no "et al." marker for an incomplete author list,
 * so the last recorded name carries it as a suffix ("Zhu, Y., et al. (2015)").
 */
function displayItem(ref: Reference): CslItem {
  const { note: _note, ...item } = toCslItem(ref);
  if (!ref.etAl) return item;
  const key = item.author ? 'author' : item.editor ? 'editor' : null;
  if (!key) return item;
  const names = [...(item[key] ?? [])];
  const last = names[names.length - 1];
  if (last && !last.literal) names[names.length - 1] = { ...last, suffix: 'et al.' };
  return { ...item, [key]: names };
}

/** `and {others}` (a literal name) → `and others` (BibTeX's "et al."). */
export function fixBibtexOthers(bibtex: string): string {
  return bibtex.replace(/ and \{others\}(?=\},?\n)/g, ' and others');
}

/** Joins RIS values that citation-js wrapped at 70 characters back onto their tag line. */
export function unwrapRis(ris: string): string {
  const out: string[] = [];
  for (const line of ris.split('\n')) {
    const isTagLine = /^[A-Z][A-Z0-9] {2}-( |$)/.test(line);
    if (!isTagLine && line !== '' && out.length > 0) out[out.length - 1] += line;
    else out.push(line);
  }
  return out.join('\n');
}

/** citation-js's `Cite` class, as loaded by `loadCitationJs` or imported by a worker. */
export type CiteClass = typeof import('@citation-js/core').Cite;

let citationJs: Promise<CiteClass> | null = null;
let citationJsWithCsl: Promise<CiteClass> | null = null;

/**
 * Loads citation-js and its plugins once (they register themselves with the core on import).
 * Exports need only the BibTeX and RIS plugins; formatted citations also need plugin-csl, which
 * brings citeproc (the largest part), so it loads only when `withCsl` is set.
 */
export function loadCitationJs(withCsl = false): Promise<CiteClass> {
  citationJs ??= import('@citation-js/core').then(async (core) => {
    await Promise.all([import('@citation-js/plugin-bibtex'), import('@citation-js/plugin-ris')]);
    return core.Cite;
  });
  if (!withCsl) return citationJs;
  citationJsWithCsl ??= citationJs.then(async (Cite) => {
    await import('@citation-js/plugin-csl');
    return Cite;
  });
  return citationJsWithCsl;
}

/** The references as a BibTeX, RIS or CSL-JSON file, in the order given. */
export function renderExport(Cite: CiteClass, refs: readonly Reference[], format: ExportFormat): string {
  switch (format) {
    case 'bibtex':
      return fixBibtexOthers(new Cite(refs.map(bibtexItem)).format('bibtex'));
    case 'ris':
      return unwrapRis(new Cite(refs.map(toCslItem)).format('ris'));
    case 'csl-json':
      return `${new Cite(refs.map(toCslItem)).format('data', { format: 'text' })}\n`;
  }
}

/** Citation styles bundled with @citation-js/plugin-csl (no style is ever fetched). */
export type CitationStyle = 'apa' | 'vancouver' | 'harvard1';

/**
 * Formatted bibliography entries, in the style's order: plain text one per line, or HTML (with
 * italics) for pasting into a word processor. citeproc compiles a style the first time it is
 * used, which for APA takes a second or more; later calls reuse it.
 */
export function renderCitation(
  Cite: CiteClass,
  refs: readonly Reference[],
  style: CitationStyle = 'apa',
  as: 'text' | 'html' = 'text',
): string {
  return new Cite(refs.map(displayItem))
    .format('bibliography', { format: as, template: style, lang: 'en-US' })
    .trim();
}

/** `renderExport` after loading citation-js. */
export async function exportReferences(refs: readonly Reference[], format: ExportFormat): Promise<string> {
  return renderExport(await loadCitationJs(), refs, format);
}

/** `renderCitation` (plain text) after loading citation-js. */
export async function formatCitation(
  refs: readonly Reference[],
  style: CitationStyle = 'apa',
): Promise<string> {
  return renderCitation(await loadCitationJs(true), refs, style);
}

/** A download name: "zhu-2015.bib" for one reference, "ssb-atlas-references-12.bib" for several. */
export function exportFileName(refs: readonly Pick<Reference, 'id'>[], format: ExportFormat): string {
  const ext = EXPORT_FORMATS[format].extension;
  if (refs.length === 1 && refs[0]) return `${refs[0].id}.${ext}`;
  return `ssb-atlas-references-${refs.length}.${ext}`;
}
