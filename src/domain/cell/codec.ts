/**
 * The cell design in a link: one readable, compact string of parts joined by "_", each part a key,
 * a dot and a value, e.g. `an.li-metal_el.li6ps5cl.llzo_co.linbo3_ca.nmc811_p.5_i.0.5`:
 *
 *   an  anode id            el  electrolyte id, or two ids "anode-side.cathode-side"
 *   co  coating id          ca  cathode id          v   cut-off, V vs Li/Li+
 *   p   stack pressure, MPa i   current density, mA/cm²
 *   q   areal capacity, mAh/cm²                    t   temperature, °C
 *
 * Only URL-safe characters are used (letters, digits, "-", ".", "_"), so the string reads the same
 * in the address bar. Conditions equal to their defaults are left out. Decoding never fails: every
 * part that cannot be read keeps its default and is named in `problems`.
 */
import { normalizeId } from '../url-state';
import { CELL_LIMITS, type CellConditions, type CellDesign, DEFAULT_DESIGN } from './design';

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The number parts: key in the link → field of the design. */
const NUMBER_PARTS = {
  p: 'stackPressureMPa',
  i: 'currentDensityMAcm2',
  q: 'arealCapacityMAhCm2',
  t: 'temperatureC',
} as const satisfies Record<string, keyof CellConditions>;

/** Every key a design string may hold, in the order it is written. */
export const DESIGN_KEYS = ['an', 'el', 'co', 'ca', 'v', 'p', 'i', 'q', 't'] as const;

/** Longest design string a link may hold (a design is about 60 characters). */
export const DESIGN_MAX_LENGTH = 300;

/** A number written briefly: at most 4 significant figures, no exponent for usual values. */
function formatNumberPart(x: number): string {
  return String(Number(x.toPrecision(4)));
}

/** The design as its link string (parts equal to their defaults are left out, ids are always written). */
export function encodeDesign(d: CellDesign): string {
  const parts = [`an.${d.anode}`, `el.${d.electrolytes.join('.')}`];
  if (d.coating) parts.push(`co.${d.coating}`);
  parts.push(`ca.${d.cathode}`);
  if (d.cutoffV !== null) parts.push(`v.${formatNumberPart(d.cutoffV)}`);
  for (const [key, field] of Object.entries(NUMBER_PARTS)) {
    const value = d.conditions[field];
    if (value !== DEFAULT_DESIGN.conditions[field]) parts.push(`${key}.${formatNumberPart(value)}`);
  }
  return parts.join('_');
}

/** A design read from a link, and what was wrong with it. */
export interface DecodedDesign {
  design: CellDesign;
  /** One sentence per part that could not be read, naming the part and what was kept. */
  problems: string[];
}

function shorten(s: string): string {
  return s.length > 24 ? `${s.slice(0, 24)}…` : s;
}

function readNumber(
  raw: string,
  limit: { min: number; max: number; unit: string; label: string },
): number | string {
  const n = raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(n)) return `the ${limit.label} must be a number in ${limit.unit}`;
  if (n < limit.min || n > limit.max)
    return `the ${limit.label} must be between ${limit.min} and ${limit.max} ${limit.unit}`;
  return n;
}

/**
 * Reads a design string. An empty string is the default design. Unknown keys, repeated keys, ids
 * that are not ids and numbers out of range are each reported, and that part keeps the default.
 * Whether the ids exist in the knowledge base is checked later (`resolveDesign`).
 */
export function decodeDesign(text: string): DecodedDesign {
  const problems: string[] = [];
  const design: CellDesign = {
    ...DEFAULT_DESIGN,
    conditions: { ...DEFAULT_DESIGN.conditions },
  };
  const trimmed = text.trim();
  if (trimmed === '') return { design, problems };
  if (trimmed.length > DESIGN_MAX_LENGTH) {
    return {
      design,
      problems: [`the design is longer than ${DESIGN_MAX_LENGTH} characters; showing the default design`],
    };
  }
  const seen = new Set<string>();
  for (const part of trimmed.split('_')) {
    if (part === '') continue;
    const dot = part.indexOf('.');
    const key = (dot < 0 ? part : part.slice(0, dot)).toLowerCase();
    const value = dot < 0 ? '' : part.slice(dot + 1);
    const where = `“${shorten(part)}”`;
    if (!(DESIGN_KEYS as readonly string[]).includes(key)) {
      problems.push(`${where}: unknown part (a design has ${DESIGN_KEYS.join(', ')}); ignored`);
      continue;
    }
    if (seen.has(key)) {
      problems.push(`${where}: “${key}” is given twice; the first is kept`);
      continue;
    }
    seen.add(key);
    if (key === 'an' || key === 'ca' || key === 'co') {
      const id = normalizeId(value);
      if (key === 'co' && (id === '' || id === 'none')) {
        design.coating = null;
      } else if (!ID_RE.test(id)) {
        const what = key === 'an' ? 'anode' : key === 'ca' ? 'cathode' : 'coating';
        problems.push(`${where}: the ${what} must be a material id such as “li-metal”; kept the default`);
      } else if (key === 'an') design.anode = id;
      else if (key === 'ca') design.cathode = id;
      else design.coating = id;
      continue;
    }
    if (key === 'el') {
      const ids = value.split('.').map(normalizeId);
      if (ids.length > 2) {
        problems.push(
          `${where}: at most two electrolyte layers (anode side, cathode side); kept the default`,
        );
      } else if (ids.some((id) => !ID_RE.test(id))) {
        problems.push(
          `${where}: the electrolyte must be one or two material ids such as “llzo”; kept the default`,
        );
      } else if (ids.length === 2 && ids[0] === ids[1]) {
        design.electrolytes = [ids[0] as string];
      } else {
        design.electrolytes = ids.length === 2 ? [ids[0] as string, ids[1] as string] : [ids[0] as string];
      }
      continue;
    }
    if (key === 'v') {
      const n = readNumber(value, CELL_LIMITS.cutoffV);
      if (typeof n === 'string') problems.push(`${where}: ${n}; kept the cathode’s own cut-off`);
      else design.cutoffV = n;
      continue;
    }
    const field = NUMBER_PARTS[key as keyof typeof NUMBER_PARTS];
    const n = readNumber(value, CELL_LIMITS[field]);
    if (typeof n === 'string') {
      problems.push(`${where}: ${n}; kept ${DEFAULT_DESIGN.conditions[field]} ${CELL_LIMITS[field].unit}`);
    } else design.conditions[field] = n;
  }
  return { design, problems };
}
