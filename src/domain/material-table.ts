/**
 * The materials table as pure functions: which columns exist and how each reads a material,
 * filtering, sorting and export (CSV, JSON). Views only render what these return.
 */
import type { Quantity, StabilityWindow, WindowSource } from '../kb/schema';
// Types only: app-params imports this module's column ids at run time.
import type { AppParamKey, AppParams } from './app-params';
import { type CsvColumn, tableCsv } from './csv';
import { formatNumber, formatPotential, formatQuantity, formatScientific } from './format';
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

/** A quantity's number(s) in a column's format, without the unit: "4 × 10⁻⁴", "1 × 10⁻⁴–10⁻³". */
export function formatInColumn(column: Column, q: Quantity): string {
  const f = column.formatValue ?? ((n: number) => formatNumber(n));
  if (q.value !== undefined) return f(q.value);
  if (q.min !== undefined && q.max !== undefined) return `${f(q.min)}–${f(q.max)}`;
  return '—';
}

export interface Column {
  id: string;
  /** Header text without the unit. */
  label: string;
  /** Short header for narrow layouts. */
  short: string;
  /** The one unit of every number in the column (shown in the header, never in the cells). */
  unit?: string;
  /** The one number format of the column, for both ends of a range. */
  formatValue?: (n: number) => string;
  /** Sort key; null sorts last. */
  sortValue: (m: MaterialSummary) => number | string | null;
  /** Plain text for CSV and JSON. */
  text: (m: MaterialSummary) => string;
  /** The sourced quantity behind the cell, if any (the view shows its method and citation). */
  quantity?: (m: MaterialSummary) => Quantity | undefined;
  /** The record field a quantity column reads ("ionicConductivity"). */
  field?: string;
  isNumeric: boolean;
}

function quantityColumn(
  id: string,
  label: string,
  short: string,
  field: string,
  unit: string,
  formatValue: (n: number) => string,
): Column {
  return {
    id,
    label,
    short,
    unit,
    formatValue,
    isNumeric: true,
    sortValue: (m) => representative(quantityOf(m, field)),
    text: (m) => {
      const q = quantityOf(m, field);
      return q ? formatQuantity(q) : '';
    },
    quantity: (m) => quantityOf(m, field),
    field,
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
  quantityColumn('sigma', 'Ionic conductivity (RT)', 'σ ion', 'ionicConductivity', 'S/cm', formatScientific),
  quantityColumn(
    'sigmae',
    'Electronic conductivity',
    'σ e⁻',
    'electronicConductivity',
    'S/cm',
    formatScientific,
  ),
  {
    id: 'window',
    label: 'Stability window',
    short: 'Window',
    unit: 'V vs Li/Li⁺',
    formatValue: formatPotential,
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
  quantityColumn('shear', 'Shear modulus', 'G', 'shearModulus', 'GPa', (n) => formatNumber(n, 3)),
  quantityColumn('youngs', "Young's modulus", 'E', 'youngsModulus', 'GPa', (n) => formatNumber(n, 3)),
  quantityColumn('kic', 'Fracture toughness', 'K_Ic', 'fractureToughness', 'MPa·m½', (n) =>
    formatNumber(n, 2),
  ),
  quantityColumn('vm', 'Molar volume', 'V_m', 'molarVolume', 'cm³/mol', (n) => formatNumber(n, 3)),
  quantityColumn('potential', 'Potential (electrodes)', 'E', 'potential', 'V vs Li/Li⁺', formatPotential),
];

// The ids alone live in material-columns.ts (the URL codec reads them at start-up).
export { COLUMN_IDS, DEFAULT_COLUMNS, SORT_KEYS } from './material-columns';

export function columnsById(ids: readonly string[]): Column[] {
  return ids.flatMap((id) => COLUMNS.find((c) => c.id === id) ?? []);
}

/** Which windows "stable at V" and "window reaches 0 V" read. */
export type WindowBasis = 'preferred' | 'measured' | 'any';

/** What each window basis means, in words the filter panel shows. */
export const WINDOW_BASIS_TEXT: Record<WindowBasis, string> = {
  preferred:
    'each material’s representative window: calculated (Zhu 2015, else Richards 2016), else measured',
  measured: 'measured windows only',
  any: 'any of its windows, calculated or measured',
};

/** The numeric ranges the table filters by: the column they read and their unit. */
export const RANGE_FILTERS = [
  { id: 'shear', label: 'Shear modulus', unit: 'GPa' },
  { id: 'youngs', label: 'Young’s modulus', unit: 'GPa' },
  { id: 'kic', label: 'Fracture toughness', unit: 'MPa·m½' },
  { id: 'width', label: 'Window width', unit: 'V' },
] as const;
export type RangeId = (typeof RANGE_FILTERS)[number]['id'];

export interface NumberRange {
  min: number | null;
  max: number | null;
}

export interface MaterialFilters {
  kinds: readonly MaterialKind[];
  classes: readonly string[];
  family: string;
  interfaceType: 1 | 2 | 3 | null;
  /** Ionic conductivity bounds in S/cm (compared with the range's upper/lower end). */
  sigmaMin: number | null;
  sigmaMax: number | null;
  /** Keep materials with a window (per `windowBasis`) that contains this potential (V vs Li/Li+). */
  stableAtV: number | null;
  /** "window": the window reaches 0 V; "interface": interface type 1 or 3 with Li. */
  vsLithium: 'any' | 'window' | 'interface';
  windowBasis: WindowBasis;
  /** Bounds per range filter, in the unit of RANGE_FILTERS; a quantity's range overlaps them. */
  ranges: Partial<Record<RangeId, NumberRange>>;
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
  windowBasis: 'preferred',
  ranges: {},
};

/** Potential tolerance when testing whether a window contains a potential (windows are given to 0.01 V). */
const V_EPS = 1e-9;

export function windowContains(w: StabilityWindow | undefined, v: number): boolean {
  return !!w && w.reductionV <= v + V_EPS && v <= w.oxidationV + V_EPS;
}

/** The windows a basis reads for a material. */
export function windowsFor(m: MaterialSummary, basis: WindowBasis): readonly StabilityWindow[] {
  if (basis === 'measured') return windowsOf(m).filter((w) => w.method === 'measured');
  if (basis === 'any') return windowsOf(m);
  const w = preferredWindow(m);
  return w ? [w] : [];
}

/** The low and high end of a quantity (a value is both), or null. */
function ends(q: Quantity | undefined): [number, number] | null {
  if (!q) return null;
  const lo = q.value ?? q.min;
  const hi = q.value ?? q.max;
  return lo === undefined || hi === undefined ? null : [lo, hi];
}

/** True when [lo, hi] overlaps the requested bounds (a missing value never does). */
function overlaps(span: [number, number] | null, min: number | null, max: number | null): boolean {
  if (min === null && max === null) return true;
  if (!span) return false;
  return (min === null || span[1] >= min) && (max === null || span[0] <= max);
}

function rangeSpan(m: MaterialSummary, id: RangeId): [number, number] | null {
  if (id === 'width') {
    const w = preferredWindow(m);
    return w ? [w.oxidationV - w.reductionV, w.oxidationV - w.reductionV] : null;
  }
  return ends(COLUMNS.find((c) => c.id === id)?.quantity?.(m));
}

/** One active filter: what it is called in messages, and its test. */
export interface ActiveFilter {
  /** Which setting it is (the view maps it to the controls that clear it). */
  id: 'kinds' | 'classes' | 'family' | 'interfaceType' | 'sigma' | 'stableAtV' | 'vsLithium' | RangeId;
  /** "Stable at 4.3 V (each material’s representative window …)". */
  label: string;
  test: (m: MaterialSummary) => boolean;
}

const rangeText = (
  min: number | null,
  max: number | null,
  unit: string,
  f = (n: number) => formatNumber(n),
) =>
  min !== null && max !== null
    ? `${f(min)}–${f(max)} ${unit}`
    : min !== null
      ? `≥ ${f(min)} ${unit}`
      : `≤ ${f(max ?? 0)} ${unit}`;

/** The filters that are set, in panel order, each with its own test. */
export function activeFilters(f: MaterialFilters): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  if (f.kinds.length > 0)
    out.push({
      id: 'kinds',
      label: `Kind: ${f.kinds.map((k) => KIND_LABEL[k]).join(' or ')}`,
      test: (m) => f.kinds.includes(m.kind),
    });
  if (f.classes.length > 0)
    out.push({
      id: 'classes',
      label: `Class: ${f.classes.join(' or ')}`,
      test: (m) => f.classes.includes(m.category),
    });
  if (f.family) out.push({ id: 'family', label: `Family: ${f.family}`, test: (m) => m.family === f.family });
  if (f.interfaceType !== null) {
    const t = f.interfaceType;
    out.push({
      id: 'interfaceType',
      label: `Interface type ${t} with Li`,
      test: (m) => interfaceTypeOf(m) === t,
    });
  }
  if (f.sigmaMin !== null || f.sigmaMax !== null) {
    out.push({
      id: 'sigma',
      label: `Ionic conductivity ${rangeText(f.sigmaMin, f.sigmaMax, 'S/cm', formatScientific)}`,
      test: (m) =>
        overlaps(
          ends(m.source.kind === 'electrode' ? undefined : m.source.record.ionicConductivity),
          f.sigmaMin,
          f.sigmaMax,
        ),
    });
  }
  if (f.stableAtV !== null) {
    const v = f.stableAtV;
    out.push({
      id: 'stableAtV',
      label: `Stable at ${formatNumber(v)} V (${WINDOW_BASIS_TEXT[f.windowBasis]})`,
      test: (m) => windowsFor(m, f.windowBasis).some((w) => windowContains(w, v)),
    });
  }
  if (f.vsLithium === 'window')
    out.push({
      id: 'vsLithium',
      label: `Window reaches 0 V (${WINDOW_BASIS_TEXT[f.windowBasis]})`,
      test: (m) => windowsFor(m, f.windowBasis).some((w) => windowContains(w, 0)),
    });
  if (f.vsLithium === 'interface')
    out.push({
      id: 'vsLithium',
      label: 'Stable or self-limiting with Li (type 1 or 3)',
      test: (m) => {
        const t = interfaceTypeOf(m);
        return t === 1 || t === 3;
      },
    });
  for (const r of RANGE_FILTERS) {
    const b = f.ranges[r.id];
    if (!b || (b.min === null && b.max === null)) continue;
    out.push({
      id: r.id,
      label: `${r.label} ${rangeText(b.min, b.max, r.unit)}`,
      test: (m) => overlaps(rangeSpan(m, r.id), b.min, b.max),
    });
  }
  return out;
}

export function matchesFilters(m: MaterialSummary, f: MaterialFilters): boolean {
  return activeFilters(f).every((a) => a.test(m));
}

/** Why a filtered list is empty: each filter that alone excludes materials the others keep. */
export interface EmptyReason {
  filter: ActiveFilter;
  /** How many materials the other filters keep without this one. */
  keptWithout: number;
}

/**
 * For an empty result: the filters whose removal alone would bring materials back, most
 * materials first. Empty when the filters only conflict in combination (then every one is to blame).
 */
export function explainEmpty(materials: readonly MaterialSummary[], f: MaterialFilters): EmptyReason[] {
  const active = activeFilters(f);
  return active
    .map((filter) => ({
      filter,
      keptWithout: materials.filter((m) => active.every((a) => a === filter || a.test(m))).length,
    }))
    .filter((r) => r.keptWithout > 0)
    .sort((a, b) => b.keptWithout - a.keptWithout);
}

/** The table's filters as the URL-backed settings hold them. */
export function filtersFromParams(p: AppParams): MaterialFilters {
  return {
    kinds: p.kinds as MaterialKind[],
    classes: p.classes,
    family: p.family,
    interfaceType: p.interfaceType ? (Number(p.interfaceType) as 1 | 2 | 3) : null,
    sigmaMin: p.sigmaMin,
    sigmaMax: p.sigmaMax,
    stableAtV: p.stableAtV,
    vsLithium: p.vsLithium,
    windowBasis: p.windowBasis,
    ranges: {
      shear: { min: p.shearMin, max: p.shearMax },
      youngs: { min: p.youngsMin, max: p.youngsMax },
      kic: { min: p.kicMin, max: p.kicMax },
      width: { min: p.widthMin, max: p.widthMax },
    },
  };
}

/** The settings that clear one filter (each back to its default). */
export const FILTER_PARAMS: Record<ActiveFilter['id'], readonly AppParamKey[]> = {
  kinds: ['kinds'],
  classes: ['classes'],
  family: ['family'],
  interfaceType: ['interfaceType'],
  sigma: ['sigmaMin', 'sigmaMax'],
  stableAtV: ['stableAtV'],
  vsLithium: ['vsLithium'],
  shear: ['shearMin', 'shearMax'],
  youngs: ['youngsMin', 'youngsMax'],
  kic: ['kicMin', 'kicMax'],
  width: ['widthMin', 'widthMax'],
};

/** Record kinds in the order the table groups them: solid electrolytes first. */
export const KIND_ORDER: readonly MaterialKind[] = ['electrolyte', 'electrode', 'phase'];

export interface KindGroup {
  kind: MaterialKind;
  materials: MaterialSummary[];
}

/** Splits an ordered list into kind groups (in KIND_ORDER), each keeping the list's order. */
export function groupByKind(materials: readonly MaterialSummary[]): KindGroup[] {
  return KIND_ORDER.map((kind) => ({ kind, materials: materials.filter((m) => m.kind === kind) })).filter(
    (g) => g.materials.length > 0,
  );
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

/** A reference's DOI by id (the export adds a DOI column beside each list of references). */
export type DoiOf = (refId: string) => string | undefined;

export const joinList = (items: readonly string[]) => (items.length ? items.join('; ') : null);

/**
 * Where a user's own value comes from when no knowledge-base reference backs it: their own
 * measurement (with a note) and/or a DOI. Knowledge-base values never have these.
 */
export interface OwnSource {
  ownSource?: string;
  doi?: string;
}

/** What a CSV's refs cell says for an own measurement: "own measurement: <note>". */
export const OWN_MEASUREMENT = 'own measurement';

function refsCell(x: ({ refs: readonly string[] } & OwnSource) | undefined): string | null {
  if (!x) return null;
  if (x.refs.length > 0) return x.refs.join('; ');
  if (x.ownSource === undefined) return null;
  return x.ownSource && x.ownSource !== OWN_MEASUREMENT
    ? `${OWN_MEASUREMENT}: ${x.ownSource}`
    : OWN_MEASUREMENT;
}

/** The CSV columns of one table column: numbers in their own cells, unit in the header. */
export function csvColumnsOf(c: Column, doiOf: DoiOf): CsvColumn<MaterialSummary>[] {
  const dois = (x: ({ refs: readonly string[] } & OwnSource) | undefined) =>
    x ? joinList([...x.refs.flatMap((r) => doiOf(r) ?? []), ...(x.doi ? [x.doi] : [])]) : null;
  if (c.id === 'window') {
    const u = c.unit ?? '';
    const w = (m: MaterialSummary) => preferredWindow(m);
    return [
      { header: `${c.label} reduction (${u})`, value: (m) => w(m)?.reductionV },
      { header: `${c.label} oxidation (${u})`, value: (m) => w(m)?.oxidationV },
      { header: `${c.label} source`, value: (m) => w(m)?.source },
      { header: `${c.label} method`, value: (m) => w(m)?.method },
      { header: `${c.label} refs`, value: (m) => refsCell(w(m)) },
      { header: `${c.label} DOI`, value: (m) => dois(w(m)) },
    ];
  }
  if (c.id === 'itype') return [{ header: c.label, value: (m) => interfaceTypeOf(m) }];
  if (c.id === 'formula') return [{ header: c.label, value: (m) => m.formula }];
  const quantity = c.quantity;
  if (!quantity) return [{ header: c.label, value: (m) => c.text(m) || null }];
  const u = c.unit ? ` (${c.unit})` : '';
  return [
    { header: `${c.label}${u}`, value: (m) => quantity(m)?.value },
    { header: `${c.label} min${u}`, value: (m) => quantity(m)?.min },
    { header: `${c.label} max${u}`, value: (m) => quantity(m)?.max },
    { header: `${c.label} method`, value: (m) => quantity(m)?.method },
    { header: `${c.label} refs`, value: (m) => refsCell(quantity(m)) },
    { header: `${c.label} DOI`, value: (m) => dois(quantity(m)) },
  ];
}

/** The identifying columns every materials CSV starts with. */
export const CSV_ID_COLUMNS: readonly CsvColumn<MaterialSummary>[] = [
  { header: 'id', value: (m) => m.id },
  { header: 'name', value: (m) => m.name },
  { header: 'kind', value: (m) => m.kind },
];

/**
 * The table as CSV: id, name and kind, then for each chosen column its numbers (value, or min and
 * max of a range) with the unit in the header, its method, its references and their DOIs.
 */
export function toCsv(
  materials: readonly MaterialSummary[],
  columns: readonly Column[],
  doiOf: DoiOf = () => undefined,
): string {
  return tableCsv([...CSV_ID_COLUMNS, ...columns.flatMap((c) => csvColumnsOf(c, doiOf))], materials);
}

/** JSON rows with the full sourced quantities (value, unit, method, refs) for the chosen columns. */
export function toJsonRows(materials: readonly MaterialSummary[], columns: readonly Column[]) {
  return materials.map((m) => {
    const row: Record<string, unknown> = { id: m.id, name: m.name, kind: m.kind };
    for (const c of columns) {
      // Raw values, so the file can be imported again: the stored formula, the class id, the
      // interface type as a number, the whole window with its source and references.
      if (c.id === 'formula') row[c.id] = m.formula;
      else if (c.id === 'class') row[c.id] = m.category;
      else if (c.id === 'itype') row[c.id] = interfaceTypeOf(m);
      else if (c.id === 'window') row[c.id] = preferredWindow(m) ?? null;
      else row[c.id] = c.quantity?.(m) ?? (c.text(m) || null);
    }
    return row;
  });
}
