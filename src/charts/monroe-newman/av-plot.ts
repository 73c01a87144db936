/**
 * The Ahmad–Viswanathan stability diagram as plot data: the stability boundary G_s/G_Li against
 * v = V̄(Li⁺)/V(Li) (two branches, stable below the density branch and above the pressure
 * branch), Monroe–Newman's G_s/G_Li = 2 as a dashed rule for comparison, and the current inputs
 * as a marker. Values are dimensionless; the y axis is logarithmic.
 */
import { formatNumber } from '../../domain/format';
import type { Point } from '../../domain/models/result';
import type { XyInput } from '../xy-plot/layout';

export interface AvPlotInput {
  /** Boundary for v < 1 (stable below it). */
  density: readonly Point[];
  /** Boundary for v > 1 (stable above it). */
  pressure: readonly Point[];
  /** Monroe–Newman threshold ratio (2). */
  threshold: number;
  /** The current inputs. */
  current: { v: number; ratio: number; isStable: boolean };
  /** Largest v on the x axis. */
  maxV: number;
}

/** Fixed ratio range of the diagram: soft polymers (10⁻³) to stiff oxides (10²). */
export const AV_RATIO_DOMAIN = [1e-3, 1e2] as const;

/** Keeps the boundary inside the plotted ratio range, so the shaded regions close cleanly. */
function clip(points: readonly Point[]): Point[] {
  const [lo, hi] = AV_RATIO_DOMAIN;
  return points.map((p) => ({ x: p.x, y: Math.min(hi, Math.max(lo, p.y)) }));
}

/** The diagram as data for `XyPlot`. */
export function avPlotInput(input: AvPlotInput): Omit<XyInput, 'width'> {
  const ratio = Math.min(AV_RATIO_DOMAIN[1], Math.max(AV_RATIO_DOMAIN[0], input.current.ratio));
  return {
    x: {
      title: 'Partial molar volume ratio v = V̄(Li⁺)/V(Li)',
      symbol: 'v',
      unit: '',
      domain: [0, input.maxV],
      isLog: false,
    },
    y: {
      title: 'Modulus ratio G_s/G_Li',
      symbol: 'G_s/G_Li',
      unit: '',
      domain: AV_RATIO_DOMAIN,
      isLog: true,
    },
    series: [
      {
        id: 'density',
        label: 'v < 1: stable below this line (density-driven)',
        points: clip(input.density),
        tone: 'ok',
        shade: 'below',
        shadeLabel: 'stable',
      },
      {
        id: 'pressure',
        label: 'v > 1: stable above this line (pressure-driven)',
        points: clip(input.pressure),
        tone: 'ok',
        shade: 'above',
        shadeLabel: 'stable',
      },
    ],
    rules: [
      {
        id: 'monroe-newman',
        axis: 'y',
        value: input.threshold,
        label: `Monroe–Newman: ${input.threshold}`,
        tone: 'secondary',
        isDashed: true,
        labelAt: 'start',
      },
      { id: 'v-one', axis: 'x', value: 1, label: 'v = 1', tone: 'muted', isDashed: true },
    ],
    markers: [
      {
        id: 'current',
        x: input.current.v,
        y: ratio,
        label: `Your electrolyte: v = ${formatNumber(input.current.v, 3)}, G_s/G_Li = ${formatNumber(input.current.ratio, 3)}: ${input.current.isStable ? 'stable' : 'unstable'}`,
        tone: input.current.isStable ? 'ok' : 'danger',
      },
    ],
  };
}
