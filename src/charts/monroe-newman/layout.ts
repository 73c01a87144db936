/**
 * Monroe–Newman diagram: every electrolyte of the knowledge base placed on the ratio
 * G_SSE / G_Li (log axis) against the threshold ≈ 2, and a schematic of the Li | electrolyte
 * interface whose roughness follows the ratio. Pure geometry; the renderers draw it.
 */
import { scaleLog } from 'd3-scale';
import { formatNumber } from '../../domain/format';
import { arrow, rect, type Scene, type Shape, text } from '../scene/scene';
import { axisTicks, type Tick } from '../xy-plot/layout';

/** One electrolyte on the strip (ratios already divided by G_Li). */
export interface MnEntry {
  id: string;
  /** Short name, e.g. "LLZO". */
  label: string;
  /** Representative ratio and its range (equal when the KB gives one value). */
  ratio: number;
  ratioLow: number;
  ratioHigh: number;
  /** Filaments reported in the KB: true, false, or null when not recorded. */
  isFilamentObserved: boolean | null;
  /** True when the modulus is not a direct measurement (estimated, or derived from E, or a parent's). */
  isEstimated: boolean;
}

export interface MnStripInput {
  width: number;
  entries: readonly MnEntry[];
  threshold: number;
  /** The slider's electrolyte, drawn as its own row. */
  current: { label: string; ratio: number } | null;
  /** Entry highlighted (the one loaded into the sliders). */
  selectedId: string | null;
}

export interface MnRowGeom {
  id: string;
  label: string;
  y: number;
  cx: number;
  x0: number;
  x1: number;
  isMet: boolean;
  isFilamentObserved: boolean | null;
  isEstimated: boolean;
  isSelected: boolean;
  isCurrent: boolean;
  ratioText: string;
}

export interface MnStripLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  thresholdX: number;
  ticks: Tick[];
  rows: MnRowGeom[];
  axisTitle: { text: string; x: number; y: number };
  /** Display ratio → px. */
  xPx: (ratio: number) => number;
}

export const MN_ROW_HEIGHT = 30;

/** Lays out the strip: one row per entry (sorted by ratio), then the slider's own row. */
export function monroeNewmanStrip(input: MnStripInput): MnStripLayout {
  const width = Math.max(280, Math.round(input.width));
  const labelWidth = Math.round(Math.min(150, Math.max(92, width * 0.26)));
  const plot = { left: labelWidth, top: 26, width: width - labelWidth - 22, height: 0 };
  const values = [
    ...input.entries.flatMap((e) => [e.ratioLow, e.ratioHigh]),
    input.threshold,
    ...(input.current ? [input.current.ratio] : []),
  ].filter((v) => v > 0 && Number.isFinite(v));
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values, 0.5)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values, 20)));
  const x = scaleLog()
    .domain([lo, hi])
    .range([plot.left, plot.left + plot.width])
    .clamp(true);
  const sorted = [...input.entries].sort((a, b) => a.ratio - b.ratio);
  const rows: MnRowGeom[] = sorted.map((e, i) => ({
    id: e.id,
    label: e.label,
    y: plot.top + MN_ROW_HEIGHT * (i + 0.5),
    cx: x(e.ratio),
    x0: x(e.ratioLow),
    x1: x(e.ratioHigh),
    isMet: e.ratio >= input.threshold,
    isFilamentObserved: e.isFilamentObserved,
    isEstimated: e.isEstimated,
    isSelected: e.id === input.selectedId,
    isCurrent: false,
    ratioText: formatNumber(e.ratio, 2),
  }));
  if (input.current) {
    rows.push({
      id: 'current',
      label: input.current.label,
      y: plot.top + MN_ROW_HEIGHT * (rows.length + 0.5) + 8,
      cx: x(input.current.ratio),
      x0: x(input.current.ratio),
      x1: x(input.current.ratio),
      isMet: input.current.ratio >= input.threshold,
      isFilamentObserved: null,
      isEstimated: false,
      isSelected: false,
      isCurrent: true,
      ratioText: formatNumber(input.current.ratio, 3),
    });
  }
  plot.height = MN_ROW_HEIGHT * rows.length + (input.current ? 8 : 0);
  const height = plot.top + plot.height + 50;
  return {
    width,
    height,
    plot,
    thresholdX: x(input.threshold),
    ticks: axisTicks({ title: '', unit: '', domain: [lo, hi], isLog: true }, x, plot.width),
    rows,
    axisTitle: { text: 'Shear-modulus ratio G_SSE / G_Li', x: plot.left + plot.width / 2, y: height - 8 },
    xPx: (r) => x(r),
  };
}

/** Inputs of the interface schematic. */
export interface MnSceneInput {
  ratio: number;
  threshold: number;
  /** Name of the electrolyte, for the description. */
  name: string;
  /** Filaments observed in this electrolyte (KB), or null when unknown. */
  isFilamentObserved: boolean | null;
}

/** Height of the Li protrusion (px) for a ratio: tall far below the threshold, flat above it. */
export function protrusionHeight(ratio: number, threshold: number): number {
  const r = Math.max(ratio, 1e-9) / threshold;
  if (r >= 1) return 4 / r;
  // Grows by decades below the threshold: 1e-4 of the threshold and below → full height.
  return 4 + 66 * Math.min(1, -Math.log10(r) / 4 + 0.25);
}

/** Schematic: Li (bottom) pushing a protrusion into the electrolyte (top), with grain boundaries. */
export function monroeNewmanScene(input: MnSceneInput): Scene {
  const W = 400;
  const H = 230;
  const y0 = 150;
  const h = protrusionHeight(input.ratio, input.threshold);
  const isMet = input.ratio >= input.threshold;
  const pts: string[] = [];
  for (let i = 0; i <= 40; i += 1) {
    const px = i * 10;
    const py = y0 - h * Math.exp(-(((px - 200) / 34) ** 2));
    pts.push(`${px} ${py.toFixed(1)}`);
  }
  const liPath = `M 0 ${H} L ${pts.join(' L ')} L ${W} ${H} Z`;
  const shapes: Shape[] = [
    rect('sse', 'sse', 0, 0, W, y0 + 2),
    { kind: 'path', key: 'gb1', role: 'grain', d: 'M 60 0 L 80 60 L 70 150' },
    { kind: 'path', key: 'gb2', role: 'grain', d: 'M 300 0 L 280 55 L 318 150' },
    { kind: 'path', key: 'gb3', role: 'grain', d: 'M 80 60 L 180 40 L 280 55' },
    { kind: 'path', key: 'li', role: 'li', d: liPath },
    text('sse-label', 'label', 12, 22, 'Solid electrolyte'),
    text('li-label', 'label', 12, H - 12, 'Li metal'),
  ];
  // The electrolyte pushes back on the protrusion: arrows grow with the stiffness ratio.
  const push = Math.min(34, 10 + 8 * Math.log10(1 + input.ratio));
  shapes.push(arrow('push-l', 'compress', 150, y0 - 70, 150 + push * 0.5, y0 - 70 + push));
  shapes.push(arrow('push-r', 'compress', 250, y0 - 70, 250 - push * 0.5, y0 - 70 + push));
  if (isMet) {
    // Passing the criterion flattens the interface, yet Li can still run along a grain boundary.
    shapes.push({ kind: 'path', key: 'filament', role: 'filament', d: 'M 318 150 L 280 55 L 300 0' });
    shapes.push(text('filament-label', 'label-danger', W - 8, 96, 'Li along a grain', 'end'));
    shapes.push(text('filament-label2', 'label-danger', W - 8, 114, 'boundary or flaw', 'end'));
  } else {
    shapes.push({ kind: 'path', key: 'filament', role: 'filament', d: 'M 318 150 L 318 150 L 318 150' });
  }
  shapes.push(
    text(
      'verdict',
      isMet ? 'label-ok' : 'label-danger',
      200,
      y0 + 36,
      isMet ? 'flat interface: stable' : 'protrusion grows',
      'middle',
    ),
  );
  shapes.push(
    text('ratio', 'label-strong', 200, y0 + 58, `G_SSE/G_Li = ${formatNumber(input.ratio, 3)}`, 'middle'),
  );
  const filamentNote =
    input.isFilamentObserved === true ? ` Filaments have nonetheless been observed in ${input.name}.` : '';
  return {
    width: W,
    height: H,
    title: 'Li | electrolyte interface under the Monroe–Newman criterion',
    description: isMet
      ? `With a ratio of ${formatNumber(input.ratio, 3)} (≥ ${input.threshold}) the electrolyte keeps the Li interface flat; Li can still advance along grain boundaries and flaws, drawn as a dark path.${filamentNote}`
      : `With a ratio of ${formatNumber(input.ratio, 3)} (< ${input.threshold}) a Li protrusion grows into the electrolyte.${filamentNote}`,
    shapes,
  };
}
