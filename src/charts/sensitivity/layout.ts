/**
 * Headless layout of the classifier's sensitivity plot: each electrolyte as a point at its driving
 * force ΔE (x, eV/atom, log) and conducting volume fraction φ_e (y, linear 0…1), the kinetic and
 * percolation thresholds as lines, and a label beside every point placed so that labels do not
 * overlap. Pure geometry in px; `SensitivityPlot.tsx` draws it.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { textWidth } from '../text-metrics';

/** One electrolyte to place. */
export interface SensitivityPointInput {
  id: string;
  /** Short name drawn beside the point. */
  label: string;
  /** Driving force, eV/atom (> 0). */
  drivingForceEVPerAtom: number;
  /** φ_e, or its lower bound (`isLowerBound`). */
  electronicFraction: number;
  isLowerBound: boolean;
  observed: 1 | 2 | 3 | null;
  /** True when prediction and observation differ. */
  isDisagreeing: boolean;
}

export interface SensitivityLayoutInput {
  width: number;
  points: readonly SensitivityPointInput[];
  kineticThresholdEVPerAtom: number;
  percolationThreshold: number;
  /** Font size of the labels, px. */
  fontSize?: number;
}

export interface SensitivityPointGeom extends SensitivityPointInput {
  cx: number;
  cy: number;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
  /** Text of the label ("LAGP (≥)" for a lower bound). */
  labelText: string;
  /** Where a leader line from the point to its label ends, when the label had to move away. */
  leader: { x: number; y: number } | null;
}

export interface SensitivityTick {
  value: number;
  pos: number;
  label: string;
}

export interface SensitivityLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  xTicks: SensitivityTick[];
  yTicks: SensitivityTick[];
  /** x of the kinetic threshold line; null when outside the axis. */
  kineticX: number | null;
  /** y of the percolation threshold line. */
  percolationY: number;
  points: SensitivityPointGeom[];
  fontSize: number;
}

/** The driving-force axis, eV/atom: from below LLZO's 0.02 to above LAGP's 1.99. */
export const FORCE_DOMAIN: readonly [number, number] = [0.01, 3];

const MARGIN = { top: 16, right: 16, bottom: 44, left: 52 };

/** Clamps a driving force into the axis (points outside are pinned to the edge). */
function clampForce(v: number): number {
  return Math.min(FORCE_DOMAIN[1], Math.max(FORCE_DOMAIN[0], v));
}

/**
 * Lays out the plot. Labels go right of their point (left when the point is in the right fifth);
 * a label that would overlap one already placed moves up in steps of one line, with a leader line
 * back to its point.
 */
export function sensitivityLayout(input: SensitivityLayoutInput): SensitivityLayout {
  const fontSize = input.fontSize ?? 12;
  const width = Math.max(280, input.width);
  const height = Math.round(Math.min(360, Math.max(240, width * 0.45)));
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: width - MARGIN.left - MARGIN.right,
    height: height - MARGIN.top - MARGIN.bottom,
  };
  const x = scaleLog()
    .domain(FORCE_DOMAIN)
    .range([plot.left, plot.left + plot.width]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([plot.top + plot.height, plot.top]);
  const xTicks = [0.01, 0.03, 0.1, 0.3, 1, 3].map((v) => ({ value: v, pos: x(v), label: String(v) }));
  const yTicks = [0, 0.2, 0.4, 0.6, 0.8, 1].map((v) => ({ value: v, pos: y(v), label: String(v) }));
  const k = input.kineticThresholdEVPerAtom;
  const kineticX = k >= FORCE_DOMAIN[0] && k <= FORCE_DOMAIN[1] ? x(k) : null;

  const lineHeight = fontSize * 1.25;
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const overlaps = (b: { x0: number; x1: number; y0: number; y1: number }) =>
    placed.some((p) => b.x0 < p.x1 && b.x1 > p.x0 && b.y0 < p.y1 && b.y1 > p.y0);
  const sorted = [...input.points].sort(
    (a, b) => a.drivingForceEVPerAtom - b.drivingForceEVPerAtom || a.label.localeCompare(b.label),
  );
  const points: SensitivityPointGeom[] = sorted.map((p) => {
    const cx = x(clampForce(p.drivingForceEVPerAtom));
    const cy = y(Math.min(1, Math.max(0, p.electronicFraction)));
    // Placed points block labels too.
    placed.push({ x0: cx - 6, x1: cx + 6, y0: cy - 6, y1: cy + 6 });
    return {
      ...p,
      cx,
      cy,
      labelX: cx,
      labelY: cy,
      labelAnchor: 'start' as const,
      labelText: p.label,
      leader: null,
    };
  });
  for (const g of points) {
    const text = `${g.label}${g.isLowerBound ? ' (≥)' : ''}`;
    const w = textWidth(text, fontSize);
    const isLeft = g.cx + 9 + w > plot.left + plot.width;
    const x0 = isLeft ? g.cx - 9 - w : g.cx + 9;
    let dy = 0;
    let box = { x0, x1: x0 + w, y0: g.cy - lineHeight / 2 - dy, y1: g.cy + lineHeight / 2 - dy };
    while (overlaps(box) && dy < plot.height) {
      dy += lineHeight;
      box = { x0, x1: x0 + w, y0: g.cy - lineHeight / 2 - dy, y1: g.cy + lineHeight / 2 - dy };
    }
    placed.push(box);
    g.labelX = isLeft ? x0 + w : x0;
    g.labelAnchor = isLeft ? 'end' : 'start';
    g.labelText = text;
    g.labelY = g.cy - dy + fontSize * 0.35;
    g.leader = dy > 0 ? { x: isLeft ? box.x1 : box.x0, y: g.cy - dy } : null;
  }
  return {
    width,
    height,
    plot,
    xTicks,
    yTicks,
    kineticX,
    percolationY: y(Math.min(1, Math.max(0, input.percolationThreshold))),
    points,
    fontSize,
  };
}
