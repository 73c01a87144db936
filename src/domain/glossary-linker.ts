/**
 * Finds glossary terms in running text, so that the views can link each to its glossary entry.
 *
 * A text is split into runs, `{ text }` or `{ text, termId }`, by matching every term's `term`
 * and `aliases`:
 * - whole words only ("SEI" is not found inside "SEIs2" or "LiSEI");
 * - abbreviations (no lowercase letter, at least two capitals: "SEI", "CCD", "MIEC") match with
 *   their case; other names match in any case;
 * - spaces, hyphens and en dashes inside a name are interchangeable ("solid state electrolyte",
 *   "Monroe-Newman criterion"), and a plural ending is allowed ("interphases", "grain
 *   boundaries", "SSEs");
 * - the leftmost match wins, and at the same start the longest ("solid-electrolyte interphase"
 *   before "interphase");
 * - only the first occurrence of a term in a text is linked, to avoid clutter;
 * - one-character aliases ("G", "E") are symbols, not words, and are never matched.
 */
import type { GlossaryTerm } from '../kb/schema';

/** A piece of text; `termId` is set when the piece names a glossary term. */
export interface GlossaryRun {
  text: string;
  termId?: string;
}

/**
 * Compiled patterns for a set of glossary terms; build once per knowledge base. All names of one
 * case rule share a single regular expression (one capture group per name, longest first), so a
 * text is scanned twice whatever the size of the glossary.
 */
export interface GlossaryMatcher {
  readonly patterns: ReadonlyArray<{ re: RegExp; termIds: readonly string[] }>;
}

/** True for names written as abbreviations: no lowercase letter and at least two capitals. */
export function isAbbreviation(name: string): boolean {
  return !/\p{Ll}/u.test(name) && (name.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

const SEPARATOR = '[\\s\\u00a0\\u2010\\u2011\\u2013-]+';
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The regular-expression source matching one name, with separators and plural endings. */
export function namePattern(name: string): string {
  const words = name.trim().split(/[\s\u00a0\u2010\u2011\u2013-]+/);
  let body = words.map(escapeRegExp).join(SEPARATOR);
  if (/\p{L}$/u.test(name)) {
    if (isAbbreviation(name)) body += 's?';
    else if (/[^aeiou]y$/i.test(name)) body = `${body.slice(0, -1)}(?:y|ies)`;
    else body += '(?:s|es)?';
  }
  return body;
}

/** Compiles the names of the terms: longest first, so ties at one position go to the longest. */
export function createGlossaryMatcher(
  terms: readonly Pick<GlossaryTerm, 'id' | 'term' | 'aliases'>[],
): GlossaryMatcher {
  const seen = new Set<string>();
  const names: Array<{ termId: string; name: string; isCaseSensitive: boolean }> = [];
  for (const t of terms) {
    for (const raw of [t.term, ...t.aliases]) {
      const name = raw.trim();
      // One-letter aliases are symbols (G for shear modulus) and would match everywhere.
      if ([...name].length < 2) continue;
      const isCaseSensitive = isAbbreviation(name);
      const key = isCaseSensitive ? name : name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      names.push({ termId: t.id, name, isCaseSensitive });
    }
  }
  // A stable sort keeps equal-length names in data order.
  names.sort((a, b) => b.name.length - a.name.length);
  const patterns: Array<{ re: RegExp; termIds: string[] }> = [];
  for (const isCaseSensitive of [true, false]) {
    const group = names.filter((n) => n.isCaseSensitive === isCaseSensitive);
    if (group.length === 0) continue;
    const alternatives = group.map((n) => `(${namePattern(n.name)})`).join('|');
    patterns.push({
      re: new RegExp(`${BEFORE}(?:${alternatives})${AFTER}`, isCaseSensitive ? 'gu' : 'giu'),
      termIds: group.map((n) => n.termId),
    });
  }
  return { patterns };
}

export interface LinkOptions {
  /** Terms never linked in this text (a term's own definition does not link to itself). */
  exclude?: Iterable<string>;
}

/**
 * Splits a text into plain runs and term runs. The concatenated `text` of the runs is always the
 * input text.
 */
export function linkGlossaryTerms(
  matcher: GlossaryMatcher,
  text: string,
  options: LinkOptions = {},
): GlossaryRun[] {
  if (!text) return [];
  const found: Array<{ start: number; end: number; termId: string }> = [];
  for (const { re, termIds } of matcher.patterns) {
    for (const m of text.matchAll(re)) {
      // The one capture group that took part names the term.
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      const termId = termIds[group - 1];
      if (termId) found.push({ start: m.index, end: m.index + m[0].length, termId });
    }
  }
  // Leftmost first; at the same start the longest (each pattern already prefers its longest name).
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const exclude = new Set(options.exclude ?? []);
  const linked = new Set<string>();
  const runs: GlossaryRun[] = [];
  let cursor = 0;
  const pushPlain = (s: string) => {
    if (!s) return;
    const last = runs[runs.length - 1];
    if (last && last.termId === undefined) last.text += s;
    else runs.push({ text: s });
  };
  for (const f of found) {
    // Excluded and repeated terms still claim their span, so no shorter term links inside them.
    if (f.start < cursor) continue;
    pushPlain(text.slice(cursor, f.start));
    const piece = text.slice(f.start, f.end);
    if (exclude.has(f.termId) || linked.has(f.termId)) pushPlain(piece);
    else {
      runs.push({ text: piece, termId: f.termId });
      linked.add(f.termId);
    }
    cursor = f.end;
  }
  pushPlain(text.slice(cursor));
  return runs;
}

const NOT_SENTENCE_END = /(?:\be\.g|\bi\.e|\bvs|\bcf|\bca|\bFig|\bEq|\bal|\bRef)\.$/;

/**
 * The first sentence of a definition, cut at a word boundary to at most `maxLength` characters,
 * for hover cards.
 */
export function shortDefinition(definition: string, maxLength = 200): string {
  const text = definition.replace(/\s+/g, ' ').trim();
  let end = text.length;
  for (const m of text.matchAll(/[.!?](?=\s+[\p{Lu}(])/gu)) {
    if (!NOT_SENTENCE_END.test(text.slice(0, m.index + 1))) {
      end = m.index + 1;
      break;
    }
  }
  const sentence = text.slice(0, end);
  if (sentence.length <= maxLength) return sentence;
  const cut = sentence.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
