/**
 * Typo-tolerant search over names, aliases and formulas (MiniSearch: prefix + fuzzy matching).
 * "lgps", "LGPS", "Li10GeP2S12", "garnet" and "argirodite" all find the right records.
 */
import MiniSearch from 'minisearch';

export interface SearchDoc {
  /** Unique across kinds, e.g. "material:lgps". */
  key: string;
  kind: string;
  recordId: string;
  title: string;
  /** Extra words to match: aliases, formula, abbreviations. */
  keywords: string;
  /** Longer text matched with a lower weight. */
  body?: string;
}

export interface SearchHit {
  key: string;
  kind: string;
  recordId: string;
  title: string;
  score: number;
}

export interface SearchIndex {
  search: (query: string, limit?: number) => SearchHit[];
}

export function createSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const mini = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: ['title', 'keywords', 'body'],
    storeFields: ['kind', 'recordId', 'title'],
    searchOptions: {
      boost: { title: 3, keywords: 2, body: 0.5 },
      prefix: true,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : term.length >= 4 ? 1 : 0),
      combineWith: 'AND',
    },
  });
  mini.addAll(docs as SearchDoc[]);
  return {
    search(query, limit = 50) {
      const q = query.trim();
      if (!q) return [];
      return mini
        .search(q)
        .slice(0, limit)
        .map((r) => ({
          key: String(r.id),
          kind: r.kind as string,
          recordId: r.recordId as string,
          title: r.title as string,
          score: r.score,
        }));
    },
  };
}
