/**
 * One list of every material of the knowledge base (solid electrolytes, electrodes and the other
 * phases), with the few fields that tables, search and charts share.
 */
import type { Electrode, Electrolyte, KnowledgeBase, Phase, Quantity } from '../kb/schema';

export type MaterialKind = 'electrolyte' | 'electrode' | 'phase';

export type MaterialRecord =
  | { kind: 'electrolyte'; record: Electrolyte }
  | { kind: 'electrode'; record: Electrode }
  | { kind: 'phase'; record: Phase };

export interface MaterialSummary {
  id: string;
  kind: MaterialKind;
  name: string;
  formula: string;
  aliases: string[];
  /** Class for electrolytes, role for electrodes, kind for other phases. */
  category: string;
  family: string | null;
  source: MaterialRecord;
  /** True for a material the user added (kept in this browser, not in the knowledge base). */
  isOwn?: boolean;
}

export const KIND_LABEL: Record<MaterialKind, string> = {
  electrolyte: 'Solid electrolyte',
  electrode: 'Electrode',
  phase: 'Phase',
};

export function listMaterials(kb: KnowledgeBase): MaterialSummary[] {
  return [
    ...kb.electrolytes.map(
      (r): MaterialSummary => ({
        id: r.id,
        kind: 'electrolyte',
        name: r.name,
        formula: r.formula,
        aliases: r.aliases,
        category: r.class,
        family: r.family,
        source: { kind: 'electrolyte', record: r },
      }),
    ),
    ...kb.electrodes.map(
      (r): MaterialSummary => ({
        id: r.id,
        kind: 'electrode',
        name: r.name,
        formula: r.formula,
        aliases: r.aliases,
        category: r.role,
        family: null,
        source: { kind: 'electrode', record: r },
      }),
    ),
    ...kb.phases.map(
      (r): MaterialSummary => ({
        id: r.id,
        kind: 'phase',
        name: r.name,
        formula: r.formula,
        aliases: r.aliases,
        category: r.kind,
        family: null,
        source: { kind: 'phase', record: r },
      }),
    ),
  ];
}

/**
 * The one representative number of a quantity, used everywhere a single value is needed (classifier,
 * diagrams, tables): the value; else, for a range, the geometric mean when the quantity is a
 * conductivity (S/cm, spanning decades) with a positive lower end, otherwise the midpoint; null when
 * the quantity is absent or has neither a value nor both ends.
 */
export function representative(q: Quantity | undefined): number | null {
  if (!q) return null;
  if (q.value !== undefined) return q.value;
  if (q.min === undefined || q.max === undefined) return null;
  if (q.unit === 'S/cm' && q.min > 0) return Math.sqrt(q.min * q.max);
  return (q.min + q.max) / 2;
}

/** `representative`, kept only when positive (molar volumes, conductivities); else null. */
export function positiveRepresentative(q: Quantity | undefined): number | null {
  const v = representative(q);
  return v !== null && v > 0 ? v : null;
}

/** An abbreviation as written at the end of a name: "(LGPS)", "(garnet LLZO)". */
const ABBREVIATION = /^[A-Za-z]{0,2}[A-Z][A-Za-z0-9-]{1,8}$/;

/**
 * The short name of a material, built one way for every view (classifier headings, diagram labels,
 * the windows chart). Knowledge-base names are descriptive ("Lithium germanium thiophosphate
 * (LGPS)"); a reader scans for:
 * 1. the formula, when short (≤ 9 characters) and listed as an alias or written in the name
 *    ("Li7P3S11", "Argyrodite Li6PS5Cl");
 * 2. else the first alias of at most 10 characters with a capital letter ("LGPS", "Al-LLZO");
 * 3. else an abbreviation closing a parenthesis in the name ("… (LiPON)");
 * 4. else the name.
 */
export function shortName(m: { name: string; formula: string; aliases: readonly string[] }): string {
  const words = m.name.split(/[\s()]+/);
  if (m.formula.length <= 9 && (m.aliases.includes(m.formula) || words.includes(m.formula))) return m.formula;
  const alias = m.aliases.find((a) => /[A-Z]/.test(a) && a.length <= 10);
  if (alias) return alias;
  const paren = /\(([^()]*)\)\s*$/.exec(m.name)?.[1]?.trim().split(/\s+/).at(-1);
  if (paren && ABBREVIATION.test(paren)) return paren;
  return m.name;
}
