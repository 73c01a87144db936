/**
 * Headless layout of the mechanism plots: one or more curves on linear or log axes, with rules
 * (threshold lines), bands (shaded ranges), markers (the current inputs) and an optional shaded
 * region above or below a curve. Pure geometry in px, no DOM; `XyPlot.tsx` renders it.
 *
 * D3 computes the scales, ticks and path strings; the caller passes values already converted to
 * the display units of the axes (µm, mV …). Points that a log axis cannot show (≤ 0) are dropped,
 * markers outside the domain are pinned to the edge and flagged, so nothing is drawn off-plot.
 */
import { type ScaleContinuousNumeric, scaleLinear, scaleLog } from 'd3-scale';
import { area, line } from 'd3-shape';
import { formatNumber } from '../../domain/format';
import type { Point } from '../../domain/models/result';

/** Colour roles; each maps to a CSS class `xy-tone-<tone>`. */
export type Tone = 'primary' | 'secondary' | 'danger' | 'ok' | 'warn' | 'muted';

export interface AxisInput {
  /** Quantity name, e.g. "Flaw depth a". */
  title: string;
  /** Display unit, e.g. "µm" ('' for dimensionless). */
  unit: string;
  /** Short title used when the full one does not fit along the axis, e.g. "η_c". */
  symbol?: string;
  /** [low, high] in display units; for log axes both > 0. */
  domain: readonly [number, number];
  isLog: boolean;
}

export interface SeriesInput {
  id: string;
  /** Legend text. */
  label: string;
  /** Points in display units, x ascending. */
  points: readonly Point[];
  tone: Tone;
  isDashed?: boolean;
  /** Shade the region between this curve and the top (or bottom) of the plot. */
  shade?: 'above' | 'below';
  /** Text for the shaded region, placed inside it. */
  shadeLabel?: string;
}

export interface RuleInput {
  id: string;
  /** 'x': a vertical line at x = value; 'y': a horizontal line at y = value. */
  axis: 'x' | 'y';
  value: number;
  label: string;
  tone: Tone;
  isDashed?: boolean;
  /** Where a horizontal rule's label sits: at the right end (default) or the left. */
  labelAt?: 'start' | 'end';
}

export interface BandInput {
  id: string;
  axis: 'x' | 'y';
  from: number;
  to: number;
  label: string;
  tone: Tone;
}

export interface MarkerInput {
  id: string;
  x: number;
  y: number;
  label: string;
  tone: Tone;
}

export interface XyInput {
  /** Container width in px. */
  width: number;
  /** Plot height in px (default: from the width, 240…380). */
  height?: number;
  /**
   * Root font size / 16 px (wide screens and presenter mode enlarge the type): the margins for tick
   * labels and axis titles grow with it. Default 1.
   */
  fontScale?: number;
  x: AxisInput;
  y: AxisInput;
  series: readonly SeriesInput[];
  rules?: readonly RuleInput[];
  bands?: readonly BandInput[];
  markers?: readonly MarkerInput[];
}

export interface Tick {
  value: number;
  /** Pixel position along the axis. */
  pos: number;
  label: string;
  /** Minor ticks of a log axis are drawn short and unlabelled. */
  isMinor: boolean;
}

export interface SeriesGeom {
  id: string;
  label: string;
  tone: Tone;
  isDashed: boolean;
  /** SVG path of the curve. */
  d: string;
  /** Path of the shaded region, or null. */
  shadeD: string | null;
  shadeLabel: string | null;
  shadeLabelX: number;
  shadeLabelY: number;
  /** Pixel coordinates of the drawn points (for tests and hit-testing). */
  pixels: ReadonlyArray<readonly [number, number]>;
}

export interface RuleGeom {
  id: string;
  label: string;
  tone: Tone;
  isDashed: boolean;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
  /** False when the value lies outside the axis domain (the rule is then not drawn). */
  isVisible: boolean;
}

export interface BandGeom {
  id: string;
  label: string;
  tone: Tone;
  x: number;
  y: number;
  width: number;
  height: number;
  labelX: number;
  labelY: number;
}

export interface MarkerGeom {
  id: string;
  label: string;
  tone: Tone;
  cx: number;
  cy: number;
  /** True when the marker was pinned to the plot edge. */
  isClamped: boolean;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
}

export interface XyLayout {
  width: number;
  height: number;
  /** Plot area in px. */
  plot: { left: number; top: number; width: number; height: number };
  xTicks: Tick[];
  yTicks: Tick[];
  xTitle: { text: string; x: number; y: number };
  yTitle: { text: string; x: number; y: number };
  series: SeriesGeom[];
  rules: RuleGeom[];
  bands: BandGeom[];
  markers: MarkerGeom[];
  /** Display value → px. */
  xPx: (v: number) => number;
  yPx: (v: number) => number;
}

export const MARGIN = { top: 14, right: 16, bottom: 52, left: 68 } as const;

/** "Flaw depth a (µm)". */
export function axisTitle(axis: Pick<AxisInput, 'title' | 'unit'>): string {
  return axis.unit ? `${axis.title} (${axis.unit})` : axis.title;
}

/** Average width of a title character in px (bold, 0.85rem); an estimate for fitting. */
const TITLE_CHAR_PX = 7.6;

/** The axis title, or its short form when the full one would be longer than the axis. */
export function fittedTitle(axis: Pick<AxisInput, 'title' | 'unit' | 'symbol'>, lengthPx: number): string {
  const full = axisTitle(axis);
  if (full.length * TITLE_CHAR_PX <= lengthPx || !axis.symbol) return full;
  return axisTitle({ title: axis.symbol, unit: axis.unit });
}

function makeScale(axis: AxisInput, range: [number, number]): ScaleContinuousNumeric<number, number> {
  const [lo, hi] = axis.domain;
  if (axis.isLog) return scaleLog().domain([lo, hi]).range(range);
  return scaleLinear().domain([lo, hi]).range(range);
}

/** Tick label: plain numbers inside 1e-3…1e5, powers of ten outside. */
export function tickLabel(value: number): string {
  return formatNumber(value, 3);
}

/**
 * Ticks of one axis. Log axes spanning more than two decades label only powers of ten (every
 * second or third one when there are too many for the length); shorter log axes label 1, 2 and 5
 * × 10ⁿ where they fit. The other ticks are drawn as minor ticks.
 */
export function axisTicks(
  axis: AxisInput,
  scale: ScaleContinuousNumeric<number, number>,
  lengthPx: number,
): Tick[] {
  const maxLabels = Math.max(2, Math.floor(lengthPx / 56));
  if (!axis.isLog) {
    return scale.ticks(Math.min(8, maxLabels)).map((value) => ({
      value,
      pos: scale(value),
      label: tickLabel(value),
      isMinor: false,
    }));
  }
  const [lo, hi] = axis.domain;
  const decades = Math.log10(hi / lo);
  if (decades < 2) {
    // d3 returns every 1…9 × 10ⁿ here whatever the count: label the 1, 2, 5 ones that have room
    // (never closer than a label's width), draw the rest as minor ticks.
    let lastLabelEnd = Number.NEGATIVE_INFINITY;
    return scale.ticks(Math.min(6, maxLabels)).map((value) => {
      const pos = scale(value);
      const label = tickLabel(value);
      const mantissa = Math.round(value / 10 ** Math.floor(Math.log10(value) + 1e-9));
      const halfWidth = label.length * 4 + 6;
      const isLabelled = [1, 2, 5].includes(mantissa) && pos - halfWidth >= lastLabelEnd;
      if (isLabelled) lastLabelEnd = pos + halfWidth;
      return { value, pos, label: isLabelled ? label : '', isMinor: !isLabelled };
    });
  }
  const first = Math.ceil(Math.log10(lo) - 1e-9);
  const last = Math.floor(Math.log10(hi) + 1e-9);
  const powers = last - first + 1;
  const every = Math.max(1, Math.ceil(powers / maxLabels));
  const ticks: Tick[] = [];
  for (let e = first; e <= last; e += 1) {
    const value = 10 ** e;
    const isLabelled = (e - first) % every === 0;
    ticks.push({ value, pos: scale(value), label: isLabelled ? tickLabel(value) : '', isMinor: !isLabelled });
  }
  // Minor ticks at 2…9 × 10^e only when the decades are wide enough to show them.
  if (lengthPx / decades >= 60) {
    for (let e = first - 1; e <= last; e += 1) {
      for (let m = 2; m <= 9; m += 1) {
        const value = m * 10 ** e;
        if (value > lo && value < hi) ticks.push({ value, pos: scale(value), label: '', isMinor: true });
      }
    }
  }
  return ticks.sort((a, b) => a.value - b.value);
}

function isShowable(axis: AxisInput, v: number): boolean {
  return Number.isFinite(v) && (!axis.isLog || v > 0);
}

function clampTo(v: number, [lo, hi]: readonly [number, number]): number {
  return Math.min(Math.max(v, Math.min(lo, hi)), Math.max(lo, hi));
}

/** Lays out a plot. */
export function xyLayout(input: XyInput): XyLayout {
  const width = Math.max(240, Math.round(input.width));
  const height = input.height ?? Math.round(Math.min(380, Math.max(260, width * 0.62)));
  const k = Math.max(1, input.fontScale ?? 1);
  const left = Math.round(MARGIN.left * k);
  const bottom = Math.round(MARGIN.bottom * k);
  // Room for half of the last x tick label, which grows with the type too.
  const right = Math.round(MARGIN.right * k);
  const plot = {
    left,
    top: MARGIN.top,
    width: width - left - right,
    height: height - MARGIN.top - bottom,
  };
  const x = makeScale(input.x, [plot.left, plot.left + plot.width]);
  const y = makeScale(input.y, [plot.top + plot.height, plot.top]);
  const xPx = (v: number) => x(v);
  const yPx = (v: number) => y(v);
  const xDomain = input.x.domain;
  const yDomain = input.y.domain;

  const series: SeriesGeom[] = input.series.map((s) => {
    const pts = s.points.filter((p) => isShowable(input.x, p.x) && isShowable(input.y, p.y));
    const pixels = pts.map((p) => [x(p.x), y(p.y)] as const);
    const d = line<readonly [number, number]>()
      .x((p) => p[0])
      .y((p) => p[1])(pixels);
    let shadeD: string | null = null;
    const edge = s.shade === 'above' ? plot.top : plot.top + plot.height;
    if (s.shade && pixels.length > 1) {
      shadeD =
        area<readonly [number, number]>()
          .x((p) => p[0])
          .y0(edge)
          .y1((p) => p[1])(
          pixels.map(([px, py]) => [px, Math.min(Math.max(py, plot.top), plot.top + plot.height)] as const),
        ) ?? null;
    }
    // The shade label sits near the far end of the region, halfway between curve and edge.
    const anchor = pixels[Math.floor(pixels.length * 0.75)] ?? [plot.left + plot.width / 2, plot.top];
    const curveY = Math.min(Math.max(anchor[1], plot.top), plot.top + plot.height);
    return {
      id: s.id,
      label: s.label,
      tone: s.tone,
      isDashed: s.isDashed ?? false,
      d: d ?? '',
      shadeD,
      shadeLabel: s.shadeLabel ?? null,
      shadeLabelX: Math.min(anchor[0], plot.left + plot.width - 8),
      shadeLabelY: s.shade === 'above' ? (plot.top + curveY) / 2 : (curveY + plot.top + plot.height) / 2,
      pixels,
    };
  });

  const rules: RuleGeom[] = (input.rules ?? []).map((r) => {
    const axis = r.axis === 'x' ? input.x : input.y;
    const domain = r.axis === 'x' ? xDomain : yDomain;
    const inDomain =
      isShowable(axis, r.value) && r.value >= Math.min(...domain) && r.value <= Math.max(...domain);
    if (r.axis === 'x') {
      const px = inDomain ? x(r.value) : plot.left;
      const isRight = px > plot.left + plot.width * 0.6;
      return {
        id: r.id,
        label: r.label,
        tone: r.tone,
        isDashed: r.isDashed ?? true,
        x1: px,
        x2: px,
        y1: plot.top,
        y2: plot.top + plot.height,
        labelX: isRight ? px - 4 : px + 4,
        labelY: plot.top + 12,
        labelAnchor: isRight ? 'end' : 'start',
        isVisible: inDomain,
      };
    }
    const py = inDomain ? y(r.value) : plot.top;
    const isNearTop = py < plot.top + 16;
    return {
      id: r.id,
      label: r.label,
      tone: r.tone,
      isDashed: r.isDashed ?? true,
      x1: plot.left,
      x2: plot.left + plot.width,
      y1: py,
      y2: py,
      labelX: r.labelAt === 'start' ? plot.left + 6 : plot.left + plot.width - 4,
      labelY: isNearTop ? py + 14 : py - 5,
      labelAnchor: r.labelAt === 'start' ? 'start' : 'end',
      isVisible: inDomain,
    };
  });

  const bands: BandGeom[] = (input.bands ?? []).map((b) => {
    const axis = b.axis === 'x' ? input.x : input.y;
    const domain = b.axis === 'x' ? xDomain : yDomain;
    const safe = (v: number) => (isShowable(axis, v) ? clampTo(v, domain) : domain[0]);
    if (b.axis === 'x') {
      const a = x(safe(b.from));
      const c = x(safe(b.to));
      const left = Math.min(a, c);
      const w = Math.abs(c - a);
      return {
        id: b.id,
        label: b.label,
        tone: b.tone,
        x: left,
        y: plot.top,
        width: w,
        height: plot.height,
        labelX: left + w / 2,
        labelY: plot.top + 14,
      };
    }
    const a = y(safe(b.from));
    const c = y(safe(b.to));
    const top = Math.min(a, c);
    const h = Math.abs(c - a);
    return {
      id: b.id,
      label: b.label,
      tone: b.tone,
      x: plot.left,
      y: top,
      width: plot.width,
      height: h,
      labelX: plot.left + 8,
      labelY: top + Math.min(h / 2 + 4, 16),
    };
  });

  const markers: MarkerGeom[] = (input.markers ?? []).map((m) => {
    const isXOk = isShowable(input.x, m.x);
    const isYOk = isShowable(input.y, m.y);
    const mx = isXOk ? clampTo(m.x, xDomain) : xDomain[0];
    const my = isYOk ? clampTo(m.y, yDomain) : yDomain[0];
    const cx = x(mx);
    const cy = y(my);
    const isRight = cx > plot.left + plot.width * 0.6;
    return {
      id: m.id,
      label: m.label,
      tone: m.tone,
      cx,
      cy,
      isClamped: !isXOk || !isYOk || mx !== m.x || my !== m.y,
      labelX: isRight ? cx - 9 : cx + 9,
      labelY: cy < plot.top + 20 ? cy + 18 : cy - 9,
      labelAnchor: isRight ? 'end' : 'start',
    };
  });

  return {
    width,
    height,
    plot,
    xTicks: axisTicks(input.x, x, plot.width),
    yTicks: axisTicks(input.y, y, plot.height),
    xTitle: {
      // Titles are measured at the page's type size: at k × 16 px a title takes k times the room.
      text: fittedTitle(input.x, plot.width / k),
      x: plot.left + plot.width / 2,
      y: height - Math.round(10 * k),
    },
    yTitle: {
      text: fittedTitle(input.y, plot.height / k),
      x: -(plot.top + plot.height / 2),
      y: Math.round(16 * k),
    },
    series,
    rules,
    bands,
    markers,
    xPx,
    yPx,
  };
}
