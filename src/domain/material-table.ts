/**
 * The materials table as pure functions: which columns exist and how each reads a material,
 * filtering, sorting and export (CSV, JSON). Views only render what these return.
 */
import type { Quantity, StabilityWindow, WindowSource } from '../kb/schema';
import { formatQuantity } from './format';
import { formulaUnicode } from './formula';
import { KIND_LABEL, type MaterialKind, type MaterialSummary, representative } from './materials';

/** Window sources in order of preference when one window stands for a material. */
export const WINDOW_PREFERENCE: readonly WindowSource[] = [
  'zhu2015',
  'richards2016',
  'experiment',
  'other-calculation',
];

export function windowsOf(m: MaterialSummary): readonly StabilityWindow[] {
  return m.source.kind === 'electrode' ? [] : m.source.record.windows;
}

/** The window that represents a material in the table: the first source in preference order. */
export function preferredWindow(m: MaterialSummary): StabilityWindow | undefined {
  const windows = windowsOf(m);
  for (const source of WINDOW_PREFERENCE) {
    const w = windows.find((x) => x.source === source);
    if (w) return w;
  }
  return undefined;
}

export function interfaceTypeOf(m: MaterialSummary): 1 | 2 | 3 | null {
  return m.source.kind === 'electrolyte' ? (m.source.record.interfaceWithLi?.type ?? null) : null;
}

function quantityOf(m: MaterialSummary, field: string): Quantity | undefined {
  return (m.source.record as unknown as Record<string, Quantity | undefined>)[field];
}

export interface Column {
  id: string;
  label: string;
  /** Short header for narrow layouts and CSV. */
  short: string;
  /** Sort key; null sorts last. */
  sortValue: (m: MaterialSummary) => number | string | null;
  /** Plain text for CSV and JSON. */
  text: (m: MaterialSummary) => string;
  /** The sourced quantity behind the cell, if any (the view shows its method and citation). */
  quantity?: (m: MaterialSummary) => Quantity | undefined;
  isNumeric: boolean;
}

function quantityColumn(id: string, label: string, short: string, field: string): Column {
  return {
    id,
    label,
    short,
    isNumeric: true,
    sortValue: (m) => representative(quantityOf(m, field)),
    text: (m) => {
      const q = quantityOf(m, field);
      return q ? formatQuantity(q) : '';
    },
    quantity: (m) => quantityOf(m, field),
  };
}

export const COLUMNS: readonly Column[] = [
  {
    id: 'formula',
    label: 'Formula',
    short: 'Formula',
    isNumeric: false,
    sortValue: (m) => m.formula,
    text: (m) => formulaUnicode(m.formula),
  },
  {
    id: 'kind',
    label: 'Kind',
    short: 'Kind',
    isNumeric: false,
    sortValue: (m) => m.kind,
    text: (m) => KIND_LABEL[m.kind],
  },
  {
    id: 'class',
    label: 'Class',
    short: 'Class',
    isNumeric: false,
    sortValue: (m) => m.category,
    text: (m) => m.category,
  },
  {
    id: 'family',
    label: 'Family',
    short: 'Family',
    isNumeric: false,
    sortValue: (m) => m.family,
    text: (m) => m.family ?? '',
  },
  quantityColumn('sigma', 'Ionic conductivity (RT)', 'σ ion', 'ionicConductivity'),
  quantityColumn('sigmae', 'Electronic conductivity', 'σ e⁻', 'electronicConductivity'),
  {
    id: 'window',
    label: 'Stability window (V vs Li/Li⁺)',
    short: 'Window',
    isNumeric: true,
    sortValue: (m) => {
      const w = preferredWindow(m);
      return w ? w.oxidationV - w.reductionV : null;
    },
    text: (m) => {
      const w = preferredWindow(m);
      return w ? `${w.reductionV.toFixed(2)}–${w.oxidationV.toFixed(2)} V (${w.label})` : '';
    },
  },
  {
    id: 'itype',
    label: 'Interface type with Li',
    short: 'Type vs Li',
    isNumeric: true,
    sortValue: (m) => interfaceTypeOf(m),
    text: (m) => {
      const t = interfaceTypeOf(m);
      return t ? `Type ${t}` : '';
    },
  },
  quantityColumn('shear', 'Shear modulus', 'G', 'shearModulus'),
  quantityColumn('youngs', "Young's modulus", 'E', 'youngsModulus'),
  quantityColumn('kic', 'Fracture toughness', 'K_Ic', 'fractureToughness'),
  quantityColumn('vm', 'Molar volume', 'V_m', 'molarVolume'),
  quantityColumn('potential', 'Potential vs Li/Li⁺ (electrodes)', 'E', 'potential'),
];

export const COLUMN_IDS = COLUMNS.map((c) => c.id);
export const DEFAULT_COLUMNS = ['formula', 'class', 'sigma', 'window', 'itype'];
export const SORT_KEYS = ['name', ...COLUMN_IDS] as const;

export function columnsById(ids: readonly string[]): Column[] {
  return ids.flatMap((id) => COLUMNS.find((c) => c.id === id) ?? []);
}

export interface MaterialFilters {
  kinds: readonly MaterialKind[];
  classes: readonly string[];
  family: string;
  interfaceType: 1 | 2 | 3 | null;
  /** Ionic conductivity bounds in S/cm (compared with the range's upper/lower end). */
  sigmaMin: number | null;
  sigmaMax: number | null;
  /** Keep materials whose preferred window contains this potential (V vs Li/Li+). */
  stableAtV: number | null;
  /** "window": the window reaches 0 V; "interface": interface type 1 or 3 with Li. */
  vsLithium: 'any' | 'window' | 'interface';
}

export const NO_FILTERS: MaterialFilters = {
  kinds: [],
  classes: [],
  family: '',
  interfaceType: null,
  sigmaMin: null,
  sigmaMax: null,
  stableAtV: null,
  vsLithium: 'any',
};

/** Potential tolerance when testing whether a window contains a potential (windows are given to 0.01 V). */
const V_EPS = 1e-9;

export function windowContains(w: StabilityWindow | undefined, v: number): boolean {
  return !!w && w.reductionV <= v + V_EPS && v <= w.oxidationV + V_EPS;
}

export function matchesFilters(m: MaterialSummary, f: MaterialFilters): boolean {
  if (f.kinds.length > 0 && !f.kinds.includes(m.kind)) return false;
  if (f.classes.length > 0 && !f.classes.includes(m.category)) return false;
  if (f.family && m.family !== f.family) return false;
  if (f.interfaceType !== null && interfaceTypeOf(m) !== f.interfaceType) return false;
  if (f.sigmaMin !== null || f.sigmaMax !== null) {
    const q = m.source.kind === 'electrode' ? undefined : m.source.record.ionicConductivity;
    if (!q) return false;
    const lo = q.value ?? q.min ?? Number.NaN;
    const hi = q.value ?? q.max ?? Number.NaN;
    // A range overlaps the requested interval if any part of it lies inside.
    if (f.sigmaMin !== null && !(hi >= f.sigmaMin)) return false;
    if (f.sigmaMax !== null && !(lo <= f.sigmaMax)) return false;
  }
  if (f.stableAtV !== null && !windowContains(preferredWindow(m), f.stableAtV)) return false;
  if (f.vsLithium === 'window' && !windowContains(preferredWindow(m), 0)) return false;
  if (f.vsLithium === 'interface') {
    const t = interfaceTypeOf(m);
    if (t !== 1 && t !== 3) return false;
  }
  return true;
}

/** Sorts by a key ("name" or a column id); `descending` reverses. Missing values always sort last. */
export function sortMaterials(
  materials: readonly MaterialSummary[],
  key: string,
  descending: boolean,
): MaterialSummary[] {
  const column = COLUMNS.find((c) => c.id === key);
  const value = (m: MaterialSummary) => (column ? column.sortValue(m) : m.name);
  return [...materials].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null && vb === null) return a.name.localeCompare(b.name);
    if (va === null) return 1;
    if (vb === null) return -1;
    const cmp =
      typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
    return (descending ? -cmp : cmp) || a.name.localeCompare(b.name);
  });
}

function csvCell(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a header row: id, name, then the chosen columns as shown. */
export function toCsv(materials: readonly MaterialSummary[], columns: readonly Column[]): string {
  const header = ['id', 'name', ...columns.map((c) => c.label)];
  const rows = materials.map((m) => [m.id, m.name, ...columns.map((c) => c.text(m))]);
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}

/** JSON rows with the full sourced quantities (value, unit, method, refs) for the chosen columns. */
export function toJsonRows(materials: readonly MaterialSummary[], columns: readonly Column[]) {
  return materials.map((m) => {
    const row: Record<string, unknown> = { id: m.id, name: m.name, kind: m.kind };
    for (const c of columns) row[c.id] = c.quantity?.(m) ?? (c.text(m) || null);
    return row;
  });
}
