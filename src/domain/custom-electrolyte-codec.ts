/**
 * A user-entered electrolyte for the interface classifier: its validation, its compact
 * text form for the URL (`ccust`), and the form drafts that the view edits.
 *
 * Text form, version 1 (fields separated by ";", products by ",", product fields by ":"):
 *
 *   v1;<name>;<reductionV>;<oxidationV>;<molarVolume>;<reduction products>;<oxidation products>
 *   product = <name>:<moles>:<molarVolume>:<c|s|i|u>[:<ionicConductivity>]
 *
 * e.g. `v1;My%20LGPS;1.71;2.14;289;Li2S:12:27.7:i,Li15Ge4:0.25:188.6:c;`. Names are
 * percent-encoded (`encodeURIComponent`), so they may hold any character; an empty molar volume
 * means "unknown" (the classifier then bounds φ_e or says what is missing). Numbers are written
 * with `String(n)`, which reads back to the same double, so encode∘decode is the identity on valid
 * values. Units are those of the classifier: V vs Li/Li+, cm³/mol, mol per formula unit, S/cm.
 *
 * Decoding is total: any string gives either a valid electrolyte or null with a message saying
 * what is wrong; it never throws.
 */
import type { CustomElectrolyte, CustomProduct } from './classifier';
import type { Electronic } from '../kb/schema';

/** Limits on what a custom electrolyte may hold; the form and the decoder share them. */
export const CUSTOM_LIMITS = {
  nameMaxLength: 40,
  productsPerSideMax: 8,
  potentialMinV: -1,
  potentialMaxV: 10,
  molesMax: 1e6,
  molarVolumeMaxCm3: 1e5,
  conductivityMaxSCm: 1e3,
  /** Longest encoded text kept in the link (the `ccust` parameter's maxLength). */
  encodedMaxLength: 2000,
} as const;

const VERSION = 'v1';
const ELECTRONIC_CODE: Record<Electronic, string> = {
  conductor: 'c',
  semiconductor: 's',
  insulator: 'i',
  unknown: 'u',
};
const CODE_ELECTRONIC: Record<string, Electronic> = {
  c: 'conductor',
  s: 'semiconductor',
  i: 'insulator',
  u: 'unknown',
};

/** Electronic characters a user can choose, in display order, with labels. */
export const ELECTRONIC_OPTIONS: ReadonlyArray<{ value: Electronic; label: string }> = [
  { value: 'insulator', label: 'Insulator' },
  { value: 'semiconductor', label: 'Semiconductor' },
  { value: 'conductor', label: 'Conductor (metal, alloy)' },
  { value: 'unknown', label: 'Unknown' },
];

export interface DecodedCustomElectrolyte {
  /** The electrolyte, or null when the text is empty or invalid. */
  value: CustomElectrolyte | null;
  /** Why the text was rejected; empty when it was read (or empty). */
  problems: string[];
}

// ---------------------------------------------------------------------------------------------
// Validation of values
// ---------------------------------------------------------------------------------------------

/** Whether text holds a control character (U+0000–U+001F or U+007F), which names may not. */
export function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

function nameProblem(name: string, what: string): string | null {
  if (name.trim() === '') return `${what} is empty`;
  if (name.length > CUSTOM_LIMITS.nameMaxLength)
    return `${what} is longer than ${CUSTOM_LIMITS.nameMaxLength} characters`;
  if (hasControlCharacters(name)) return `${what} contains control characters`;
  try {
    encodeURIComponent(name);
  } catch {
    return `${what} is not well-formed text`;
  }
  return null;
}

const isIn = (x: number, lo: number, hi: number) => Number.isFinite(x) && x >= lo && x <= hi;
const isPositiveUpTo = (x: number, hi: number) => Number.isFinite(x) && x > 0 && x <= hi;

function productProblems(p: CustomProduct, label: string): string[] {
  const out: string[] = [];
  const n = nameProblem(p.name, `${label}: the name`);
  if (n) out.push(n);
  if (!isPositiveUpTo(p.moles, CUSTOM_LIMITS.molesMax))
    out.push(`${label}: moles must be a positive number up to ${CUSTOM_LIMITS.molesMax}`);
  if (p.molarVolumeCm3 !== null && !isPositiveUpTo(p.molarVolumeCm3, CUSTOM_LIMITS.molarVolumeMaxCm3))
    out.push(`${label}: the molar volume must be a positive number of cm³/mol, or unknown`);
  // Own keys only: `in` would also accept inherited names such as “constructor”.
  if (!Object.hasOwn(ELECTRONIC_CODE, p.electronic))
    out.push(`${label}: unknown electronic character “${p.electronic}”`);
  if (
    p.ionicConductivitySCm !== null &&
    !isPositiveUpTo(p.ionicConductivitySCm, CUSTOM_LIMITS.conductivityMaxSCm)
  )
    out.push(`${label}: the ionic conductivity must be a positive number of S/cm, or not given`);
  return out;
}

/** Everything wrong with a custom electrolyte, as sentences; empty when it is valid. */
export function customElectrolyteProblems(c: CustomElectrolyte): string[] {
  const out: string[] = [];
  const n = nameProblem(c.name, 'the name');
  if (n) out.push(n);
  const { potentialMinV: lo, potentialMaxV: hi } = CUSTOM_LIMITS;
  if (!isIn(c.reductionV, lo, hi))
    out.push(`the reduction limit must be between ${lo} and ${hi} V vs Li/Li+`);
  if (!isIn(c.oxidationV, lo, hi))
    out.push(`the oxidation limit must be between ${lo} and ${hi} V vs Li/Li+`);
  if (Number.isFinite(c.reductionV) && Number.isFinite(c.oxidationV) && !(c.reductionV < c.oxidationV))
    out.push(`the reduction limit (${c.reductionV} V) must be below the oxidation limit (${c.oxidationV} V)`);
  if (c.molarVolumeCm3 !== null && !isPositiveUpTo(c.molarVolumeCm3, CUSTOM_LIMITS.molarVolumeMaxCm3))
    out.push('the molar volume of the electrolyte must be a positive number of cm³/mol, or unknown');
  for (const [list, side] of [
    [c.reductionProducts, 'reduction'],
    [c.oxidationProducts, 'oxidation'],
  ] as const) {
    if (list.length > CUSTOM_LIMITS.productsPerSideMax)
      out.push(`at most ${CUSTOM_LIMITS.productsPerSideMax} ${side} products`);
    list.forEach((p, i) => {
      out.push(...productProblems(p, `${side} product ${i + 1}`));
    });
  }
  if (c.reductionProducts.length === 0 && c.oxidationProducts.length === 0)
    out.push('add at least one reduction or oxidation product');
  if (out.length === 0 && encodeUnchecked(c).length > CUSTOM_LIMITS.encodedMaxLength)
    out.push(
      `too much text to keep in a link (over ${CUSTOM_LIMITS.encodedMaxLength} characters); shorten the names`,
    );
  return out;
}

// ---------------------------------------------------------------------------------------------
// Text form
// ---------------------------------------------------------------------------------------------

const num = (x: number) => String(x);
const optNum = (x: number | null) => (x === null ? '' : String(x));

function encodeProduct(p: CustomProduct): string {
  const fields = [
    encodeURIComponent(p.name),
    num(p.moles),
    optNum(p.molarVolumeCm3),
    ELECTRONIC_CODE[p.electronic],
  ];
  if (p.ionicConductivitySCm !== null) fields.push(num(p.ionicConductivitySCm));
  return fields.join(':');
}

function encodeUnchecked(c: CustomElectrolyte): string {
  return [
    VERSION,
    encodeURIComponent(c.name),
    num(c.reductionV),
    num(c.oxidationV),
    optNum(c.molarVolumeCm3),
    c.reductionProducts.map(encodeProduct).join(','),
    c.oxidationProducts.map(encodeProduct).join(','),
  ].join(';');
}

/** The text form of a valid custom electrolyte. Throws RangeError for an invalid one (a bug). */
export function encodeCustomElectrolyte(c: CustomElectrolyte): string {
  const problems = customElectrolyteProblems(c);
  if (problems.length > 0) throw new RangeError(`invalid custom electrolyte: ${problems.join('; ')}`);
  return encodeUnchecked(c);
}

/** Reads a number written by `String(n)`; undefined for anything else (no blanks, no NaN). */
function readNumber(raw: string): number | undefined {
  if (raw === '' || raw !== raw.trim()) return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

function readName(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

class DecodeError extends Error {}

function readProducts(raw: string, side: string): CustomProduct[] {
  if (raw === '') return [];
  const items = raw.split(',');
  if (items.length > CUSTOM_LIMITS.productsPerSideMax)
    throw new DecodeError(`more than ${CUSTOM_LIMITS.productsPerSideMax} ${side} products`);
  return items.map((item, i) => {
    const label = `${side} product ${i + 1}`;
    const f = item.split(':');
    if (f.length !== 4 && f.length !== 5)
      throw new DecodeError(`${label} needs name:moles:molar volume:character[:conductivity]`);
    const [rawName = '', rawMoles = '', rawVm = '', rawE = '', rawSigma] = f;
    const name = readName(rawName);
    if (name === undefined) throw new DecodeError(`${label}: the name is not valid percent-encoded text`);
    const moles = readNumber(rawMoles);
    if (moles === undefined) throw new DecodeError(`${label}: moles “${clip(rawMoles)}” is not a number`);
    const molarVolume = rawVm === '' ? null : readNumber(rawVm);
    if (molarVolume === undefined)
      throw new DecodeError(`${label}: molar volume “${clip(rawVm)}” is not a number`);
    const electronic = Object.hasOwn(CODE_ELECTRONIC, rawE) ? CODE_ELECTRONIC[rawE] : undefined;
    if (!electronic)
      throw new DecodeError(`${label}: electronic character “${clip(rawE)}” is not one of c, s, i, u`);
    const sigma = rawSigma === undefined ? null : readNumber(rawSigma);
    if (sigma === undefined)
      throw new DecodeError(`${label}: ionic conductivity “${clip(rawSigma ?? '')}” is not a number`);
    return { name, moles, molarVolumeCm3: molarVolume, electronic, ionicConductivitySCm: sigma };
  });
}

function clip(s: string): string {
  return s.length > 16 ? `${s.slice(0, 16)}…` : s;
}

/**
 * Reads the text form. Empty text is "no custom electrolyte" without a problem; anything invalid
 * gives null and one message starting "custom electrolyte: ". Never throws.
 */
export function decodeCustomElectrolyte(raw: string): DecodedCustomElectrolyte {
  if (typeof raw !== 'string' || raw === '') return { value: null, problems: [] };
  const fail = (why: string): DecodedCustomElectrolyte => ({
    value: null,
    problems: [`custom electrolyte: ${why}`],
  });
  if (raw.length > CUSTOM_LIMITS.encodedMaxLength)
    return fail(`the text is longer than ${CUSTOM_LIMITS.encodedMaxLength} characters`);
  const parts = raw.split(';');
  if (parts[0] !== VERSION) return fail(`unknown format (expected it to start with “${VERSION};”)`);
  if (parts.length !== 7) return fail(`expected 7 fields separated by “;”, found ${parts.length}`);
  const [, rawName = '', rawRed = '', rawOx = '', rawVm = '', rawReduction = '', rawOxidation = ''] = parts;
  try {
    const name = readName(rawName);
    if (name === undefined) throw new DecodeError('the name is not valid percent-encoded text');
    const reductionV = readNumber(rawRed);
    if (reductionV === undefined) throw new DecodeError(`reduction limit “${clip(rawRed)}” is not a number`);
    const oxidationV = readNumber(rawOx);
    if (oxidationV === undefined) throw new DecodeError(`oxidation limit “${clip(rawOx)}” is not a number`);
    const molarVolume = rawVm === '' ? null : readNumber(rawVm);
    if (molarVolume === undefined) throw new DecodeError(`molar volume “${clip(rawVm)}” is not a number`);
    const value: CustomElectrolyte = {
      name,
      reductionV,
      oxidationV,
      molarVolumeCm3: molarVolume,
      reductionProducts: readProducts(rawReduction, 'reduction'),
      oxidationProducts: readProducts(rawOxidation, 'oxidation'),
    };
    const problems = customElectrolyteProblems(value);
    if (problems.length > 0) return fail(problems.join('; '));
    return { value, problems: [] };
  } catch (e) {
    if (e instanceof DecodeError) return fail(e.message);
    return fail('the text could not be read');
  }
}

// ---------------------------------------------------------------------------------------------
// Form drafts
// ---------------------------------------------------------------------------------------------

/** One product row as typed (strings), before validation. */
export interface CustomProductDraft {
  name: string;
  moles: string;
  molarVolume: string;
  electronic: Electronic;
  ionicConductivity: string;
}

/** The custom-electrolyte form as typed. */
export interface CustomElectrolyteDraft {
  name: string;
  reductionV: string;
  oxidationV: string;
  molarVolume: string;
  reductionProducts: CustomProductDraft[];
  oxidationProducts: CustomProductDraft[];
}

export type ProductSide = 'reductionProducts' | 'oxidationProducts';
export type ProductField = 'name' | 'moles' | 'molarVolume' | 'ionicConductivity';

/** Which input an error belongs to: a top-level field, or one cell of a product row. */
export type DraftField =
  | { kind: 'field'; field: 'name' | 'reductionV' | 'oxidationV' | 'molarVolume' | 'products' }
  | { kind: 'product'; side: ProductSide; index: number; field: ProductField };

export interface DraftError {
  at: DraftField;
  /** A whole sentence naming the field, what is wrong and what to enter. */
  message: string;
}

/** A stable id for a draft field (for element ids and error lookup). */
export function draftFieldKey(at: DraftField): string {
  return at.kind === 'field' ? at.field : `${at.side}-${at.index}-${at.field}`;
}

/** Reads a typed number: trims, accepts a decimal comma and a Unicode minus; undefined if not a number. */
export function parseTypedNumber(text: string): number | undefined {
  const t = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/^([+-]?\d+),(\d+)$/, '$1.$2');
  if (t === '' || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

export function emptyProductDraft(): CustomProductDraft {
  return { name: '', moles: '', molarVolume: '', electronic: 'insulator', ionicConductivity: '' };
}

/** The draft showing a valid value (for editing what is in the link). */
export function draftFromCustom(c: CustomElectrolyte): CustomElectrolyteDraft {
  const product = (p: CustomProduct): CustomProductDraft => ({
    name: p.name,
    moles: String(p.moles),
    molarVolume: p.molarVolumeCm3 === null ? '' : String(p.molarVolumeCm3),
    electronic: p.electronic,
    ionicConductivity: p.ionicConductivitySCm === null ? '' : String(p.ionicConductivitySCm),
  });
  return {
    name: c.name,
    reductionV: String(c.reductionV),
    oxidationV: String(c.oxidationV),
    molarVolume: c.molarVolumeCm3 === null ? '' : String(c.molarVolumeCm3),
    reductionProducts: c.reductionProducts.map(product),
    oxidationProducts: c.oxidationProducts.map(product),
  };
}

/**
 * A draft read back from storage, or null when `value` is not one (any field missing or not text,
 * an unknown electronic character, too many rows). Never throws.
 */
export function asCustomDraft(value: unknown): CustomElectrolyteDraft | null {
  const isText = (o: Record<string, unknown>, k: string) => typeof o[k] === 'string';
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (!isObj(value) || !['name', 'reductionV', 'oxidationV', 'molarVolume'].every((k) => isText(value, k)))
    return null;
  const rows = (v: unknown): CustomProductDraft[] | null => {
    if (!Array.isArray(v) || v.length > CUSTOM_LIMITS.productsPerSideMax) return null;
    const out: CustomProductDraft[] = [];
    for (const r of v) {
      if (!isObj(r) || !['name', 'moles', 'molarVolume', 'ionicConductivity'].every((k) => isText(r, k)))
        return null;
      if (typeof r.electronic !== 'string' || !Object.hasOwn(ELECTRONIC_CODE, r.electronic)) return null;
      out.push({
        name: r.name as string,
        moles: r.moles as string,
        molarVolume: r.molarVolume as string,
        electronic: r.electronic as Electronic,
        ionicConductivity: r.ionicConductivity as string,
      });
    }
    return out;
  };
  const reductionProducts = rows(value.reductionProducts);
  const oxidationProducts = rows(value.oxidationProducts);
  if (!reductionProducts || !oxidationProducts) return null;
  return {
    name: value.name as string,
    reductionV: value.reductionV as string,
    oxidationV: value.oxidationV as string,
    molarVolume: value.molarVolume as string,
    reductionProducts,
    oxidationProducts,
  };
}

const SIDE_LABEL: Record<ProductSide, string> = {
  reductionProducts: 'Reduction product',
  oxidationProducts: 'Oxidation product',
};

/**
 * Validates a draft. Returns the electrolyte when every field is valid, else null and one error per
 * offending field, each a sentence that says what to enter. Blank molar volumes mean "unknown";
 * a blank ionic conductivity means "not given".
 */
export function parseCustomDraft(d: CustomElectrolyteDraft): {
  value: CustomElectrolyte | null;
  errors: DraftError[];
} {
  const errors: DraftError[] = [];
  const field = (f: Extract<DraftField, { kind: 'field' }>['field'], message: string) =>
    errors.push({ at: { kind: 'field', field: f }, message });
  const { potentialMinV: lo, potentialMaxV: hi, nameMaxLength } = CUSTOM_LIMITS;

  const name = d.name.trim();
  const nameIssue = nameProblem(name, 'Name');
  if (nameIssue)
    field(
      'name',
      `${nameIssue}: enter a short name for the electrolyte (up to ${nameMaxLength} characters).`,
    );

  const potential = (text: string, which: 'reductionV' | 'oxidationV', label: string, example: string) => {
    const v = parseTypedNumber(text);
    if (v === undefined) {
      field(
        which,
        text.trim() === ''
          ? `${label} is empty: enter a potential in V vs Li/Li+, e.g. ${example}.`
          : `${label} “${clip(text.trim())}” is not a number: enter a potential in V vs Li/Li+, e.g. ${example}.`,
      );
      return undefined;
    }
    if (v < lo || v > hi) {
      field(which, `${label} ${v} V is outside ${lo} to ${hi} V vs Li/Li+.`);
      return undefined;
    }
    return v;
  };
  const reductionV = potential(d.reductionV, 'reductionV', 'Reduction limit', '1.71');
  const oxidationV = potential(d.oxidationV, 'oxidationV', 'Oxidation limit', '2.14');
  if (reductionV !== undefined && oxidationV !== undefined && !(reductionV < oxidationV)) {
    field(
      'oxidationV',
      `The oxidation limit (${oxidationV} V) must be above the reduction limit (${reductionV} V): the window runs from the reduction limit up to the oxidation limit.`,
    );
  }

  const optionalPositive = (text: string, max: number): number | null | undefined => {
    if (text.trim() === '') return null;
    const v = parseTypedNumber(text);
    return v !== undefined && v > 0 && v <= max ? v : undefined;
  };
  const molarVolume = optionalPositive(d.molarVolume, CUSTOM_LIMITS.molarVolumeMaxCm3);
  if (molarVolume === undefined)
    field(
      'molarVolume',
      `Molar volume of the electrolyte “${clip(d.molarVolume.trim())}” is not a positive number: enter cm³/mol per formula unit (e.g. 289), or leave it empty if unknown.`,
    );

  const readSide = (side: ProductSide): CustomProduct[] | undefined => {
    const rows = d[side];
    let isOk = true;
    if (rows.length > CUSTOM_LIMITS.productsPerSideMax) {
      field(
        'products',
        `At most ${CUSTOM_LIMITS.productsPerSideMax} ${side === 'reductionProducts' ? 'reduction' : 'oxidation'} products.`,
      );
      isOk = false;
    }
    const out: CustomProduct[] = [];
    rows.forEach((row, index) => {
      const label = `${SIDE_LABEL[side]} ${index + 1}${row.name.trim() ? ` (${clip(row.name.trim())})` : ''}`;
      const cell = (f: ProductField, message: string) => {
        errors.push({ at: { kind: 'product', side, index, field: f }, message });
        isOk = false;
      };
      const pname = row.name.trim();
      const pnameIssue = nameProblem(pname, 'the name');
      if (pnameIssue) cell('name', `${label}: ${pnameIssue}; enter its formula, e.g. Li2S.`);
      const moles = parseTypedNumber(row.moles);
      if (moles === undefined || !(moles > 0) || moles > CUSTOM_LIMITS.molesMax) {
        cell(
          'moles',
          `${label}: moles “${clip(row.moles.trim())}” is not a positive number; enter mol per formula unit of electrolyte, e.g. 12.`,
        );
      }
      const vm = optionalPositive(row.molarVolume, CUSTOM_LIMITS.molarVolumeMaxCm3);
      if (vm === undefined)
        cell(
          'molarVolume',
          `${label}: molar volume “${clip(row.molarVolume.trim())}” is not a positive number; enter cm³/mol, e.g. 27.7, or leave it empty if unknown.`,
        );
      const sigma = optionalPositive(row.ionicConductivity, CUSTOM_LIMITS.conductivityMaxSCm);
      if (sigma === undefined)
        cell(
          'ionicConductivity',
          `${label}: ionic conductivity “${clip(row.ionicConductivity.trim())}” is not a positive number; enter S/cm, e.g. 1e-7, or leave it empty.`,
        );
      if (moles !== undefined && vm !== undefined && sigma !== undefined) {
        out.push({
          name: pname,
          moles,
          molarVolumeCm3: vm,
          electronic: row.electronic,
          ionicConductivitySCm: sigma,
        });
      }
    });
    return isOk ? out : undefined;
  };
  const reductionProducts = readSide('reductionProducts');
  const oxidationProducts = readSide('oxidationProducts');
  if (d.reductionProducts.length === 0 && d.oxidationProducts.length === 0) {
    field(
      'products',
      'Add at least one product: the phases the electrolyte turns into when reduced or oxidised.',
    );
  }
  if (
    errors.length > 0 ||
    reductionV === undefined ||
    oxidationV === undefined ||
    molarVolume === undefined ||
    !reductionProducts ||
    !oxidationProducts
  ) {
    return { value: null, errors };
  }
  const value: CustomElectrolyte = {
    name,
    reductionV,
    oxidationV,
    molarVolumeCm3: molarVolume,
    reductionProducts,
    oxidationProducts,
  };
  // Anything the field checks let through (e.g. too long for a link) is reported as a whole.
  const rest = customElectrolyteProblems(value);
  if (rest.length > 0) {
    field('products', `${rest.map((s) => s[0]?.toUpperCase() + s.slice(1)).join('. ')}.`);
    return { value: null, errors };
  }
  return { value, errors: [] };
}
