/**
 * The one search ranking of the app, shared by the header's global search, the materials table,
 * the windows chart's highlight and the glossary and reference fallbacks.
 *
 * It ranks the way a person reads a result list: a record whose name, abbreviation, id or formula
 * is exactly what was typed comes first ("LLZO" → LLZO, not Ta-doped LLZO), then records with the
 * typed word as a whole word of a name, then as the start of one, then names one slip away (a
 * transposed, dropped, added or wrong letter: "LLOZ", "LGSP", "argirodite"), and last records that
 * only mention the words in their longer text (MiniSearch, prefix + fuzzy, for recall).
 */
import MiniSearch from 'minisearch';
import { typoDistance } from './nearest';

export { typoDistance };

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
  /**
   * What the record is called: name, abbreviations, formula, id. An exact match on one of these
   * ranks first. Defaults to the title.
   */
  names?: readonly string[];
  /** A line shown under the title in result lists, e.g. the formula and class of a material. */
  detail?: string;
  /** A chemical formula shown with the result (rendered with subscripts by the view). */
  formula?: string;
}

/**
 * How well a record matches, best first: 0 exact name, 1 whole word of a name, 2 start of a name
 * word, 3 one or two slips from a name word, 4 found only by the full-text index.
 */
export type MatchTier = 0 | 1 | 2 | 3 | 4;

export interface SearchHit {
  key: string;
  kind: string;
  recordId: string;
  title: string;
  /** Relevance within a tier (MiniSearch score; higher is better). */
  score: number;
  tier: MatchTier;
  detail?: string;
  formula?: string;
}

export interface SearchIndex {
  /** Hits best first; an empty or blank query returns none. */
  search: (query: string, limit?: number) => SearchHit[];
}

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/** Lower case, no accents, subscript digits as digits, every dash and dot as a space. */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[₀-₉]/g, (d) => String(SUBSCRIPT_DIGITS.indexOf(d)))
    .toLowerCase();
}

/** The text with nothing but letters and digits, for exact comparison ("Li-In" = "LiIn" = "li in"). */
export function compactText(s: string): string {
  return foldText(s).replace(/[^\p{L}\p{N}]+/gu, '');
}

function wordsOf(s: string): string[] {
  return foldText(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Slips allowed for a typed word of this length: none below 3 letters, two from 8. */
function allowedSlips(word: string, candidate: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 4) return 1;
  // Three letters: only a dropped letter ("lzo" for "llzo"), else "lco" would find "lto" and "lmo".
  if (word.length === 3 && candidate.length === 4) return 1;
  return 0;
}

interface Prepared {
  doc: SearchDoc;
  /** Names without spaces or punctuation, for whole-name matches. */
  compactNames: readonly string[];
  /** Words of the names (rank as names). */
  nameWords: ReadonlySet<string>;
  /** Words of the keywords (rank one step below names). */
  keywordWords: ReadonlySet<string>;
}

function prepare(doc: SearchDoc): Prepared {
  const names = doc.names ?? [doc.title];
  return {
    doc,
    compactNames: [...new Set(names.map(compactText).filter(Boolean))],
    nameWords: new Set([...names, doc.title].flatMap(wordsOf)),
    keywordWords: new Set(wordsOf(doc.keywords)),
  };
}

/** Rank steps within a tier: the whole name, a word of a name, a word of the keywords. */
const WHOLE_NAME = 0;
const NAME_WORD = 1;
const KEYWORD_WORD = 2;
const STEPS = 4;
const TEXT_ONLY = 4 * STEPS;

/** How a typed word or name matches candidates: 1 whole, 2 prefix, 3 slip, null not at all. */
function matchTier(typed: string, candidates: Iterable<string>): 1 | 2 | 3 | null {
  let best: 2 | 3 | null = null;
  for (const c of candidates) {
    if (c === typed) return 1;
    if (typed.length >= 2 && c.startsWith(typed)) best = 2;
    else if (best === null && Math.abs(c.length - typed.length) <= 2) {
      const slips = allowedSlips(typed, c);
      if (slips > 0 && typoDistance(typed, c) <= slips) best = 3;
    }
  }
  return best;
}

/**
 * The rank of a record for a query (lower is better): tier × STEPS + step, or null when neither
 * its whole name nor its name and keyword words match every typed word.
 */
function nameRank(p: Prepared, compactQuery: string, words: readonly string[]): number | null {
  const whole = matchTier(compactQuery, p.compactNames);
  if (whole === 1) return 0;
  const best = whole === null ? null : whole * STEPS + WHOLE_NAME;
  let worst = 0;
  for (const word of words) {
    const inName = matchTier(word, p.nameWords);
    const inKeywords = matchTier(word, p.keywordWords);
    const a = inName === null ? null : inName * STEPS + NAME_WORD;
    const b = inKeywords === null ? null : inKeywords * STEPS + KEYWORD_WORD;
    const r = a === null ? b : b === null ? a : Math.min(a, b);
    if (r === null) return best;
    worst = Math.max(worst, r);
  }
  return best === null ? worst : Math.min(best, worst);
}

/** Builds the index once; `search` ranks by tier, then text relevance, then the shorter title. */
export function createSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const mini = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: ['title', 'names', 'keywords', 'body'],
    storeFields: [],
    extractField: (doc, field) =>
      field === 'names'
        ? (doc.names ?? []).join(' ')
        : String((doc as unknown as Record<string, unknown>)[field] ?? ''),
    searchOptions: {
      boost: { title: 3, names: 3, keywords: 2, body: 0.5 },
      prefix: true,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : term.length >= 4 ? 1 : 0),
      combineWith: 'AND',
    },
  });
  mini.addAll(docs as SearchDoc[]);
  const prepared = docs.map(prepare);
  const byKey = new Map(prepared.map((p) => [p.doc.key, p]));

  return {
    search(query, limit = 50) {
      const q = query.trim();
      const compactQuery = compactText(q);
      if (!compactQuery) return [];
      const words = wordsOf(q);
      const textScore = new Map(mini.search(q).map((r) => [String(r.id), r.score]));
      const ranked: { p: Prepared; rank: number; score: number }[] = [];
      const named = new Set<string>();
      for (const p of prepared) {
        const rank = nameRank(p, compactQuery, words);
        if (rank === null) continue;
        named.add(p.doc.key);
        ranked.push({ p, rank, score: textScore.get(p.doc.key) ?? 0 });
      }
      for (const [key, score] of textScore) {
        const p = byKey.get(key);
        if (p && !named.has(key)) ranked.push({ p, rank: TEXT_ONLY, score });
      }
      ranked.sort(
        (a, b) => a.rank - b.rank || b.score - a.score || a.p.doc.title.length - b.p.doc.title.length,
      );
      return ranked.slice(0, limit).map(({ p, rank, score }) => ({
        key: p.doc.key,
        kind: p.doc.kind,
        recordId: p.doc.recordId,
        title: p.doc.title,
        score,
        tier: Math.floor(rank / STEPS) as MatchTier,
        ...(p.doc.detail !== undefined ? { detail: p.doc.detail } : {}),
        ...(p.doc.formula !== undefined ? { formula: p.doc.formula } : {}),
      }));
    },
  };
}
