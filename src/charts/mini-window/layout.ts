/**
 * Layout of the small window chart on a material page: one bar per window source against the
 * potentials of common electrodes. Pure: returns geometry for a renderer.
 */
import { scaleLinear } from 'd3-scale';
import type { StabilityWindow } from '../../kb/schema';

export interface ElectrodeMark {
  id: string;
  label: string;
  potentialV: number;
}

export interface MiniWindowLayout {
  width: number;
  height: number;
  ticks: Array<{ v: number; x: number }>;
  bars: Array<{
    source: string;
    label: string;
    x0: number;
    x1: number;
    y: number;
    h: number;
    window: StabilityWindow;
  }>;
  electrodes: Array<ElectrodeMark & { x: number; labelY: number }>;
  plot: { left: number; right: number; top: number; bottom: number };
}

export const MINI_DOMAIN_V: [number, number] = [0, 6];

export function miniWindowLayout(
  windows: readonly StabilityWindow[],
  electrodes: readonly ElectrodeMark[],
  width: number,
): MiniWindowLayout {
  const rowH = 22;
  const gap = 6;
  const top = 34;
  const left = 150;
  const right = width - 16;
  const x = scaleLinear().domain(MINI_DOMAIN_V).range([left, right]).clamp(true);
  const bars = windows.map((w, i) => ({
    source: w.source,
    label: w.label,
    x0: x(w.reductionV),
    x1: x(w.oxidationV),
    y: top + i * (rowH + gap),
    h: rowH,
    window: w,
  }));
  const bottom = top + Math.max(1, windows.length) * (rowH + gap);
  // Alternate label rows so neighbouring electrodes (Li at 0 V, graphite at 0.1 V) do not overlap.
  const sorted = [...electrodes].sort((a, b) => a.potentialV - b.potentialV);
  const placed = sorted.map((e, i) => ({ ...e, x: x(e.potentialV), labelY: i % 2 === 0 ? 12 : 26 }));
  return {
    width,
    height: bottom + 44,
    ticks: x.ticks(6).map((v) => ({ v, x: x(v) })),
    bars,
    electrodes: placed,
    plot: { left, right, top, bottom },
  };
}
