/**
 * Filtering the reference list: by source (the review's numbered references or those SSB Atlas
 * added), by the place that uses them, and by search text.
 *
 * The search is forgiving in two steps. First every word of the query must appear somewhere in the
 * reference (authors, title, journal, year, DOI, id, and the names of the places that cite it, so
 * "LLZO" finds the papers behind the LLZO page), ignoring case and accents; "[13]" or "#13" asks
 * for the reference numbered 13. Only when that finds nothing does a typo-tolerant search
 * (MiniSearch, see search.ts) run, and the result says so. A query that is exactly a reference id
 * (what citation links send) lists that reference alone, whatever the other filters.
 */
import type { Reference } from '../kb/schema';
import { type CsvColumn, tableCsv } from './csv';
import { type ReferenceUsage, referencesUsedBy } from './reference-usage';
import { createSearchIndex, type SearchIndex } from './search';

export type ReferenceSource = 'all' | 'review' | 'added';

export interface ReferenceFilter {
  query: string;
  source: ReferenceSource;
  /** A place key ("material-llzo"), or null for all places. */
  usedBy: string | null;
}

export interface ReferenceMatch {
  refs: Reference[];
  /** True when no reference held every word and the typo-tolerant search was used instead. */
  isFuzzy: boolean;
}

/** Lowercase, accents removed, dashes unified: what both the query and the text are reduced to. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase();
}

/** The review's numbered references first, by number, then the added sources in data order. */
export function sortReferences(refs: readonly Reference[]): Reference[] {
  return refs
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.n ?? Number.POSITIVE_INFINITY) - (b.r.n ?? Number.POSITIVE_INFINITY) || a.i - b.i)
    .map(({ r }) => r);
}

function haystack(ref: Reference, usage: ReferenceUsage): string {
  const places = (usage.get(ref.id) ?? []).map((u) => u.place.label);
  return normalizeText(
    [
      ref.id,
      ...ref.authors,
      String(ref.year),
      ref.title,
      ref.journal,
      ref.volume ?? '',
      ref.doi ?? '',
      ...places,
    ].join(' \u0000 '),
  );
}

const NUMBER_TOKEN = /^(?:\[(\d{1,3})\]|#(\d{1,3}))$/;

const fuzzyIndexes = new WeakMap<readonly Reference[], SearchIndex>();

function fuzzyIndex(refs: readonly Reference[], usage: ReferenceUsage): SearchIndex {
  let index = fuzzyIndexes.get(refs);
  if (!index) {
    index = createSearchIndex(
      refs.map((r) => ({
        key: r.id,
        kind: 'reference',
        recordId: r.id,
        title: r.title,
        keywords: [...r.authors, r.journal, String(r.year), r.id].join(' '),
        body: (usage.get(r.id) ?? []).map((u) => u.place.label).join(' '),
      })),
    );
    fuzzyIndexes.set(refs, index);
  }
  return index;
}

/** The references that pass the filter, in list order (see `sortReferences`). */
export function filterReferences(
  refs: readonly Reference[],
  usage: ReferenceUsage,
  filter: ReferenceFilter,
): ReferenceMatch {
  const used = filter.usedBy ? referencesUsedBy(usage, filter.usedBy) : null;
  const scoped = sortReferences(refs).filter(
    (r) =>
      (filter.source === 'all' || (filter.source === 'review') === (r.n !== undefined)) &&
      (!used || used.has(r.id)),
  );
  const query = filter.query.trim();
  if (!query) return { refs: scoped, isFuzzy: false };

  // An id names one reference outright (citation links send ids), whatever the other filters.
  const byId = refs.find((r) => r.id === query);
  if (byId) return { refs: [byId], isFuzzy: false };

  const tokens = normalizeText(query).split(/\s+/).filter(Boolean);
  const exact = scoped.filter((r) => {
    const text = haystack(r, usage);
    return tokens.every((t) => {
      const number = NUMBER_TOKEN.exec(t);
      if (number) return r.n === Number(number[1] ?? number[2]);
      return text.includes(t);
    });
  });
  if (exact.length > 0) return { refs: exact, isFuzzy: false };

  const hits = new Set(
    fuzzyIndex(refs, usage)
      .search(query, refs.length)
      .map((h) => h.recordId),
  );
  return { refs: scoped.filter((r) => hits.has(r.id)), isFuzzy: hits.size > 0 };
}

/** References shown per page: a page stays a few screens tall on a phone. */
export const REFERENCES_PER_PAGE = 20;

export interface Page<T> {
  items: T[];
  /** 0-based page shown (clamped to the last page). */
  page: number;
  pageCount: number;
  /** 0-based index of the first item shown. */
  first: number;
}

/** One page of a list; `page` is clamped, so a shorter list after filtering still shows a page. */
export function pageOf<T>(items: readonly T[], page: number, size = REFERENCES_PER_PAGE): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(0, Math.floor(page)), pageCount - 1);
  return { items: items.slice(p * size, (p + 1) * size), page: p, pageCount, first: p * size };
}

/**
 * References as CSV: number in the review (empty for added sources), id, authors, year, title,
 * journal, volume, pages, DOI, and the places in the app that cite each one.
 */
export function referencesCsv(refs: readonly Reference[], usage: ReferenceUsage): string {
  const columns: CsvColumn<Reference>[] = [
    { header: 'number in review', value: (r) => r.n },
    { header: 'id', value: (r) => r.id },
    { header: 'authors', value: (r) => r.authors.join('; ') },
    { header: 'year', value: (r) => r.year },
    { header: 'title', value: (r) => r.title },
    { header: 'journal', value: (r) => r.journal },
    { header: 'volume', value: (r) => r.volume },
    { header: 'pages', value: (r) => r.pages },
    { header: 'DOI', value: (r) => r.doi },
    {
      header: 'cited by',
      value: (r) => [...new Set((usage.get(r.id) ?? []).map((u) => u.place.label))].join('; ') || null,
    },
  ];
  return tableCsv(columns, refs);
}
