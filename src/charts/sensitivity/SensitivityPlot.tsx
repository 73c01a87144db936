import { useId, useRef } from 'react';
import { useElementWidth } from '../use-element-width';
import { useFontScale } from '../use-font-scale';
import { type SensitivityPointInput, sensitivityLayout } from './layout';

/**
 * Renders the sensitivity plot laid out by `sensitivityLayout`: driving force (log) against
 * conducting fraction, the two thresholds dashed, each electrolyte a labelled point filled with the
 * colour of its observed type (hollow when none is recorded) and ringed when the prediction disagrees.
 * The SVG is an image with a title and a text description listing every point.
 */
export interface SensitivityPlotProps {
  points: readonly SensitivityPointInput[];
  kineticThresholdEVPerAtom: number;
  percolationThreshold: number;
  /** Accessible name of the figure. */
  title: string;
  /** The numbers in words, for readers who cannot see the plot. */
  description: string;
}

export function SensitivityPlot(props: SensitivityPlotProps) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, { fallback: 640, initial: 640 });
  const fontScale = useFontScale();
  const id = useId();
  const layout = sensitivityLayout({
    width,
    points: props.points,
    kineticThresholdEVPerAtom: props.kineticThresholdEVPerAtom,
    percolationThreshold: props.percolationThreshold,
    fontSize: 12 * fontScale,
  });
  const { plot } = layout;
  const bottom = plot.top + plot.height;
  const right = plot.left + plot.width;
  return (
    <div ref={ref} className="cls-sensitivity-plot">
      <svg
        width={layout.width}
        height={layout.height}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        style={{ fontSize: layout.fontSize }}
      >
        <title id={`${id}-title`}>{props.title}</title>
        <desc id={`${id}-desc`}>{props.description}</desc>
        <g className="sens-grid">
          {layout.xTicks.map((t) => (
            <line key={`gx${t.value}`} x1={t.pos} x2={t.pos} y1={plot.top} y2={bottom} />
          ))}
          {layout.yTicks.map((t) => (
            <line key={`gy${t.value}`} x1={plot.left} x2={right} y1={t.pos} y2={t.pos} />
          ))}
        </g>
        <g className="sens-axis">
          <line x1={plot.left} x2={right} y1={bottom} y2={bottom} />
          <line x1={plot.left} x2={plot.left} y1={plot.top} y2={bottom} />
          {layout.xTicks.map((t) => (
            <text key={`tx${t.value}`} x={t.pos} y={bottom + layout.fontSize + 4} textAnchor="middle">
              {t.label}
            </text>
          ))}
          {layout.yTicks.map((t) => (
            <text key={`ty${t.value}`} x={plot.left - 6} y={t.pos + layout.fontSize * 0.35} textAnchor="end">
              {t.label}
            </text>
          ))}
          <text
            x={plot.left + plot.width / 2}
            y={layout.height - 6}
            textAnchor="middle"
            className="sens-title"
          >
            Driving force ΔE (eV/atom, log)
          </text>
          <text
            transform={`translate(${12} ${plot.top + plot.height / 2}) rotate(-90)`}
            textAnchor="middle"
            className="sens-title"
          >
            Conducting fraction φ_e
          </text>
        </g>
        <g className="sens-threshold">
          {layout.kineticX !== null && (
            <>
              <line x1={layout.kineticX} x2={layout.kineticX} y1={plot.top} y2={bottom} />
              <text x={layout.kineticX + 4} y={plot.top + layout.fontSize}>
                kinetic
              </text>
            </>
          )}
          <line x1={plot.left} x2={right} y1={layout.percolationY} y2={layout.percolationY} />
          <text x={plot.left + 4} y={layout.percolationY - 4}>
            percolation
          </text>
        </g>
        <g>
          {layout.points.map((p) => (
            <g key={p.id} className={`sens-point sens-observed-${p.observed ?? 'none'}`} data-point={p.id}>
              {p.leader && (
                <line className="sens-leader" x1={p.cx} y1={p.cy} x2={p.leader.x} y2={p.leader.y} />
              )}
              {p.isDisagreeing && <circle className="sens-ring" cx={p.cx} cy={p.cy} r={9} />}
              <circle className="sens-dot" cx={p.cx} cy={p.cy} r={5} />
              <text x={p.labelX} y={p.labelY} textAnchor={p.labelAnchor}>
                {p.labelText}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <ul className="sens-legend" aria-label="Legend: sensitivity plot">
        <li>
          <svg width="14" height="14" aria-hidden="true" className="sens-observed-2">
            <circle className="sens-dot" cx="7" cy="7" r="5" />
          </svg>
          observed type 2
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true" className="sens-observed-3">
            <circle className="sens-dot" cx="7" cy="7" r="5" />
          </svg>
          observed type 3
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true" className="sens-observed-none">
            <circle className="sens-dot" cx="7" cy="7" r="5" />
          </svg>
          no observation
        </li>
        <li>
          <svg width="22" height="22" aria-hidden="true">
            <circle className="sens-ring" cx="11" cy="11" r="9" />
          </svg>
          prediction disagrees
        </li>
        <li>(≥) lower bound of φ_e</li>
      </ul>
    </div>
  );
}
