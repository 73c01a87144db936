/**
 * Every number an assessment used, as rows for a table and as CSV: risk, quantity, value, unit,
 * where it comes from and its references.
 */
import type { CellAssessment } from './types';

/** One row of the numbers table. */
export interface NumberRow {
  risk: string;
  label: string;
  value: number;
  unit: string;
  source: string;
  refs: readonly string[];
}

/** The rows of every risk, in the order of the risks. */
export function numberRows(a: CellAssessment): NumberRow[] {
  return a.risks.flatMap((r) =>
    r.numbers.map((n) => ({
      risk: r.title,
      label: n.label,
      value: n.value,
      unit: n.unit,
      source: n.source,
      refs: n.refs,
    })),
  );
}

function csvCell(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows as CSV (RFC 4180 quoting), with a header; values in full precision. */
export function numbersCsv(rows: readonly NumberRow[], designLabel: string): string {
  const lines = [
    ['design', 'risk', 'quantity', 'value', 'unit', 'source', 'references'].join(','),
    ...rows.map((r) =>
      [designLabel, r.risk, r.label, String(r.value), r.unit, r.source, r.refs.join(' ')]
        .map(csvCell)
        .join(','),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
