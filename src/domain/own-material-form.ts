/**
 * The "add or edit a material" form of the user's own materials, as text in and a row of the
 * table's JSON format out (checked afterwards by own-materials.ts, with zod, like an import).
 * Pure and free of zod, so the materials view can hold the form without loading the checker.
 */
import type { OwnMaterial } from './own-materials';
import { COLUMNS, type OwnSource } from './material-table';

/** The quantity fields an own material may hold, as the table's columns name them. */
export const QUANTITY_COLUMNS = COLUMNS.filter((c) => c.field && c.id !== 'potential');
export type QuantityField =
  | 'ionicConductivity'
  | 'electronicConductivity'
  | 'shearModulus'
  | 'youngsModulus'
  | 'fractureToughness'
  | 'molarVolume';

/** The label an imported window gets (the export does not carry one). */
export function windowLabel(source: string): string {
  return source === 'experiment' ? 'Your measured window' : 'Your calculated window';
}

/** The number fields of the "add or edit a material" form, by the table's column id. */
export const FORM_QUANTITIES = ['sigma', 'shear', 'youngs', 'kic', 'vm'] as const;
export type FormQuantity = (typeof FORM_QUANTITIES)[number];

/** The form's fields as text, as a form holds them. */
export type MaterialForm = Record<
  | 'id'
  | 'name'
  | 'formula'
  | 'class'
  | 'family'
  | 'method'
  | 'source'
  | 'itype'
  | 'reductionV'
  | 'oxidationV'
  | FormQuantity,
  string
>;

/** A source as typed: "ref:<id>" (a KB reference), a DOI, or a note on the user's own measurement. */
function sourceOf(text: string): { refs: string[] } & OwnSource {
  const t = text.trim();
  if (t.startsWith('ref:')) return { refs: [t.slice(4).trim()] };
  if (t.startsWith('10.')) return { refs: [], doi: t };
  return t ? { refs: [], ownSource: t } : { refs: [] };
}

function sourceText(x: ({ refs: readonly string[] } & OwnSource) | undefined): string {
  if (!x) return '';
  if (x.refs[0]) return `ref:${x.refs[0]}`;
  return x.doi ?? x.ownSource ?? '';
}

const number = (text: string) => Number(text.trim().replace(',', '.'));
const sameNumber = (text: string, q: { value?: number } | undefined) =>
  q?.value !== undefined && text.trim() !== '' && number(text) === q.value;

/**
 * The form as a row of the table's JSON format, for the same check as an import. The form's
 * method and source go with every value typed; editing keeps each value the user did not change
 * exactly as stored (its own method, source, conditions), and the fields the form does not show.
 */
export function formRow(form: MaterialForm, previous: OwnMaterial | null): Record<string, unknown> {
  const source = sourceOf(form.source);
  const row: Record<string, unknown> = {
    id: form.id.trim(),
    name: form.name,
    kind: 'electrolyte',
    formula: form.formula,
    class: form.class,
    family: form.family,
  };
  for (const c of QUANTITY_COLUMNS) {
    const field = c.field as QuantityField;
    const before = previous?.quantities[field];
    const text = (FORM_QUANTITIES as readonly string[]).includes(c.id) ? form[c.id as FormQuantity] : null;
    // A field the form does not show, an unchanged number and a stored range (the form edits
    // single values; an empty box leaves the range) stay as stored.
    const isKept =
      text === null || sameNumber(text, before) || (text.trim() === '' && before?.value === undefined);
    if (isKept) {
      if (before) row[c.id] = before;
    } else if (text.trim() !== '')
      row[c.id] = { value: number(text), unit: c.unit, method: form.method, ...source };
  }
  const w = previous?.window;
  const red = form.reductionV.trim();
  const ox = form.oxidationV.trim();
  if (w && sameNumber(red, { value: w.reductionV }) && sameNumber(ox, { value: w.oxidationV }))
    row.window = w;
  else if (red !== '' || ox !== '') {
    const measured = form.method === 'measured';
    row.window = {
      source: measured ? 'experiment' : 'other-calculation',
      label: windowLabel(measured ? 'experiment' : 'calculation'),
      reductionV: red === '' ? Number.NaN : number(red),
      oxidationV: ox === '' ? Number.NaN : number(ox),
      unit: 'V',
      method: form.method,
      ...source,
    };
  }
  if (form.itype) row.itype = Number(form.itype);
  return row;
}

/** A stored material as the form's starting text (for editing). */
export function materialForm(m: OwnMaterial | null): MaterialForm {
  const q = m?.quantities ?? {};
  const first = [...Object.values(q), m?.window].find(Boolean);
  const text = (c: FormQuantity) => {
    const field = QUANTITY_COLUMNS.find((x) => x.id === c)?.field as QuantityField;
    const v = q[field]?.value;
    return v === undefined ? '' : String(v);
  };
  return {
    id: m?.id ?? '',
    name: m?.name ?? '',
    formula: m?.formula ?? '',
    class: m?.class ?? 'oxide',
    family: m?.family ?? '',
    method: first?.method ?? 'measured',
    source: sourceText(first),
    itype: m?.interfaceType ? String(m.interfaceType) : '',
    reductionV: m?.window ? String(m.window.reductionV) : '',
    oxidationV: m?.window ? String(m.window.oxidationV) : '',
    sigma: text('sigma'),
    shear: text('shear'),
    youngs: text('youngs'),
    kic: text('kic'),
    vm: text('vm'),
  };
}
