/**
 * Side-by-side comparison of two to four materials: one row per property, with the differences
 * that matter flagged. Conductivities matter when they differ by 10× or more (they span decades),
 * other positive quantities by 2×, potentials by 0.5 V; a categorical row matters when its values
 * are not all the same. In a flagged row the highest and lowest values are marked in words, so
 * the reader sees the extremes without relying on colour.
 */
import type { Quantity } from '../kb/schema';
import { formatNumber } from './format';
import { COLUMNS, interfaceTypeOf, windowsOf } from './material-table';
import { type MaterialSummary, representative } from './materials';

export interface CompareCell {
  text: string;
  quantity?: Quantity;
  mark: 'highest' | 'lowest' | null;
}

export interface CompareRow {
  id: string;
  label: string;
  cells: CompareCell[];
  isDifferent: boolean;
  /** Why the row is flagged, in words. */
  reason: string | null;
}

/** Decides whether the spread between the highest and lowest value matters; returns the reason. */
type Rule = (hi: number, lo: number) => string | null;

const ratioRule =
  (ratio: number): Rule =>
  (hi, lo) =>
    lo > 0 && hi / lo >= ratio ? `differ by ${formatNumber(hi / lo, 2)}×` : null;
const spanRule =
  (span: number, unit: string): Rule =>
  (hi, lo) =>
    hi - lo >= span ? `differ by ${(hi - lo).toFixed(2)} ${unit}` : null;

function numericRow(
  id: string,
  label: string,
  values: ReadonlyArray<{ text: string; value: number | null; quantity?: Quantity }>,
  rule: Rule,
): CompareRow {
  const present = values.map((v) => v.value).filter((v): v is number => v !== null);
  const hi = Math.max(...present);
  const lo = Math.min(...present);
  const reason = present.length >= 2 ? rule(hi, lo) : null;
  return {
    id,
    label,
    isDifferent: reason !== null,
    reason,
    cells: values.map((v) => ({
      text: v.text,
      quantity: v.quantity,
      mark:
        reason !== null && v.value !== null
          ? v.value === hi
            ? 'highest'
            : v.value === lo
              ? 'lowest'
              : null
          : null,
    })),
  };
}

/** Columns that identify a material: two materials always differ there, which tells nothing. */
const IDENTITY_COLUMNS = new Set(['formula']);

function categoricalRow(id: string, label: string, texts: readonly string[]): CompareRow {
  const known = texts.filter(Boolean);
  const isDifferent = !IDENTITY_COLUMNS.has(id) && known.length >= 2 && new Set(known).size > 1;
  return {
    id,
    label,
    isDifferent,
    reason: isDifferent ? 'not the same' : null,
    cells: texts.map((text) => ({ text, mark: null })),
  };
}

function ruleFor(columnId: string): Rule {
  if (columnId.startsWith('sigma')) return ratioRule(10);
  if (columnId === 'potential') return spanRule(0.5, 'V');
  return ratioRule(2);
}

export function compareMaterials(materials: readonly MaterialSummary[]): CompareRow[] {
  const rows: CompareRow[] = [];
  for (const c of COLUMNS) {
    if (c.id === 'window') continue;
    if (c.quantity) {
      const values = materials.map((m) => {
        const q = c.quantity?.(m);
        return { text: c.text(m), value: representative(q), quantity: q };
      });
      if (values.every((v) => v.value === null)) continue;
      rows.push(numericRow(c.id, c.label, values, ruleFor(c.id)));
    } else if (c.id === 'itype') {
      const texts = materials.map((m) => {
        const t = interfaceTypeOf(m);
        return t ? `Type ${t}` : '';
      });
      rows.push(categoricalRow(c.id, c.label, texts));
    } else {
      rows.push(
        categoricalRow(
          c.id,
          c.label,
          materials.map((m) => c.text(m)),
        ),
      );
    }
  }
  // One pair of rows per window source, so that calculations are never mixed.
  const windows = materials.flatMap((m) => windowsOf(m));
  for (const source of new Set(windows.map((w) => w.source))) {
    const label = windows.find((w) => w.source === source)?.label ?? source;
    for (const limit of ['reductionV', 'oxidationV'] as const) {
      const values = materials.map((m) => {
        const w = windowsOf(m).find((x) => x.source === source);
        return { text: w ? `${w[limit].toFixed(2)} V` : '', value: w ? w[limit] : null };
      });
      const name = `${limit === 'reductionV' ? 'Reduction' : 'Oxidation'} limit, ${label}`;
      rows.push(numericRow(`${source}-${limit}`, name, values, spanRule(0.5, 'V')));
    }
  }
  return rows;
}
