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

/** A representative single number for a quantity: the value, or the geometric mean of a range
 * for quantities spanning decades (conductivities), else the midpoint. */
export function representative(q: Quantity | undefined): number | null {
  if (!q) return null;
  if (q.value !== undefined) return q.value;
  if (q.min === undefined || q.max === undefined) return null;
  if (q.unit === 'S/cm' && q.min > 0) return Math.sqrt(q.min * q.max);
  return (q.min + q.max) / 2;
}
