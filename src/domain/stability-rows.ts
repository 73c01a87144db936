/**
 * The rows of the stability-window chart, read from the knowledge base: one row per material that
 * has at least one window (solid electrolytes, binary compounds, coating and interphase phases),
 * with its group and class, and the filters the view applies before layout. Pure; no React.
 *
 * Potentials are in V vs Li/Li+. Windows from different sources stay separate; nothing here
 * averages or merges them.
 */
import type { KnowledgeBase, StabilityWindow, WindowSource } from '../kb/schema';
import { formulaUnicode } from './formula';
import { type MaterialSummary, shortName } from './materials';

/** The three groups of the chart, in display order. */
export const GROUPS = ['electrolyte', 'binary', 'coating'] as const;
export type WindowGroup = (typeof GROUPS)[number];

/** Window sources in display order (top to bottom inside a row; legend order). */
export const SOURCE_ORDER: readonly WindowSource[] = [
  'zhu2015',
  'richards2016',
  'experiment',
  'other-calculation',
];

/** A material row before layout. */
export interface StabilityRowInput {
  id: string;
  /** Short display label (formulas with Unicode subscripts), see `chartLabel`. */
  label: string;
  /** Full name, for tooltips. */
  name: string;
  formula: string;
  group: WindowGroup;
  /** Electrolyte class (oxide, sulfide, …) or phase kind (binary, interphase, coating). */
  className: string;
  windows: readonly StabilityWindow[];
  /** A material the user added (kept in this browser); its label says so. */
  isOwn?: boolean;
}

/**
 * The label of a material in the chart's name column: its `shortName`, written with subscripts when
 * it is the formula (Li₆PS₅Cl).
 */
export function chartLabel(name: string, formula: string, aliases: readonly string[] = []): string {
  const short = shortName({ name, formula, aliases });
  return short === formula ? formulaUnicode(short) : short;
}

/** Every material with at least one window, in knowledge-base order. */
export function stabilityRowsFromKb(kb: KnowledgeBase): StabilityRowInput[] {
  const rows: StabilityRowInput[] = [];
  for (const e of kb.electrolytes) {
    if (e.windows.length === 0) continue;
    rows.push({
      id: e.id,
      label: chartLabel(e.name, e.formula, e.aliases),
      name: e.name,
      formula: e.formula,
      group: 'electrolyte',
      className: e.class,
      windows: e.windows,
    });
  }
  for (const p of kb.phases) {
    if (p.windows.length === 0) continue;
    rows.push({
      id: p.id,
      // Phases are best known by their formula (Li₂S, LiNbO₃).
      label: formulaUnicode(p.formula),
      name: p.name,
      formula: p.formula,
      group: p.kind === 'binary' ? 'binary' : 'coating',
      className: p.kind,
      windows: p.windows,
    });
  }
  return rows;
}

/**
 * The user's own solid electrolytes that have a window, after the knowledge base's, each labelled
 * "(yours)" so that the chart, its table and its export never pass one off as the literature's.
 */
export function ownStabilityRows(materials: readonly MaterialSummary[]): StabilityRowInput[] {
  return materials.flatMap((m): StabilityRowInput[] => {
    if (!m.isOwn || m.source.kind !== 'electrolyte' || m.source.record.windows.length === 0) return [];
    return [
      {
        id: m.id,
        label: `${chartLabel(m.name, m.formula, m.aliases)} (yours)`,
        name: `${m.name} (your material)`,
        formula: m.formula,
        group: 'electrolyte',
        className: m.source.record.class,
        windows: m.source.record.windows,
        isOwn: true,
      },
    ];
  });
}

/** The sources present in the rows, in display order. */
export function sourcesIn(rows: readonly StabilityRowInput[]): WindowSource[] {
  const present = new Set<WindowSource>();
  for (const r of rows) for (const w of r.windows) present.add(w.source);
  return SOURCE_ORDER.filter((s) => present.has(s));
}

/** The classes present in the rows, grouped in display order. */
export function classesIn(rows: readonly StabilityRowInput[]): { group: WindowGroup; className: string }[] {
  const seen = new Map<string, WindowGroup>();
  for (const r of rows) if (!seen.has(r.className)) seen.set(r.className, r.group);
  return [...seen]
    .map(([className, group]) => ({ group, className }))
    .sort(
      (a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) || a.className.localeCompare(b.className),
    );
}

/**
 * The sources to show: the requested ones that exist, in display order; none requested (or none
 * valid) means all sources present.
 */
export function resolveSources(
  requested: readonly string[],
  available: readonly WindowSource[],
): WindowSource[] {
  const valid = available.filter((s) => requested.includes(s));
  return valid.length > 0 ? valid : [...available];
}

/** Keeps rows of the chosen classes (none chosen = all) that have a window from a shown source. */
export function filterRows(
  rows: readonly StabilityRowInput[],
  classes: readonly string[],
  sources: readonly WindowSource[],
): StabilityRowInput[] {
  return rows.filter(
    (r) =>
      (classes.length === 0 || classes.includes(r.className)) &&
      r.windows.some((w) => sources.includes(w.source)),
  );
}
