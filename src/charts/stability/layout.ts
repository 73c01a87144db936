/**
 * Headless layout of the stability-window chart (the review's Figure 3A): pure geometry, no DOM.
 *
 * Input: material rows with their windows (V vs Li/Li+), the sources to show, the sort order and
 * the container width. Output: the potential scale and its ticks, and one line per group header
 * or material row with one bar per shown source, in pixels. The React renderer and the SVG export
 * both draw from this one geometry, so they cannot disagree.
 *
 * Horizontal bands, left to right: material name | source tag | value label | plot | value label |
 * verdict. Rows stack top to bottom inside their group; a row holds one sub-bar per shown source
 * that has a window for the material, in SOURCE_ORDER, never averaged.
 */
import { type ScaleLinear, scaleLinear } from 'd3-scale';
import type { StabilityWindow, WindowSource } from '../../kb/schema';
import { GROUP_LABEL, GROUPS, SOURCE_ORDER, type StabilityRowInput, type WindowGroup } from './rows';

/** One electrode marker on the axis. */
export interface MarkerSpec {
  role: 'anode' | 'cathode';
  /** Electrode name, e.g. "Li metal" or "NMC811". */
  name: string;
  /** Potential in V vs Li/Li+. */
  potentialV: number;
  /** True when the user moved the marker away from the electrode's own potential. */
  isMoved: boolean;
}

export const WINDOW_SORTS = ['name', 'reduction', 'oxidation', 'width'] as const;
export type WindowSort = (typeof WINDOW_SORTS)[number];

/** How each sort reads, for the control and the caption. */
export const SORT_LABEL: Record<WindowSort, string> = {
  name: 'Name (A–Z)',
  reduction: 'Reduction limit (lowest first)',
  oxidation: 'Oxidation limit (highest first)',
  width: 'Window width (widest first)',
};

export interface LayoutOptions {
  /** Width of the container in px. */
  width: number;
  /** Sources to show, any order (drawn in SOURCE_ORDER). */
  sources: readonly WindowSource[];
  sort: WindowSort;
  /** Potentials (V vs Li/Li+) the axis must include besides the windows, e.g. every electrode's. */
  extraPotentialsV?: readonly number[];
  /** Multiplies the text size: the page's root font size / 16 (large on projectors). Default 1. */
  fontScale?: number;
}

/** One window drawn as a bar. */
export interface BarGeom {
  /** `${rowId}:${source}`, unique in the layout. */
  key: string;
  rowId: string;
  source: WindowSource;
  window: StabilityWindow;
  /** Position in the flat list of bars (keyboard order). */
  index: number;
  /** Pixel x of the reduction and oxidation limits. */
  x0: number;
  x1: number;
  /** Top and height of the visible bar. */
  y: number;
  height: number;
  /** Vertical centre of the bar (baseline for labels). */
  cy: number;
  /** The strip of the row this bar owns for pointer hits. */
  hitY: number;
  hitHeight: number;
}

export interface RowGeom {
  kind: 'row';
  id: string;
  /** Full label and the one drawn (truncated to the name column with an ellipsis). */
  label: string;
  shownLabel: string;
  /** Full name of the material. */
  name: string;
  group: WindowGroup;
  className: string;
  y: number;
  height: number;
  bars: BarGeom[];
}

export interface GroupGeom {
  kind: 'group';
  group: WindowGroup;
  label: string;
  /** Materials in the group. */
  count: number;
  y: number;
  height: number;
}

export type LineGeom = RowGeom | GroupGeom;

export interface Tick {
  value: number;
  x: number;
  label: string;
}

export interface StabilityLayout {
  width: number;
  /** Height of the rows area (the axis is drawn separately, above it). */
  height: number;
  fontSize: number;
  smallFontSize: number;
  /** Narrow layout: names above their bars, one-letter source tags, verdict glyphs without text. */
  isCompact: boolean;
  /** Names sit on a line of their own above the bars (narrow screens), else in a left column. */
  hasNamesAbove: boolean;
  /** Right edge of the material names (left column), or their left edge when `hasNamesAbove`. */
  nameRight: number;
  /** Right edge of the source tags (0 width when only one source is shown). */
  tagRight: number;
  showsSourceTags: boolean;
  /** Horizontal extent of the potential axis. */
  plotLeft: number;
  plotRight: number;
  /** Left edge of the verdict column; the column shows text when `showsVerdictText`. */
  verdictX: number;
  showsVerdictText: boolean;
  domain: [number, number];
  x: ScaleLinear<number, number>;
  ticks: Tick[];
  /** Pixel of 0 V vs Li/Li+ (the Li/Li+ reference), null if outside the domain. */
  zeroX: number | null;
  lines: LineGeom[];
  bars: BarGeom[];
  rowById: Map<string, RowGeom>;
  sources: WindowSource[];
}

const PAD = 8;
const GROUP_GAP = 8;

/** Formats a potential for labels: two decimals, a real minus sign. */
export function formatV(v: number): string {
  const s = v.toFixed(2);
  return s.startsWith('-') ? `−${s.slice(1)}` : s;
}

const NARROW = new Set([..."il.,:;|'’ "]);
const GLYPHS = new Set([...'◀▶✓◆▸']);

/** Rough text width for the system sans-serif: good enough to size columns and truncate. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (GLYPHS.has(ch)) em += 1;
    else if (c >= 65 && c <= 90)
      em += 0.66; // A–Z
    else if (c >= 0x2080 && c <= 0x2089)
      em += 0.45; // subscript digits
    else if (NARROW.has(ch)) em += 0.3;
    else em += 0.56;
  }
  return em * fontSize;
}

function truncate(text: string, fontSize: number, maxWidth: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}

/**
 * The window a row sorts by: the first shown source (in SOURCE_ORDER) the material has. Sorting
 * never mixes sources of one material.
 */
export function sortWindow(
  row: StabilityRowInput,
  sources: readonly WindowSource[],
): StabilityWindow | undefined {
  for (const s of SOURCE_ORDER) {
    if (!sources.includes(s)) continue;
    const w = row.windows.find((x) => x.source === s);
    if (w) return w;
  }
  return undefined;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Sorts rows of one group: by name, or by a limit of the sort window with the name as tie-break. */
export function sortRows(
  rows: readonly StabilityRowInput[],
  sort: WindowSort,
  sources: readonly WindowSource[],
): StabilityRowInput[] {
  const keyed = rows.map((row) => {
    const w = sortWindow(row, sources);
    let key = 0;
    if (w && sort === 'reduction') key = w.reductionV;
    else if (w && sort === 'oxidation') key = -w.oxidationV;
    else if (w && sort === 'width') key = -(w.oxidationV - w.reductionV);
    return { row, key };
  });
  keyed.sort((a, b) => (sort === 'name' ? 0 : a.key - b.key) || collator.compare(a.row.label, b.row.label));
  return keyed.map((k) => k.row);
}

/** The potential domain: every shown window and extra potential, and 0 V, rounded outwards. */
export function potentialDomain(
  rows: readonly StabilityRowInput[],
  sources: readonly WindowSource[],
  extra: readonly number[] = [],
): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const r of rows)
    for (const w of r.windows) {
      if (!sources.includes(w.source)) continue;
      lo = Math.min(lo, w.reductionV);
      hi = Math.max(hi, w.oxidationV);
    }
  for (const v of extra) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (hi - lo < 1) hi = lo + 1;
  const [a, b] = scaleLinear().domain([lo, hi]).nice().domain() as [number, number];
  return [a, b];
}

/** Lays out the chart. Pure: the same input gives the same geometry. */
export function layoutStabilityChart(
  rows: readonly StabilityRowInput[],
  opts: LayoutOptions,
): StabilityLayout {
  const width = Math.max(280, Math.round(opts.width));
  const sources = SOURCE_ORDER.filter((s) => opts.sources.includes(s));
  const isCompact = width < 640;
  const baseFont = width < 640 ? 12 : width < 1100 ? 13 : 14;
  const fontSize = Math.round(baseFont * Math.min(1.5, Math.max(1, opts.fontScale ?? 1)));
  const smallFontSize = fontSize - 1;
  const showsSourceTags = sources.length > 1;
  const showsVerdictText = width >= 900;

  // Columns, left to right. On narrow screens names go above their bars to leave the width to the plot.
  const hasNamesAbove = isCompact;
  const longest = rows.reduce((m, r) => Math.max(m, textWidth(r.label, fontSize)), 0);
  const nameWidth = hasNamesAbove ? width - 2 * PAD : Math.min(Math.max(longest + 4, 56), fontSize * 14);
  const nameRight = hasNamesAbove ? PAD : PAD + nameWidth;
  const tagWidth = showsSourceTags ? (isCompact ? smallFontSize * 1.1 : smallFontSize * 3.1) : 0;
  const tagRight = (hasNamesAbove ? PAD : nameRight) + (showsSourceTags ? 6 + tagWidth : 0);
  const valueRoom = textWidth('−0.00', smallFontSize) + 6;
  // Verdicts are bold: allow 10 % over the regular-weight estimate.
  const verdictWidth = showsVerdictText
    ? textWidth('◀▶ reduced + oxidised', smallFontSize) * 1.1 + 12
    : textWidth('◀▶', smallFontSize) + 10;
  const plotLeft = tagRight + 4 + valueRoom;
  const verdictX = width - PAD - verdictWidth;
  const plotRight = verdictX - valueRoom;

  const domain = potentialDomain(rows, sources, opts.extraPotentialsV);
  const x = scaleLinear().domain(domain).range([plotLeft, plotRight]);
  const tickCount = Math.max(3, Math.floor((plotRight - plotLeft) / (isCompact ? 45 : 60)));
  const ticks = x.ticks(tickCount).map((value) => ({ value, x: x(value), label: String(+value.toFixed(2)) }));
  const zeroX = domain[0] <= 0 && domain[1] >= 0 ? x(0) : null;

  // Rows, top to bottom.
  const barHeight = isCompact ? 12 : fontSize + 1;
  const barGap = 4;
  const rowPad = 5;
  const nameLine = hasNamesAbove ? fontSize + 4 : 0;
  const groupHeight = Math.round(fontSize * 2.2);
  const lines: LineGeom[] = [];
  const bars: BarGeom[] = [];
  const rowById = new Map<string, RowGeom>();
  let y = 0;
  for (const group of GROUPS) {
    const inGroup = rows.filter((r) => r.group === group);
    if (inGroup.length === 0) continue;
    if (lines.length > 0) y += GROUP_GAP;
    lines.push({
      kind: 'group',
      group,
      label: GROUP_LABEL[group],
      count: inGroup.length,
      y,
      height: groupHeight,
    });
    y += groupHeight;
    for (const row of sortRows(inGroup, opts.sort, sources)) {
      const shown = sources
        .map((s) => row.windows.find((w) => w.source === s))
        .filter((w): w is StabilityWindow => w !== undefined);
      if (shown.length === 0) continue;
      const height = nameLine + rowPad * 2 + shown.length * barHeight + (shown.length - 1) * barGap;
      const rowGeom: RowGeom = {
        kind: 'row',
        id: row.id,
        label: row.label,
        shownLabel: truncate(row.label, fontSize, nameWidth),
        name: row.name,
        group,
        className: row.className,
        y,
        height,
        bars: [],
      };
      shown.forEach((w, i) => {
        const top = y + nameLine + rowPad + i * (barHeight + barGap);
        const hitY = i === 0 ? y : top - barGap / 2;
        const hitBottom = i === shown.length - 1 ? y + height : top + barHeight + barGap / 2;
        const bar: BarGeom = {
          key: `${row.id}:${w.source}`,
          rowId: row.id,
          source: w.source,
          window: w,
          index: bars.length,
          x0: x(w.reductionV),
          x1: x(w.oxidationV),
          y: top,
          height: barHeight,
          cy: top + barHeight / 2,
          hitY,
          hitHeight: hitBottom - hitY,
        };
        rowGeom.bars.push(bar);
        bars.push(bar);
      });
      lines.push(rowGeom);
      rowById.set(row.id, rowGeom);
      y += height;
    }
  }

  return {
    width,
    height: y + 2,
    fontSize,
    smallFontSize,
    isCompact,
    hasNamesAbove,
    nameRight,
    tagRight,
    showsSourceTags,
    plotLeft,
    plotRight,
    verdictX,
    showsVerdictText,
    domain,
    x,
    ticks,
    zeroX,
    lines,
    bars,
    rowById,
    sources,
  };
}

/**
 * Indices [start, end) of the lines that overlap the vertical band [top, bottom] (px, in the rows
 * area's coordinates). Lines are sorted by y, so this is two binary searches.
 */
export function visibleLineRange(lines: readonly LineGeom[], top: number, bottom: number): [number, number] {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const l = lines[mid]!;
    if (l.y + l.height < top) lo = mid + 1;
    else hi = mid;
  }
  const start = lo;
  hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.y <= bottom) lo = mid + 1;
    else hi = mid;
  }
  return [start, lo];
}

/** Clamps a potential to the layout's domain. */
export function clampToDomain(layout: Pick<StabilityLayout, 'domain'>, v: number): number {
  return Math.min(layout.domain[1], Math.max(layout.domain[0], v));
}
