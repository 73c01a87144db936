import { useId, useRef } from 'react';
import { BottomTicks } from '../axis-ticks';
import { useWidth } from '../xy-plot/use-width';
import { type MnStripInput, monroeNewmanStrip } from './layout';

/**
 * Renders the Monroe–Newman strip: one row per electrolyte (range bar and dot on a log axis of
 * G_SSE / G_Li), the threshold line and the "criterion met" region, and the slider's own row.
 */
export function MnStrip({
  input,
  description,
}: {
  /** Everything but the width. */
  input: Omit<MnStripInput, 'width'>;
  /** The plot in words. */
  description: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  const layout = monroeNewmanStrip({ ...input, width });
  const id = useId();
  const { plot } = layout;
  const right = plot.left + plot.width;
  return (
    <div ref={ref} className="xy-plot mn-strip">
      <svg
        className="xy-svg"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={`${id}-t`}
        aria-describedby={`${id}-d`}
      >
        <title id={`${id}-t`}>Electrolytes of the knowledge base on the Monroe–Newman ratio</title>
        <desc id={`${id}-d`}>{description}</desc>
        <rect
          className="xy-band xy-tone-ok"
          x={layout.thresholdX}
          y={plot.top}
          width={right - layout.thresholdX}
          height={plot.height}
        />
        {layout.ticks.map((t) => (
          <line
            key={t.value}
            className={`xy-grid${t.isMinor ? ' is-minor' : ''}`}
            x1={t.pos}
            x2={t.pos}
            y1={plot.top}
            y2={plot.top + plot.height}
          />
        ))}
        <line
          className="xy-rule xy-tone-danger"
          x1={layout.thresholdX}
          x2={layout.thresholdX}
          y1={plot.top - 6}
          y2={plot.top + plot.height}
        />
        <text
          className="xy-rule-label xy-tone-danger"
          x={layout.thresholdX - 4}
          y={plot.top - 10}
          textAnchor="end"
        >
          threshold ≈ {input.threshold}
        </text>
        {right - layout.thresholdX > 70 && (
          <text className="xy-rule-label xy-tone-ok" x={layout.thresholdX + 4} y={plot.top - 10}>
            met →
          </text>
        )}
        {layout.rows.map((r) => (
          <g
            key={r.id}
            className={`mn-row${r.isMet ? ' is-met' : ' is-not-met'}${r.isSelected ? ' is-selected' : ''}${r.isCurrent ? ' is-current' : ''}${r.isEstimated ? ' is-estimated' : ''}`}
            data-row={r.id}
          >
            {r.isCurrent && <line className="mn-divider" x1={8} x2={right} y1={r.y - 19} y2={r.y - 19} />}
            <text className="mn-label" x={plot.left - 10} y={r.y + 4} textAnchor="end">
              {r.label}
            </text>
            {r.x1 > r.x0 && <line className="mn-range" x1={r.x0} x2={r.x1} y1={r.y} y2={r.y} />}
            <circle className="mn-dot" cx={r.cx} cy={r.y} r={r.isCurrent ? 7 : 6} />
            {r.isFilamentObserved === true &&
              (right - r.x1 > 84 ? (
                <text className="mn-filament" x={r.x1 + 10} y={r.y + 4}>
                  ⚡ filaments
                </text>
              ) : (
                <text className="mn-filament" x={r.x0 - 10} y={r.y + 4} textAnchor="end">
                  ⚡ filaments
                </text>
              ))}
          </g>
        ))}
        <g className="xy-axis">
          <line x1={plot.left} x2={right} y1={plot.top + plot.height} y2={plot.top + plot.height} />
          <BottomTicks ticks={layout.ticks} y={plot.top + plot.height} />
          <text className="xy-axis-title" x={layout.axisTitle.x} y={layout.axisTitle.y} textAnchor="middle">
            {layout.axisTitle.text}
          </text>
        </g>
      </svg>
      <ul className="xy-legend" aria-label="Legend: Monroe–Newman ratio">
        <li>
          <svg width="14" height="14" aria-hidden="true" className="mn-row is-met">
            <circle className="mn-dot" cx="7" cy="7" r="5" />
          </svg>
          criterion met
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true" className="mn-row is-not-met">
            <circle className="mn-dot" cx="7" cy="7" r="5" />
          </svg>
          not met
        </li>
        <li>⚡ filaments observed (knowledge base)</li>
        <li>bar: range of reported moduli</li>
      </ul>
    </div>
  );
}
