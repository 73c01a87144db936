/**
 * Finds chemical formulas in running text ("reduced to Li2S and Li3P") so that views can render
 * them with subscripts. A token counts as a formula only if it splits completely into real
 * element symbols, numbers and brackets, and has at least one number after an element: "Li2S",
 * "Li1.5Al0.5Ge1.5(PO4)3" and "75Li2S" are formulas; "NMC811", "LLZO", "7Li" and "3D" are not.
 */

const ELEMENTS = new Set(
  (
    'H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr ' +
    'Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb ' +
    'Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf ' +
    'Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og'
  ).split(' '),
);

export interface ProseRun {
  text: string;
  isFormula: boolean;
}

/** Candidate tokens: optional coefficient, then element-like letters, digits and brackets. */
const CANDIDATE = /(?<![\p{L}\p{N}.])\d*(?:[A-Z][a-z]?|[()[\]]|\d+(?:\.\d+)?)+(?![\p{L}\p{N}])/gu;

export function isFormulaToken(token: string): boolean {
  const body = token.replace(/^\d+/, '');
  let hasSubscript = false;
  let depth = 0;
  for (const m of body.matchAll(/[A-Z][a-z]?|\d+(?:\.\d+)?|[()[\]]|./g)) {
    const t = m[0];
    if (/^[A-Z]/.test(t)) {
      if (!ELEMENTS.has(t)) return false;
    } else if (/^\d/.test(t)) {
      const prev = body[(m.index ?? 0) - 1];
      if (prev === undefined) return false;
      hasSubscript = true;
    } else if (t === '(' || t === '[') depth++;
    else if (t === ')' || t === ']') {
      if (--depth < 0) return false;
    } else return false;
  }
  return hasSubscript && depth === 0 && /[A-Z]/.test(body);
}

export function proseRuns(text: string): ProseRun[] {
  const runs: ProseRun[] = [];
  let cursor = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    const start = m.index ?? 0;
    // A formula that closes a parenthesis of the prose ("(… → Li7Ti5O12)") has the bracket taken
    // into its token; the formula is the token without its unmatched closing brackets.
    let token = m[0];
    while (/[)\]]$/.test(token) && !isFormulaToken(token)) token = token.slice(0, -1);
    if (!isFormulaToken(token)) continue;
    if (start > cursor) runs.push({ text: text.slice(cursor, start), isFormula: false });
    runs.push({ text: token, isFormula: true });
    cursor = start + token.length;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), isFormula: false });
  return runs;
}
