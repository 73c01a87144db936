/**
 * Layout of the small window chart on a material page: one bar per window source against the
 * potentials of common electrodes. Pure: returns geometry for a renderer.
 */
import { scaleLinear } from 'd3-scale';
import { formatPotential } from '../../domain/format';
import type { StabilityWindow } from '../../kb/schema';
import { textWidth, truncateText } from '../text-metrics';

export interface ElectrodeMark {
  id: string;
  label: string;
  potentialV: number;
}

export interface MiniWindowLayout {
  width: number;
  height: number;
  /**
   * True below COMPACT_WIDTH: each bar's label and values go on a line of their own above it, so
   * the bars get the whole width (a phone) instead of sharing it with a label column.
   */
  isCompact: boolean;
  ticks: Array<{ v: number; x: number }>;
  bars: Array<{
    source: string;
    /**
     * The window's label, cut (with an ellipsis) to fit its column, or on a compact layout to fit
     * its line with the values.
     */
    label: string;
    /** "reduction–oxidation V". */
    valueText: string;
    x0: number;
    x1: number;
    y: number;
    h: number;
    /** Baseline of the label line above the bar (compact) or the bar's middle (wide). */
    labelY: number;
    window: StabilityWindow;
  }>;
  electrodes: Array<ElectrodeMark & { x: number; labelY: number }>;
  plot: { left: number; right: number; top: number; bottom: number };
}

/** Below this width (px) the labels move above the bars (see MiniWindowLayout.isCompact). */
export const MINI_COMPACT_WIDTH = 480;
/** Font size of bar labels and values (src/styles.css .mini-bar-label). */
const LABEL_FONT_PX = 12;
/** The size labels are measured at: the estimate runs narrow for wide system fonts (DejaVu Sans). */
const LABEL_MEASURE_PX = LABEL_FONT_PX * 1.1;
/** Font size of electrode labels (src/styles.css .mini-electrode-label, bold). */
const ELECTRODE_FONT_PX = 11;

export const MINI_DOMAIN_V: [number, number] = [0, 6];

/**
 * Geometry at `width` px, drawn 1:1 (the chart sizes from its container), so the stylesheet's
 * 11–12 px text is what a reader sees at every width.
 */
export function miniWindowLayout(
  windows: readonly StabilityWindow[],
  electrodes: readonly ElectrodeMark[],
  width: number,
): MiniWindowLayout {
  const isCompact = width < MINI_COMPACT_WIDTH;
  const rowH = 22;
  // Compact rows carry a 16 px label line above the bar.
  const labelH = isCompact ? 16 : 0;
  const gap = 6;
  const top = 34;
  // Wide: a label column as wide as the longest label, at most 40 % of the width, longer labels cut with an ellipsis; compact: room for half of the
  // "Li" label centred at 0 V.
  const labelColumn = Math.min(
    Math.max(80, ...windows.map((w) => textWidth(w.label, LABEL_MEASURE_PX) + 8)),
    Math.round(width * 0.4),
  );
  const left = isCompact ? 16 : labelColumn + 8;
  const right = width - 16;
  const x = scaleLinear().domain(MINI_DOMAIN_V).range([left, right]).clamp(true);
  const pitch = labelH + rowH + gap;
  const bars = windows.map((w, i) => {
    const y = top + i * pitch + labelH;
    const valueText = `${formatPotential(w.reductionV)}–${formatPotential(w.oxidationV)} V`;
    // The label line reads "label: values" in 12 px text (src/styles.css .mini-bar-label).
    const labelRoom = right - left - textWidth(`: ${valueText}`, LABEL_MEASURE_PX);
    return {
      source: w.source,
      label: truncateText(w.label, LABEL_MEASURE_PX, isCompact ? labelRoom : labelColumn - 8),
      valueText,
      x0: x(w.reductionV),
      x1: x(w.oxidationV),
      y,
      h: rowH,
      labelY: isCompact ? y - 4 : y + rowH / 2,
      window: w,
    };
  });
  // Electrode labels: each goes in the first of three rows where it clears the label before it
  // (Li at 0 V and In at 0.6 V, or LiCoO2, NMC811 and LNMO between 4.2 and 4.9 V, crowd on a phone).
  const sorted = [...electrodes].sort((a, b) => a.potentialV - b.potentialV);
  const rowEnds: number[] = [];
  const placed = sorted.map((e) => {
    const ex = x(e.potentialV);
    const half = (textWidth(e.label, ELECTRODE_FONT_PX) * 1.15) / 2;
    let row = rowEnds.findIndex((end) => end + 4 <= ex - half);
    if (row === -1) row = rowEnds.length < 3 ? rowEnds.length : rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = ex + half;
    return { ...e, x: ex, labelY: 12 + 14 * row };
  });
  const shift = Math.max(0, rowEnds.length - 2) * 14;
  for (const b of bars) {
    b.y += shift;
    b.labelY += shift;
  }
  const bottom = top + shift + Math.max(1, windows.length) * pitch;
  return {
    width,
    height: bottom + 44,
    isCompact,
    // About one tick per 60 px: 0–6 V in steps of 1 V when wide, of 2 V on a phone.
    ticks: x.ticks(Math.min(6, Math.max(3, Math.floor((right - left) / 60)))).map((v) => ({ v, x: x(v) })),
    bars,
    electrodes: placed,
    plot: { left, right, top: top + shift, bottom },
  };
}
