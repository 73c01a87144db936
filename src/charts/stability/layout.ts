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
import { formatPotential } from '../../domain/format';
import type { StabilityWindow, WindowSource } from '../../kb/schema';
import { textWidth, truncateText } from '../text-metrics';
import { GROUPS, SOURCE_ORDER, type StabilityRowInput, type WindowGroup } from '../../domain/stability-rows';
import { GROUP_LABEL } from './rows';

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
  /** Drawn width: the window's extent, at least 2 px so that a zero-width window stays visible. */
  width: number;
  /** Vertical centre of the bar (baseline for labels). */
  cy: number;
  /** Anchor x of the value labels: the reduction value ends here, the oxidation value starts here. */
  reductionLabelX: number;
  oxidationLabelX: number;
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
  /** Anchor of the name: its right end in the name column, or its left end when names sit above. */
  nameX: number;
  /** Baseline of the name when it sits above the bars, else the row's vertical centre. */
  nameY: number;
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
  /** Baseline start of the header text. */
  labelX: number;
  labelY: number;
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
  /** Names and the axis title; values, verdicts, ticks and flags use `smallFontSize`. */
  fontSize: number;
  smallFontSize: number;
  /** Group headers, a step above the names. */
  groupFontSize: number;
  /** Source tags, a step below the values. */
  tagFontSize: number;
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
  /** Start of the verdict text inside its column. */
  verdictTextX: number;
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
/** Gap between a bar's end and its value label, and inset of the verdict text in its column. */
const LABEL_GAP = 4;
const VERDICT_INSET = 6;

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
      labelX: PAD,
      labelY: y + groupHeight * 0.68,
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
        shownLabel: truncateText(row.label, fontSize, nameWidth),
        name: row.name,
        group,
        className: row.className,
        y,
        height,
        nameX: nameRight,
        nameY: hasNamesAbove ? y + fontSize + 1 : y + height / 2,
        bars: [],
      };
      shown.forEach((w, i) => {
        const top = y + nameLine + rowPad + i * (barHeight + barGap);
        const hitY = i === 0 ? y : top - barGap / 2;
        const hitBottom = i === shown.length - 1 ? y + height : top + barHeight + barGap / 2;
        const x0 = x(w.reductionV);
        const x1 = x(w.oxidationV);
        const bar: BarGeom = {
          key: `${row.id}:${w.source}`,
          rowId: row.id,
          source: w.source,
          window: w,
          index: bars.length,
          x0,
          x1,
          y: top,
          height: barHeight,
          width: Math.max(2, x1 - x0),
          cy: top + barHeight / 2,
          reductionLabelX: x0 - LABEL_GAP,
          oxidationLabelX: x1 + LABEL_GAP,
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
    groupFontSize: fontSize + 1,
    // A size below the other small text, but never under 11 px (a phone's one-letter tags).
    tagFontSize: Math.max(11, smallFontSize - 1),
    isCompact,
    hasNamesAbove,
    nameRight,
    tagRight,
    showsSourceTags,
    plotLeft,
    plotRight,
    verdictX,
    verdictTextX: verdictX + VERDICT_INSET,
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

/** An electrode marker as drawn on the axis header: a pill-shaped flag with its text, and a stem. */
export interface MarkerGeom {
  role: MarkerSpec['role'];
  /** Pixel of the marker's potential, clamped to the domain (the stem and the line through the rows). */
  x: number;
  /** Text of the flag: "Anode: Li metal 0.00 V" (the role is left out on narrow layouts). */
  text: string;
  flagX: number;
  flagY: number;
  flagWidth: number;
  flagHeight: number;
  fontSize: number;
}

/** The axis header above the rows, in its own coordinates (y = 0 at its top). */
export interface AxisGeom {
  width: number;
  height: number;
  titleX: number;
  /** Baseline of the axis title and of the Li/Li+ label. */
  titleY: number;
  titleFontSize: number;
  /** Tick marks run from `tickTop` to the axis line at the bottom; labels sit on `tickLabelY`. */
  tickTop: number;
  tickLabelY: number;
  tickFontSize: number;
  /** y of the axis line, half a pixel up so that a 1 px stroke is crisp. */
  lineY: number;
  /** Right end of the "Li/Li⁺ = 0 V" label, or null where it is not drawn (narrow, or 0 V off-axis). */
  zeroLabelX: number | null;
  anode: MarkerGeom;
  cathode: MarkerGeom;
}

/** Height of the axis header (title, electrode flags, tick labels) for a layout's font size. */
export function axisHeight(layout: Pick<StabilityLayout, 'fontSize'>): number {
  return Math.round(layout.fontSize * 5.4);
}

/** The flag text of an electrode marker. */
function markerText(layout: Pick<StabilityLayout, 'isCompact'>, m: MarkerSpec): string {
  const name = m.isMoved ? 'moved' : m.name;
  const value = `${name} ${formatPotential(m.potentialV)} V`;
  return layout.isCompact ? value : `${m.role === 'anode' ? 'Anode' : 'Cathode'}: ${value}`;
}

function markerGeom(layout: StabilityLayout, m: MarkerSpec, flagY: number): MarkerGeom {
  const x = layout.x(clampToDomain(layout, m.potentialV));
  const text = markerText(layout, m);
  const fontSize = layout.smallFontSize;
  // The flag text is bold, and wide fallback fonts (DejaVu Sans on Linux) run about a quarter
  // over the regular-weight estimate: size the pill for that, so the text never overflows it.
  const flagWidth = textWidth(text, fontSize) * 1.25 + 16;
  const flagHeight = fontSize + 8;
  // The anode's flag extends to the left of its marker and the cathode's to the right, so the
  // two never cover each other while the anode sits below the cathode.
  const wanted = m.role === 'anode' ? x - flagWidth + 6 : x - 6;
  const flagX = Math.max(1, Math.min(layout.width - flagWidth - 1, wanted));
  return { role: m.role, x, text, flagX, flagY, flagWidth, flagHeight, fontSize };
}

/**
 * Lays out the axis header for the two electrode markers. The screen and the export both draw
 * the header from this, so the pills, ticks and title have the same sizes in both.
 */
export function layoutAxis(layout: StabilityLayout, anode: MarkerSpec, cathode: MarkerSpec): AxisGeom {
  const height = axisHeight(layout);
  const fs = layout.fontSize;
  const flagY = fs + 6;
  return {
    width: layout.width,
    height,
    titleX: (layout.plotLeft + layout.plotRight) / 2,
    titleY: fs + 1,
    titleFontSize: fs,
    tickTop: height - 6,
    tickLabelY: height - 10,
    tickFontSize: layout.smallFontSize,
    lineY: height - 0.5,
    zeroLabelX: !layout.isCompact && layout.zeroX !== null ? layout.zeroX - 4 : null,
    anode: markerGeom(layout, anode, flagY),
    cathode: markerGeom(layout, cathode, flagY),
  };
}
