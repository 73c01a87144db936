/**
 * CSV of the classifier's table and of the stability-windows table, with the conventions of the
 * materials CSV (csv.ts, material-table.ts): numbers as plain numbers, the unit in the header, and
 * beside every window its source, method, reference ids and their DOIs. Pure; the views only
 * download what these return.
 */
import type { StabilityWindow } from '../kb/schema';
import type { ClassificationRow, Outcome } from './classifier/table';
import { type CsvColumn, tableCsv } from './csv';
import { VERDICT_TEXT, verdictOf } from './electrode-overlay';
import { type DoiOf, joinList } from './material-table';

const V = 'V vs Li/Li+';

/** The columns of one window: limits and width (numbers, volts), source, method, refs, DOIs. */
function windowColumns<T>(
  windowOf: (row: T) => StabilityWindow | null | undefined,
  doiOf: DoiOf,
): CsvColumn<T>[] {
  return [
    { header: 'window source', value: (r) => windowOf(r)?.label },
    { header: `reduction limit (${V})`, value: (r) => windowOf(r)?.reductionV },
    { header: `oxidation limit (${V})`, value: (r) => windowOf(r)?.oxidationV },
    {
      header: 'window width (V)',
      value: (r) => {
        const w = windowOf(r);
        return w ? Math.round((w.oxidationV - w.reductionV) * 1e6) / 1e6 : null;
      },
    },
    { header: 'window method', value: (r) => windowOf(r)?.method },
    { header: 'window conditions', value: (r) => windowOf(r)?.conditions },
    { header: 'window refs', value: (r) => joinList(windowOf(r)?.refs ?? []) },
    {
      header: 'window DOI',
      value: (r) => joinList((windowOf(r)?.refs ?? []).flatMap((id) => doiOf(id) ?? [])),
    },
  ];
}

/** A predicted interface type as a cell: 1, 2 or 3 (a number), "undetermined", or the error. */
function typeCell(o: Outcome | null): string | number | null {
  if (!o) return null;
  if (!o.ok) return `error: ${o.error}`;
  return o.value.verdict;
}

const fraction = (o: Outcome | null) => (o?.ok ? o.value.electronicFraction : null);

/**
 * The classification table as CSV: one line per electrolyte, with the window every prediction
 * uses, the predicted type and electronic volume fraction against Li metal and against the cathode,
 * the observed type against Li metal and the agreement.
 */
export function classificationCsv(
  rows: readonly ClassificationRow[],
  cathodeName: string | null,
  doiOf: DoiOf = () => undefined,
): string {
  const cathode = cathodeName ?? 'cathode';
  const columns: CsvColumn<ClassificationRow>[] = [
    { header: 'id', value: (r) => r.id },
    { header: 'name', value: (r) => r.name },
    { header: 'formula', value: (r) => r.formula },
    ...windowColumns<ClassificationRow>((r) => r.window, doiOf),
    { header: 'predicted type vs Li metal', value: (r) => typeCell(r.againstLithium) },
    {
      header: 'electronic volume fraction of products vs Li metal (fraction)',
      value: (r) => fraction(r.againstLithium),
    },
    { header: 'observed type vs Li metal', value: (r) => r.observed },
    { header: 'agreement', value: (r) => r.comparison?.status },
    { header: `predicted type vs ${cathode}`, value: (r) => typeCell(r.againstCathode) },
    {
      header: `electronic volume fraction of products vs ${cathode} (fraction)`,
      value: (r) => fraction(r.againstCathode),
    },
  ];
  return tableCsv(columns, rows);
}

/** One material of the windows table with its windows in the order shown. */
export interface WindowsTableRow {
  id: string;
  /** The label shown ("LGPS"). */
  label: string;
  windows: readonly StabilityWindow[];
}

/**
 * The stability-windows table as CSV: one line per window of each material (same rows, same order
 * as shown), with the verdict against the chosen anode and cathode potentials.
 */
export function windowsCsv(
  rows: readonly WindowsTableRow[],
  anodeV: number,
  cathodeV: number,
  doiOf: DoiOf = () => undefined,
): string {
  type Line = { row: WindowsTableRow; window: StabilityWindow };
  const lines: Line[] = rows.flatMap((row) => row.windows.map((window) => ({ row, window })));
  const columns: CsvColumn<Line>[] = [
    { header: 'id', value: (l) => l.row.id },
    { header: 'material', value: (l) => l.row.label },
    ...windowColumns<Line>((l) => l.window, doiOf),
    { header: `anode potential (${V})`, value: () => anodeV },
    { header: `cathode potential (${V})`, value: () => cathodeV },
    { header: 'verdict', value: (l) => VERDICT_TEXT[verdictOf(l.window, anodeV, cathodeV)] },
    { header: 'window note', value: (l) => l.window.note },
  ];
  return tableCsv(columns, lines);
}
