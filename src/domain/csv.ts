/**
 * CSV for every table of the app (RFC 4180): numbers are written as plain numbers (0.00133,
 * 1e-10, never "1.3 × 10⁻³ S/cm"), units go in the header ("Shear modulus (GPa)"), and text cells
 * are quoted when they hold a comma, quote or line break. The parser reads what the writer writes
 * and what spreadsheets save (CRLF, a byte-order mark, quoted line breaks), so an exported table
 * can be imported again.
 *
 * A few dozen lines do this; a library (papaparse, 19 kB min.) would add more than the app needs.
 */

/** A cell: text, a number (written as is), or empty. */
export type CsvCell = string | number | null | undefined;

/** One column of a table export: its header and how to read a row. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvCell;
}

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return /[",\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows of cells as CSV text, one line per row, ending in a newline. */
export function writeCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((r) => r.map(cellText).join(',')).join('\n') + (rows.length ? '\n' : '');
}

/** A table as CSV: a header row, then one row per item. */
export function tableCsv<T>(columns: readonly CsvColumn<T>[], items: readonly T[]): string {
  return writeCsv([columns.map((c) => c.header), ...items.map((item) => columns.map((c) => c.value(item)))]);
}

/** A CSV text that cannot be read, with the line it fails on (1-based). */
export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/**
 * Parses CSV text into rows of strings. Blank lines are skipped. Throws CsvError for a quote that
 * never closes or text after a closing quote.
 */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let line = 1;
  let i = 0;
  let isQuoted = false;
  let wasQuoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
    wasQuoted = false;
  };
  const endRow = () => {
    const isBlank = row.length === 0 && cell === '' && !wasQuoted;
    endCell();
    if (!isBlank) rows.push(row);
    row = [];
  };
  while (i < src.length) {
    const c = src[i] as string;
    if (isQuoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        isQuoted = false;
        wasQuoted = true;
        i++;
        const next = src[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvError('text after a closing quote', line);
        }
        continue;
      }
      if (c === '\n') line++;
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '') {
      isQuoted = true;
      i++;
    } else if (c === ',') {
      endCell();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      cell += c;
      i++;
    }
  }
  if (isQuoted) throw new CsvError('a quoted cell never ends', line);
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * A CSV cell as a number: plain or exponent notation, a true minus sign or a comma decimal
 * accepted; null for an empty cell; NaN for anything else.
 */
export function csvNumber(cell: string | undefined): number | null {
  const t = (cell ?? '').trim();
  if (t === '') return null;
  const normalized = t.replace(/\u2212/g, '-').replace(/^(-?\d+),(\d+)$/, '$1.$2');
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalized) ? Number(normalized) : Number.NaN;
}
