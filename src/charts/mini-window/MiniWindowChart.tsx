import { useMemo, useRef } from 'react';
import { formatPotential } from '../../domain/format';
import type { StabilityWindow } from '../../kb/schema';
import { useElementWidth } from '../use-element-width';
import { type ElectrodeMark, type MiniWindowLayout, miniWindowLayout } from './layout';

interface Props {
  /** The material's windows, one per source. */
  windows: readonly StabilityWindow[];
  /** Electrode potentials to draw as reference lines. */
  electrodes: readonly ElectrodeMark[];
  /** Accessible name of the chart. */
  title: string;
}

/** Width before the first measurement and where layout is unavailable (jsdom); also the widest drawn. */
const FALLBACK_WIDTH = 640;
const MAX_WIDTH = 760;

/**
 * A small chart of a material's stability window(s) against common electrode potentials, laid out
 * at its container's width (text stays at its stylesheet size on a phone instead of being scaled
 * down). It is a static figure (role="img" with a full text alternative), so nothing inside is
 * interactive.
 */
export function MiniWindowChart({ windows, electrodes, title }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(ref, { fallback: FALLBACK_WIDTH, initial: FALLBACK_WIDTH });
  const width = Math.min(MAX_WIDTH, measured);
  const layout = useMemo(() => miniWindowLayout(windows, electrodes, width), [windows, electrodes, width]);
  return (
    <div ref={ref} className="mini-window-box">
      <MiniWindowSvg layout={layout} windows={windows} electrodes={electrodes} title={title} />
    </div>
  );
}

/** The drawing alone, for a given layout (tests render it at a fixed width). */
export function MiniWindowSvg({ layout, windows, electrodes, title }: Props & { layout: MiniWindowLayout }) {
  const description = windows
    .map((w) => `${w.label}: ${formatPotential(w.reductionV)} to ${formatPotential(w.oxidationV)} V`)
    .concat(electrodes.map((e) => `${e.label} at ${formatPotential(e.potentialV)} V`))
    .join('; ');
  const { plot } = layout;
  return (
    <svg
      className="mini-window"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={`${title}. ${description}.`}
    >
      {layout.electrodes.map((e) => (
        <g key={e.id}>
          <line x1={e.x} x2={e.x} y1={e.labelY + 4} y2={plot.bottom} className="mini-electrode" />
          <text x={e.x} y={e.labelY} textAnchor="middle" className="mini-electrode-label">
            {e.label}
          </text>
        </g>
      ))}
      {layout.bars.map((b) => (
        <g key={b.source}>
          {layout.isCompact ? (
            <text x={plot.left} y={b.labelY} className="mini-bar-label">
              {b.label}: <tspan className="mini-bar-value">{b.valueText}</tspan>
            </text>
          ) : (
            <text x={plot.left - 8} y={b.labelY} dy="0.35em" textAnchor="end" className="mini-bar-label">
              {b.label}
            </text>
          )}
          <rect
            x={b.x0}
            y={b.y}
            width={Math.max(2, b.x1 - b.x0)}
            height={b.h}
            className={`mini-bar mini-bar-${b.window.method}`}
          />
          {!layout.isCompact && (
            <text x={b.x1 + 4} y={b.labelY} dy="0.35em" className="mini-bar-value">
              {b.valueText}
            </text>
          )}
        </g>
      ))}
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="mini-axis" />
      {layout.ticks.map((t) => (
        <g key={t.v}>
          <line x1={t.x} x2={t.x} y1={plot.bottom} y2={plot.bottom + 5} className="mini-axis" />
          <text x={t.x} y={plot.bottom + 18} textAnchor="middle" className="mini-tick">
            {t.v}
          </text>
        </g>
      ))}
      <text
        x={(plot.left + plot.right) / 2}
        y={plot.bottom + 38}
        textAnchor="middle"
        className="mini-axis-title"
      >
        Potential (V vs Li/Li⁺)
      </text>
    </svg>
  );
}
