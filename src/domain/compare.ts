/**
 * Side-by-side comparison of two to four materials: one row per property, with the differences
 * that matter flagged. Conductivities matter when they differ by 10× or more (they span decades),
 * other positive quantities by 2×, potentials by 0.5 V; a categorical row matters when its values
 * are not all the same. In a flagged row the highest and lowest values are marked in words, so
 * the reader sees the extremes without relying on colour.
 */
import type { Method, Quantity } from '../kb/schema';
import { type CsvColumn, tableCsv } from './csv';
import { formatNumber, formatPotential } from './format';
import { COLUMNS, type DoiOf, formatInColumn, interfaceTypeOf, windowsOf } from './material-table';
import { type MaterialSummary, representative } from './materials';
import { windowSourceName } from './window-sources';

export interface CompareCell {
  /** The number(s) in the row's format, without the unit; empty when the material has none. */
  text: string;
  quantity?: Quantity;
  /** How the value was obtained (shown as a badge beside it). */
  method?: Method;
  /** References behind the value. */
  refs?: readonly string[];
  /** What this material's value is, when the row's label cannot say it (a window's own label). */
  note?: string;
  /** The numbers for export: a value, or both ends of a range. */
  numbers?: { value?: number; min?: number; max?: number };
  mark: 'highest' | 'lowest' | null;
}

export interface CompareRow {
  id: string;
  label: string;
  /** The unit of every number in the row (in its label, never in the cells). */
  unit?: string;
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

type NumericInput = Omit<CompareCell, 'mark'> & { value: number | null };

function numericRow(
  id: string,
  label: string,
  unit: string | undefined,
  values: readonly NumericInput[],
  rule: Rule,
): CompareRow {
  const present = values.map((v) => v.value).filter((v): v is number => v !== null);
  const hi = Math.max(...present);
  const lo = Math.min(...present);
  const reason = present.length >= 2 ? rule(hi, lo) : null;
  return {
    id,
    label,
    ...(unit ? { unit } : {}),
    isDifferent: reason !== null,
    reason,
    cells: values.map(({ value, ...cell }) => ({
      ...cell,
      mark:
        reason !== null && value !== null
          ? value === hi
            ? 'highest'
            : value === lo
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
      const values = materials.map((m): NumericInput => {
        const q = c.quantity?.(m);
        if (!q) return { text: '', value: null };
        return {
          text: formatInColumn(c, q),
          value: representative(q),
          quantity: q,
          method: q.method,
          refs: q.refs,
          numbers: { value: q.value, min: q.min, max: q.max },
        };
      });
      if (values.every((v) => v.value === null)) continue;
      rows.push(numericRow(c.id, c.label, c.unit, values, ruleFor(c.id)));
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
  // One pair of rows per window source, so that calculations are never mixed. The row is named
  // by its source; a window's own label ("Li/LLZO/inert-metal sweeps") belongs to its material's cell.
  const windows = materials.flatMap((m) => windowsOf(m));
  for (const source of new Set(windows.map((w) => w.source))) {
    const sourceName = source === 'experiment' ? 'measured' : windowSourceName(source);
    for (const limit of ['reductionV', 'oxidationV'] as const) {
      const values = materials.map((m): NumericInput => {
        const w = windowsOf(m).find((x) => x.source === source);
        if (!w) return { text: '', value: null };
        return {
          text: formatPotential(w[limit]),
          value: w[limit],
          method: w.method,
          refs: w.refs,
          numbers: { value: w[limit] },
          ...(source === 'experiment' || source === 'other-calculation' ? { note: w.label } : {}),
        };
      });
      const name = `${limit === 'reductionV' ? 'Reduction' : 'Oxidation'} limit (${sourceName})`;
      rows.push(numericRow(`${source}-${limit}`, name, 'V vs Li/Li⁺', values, spanRule(0.5, 'V')));
    }
  }
  return rows;
}

interface CompareLine {
  material: MaterialSummary;
  row: CompareRow;
  cell: CompareCell;
}

/**
 * The comparison as CSV, one line per material and property (so every number has its own cell):
 * material, property, unit, value, min, max, text (categories), method, references, DOIs.
 */
export function compareCsv(
  materials: readonly MaterialSummary[],
  rows: readonly CompareRow[],
  doiOf: DoiOf,
): string {
  const lines: CompareLine[] = rows.flatMap((row) =>
    row.cells.flatMap((cell, i) => {
      const material = materials[i];
      return material && cell.text ? [{ material, row, cell }] : [];
    }),
  );
  const columns: CsvColumn<CompareLine>[] = [
    { header: 'id', value: (l) => l.material.id },
    { header: 'name', value: (l) => l.material.name },
    { header: 'property', value: (l) => l.row.label },
    { header: 'unit', value: (l) => l.row.unit },
    { header: 'value', value: (l) => l.cell.numbers?.value },
    { header: 'min', value: (l) => l.cell.numbers?.min },
    { header: 'max', value: (l) => l.cell.numbers?.max },
    { header: 'text', value: (l) => (l.cell.numbers ? null : l.cell.text) },
    { header: 'method', value: (l) => l.cell.method },
    { header: 'refs', value: (l) => l.cell.refs?.join('; ') },
    { header: 'DOI', value: (l) => (l.cell.refs ?? []).flatMap((r) => doiOf(r) ?? []).join('; ') || null },
  ];
  return tableCsv(columns, lines);
}
