/**
 * Tick marks and labels of a plot axis, drawn the same way in every plot: a 6 px mark (3 px for
 * a log axis's unlabelled minor ticks) outside the plot area and the label beyond it. The ticks
 * come from the layout (`axisTicks` in xy-plot/layout.ts); only the drawing lives here.
 */
import type { Tick } from './xy-plot/layout';

/** Ticks below a horizontal axis whose line is at `y`. */
export function BottomTicks({
  ticks,
  y,
}: {
  /** Ticks along x. */ ticks: readonly Tick[] /** The axis line. */;
  y: number;
}) {
  return ticks.map((t) => (
    <g key={`x${t.value}`}>
      <line x1={t.pos} x2={t.pos} y1={y} y2={y + (t.isMinor ? 3 : 6)} />
      {t.label && (
        <text x={t.pos} y={y + 20} textAnchor="middle">
          {t.label}
        </text>
      )}
    </g>
  ));
}

/** Ticks left of a vertical axis whose line is at `x`. */
export function LeftTicks({
  ticks,
  x,
}: {
  /** Ticks along y. */ ticks: readonly Tick[] /** The axis line. */;
  x: number;
}) {
  return ticks.map((t) => (
    <g key={`y${t.value}`}>
      <line x1={x - (t.isMinor ? 3 : 6)} x2={x} y1={t.pos} y2={t.pos} />
      {t.label && (
        <text x={x - 9} y={t.pos + 4} textAnchor="end">
          {t.label}
        </text>
      )}
    </g>
  ));
}
