/**
 * The URL codec: app state ⇄ location (path + query), pure and total.
 *
 * The path names the view and, where there is one, the record (`/materials/lgps`); the query holds
 * the view's settings, one readable key per setting (`?q=garnet&sort=-sigma`). Defaults are left
 * out. Any string decodes to a valid state: a bad part falls back to its default and is reported in
 * `problems`, so the app can say so without losing the good parts.
 */

/** The views of the app, in navigation order, with their paths. */
import { nearest } from './nearest';

export const VIEWS = [
  { id: 'map', path: '', label: 'Overview' },
  { id: 'materials', path: 'materials', label: 'Materials' },
  { id: 'compare', path: 'compare', label: 'Compare' },
  { id: 'windows', path: 'windows', label: 'Stability windows' },
  { id: 'classifier', path: 'classifier', label: 'Interface classifier' },
  { id: 'references', path: 'references', label: 'References' },
  { id: 'glossary', path: 'glossary', label: 'Glossary' },
  { id: 'mechanisms', path: 'mechanisms', label: 'Mechanisms' },
  { id: 'lessons', path: 'lessons', label: 'Lessons' },
  { id: 'cell', path: 'cell', label: 'Cell' },
] as const;
export type ViewId = (typeof VIEWS)[number]['id'];

export interface Route {
  view: ViewId;
  /** Record id for views that show one record (a material page). */
  recordId: string | null;
}

/** Home: the landing map. Unknown paths fall back here too. */
export const DEFAULT_ROUTE: Route = { view: 'map', recordId: null };

/** One query parameter: how it reads and writes, and its default. */
export interface ParamSpec<T> {
  /** Key in the query string. */
  key: string;
  /** What kind of value this is, with its limits; lets tests generate valid values for any key. */
  shape: ParamShape;
  defaultValue: T;
  // Method syntax keeps specs of different value types assignable to one table type.
  /** Returns undefined when the text is not a valid value. */
  parse(raw: string): T | undefined;
  format(value: T): string;
  /** Equality used to leave defaults out; defaults to Object.is. */
  equals?(a: T, b: T): boolean;
  /**
   * True for a setting the user types key by key into a text box (a search): its URL writes may
   * be merged into one. Every other change is a discrete commit and reaches the URL at once.
   */
  isTyped?: boolean;
  /**
   * The parts of a raw value that `parse` left out (a list keeps its good items); each is reported,
   * with `suggest`'s nearest allowed value when there is one.
   */
  dropped?(raw: string): string[];
  suggest?(part: string): string | null;
}

/** Marks a spec as typed key by key (see `ParamSpec.isTyped`). */
export function typed<T>(spec: ParamSpec<T>): ParamSpec<T> {
  return { ...spec, isTyped: true };
}

export type ParamShape =
  | { kind: 'string'; maxLength: number }
  | { kind: 'id' }
  | { kind: 'oneOf'; values: readonly string[] }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'boolean' }
  | { kind: 'idList'; maxItems: number; allowed?: readonly string[] };

export type ParamTable = Record<string, ParamSpec<unknown>>;
export type ParamValues<T extends ParamTable> = {
  [K in keyof T]: T[K] extends ParamSpec<infer V> ? V : never;
};

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * An id as a person may type or paste it: case folded, spaces trimmed and trailing punctuation
 * dropped (a link copied from a sentence ends in "." or ")"): "LLZO." → "llzo".
 */
export function normalizeId(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[.,;:!?'"’”)\]}>]+$/u, '');
}

/** Helpers that build typed parameter specs. */
export const param = {
  string(key: string, defaultValue = '', maxLength = 200): ParamSpec<string> {
    return {
      key,
      shape: { kind: 'string', maxLength },
      defaultValue,
      parse: (raw) => (raw.length <= maxLength ? raw : undefined),
      format: (v) => v,
    };
  },
  id(key: string): ParamSpec<string | null> {
    return {
      key,
      shape: { kind: 'id' },
      defaultValue: null,
      parse: (raw) => {
        const id = normalizeId(raw);
        return ID_RE.test(id) ? id : undefined;
      },
      format: (v) => v ?? '',
    };
  },
  oneOf<const T extends string>(key: string, values: readonly T[], defaultValue: T): ParamSpec<T> {
    return {
      key,
      shape: { kind: 'oneOf', values },
      defaultValue,
      parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as T) : undefined),
      format: (v) => v,
    };
  },
  number(key: string, defaultValue: number | null, min: number, max: number): ParamSpec<number | null> {
    return {
      key,
      shape: { kind: 'number', min, max },
      defaultValue,
      parse: (raw) => {
        if (raw.trim() === '') return undefined;
        const n = Number(raw);
        return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
      },
      format: (v) => (v === null ? '' : String(v)),
    };
  },
  boolean(key: string, defaultValue: boolean): ParamSpec<boolean> {
    return {
      key,
      shape: { kind: 'boolean' },
      defaultValue,
      parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
      format: (v) => (v ? '1' : '0'),
    };
  },
  /**
   * A comma-separated list of ids (case folded, empty items skipped). The good items are kept and
   * the others reported (`dropped`); with `allowed`, only those ids are good, and a dropped one gets
   * the nearest allowed id as a suggestion. Only a list with no good item at all is invalid.
   */
  idList(
    key: string,
    defaultValue: readonly string[] = [],
    maxItems = 50,
    allowed?: readonly string[],
  ): ParamSpec<string[]> {
    const isGood = (id: string) => ID_RE.test(id) && (!allowed || allowed.includes(id));
    const split = (raw: string) => raw.split(',').map(normalizeId).filter(Boolean);
    return {
      key,
      shape: allowed ? { kind: 'idList', maxItems, allowed } : { kind: 'idList', maxItems },
      defaultValue: [...defaultValue],
      parse: (raw) => {
        const items = split(raw);
        const good = [...new Set(items.filter(isGood))].slice(0, maxItems);
        if (good.length === 0 && items.length > 0) return undefined;
        return good;
      },
      dropped: (raw) => {
        const items = split(raw);
        const bad = items.filter((id) => !isGood(id));
        const extra = [...new Set(items.filter(isGood))].slice(maxItems);
        return [...bad, ...extra];
      },
      suggest: (part) =>
        allowed
          ? (nearest(
              part,
              allowed.map((id) => ({ id, label: id, names: [] })),
            )?.id ?? null)
          : null,
      format: (v) => v.join(','),
      equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
    };
  },
} as const;

export interface Decoded<T> {
  values: T;
  /** Human-readable notes about the parts of the URL that were ignored. */
  problems: string[];
}

export function decodeParams<T extends ParamTable>(
  table: T,
  search: URLSearchParams,
): Decoded<ParamValues<T>> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(table)) {
    const raw = search.get(spec.key);
    if (raw === null) {
      values[name] = spec.defaultValue;
      continue;
    }
    const parsed = spec.parse(raw);
    if (parsed === undefined) {
      problems.push(`ignored “${spec.key}=${truncate(raw)}” (not a valid value)`);
      values[name] = spec.defaultValue;
    } else {
      values[name] = parsed;
      for (const part of spec.dropped?.(raw) ?? []) {
        const hint = spec.suggest?.(part);
        problems.push(
          `ignored “${truncate(part)}” in “${spec.key}”${hint ? ` (did you mean “${hint}”?)` : ''}`,
        );
      }
    }
  }
  return { values: values as ParamValues<T>, problems };
}

export function encodeParams<T extends ParamTable>(table: T, values: ParamValues<T>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [name, spec] of Object.entries(table)) {
    const value = (values as Record<string, unknown>)[name];
    const equals = spec.equals ?? Object.is;
    if (value === undefined || equals(value, spec.defaultValue)) continue;
    out.set(spec.key, spec.format(value));
  }
  return out;
}

function truncate(s: string): string {
  return s.length > 24 ? `${s.slice(0, 24)}…` : s;
}

/** Reads the route from a pathname; unknown paths fall back to the default route with a problem. */
export function decodeRoute(pathname: string, base = '/'): Decoded<Route> {
  const rel = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const parts = rel.split('/').filter(Boolean);
  const [first, second, ...rest] = parts;
  if (first === undefined) return { values: DEFAULT_ROUTE, problems: [] };
  const view = VIEWS.find((v) => v.path !== '' && v.path === first);
  if (!view || rest.length > 0) {
    return {
      values: DEFAULT_ROUTE,
      problems: [`unknown page “/${truncate(rel)}”; showing ${labelOf(DEFAULT_ROUTE.view)}`],
    };
  }
  if (second !== undefined) {
    let id: string;
    try {
      id = normalizeId(decodeURIComponent(second));
    } catch {
      // A malformed percent-escape ("%E0%A4%A"): reported below, never thrown.
      id = '';
    }
    if (!ID_RE.test(id)) {
      return {
        values: { view: view.id, recordId: null },
        problems: [`ignored malformed record id “${truncate(second)}”`],
      };
    }
    return { values: { view: view.id, recordId: id }, problems: [] };
  }
  return { values: { view: view.id, recordId: null }, problems: [] };
}

export function encodeRoute(route: Route, base = '/'): string {
  const view = VIEWS.find((v) => v.id === route.view) ?? VIEWS[0];
  const path = [view.path, route.recordId ?? ''].filter(Boolean).join('/');
  return `${base}${path}`;
}

export function labelOf(view: ViewId): string {
  return VIEWS.find((v) => v.id === view)?.label ?? view;
}
