import { useId, useRef } from 'react';
import { BottomTicks, LeftTicks } from '../axis-ticks';
import { useFontScale } from '../use-font-scale';
import { useWidth } from './use-width';
import { type XyInput, type XyLayout, xyLayout } from './layout';

/**
 * Renders a mechanism plot laid out by `xyLayout`: axes with titles and units, shaded bands and
 * regions, rules, curves and markers. The SVG is an image with a title and a text description
 * (the numbers a sighted reader would take from it); the legend is HTML below it.
 */
export interface XyPlotProps {
  /** Everything but the width, which comes from the container. */
  input: Omit<XyInput, 'width'>;
  /** Short title of the plot (the SVG's accessible name). */
  title: string;
  /** What the plot shows for the current inputs, in words. */
  description: string;
  /** Extra class on the figure. */
  className?: string;
}

export function XyPlot({ input, title, description, className }: XyPlotProps) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  const fontScale = useFontScale();
  const layout = xyLayout({ ...input, width, fontScale });
  return (
    <div ref={ref} className={`xy-plot${className ? ` ${className}` : ''}`}>
      <XySvg layout={layout} title={title} description={description} />
      <ul className="xy-legend" aria-label={`Legend: ${title}`}>
        {layout.series.map((s) => (
          <li key={s.id}>
            <svg width="28" height="10" aria-hidden="true" className={`xy-tone-${s.tone}`}>
              <line x1="1" x2="27" y1="5" y2="5" className={`xy-series${s.isDashed ? ' is-dashed' : ''}`} />
            </svg>
            {s.label}
          </li>
        ))}
        {layout.series
          .filter((s) => s.shadeD && s.shadeLabel)
          .map((s) => (
            <li key={`${s.id}-shade`}>
              <svg width="18" height="12" aria-hidden="true" className={`xy-tone-${s.tone}`}>
                <rect x="1" y="1" width="16" height="10" className="xy-shade xy-shade-key" />
              </svg>
              shaded: {s.shadeLabel}
            </li>
          ))}
        {layout.markers.map((m) => (
          <li key={m.id}>
            <svg width="14" height="14" aria-hidden="true" className={`xy-tone-${m.tone}`}>
              <circle cx="7" cy="7" r="5" className="xy-marker" />
            </svg>
            {m.label}
            {m.isClamped ? ' (off the plot: shown at the edge)' : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The SVG alone (also used by tests with a fixed layout). */
export function XySvg({
  layout,
  title,
  description,
}: {
  layout: XyLayout;
  title: string;
  description: string;
}) {
  const id = useId();
  const clipId = `${id}-clip`;
  const { plot } = layout;
  return (
    <svg
      className="xy-svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <defs>
        <clipPath id={clipId}>
          <rect x={plot.left} y={plot.top} width={plot.width} height={plot.height} />
        </clipPath>
      </defs>
      <rect className="xy-frame" x={plot.left} y={plot.top} width={plot.width} height={plot.height} />
      <g clipPath={`url(#${clipId})`}>
        {layout.bands.map((b) => (
          <g key={b.id} className={`xy-tone-${b.tone}`}>
            <rect className="xy-band" x={b.x} y={b.y} width={b.width} height={b.height} />
          </g>
        ))}
        {layout.series.map((s) =>
          s.shadeD ? (
            <path key={`${s.id}-shade`} className={`xy-shade xy-tone-${s.tone}`} d={s.shadeD} />
          ) : null,
        )}
        {layout.xTicks.map((t) => (
          <line
            key={`gx${t.value}`}
            className={`xy-grid${t.isMinor ? ' is-minor' : ''}`}
            x1={t.pos}
            x2={t.pos}
            y1={plot.top}
            y2={plot.top + plot.height}
          />
        ))}
        {layout.yTicks.map((t) => (
          <line
            key={`gy${t.value}`}
            className={`xy-grid${t.isMinor ? ' is-minor' : ''}`}
            x1={plot.left}
            x2={plot.left + plot.width}
            y1={t.pos}
            y2={t.pos}
          />
        ))}
        {layout.rules
          .filter((r) => r.isVisible)
          .map((r) => (
            <line
              key={r.id}
              className={`xy-rule xy-tone-${r.tone}${r.isDashed ? ' is-dashed' : ''}`}
              x1={r.x1}
              x2={r.x2}
              y1={r.y1}
              y2={r.y2}
            />
          ))}
        {layout.series.map((s) => (
          <path
            key={s.id}
            className={`xy-series xy-tone-${s.tone}${s.isDashed ? ' is-dashed' : ''}`}
            data-series={s.id}
            d={s.d}
          />
        ))}
      </g>
      {layout.bands.map((b) =>
        b.label && b.width > b.label.length * 7 + 8 ? (
          <text key={`${b.id}-label`} className="xy-band-label" x={b.labelX} y={b.labelY} textAnchor="middle">
            {b.label}
          </text>
        ) : null,
      )}
      {layout.rules
        .filter((r) => r.isVisible && r.label)
        .map((r) => (
          <text
            key={`${r.id}-label`}
            className={`xy-rule-label xy-tone-${r.tone}`}
            x={r.labelX}
            y={r.labelY}
            textAnchor={r.labelAnchor}
          >
            {r.label}
          </text>
        ))}
      {layout.markers.map((m) => (
        <g key={m.id} className={`xy-tone-${m.tone}`}>
          <circle className="xy-marker" data-marker={m.id} cx={m.cx} cy={m.cy} r={6} />
        </g>
      ))}
      <g className="xy-axis">
        <BottomTicks ticks={layout.xTicks} y={plot.top + plot.height} />
        <LeftTicks ticks={layout.yTicks} x={plot.left} />
        <text className="xy-axis-title" x={layout.xTitle.x} y={layout.xTitle.y} textAnchor="middle">
          {layout.xTitle.text}
        </text>
        <text
          className="xy-axis-title"
          transform="rotate(-90)"
          x={layout.yTitle.x}
          y={layout.yTitle.y}
          textAnchor="middle"
        >
          {layout.yTitle.text}
        </text>
      </g>
    </svg>
  );
}
