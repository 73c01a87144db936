/**
 * "Did you mean …?": the closest known name to something typed or linked. No dependencies, so the
 * URL codec (in the initial bundle) can use it as well as the search.
 */

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and transpositions of
 * neighbours each cost 1, so "lloz" is one slip from "llzo" (Levenshtein would say two).
 */
export function typoDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => {
    const row = new Array<number>(n + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= n; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= m; i++) {
    const row = d[i] as number[];
    const prev = d[i - 1] as number[];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
    }
  }
  return (d[m] as number[])[n] as number;
}

/** A candidate and the names it answers to (id, abbreviations); `label` is what a message shows. */
export interface NearestCandidate {
  id: string;
  label: string;
  names: readonly string[];
}

const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * The candidate closest to `typed`: one whose name starts with it or it starts with ("llz" →
 * LLZO, "zhu" → zhu2015), else the smallest typo distance up to a third of the typed length
 * (at least 1). Null when nothing is that close.
 */
export function nearest(typed: string, candidates: readonly NearestCandidate[]): NearestCandidate | null {
  const t = fold(typed);
  if (!t) return null;
  let best: NearestCandidate | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    for (const raw of [c.id, ...c.names]) {
      const name = fold(raw);
      if (!name) continue;
      // Prefix matches beat typos; among them the shortest remainder wins.
      const score =
        name.startsWith(t) || (t.startsWith(name) && name.length >= 3)
          ? Math.abs(name.length - t.length) / 100
          : typoDistance(t, name);
      if (score < bestScore) {
        bestScore = score;
        best = c;
      }
    }
  }
  return bestScore <= Math.max(1, Math.floor(t.length / 3)) ? best : null;
}
