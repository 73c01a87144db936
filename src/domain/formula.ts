/**
 * Chemical formulas as text runs with subscripts, so that "Li10GeP2S12" renders as Li₁₀GeP₂S₁₂.
 *
 * Rule: a number (integer or decimal, or a stoichiometry variable such as x or 1-x) directly after
 * an element symbol or a closing bracket is a subscript; a number at the start of the formula or
 * after a separator ("-", "·", "–", space, "+") is a coefficient and stays on the line, as in
 * "75Li2S-25P2S5".
 */
export interface FormulaRun {
  text: string;
  isSubscript: boolean;
}

// Minus signs in stoichiometry appear as "-", "−" (U+2212) or "–" (U+2013) in the sources.
const TOKEN =
  /([A-Z][a-z]?|[)\]])(\d+(?:\.\d+)?(?:[-+−–]\d*(?:\.\d+)?[a-z]|[a-z](?![a-z]))?|(?:\d*(?:\.\d+)?[-+−–])?[xyzδ](?![a-z]))?/g;

export function formulaRuns(formula: string): FormulaRun[] {
  const runs: FormulaRun[] = [];
  const push = (text: string, isSubscript: boolean) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && last.isSubscript === isSubscript) last.text += text;
    else runs.push({ text, isSubscript });
  };
  let cursor = 0;
  for (const m of formula.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    push(formula.slice(cursor, start), false);
    push(m[1] ?? '', false);
    push(m[2] ?? '', true);
    cursor = start + m[0].length;
  }
  push(formula.slice(cursor), false);
  return runs;
}

/** Plain-text formula with Unicode subscripts, for SVG titles, CSV and clipboard. */
export function formulaUnicode(formula: string): string {
  const SUB: Record<string, string> = {
    '0': '₀',
    '1': '₁',
    '2': '₂',
    '3': '₃',
    '4': '₄',
    '5': '₅',
    '6': '₆',
    '7': '₇',
    '8': '₈',
    '9': '₉',
    '.': '.',
    '-': '₋',
    '+': '₊',
    x: 'ₓ',
  };
  return formulaRuns(formula)
    .map((r) => (r.isSubscript ? [...r.text].map((c) => SUB[c] ?? c).join('') : r.text))
    .join('');
}
