/**
 * The user's own materials: solid electrolytes added through a form or imported from the CSV or
 * JSON that the materials table exports (so an exported file imports again unchanged).
 *
 * Every value is checked by the knowledge base's own zod schemas (src/kb/schema.ts: the quantity
 * of each field with its unit, method and physical range; the stability window; the class), so a
 * user's number obeys the same rules as the literature's. A user's value needs a source: one or
 * more references of the knowledge base, a DOI, or "own measurement" with a note.
 *
 * This module loads zod; views import it on demand (dynamic import), never at start-up.
 */
import type { z } from 'zod';
import { Electrolyte, ElectrolyteClass, Id, StabilityWindow } from '../kb/schema';
import type {
  Electrolyte as ElectrolyteRecord,
  Quantity,
  StabilityWindow as WindowRecord,
} from '../kb/schema';
import { csvNumber, parseCsv } from './csv';
import { OWN_MEASUREMENT, type OwnSource } from './material-table';
import type { MaterialSummary } from './materials';
import { QUANTITY_COLUMNS, type QuantityField, windowLabel } from './own-material-form';

export type OwnQuantity = Quantity & OwnSource;
export type OwnWindow = WindowRecord & OwnSource;

/** An own material as stored: a solid electrolyte with the table's fields. */
export interface OwnMaterial {
  id: string;
  name: string;
  formula: string;
  class: ElectrolyteRecord['class'];
  family: string | null;
  quantities: Partial<Record<QuantityField, OwnQuantity>>;
  window?: OwnWindow;
  interfaceType?: 1 | 2 | 3;
}

/** A problem with one field of one row, for the list shown before anything is imported. */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface CheckedRow {
  /** 1-based data row (CSV: the line after the header is row 1; JSON: the first object). */
  row: number;
  /** The row's id as written, for messages. */
  id: string;
  material: OwnMaterial | null;
  problems: FieldProblem[];
}

/** What a check may compare against: ids already taken and the knowledge base's references. */
export interface ImportContext {
  /** Ids of the knowledge base's materials (an own material may not reuse one). */
  kbMaterialIds: ReadonlySet<string>;
  /** Ids of the user's stored materials (an import may not overwrite one). */
  ownIds: ReadonlySet<string>;
  /** A knowledge-base reference's DOI, or undefined when there is no such reference. */
  referenceDoi: (id: string) => string | null | undefined;
  isReference: (id: string) => boolean;
}

const DOI = /^10\.\d{4,9}\/\S+$/;
/** Stands in for "no KB reference" while the KB's quantity schema (which needs one) checks a value. */
const PLACEHOLDER_REF = 'own-measurement';

function zodMessage(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

/** The KB's schema of one quantity field (unit, method, range checks). */
function quantitySchema(field: QuantityField): z.ZodType {
  const shape = Electrolyte.shape as unknown as Record<string, z.ZodOptional<z.ZodType>>;
  const optional = shape[field];
  if (!optional) throw new Error(`no schema for ${field}`);
  return optional.unwrap();
}

/** Checks a source (refs, DOI, own note) and returns the problems in words. */
function sourceProblems(x: { refs: readonly string[] } & OwnSource, ctx: ImportContext | null): string[] {
  const out: string[] = [];
  if (x.refs.length === 0 && !x.doi && x.ownSource === undefined)
    out.push(`needs a source: a reference id of the knowledge base, a DOI, or “${OWN_MEASUREMENT}”`);
  if (ctx)
    for (const r of x.refs)
      if (!ctx.isReference(r)) out.push(`“${r}” is not a reference of the knowledge base`);
  if (x.doi && !DOI.test(x.doi)) out.push(`“${x.doi}” is not a DOI (10.xxxx/…)`);
  return out;
}

/** Checks one quantity with the KB schema; returns it typed or the problems. */
function checkQuantity(
  field: QuantityField,
  q: Record<string, unknown> & OwnSource & { refs: string[] },
  ctx: ImportContext | null,
): { value: OwnQuantity } | { problems: string[] } {
  const { ownSource, doi, ...plain } = q;
  const probe = { ...plain, refs: plain.refs.length > 0 ? plain.refs : [PLACEHOLDER_REF] };
  const parsed = quantitySchema(field).safeParse(probe);
  const problems = [
    ...(parsed.success
      ? []
      : zodMessage(parsed.error).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))),
    ...sourceProblems(q, ctx),
  ];
  if (problems.length > 0 || !parsed.success) return { problems };
  const value = { ...(parsed.data as Quantity), refs: plain.refs } as OwnQuantity;
  if (ownSource !== undefined) value.ownSource = ownSource;
  if (doi) value.doi = doi;
  return { value };
}

function checkWindow(
  w: Record<string, unknown> & OwnSource & { refs: string[] },
  ctx: ImportContext | null,
): { value: OwnWindow } | { problems: string[] } {
  const { ownSource, doi, ...plain } = w;
  const probe = { ...plain, refs: plain.refs.length > 0 ? plain.refs : [PLACEHOLDER_REF] };
  const parsed = StabilityWindow.safeParse(probe);
  const problems = [
    ...(parsed.success
      ? []
      : zodMessage(parsed.error).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))),
    ...sourceProblems(w, ctx),
  ];
  if (!parsed.success || problems.length > 0) return { problems };
  const value = { ...parsed.data, refs: plain.refs } as OwnWindow;
  if (ownSource !== undefined) value.ownSource = ownSource;
  if (doi) value.doi = doi;
  return { value };
}

/** The fields of a material before checking, as read from a CSV row or a JSON object. */
interface RawMaterial {
  id: string;
  name: string;
  kind: string;
  formula: string;
  class: string;
  family: string;
  quantities: Partial<
    Record<QuantityField, { header: string; q: Record<string, unknown> & OwnSource & { refs: string[] } }>
  >;
  window?: { header: string; w: Record<string, unknown> & OwnSource & { refs: string[] } };
  interfaceType?: { header: string; raw: unknown };
}

/** Checks one material (any source); `ctx` null skips the checks that need the knowledge base. */
function checkRaw(
  raw: RawMaterial,
  ctx: ImportContext | null,
): { material: OwnMaterial | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (!Id.safeParse(raw.id).success)
    add('id', 'must be lower-case letters and digits joined by single hyphens (e.g. my-llzo)');
  else if (ctx?.kbMaterialIds.has(raw.id))
    add('id', `“${raw.id}” is a material of the knowledge base: give yours another id`);
  else if (ctx?.ownIds.has(raw.id)) add('id', `you already have a material “${raw.id}”`);
  if (!raw.name.trim()) add('name', 'is empty');
  if (raw.kind && raw.kind !== 'electrolyte')
    add('kind', `only solid electrolytes can be added (got “${raw.kind}”)`);
  if (!raw.formula.trim()) add('Formula', 'is empty');
  const cls = ElectrolyteClass.safeParse(raw.class);
  if (!cls.success) add('Class', `must be one of ${ElectrolyteClass.options.join(', ')}`);
  const quantities: OwnMaterial['quantities'] = {};
  for (const [field, entry] of Object.entries(raw.quantities) as [
    QuantityField,
    NonNullable<RawMaterial['quantities'][QuantityField]>,
  ][]) {
    const r = checkQuantity(field, entry.q, ctx);
    if ('problems' in r) for (const m of r.problems) add(entry.header, m);
    else quantities[field] = r.value;
  }
  let window: OwnWindow | undefined;
  if (raw.window) {
    const r = checkWindow(raw.window.w, ctx);
    if ('problems' in r) for (const m of r.problems) add(raw.window.header, m);
    else window = r.value;
  }
  let interfaceType: 1 | 2 | 3 | undefined;
  if (raw.interfaceType) {
    const t = raw.interfaceType.raw;
    if (t === 1 || t === 2 || t === 3) interfaceType = t;
    else add(raw.interfaceType.header, 'must be 1, 2 or 3');
  }
  if (problems.length > 0 || !cls.success) return { material: null, problems };
  return {
    material: {
      id: raw.id,
      name: raw.name.trim(),
      formula: raw.formula.trim(),
      class: cls.data,
      family: raw.family.trim() || null,
      quantities,
      ...(window ? { window } : {}),
      ...(interfaceType ? { interfaceType } : {}),
    },
    problems,
  };
}

/** A refs cell: "a; b", or "own measurement: note". */
function readRefs(cell: string): { refs: string[] } & OwnSource {
  const t = cell.trim();
  if (t.toLowerCase().startsWith(OWN_MEASUREMENT)) {
    const note = t
      .slice(OWN_MEASUREMENT.length)
      .replace(/^\s*:\s*/, '')
      .trim();
    return { refs: [], ownSource: note || OWN_MEASUREMENT };
  }
  return { refs: t ? t.split(/\s*;\s*/).filter(Boolean) : [] };
}

/** A DOI cell holds the DOIs of the references and perhaps one of the user's own. */
function readDoi(cell: string, refs: readonly string[], ctx: ImportContext | null): string | undefined {
  const known = new Set(refs.map((r) => ctx?.referenceDoi(r)).filter(Boolean));
  const own = cell
    .split(/\s*;\s*/)
    .map((d) => d.trim())
    .filter((d) => d && !known.has(d));
  return own[0];
}

/** Reads CSV text in the table's export format into checked rows. */
export function checkCsv(
  text: string,
  ctx: ImportContext,
): { rows: CheckedRow[]; fileProblem: string | null } {
  let table: string[][];
  try {
    table = parseCsv(text);
  } catch (err) {
    return { rows: [], fileProblem: err instanceof Error ? err.message : String(err) };
  }
  const [header, ...body] = table;
  if (!header?.includes('id') || !header.includes('name'))
    return { rows: [], fileProblem: 'the first line must be a header with at least “id” and “name” columns' };
  const col = (name: string) => header.indexOf(name);
  const rows = body.map((cells, i): CheckedRow => {
    const cell = (name: string) => {
      const j = col(name);
      return j < 0 ? '' : (cells[j] ?? '');
    };
    const has = (name: string) => col(name) >= 0 && cell(name).trim() !== '';
    const numberProblems: FieldProblem[] = [];
    const num = (name: string) => {
      const n = csvNumber(cell(name));
      if (Number.isNaN(n)) numberProblems.push({ field: name, message: `“${cell(name)}” is not a number` });
      return n === null || Number.isNaN(n) ? undefined : n;
    };
    const raw: RawMaterial = {
      id: cell('id').trim(),
      name: cell('name'),
      kind: cell('kind').trim(),
      formula: cell('Formula'),
      class: cell('Class').trim(),
      family: cell('Family'),
      quantities: {},
    };
    for (const c of QUANTITY_COLUMNS) {
      const u = c.unit ? ` (${c.unit})` : '';
      const h = { value: `${c.label}${u}`, min: `${c.label} min${u}`, max: `${c.label} max${u}` };
      if (!has(h.value) && !has(h.min) && !has(h.max)) continue;
      const source = readRefs(cell(`${c.label} refs`));
      const doi = readDoi(cell(`${c.label} DOI`), source.refs, ctx);
      const q: Record<string, unknown> = {
        unit: c.unit,
        method: cell(`${c.label} method`).trim() || undefined,
      };
      for (const k of ['value', 'min', 'max'] as const) {
        const n = num(h[k]);
        if (n !== undefined) q[k] = n;
      }
      raw.quantities[c.field as QuantityField] = {
        header: c.label,
        q: { ...q, ...source, ...(doi ? { doi } : {}) },
      };
    }
    const wl = 'Stability window';
    const wu = ' (V vs Li/Li⁺)';
    if (has(`${wl} reduction${wu}`) || has(`${wl} oxidation${wu}`)) {
      const source = readRefs(cell(`${wl} refs`));
      const doi = readDoi(cell(`${wl} DOI`), source.refs, ctx);
      const src = cell(`${wl} source`).trim() || 'experiment';
      raw.window = {
        header: wl,
        w: {
          source: src,
          label: windowLabel(src),
          reductionV: num(`${wl} reduction${wu}`),
          oxidationV: num(`${wl} oxidation${wu}`),
          unit: 'V',
          method: cell(`${wl} method`).trim() || undefined,
          ...source,
          ...(doi ? { doi } : {}),
        },
      };
    }
    if (has('Interface type with Li')) {
      raw.interfaceType = {
        header: 'Interface type with Li',
        raw: csvNumber(cell('Interface type with Li')),
      };
    }
    const checked = checkRaw(raw, ctx);
    const problems = [...numberProblems, ...checked.problems];
    return { row: i + 1, id: raw.id, material: problems.length ? null : checked.material, problems };
  });
  return {
    rows: withDuplicates(rows),
    fileProblem: rows.length === 0 ? 'the file has a header but no rows' : null,
  };
}

function asObject(v: unknown): Record<string, unknown> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** Reads JSON text in the table's export format (an array of rows) into checked rows. */
export function checkJson(
  text: string,
  ctx: ImportContext,
): { rows: CheckedRow[]; fileProblem: string | null } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { rows: [], fileProblem: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!Array.isArray(data))
    return { rows: [], fileProblem: 'the file must hold a list of materials ([ … ])' };
  const str = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));
  const rows = data.map((item, i): CheckedRow => {
    const o = asObject(item);
    if (!o)
      return {
        row: i + 1,
        id: '',
        material: null,
        problems: [{ field: 'row', message: 'is not an object' }],
      };
    const raw: RawMaterial = {
      id: str(o.id),
      name: str(o.name),
      kind: str(o.kind),
      formula: str(o.formula),
      class: str(o.class),
      family: str(o.family),
      quantities: {},
    };
    for (const c of QUANTITY_COLUMNS) {
      const q = asObject(o[c.id]);
      if (!q) continue;
      const refs = Array.isArray(q.refs) ? q.refs.map(str) : [];
      raw.quantities[c.field as QuantityField] = { header: c.label, q: { ...q, refs } as never };
    }
    const w = asObject(o.window);
    if (w)
      raw.window = {
        header: 'Stability window',
        w: { ...w, refs: Array.isArray(w.refs) ? w.refs.map(str) : [] } as never,
      };
    if (o.itype !== undefined && o.itype !== null)
      raw.interfaceType = { header: 'Interface type with Li', raw: o.itype };
    const checked = checkRaw(raw, ctx);
    return { row: i + 1, id: raw.id, material: checked.material, problems: checked.problems };
  });
  return {
    rows: withDuplicates(rows),
    fileProblem: rows.length === 0 ? 'the file holds no materials' : null,
  };
}

/** A second row with an id already used in the file is an error (the first one stays good). */
function withDuplicates(rows: CheckedRow[]): CheckedRow[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const first = seen.get(r.id);
    if (r.id && first === undefined) seen.set(r.id, r.row);
    if (first === undefined || !r.id) return r;
    return {
      ...r,
      material: null,
      problems: [...r.problems, { field: 'id', message: `“${r.id}” is used already by row ${first}` }],
    };
  });
}

/** Checks a stored value (never throws): the same checks, without the knowledge base. */
export function validateOwnMaterial(value: unknown): { value: OwnMaterial } | { error: string } {
  const o = asObject(value);
  if (!o) return { error: 'is not a material' };
  try {
    const q = asObject(o.quantities) ?? {};
    const raw: RawMaterial = {
      id: String(o.id ?? ''),
      name: String(o.name ?? ''),
      kind: '',
      formula: String(o.formula ?? ''),
      class: String(o.class ?? ''),
      family: typeof o.family === 'string' ? o.family : '',
      quantities: Object.fromEntries(
        Object.entries(q).map(([field, v]) => {
          const x = asObject(v) ?? {};
          return [field, { header: field, q: { ...x, refs: Array.isArray(x.refs) ? x.refs : [] } }];
        }),
      ),
    };
    const w = asObject(o.window);
    if (w) raw.window = { header: 'window', w: { ...w, refs: Array.isArray(w.refs) ? w.refs : [] } as never };
    if (o.interfaceType !== undefined) raw.interfaceType = { header: 'interfaceType', raw: o.interfaceType };
    const unknownFields = Object.keys(q).filter((f) => !QUANTITY_COLUMNS.some((c) => c.field === f));
    if (unknownFields.length) return { error: `has unknown fields: ${unknownFields.join(', ')}` };
    const checked = checkRaw(raw, null);
    if (!checked.material)
      return { error: checked.problems.map((p) => `${p.field} ${p.message}`).join('; ') };
    return { value: checked.material };
  } catch (err) {
    return { error: `could not be read (${err instanceof Error ? err.message : String(err)})` };
  }
}

/** An own material as the table, pages and compare list it (marked as the user's). */
export function ownMaterialSummary(m: OwnMaterial): MaterialSummary {
  const record = {
    id: m.id,
    name: m.name,
    aliases: [],
    formula: m.formula,
    family: m.family ?? '',
    class: m.class,
    summary: 'A material you added; it is kept in this browser only.',
    ...m.quantities,
    windows: m.window ? [m.window] : [],
    ...(m.interfaceType
      ? { interfaceWithLi: { type: m.interfaceType, evidence: [{ text: 'Given by you.', refs: [] }] } }
      : {}),
    mitigations: [],
    mechanisms: [],
    related: [],
  } as unknown as ElectrolyteRecord;
  return {
    id: m.id,
    kind: 'electrolyte',
    name: m.name,
    formula: m.formula,
    aliases: [],
    category: m.class,
    family: m.family,
    source: { kind: 'electrolyte', record },
    isOwn: true,
  };
}
