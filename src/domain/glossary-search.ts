/**
 * Filtering and ordering the glossary: A–Z by term, grouped by first letter, searchable over
 * terms, aliases and definitions (every word must appear; when none does, a typo-tolerant
 * search runs instead, as for references).
 */
import type { GlossaryTerm } from '../kb/schema';
import { normalizeText } from './reference-search';
import { createSearchIndex, type SearchIndex } from './search';

export interface GlossaryMatch {
  terms: GlossaryTerm[];
  /** True when no term held every word and close matches are shown instead. */
  isFuzzy: boolean;
}

/** The letter a term is filed under: its first letter, without accents, upper case; "#" otherwise. */
export function glossaryLetter(term: string): string {
  const first = normalizeText(term).match(/\p{L}/u)?.[0];
  return first ? first.toUpperCase() : '#';
}

/** Terms A–Z, ignoring case and accents. */
export function sortTerms(terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  return [...terms].sort((a, b) => normalizeText(a.term).localeCompare(normalizeText(b.term), 'en'));
}

/** Consecutive runs of sorted terms that share a letter. */
export function groupByLetter(
  terms: readonly GlossaryTerm[],
): Array<{ letter: string; terms: GlossaryTerm[] }> {
  const groups: Array<{ letter: string; terms: GlossaryTerm[] }> = [];
  for (const t of terms) {
    const letter = glossaryLetter(t.term);
    const last = groups[groups.length - 1];
    if (last && last.letter === letter) last.terms.push(t);
    else groups.push({ letter, terms: [t] });
  }
  return groups;
}

const fuzzyIndexes = new WeakMap<readonly GlossaryTerm[], SearchIndex>();

/** The terms that pass the filters, A–Z. */
export function filterGlossary(
  terms: readonly GlossaryTerm[],
  filter: { query: string; isReviewOnly: boolean },
): GlossaryMatch {
  const scoped = sortTerms(terms).filter((t) => !filter.isReviewOnly || t.inReviewGlossary);
  const query = filter.query.trim();
  if (!query) return { terms: scoped, isFuzzy: false };
  const tokens = normalizeText(query).split(/\s+/).filter(Boolean);
  const exact = scoped.filter((t) => {
    const text = normalizeText([t.id, t.term, ...t.aliases, t.definition].join(' \u0000 '));
    return tokens.every((tok) => text.includes(tok));
  });
  if (exact.length > 0) return { terms: exact, isFuzzy: false };
  let index = fuzzyIndexes.get(terms);
  if (!index) {
    index = createSearchIndex(
      terms.map((t) => ({
        key: t.id,
        kind: 'glossary',
        recordId: t.id,
        title: t.term,
        keywords: t.aliases.join(' '),
        body: t.definition,
      })),
    );
    fuzzyIndexes.set(terms, index);
  }
  const hits = new Set(index.search(query, terms.length).map((h) => h.recordId));
  return { terms: scoped.filter((t) => hits.has(t.id)), isFuzzy: hits.size > 0 };
}
