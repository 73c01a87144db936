import { type KeyboardEvent, useRef } from 'react';
import {
  CELL,
  FILAMENT_PATH,
  GRAIN_BOUNDARIES,
  HOTSPOTS,
  MAP_HEIGHT,
  MAP_WIDTH,
  PARTICLES,
  REGIONS,
  ringLayout,
  wrapWords,
} from '../../charts/cell-map/layout';
import { useElementWidth } from '../../charts/use-element-width';

/** Radius (px on screen) of a hotspot's touch target: 48 px across, above the 44 px guideline. */
const HIT_RADIUS_PX = 24;
/** Drawn radius of a hotspot's disc, in map units. */
const DOT_RADIUS = 22;
/** Below this rendered width (px) the map shows only the cell, without the technique ring. */
const COMPACT_WIDTH = 600;
/** The cell with its region labels: the part of the map a phone shows, at about twice the scale. */
const CELL_VIEW = { x: 235, y: 150, width: 530, height: 320 } as const;

interface Props {
  topics: ReadonlyArray<{ id: string; name: string }>;
  /** Techniques with the topic ids they probe. */
  techniques: ReadonlyArray<{ id: string; label: string; short: string; topics: string[] }>;
  /** The topic whose hotspot is selected. */
  active: string;
  onActivate: (topic: string) => void;
}

/**
 * The cell drawing: three focusable hotspots (buttons inside an SVG group) and the techniques
 * around the ring; techniques that probe the active phenomenon are emphasised with weight and a
 * marker, not colour alone.
 */
export function MapView({ topics, techniques, active, onActivate }: Props) {
  const ref = useRef<SVGSVGElement>(null);
  const width = useElementWidth(ref, { fallback: MAP_WIDTH, initial: MAP_WIDTH });
  // A phone gets the cell alone, so its labels and hotspots are drawn about twice as large; the
  // techniques stay listed in the panel (and in text for screen readers) in every layout.
  const isCompact = width < COMPACT_WIDTH;
  const view = isCompact ? CELL_VIEW : { x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT };
  // Touch targets keep at least HIT_RADIUS_PX on screen however far the drawing is scaled down.
  const hitRadius = Math.max(DOT_RADIUS, (HIT_RADIUS_PX * view.width) / width);
  const ring = isCompact ? [] : ringLayout(techniques.map((t) => ({ id: t.id, label: t.short })));
  const onKey = (topic: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onActivate(topic);
    }
  };
  return (
    <svg
      ref={ref}
      className={`cell-map${isCompact ? ' is-compact' : ''}`}
      viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
      role="group"
      aria-label="A solid-state cell: lithium anode, solid electrolyte and composite cathode, with three phenomena"
    >
      <defs>
        <pattern id="map-li" width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill="#c5ccd6" />
          <path d="M0 8 L8 0" stroke="#aab3c0" strokeWidth="1" />
        </pattern>
      </defs>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: decorative drawing; it holds nothing focusable */}
      <g aria-hidden="true">
        {REGIONS.map((r) => (
          <rect
            key={r.id}
            x={r.x0}
            y={CELL.y}
            width={r.x1 - r.x0}
            height={CELL.height}
            className={`map-region map-region-${r.id}`}
            fill={r.id === 'anode' ? 'url(#map-li)' : undefined}
          />
        ))}
        {GRAIN_BOUNDARIES.map((d) => (
          <path key={d} d={d} className="map-gb" />
        ))}
        {PARTICLES.map((p) => (
          <g key={`${p.cx}-${p.cy}`}>
            {p.state === 'delaminated' && <circle cx={p.cx} cy={p.cy} r={p.r + 5} className="map-gap" />}
            <circle cx={p.cx} cy={p.cy} r={p.r} className="map-particle" />
            {p.state === 'cracked' && (
              <path
                d={`M${p.cx - p.r} ${p.cy - 4} L${p.cx - 6} ${p.cy + 3} L${p.cx + 4} ${p.cy - 6} L${p.cx + p.r} ${p.cy + 2}`}
                className="map-crack"
              />
            )}
          </g>
        ))}
        <rect x={390} y={CELL.y} width={10} height={CELL.height} className="map-interphase" />
        <path d={FILAMENT_PATH} className="map-filament" />
        {REGIONS.map((r) => (
          <text
            key={r.id}
            x={(r.x0 + r.x1) / 2}
            y={CELL.y + CELL.height + 26}
            textAnchor="middle"
            className="map-region-label"
          >
            {r.label}
          </text>
        ))}
      </g>
      {HOTSPOTS.map((h) => {
        const topic = topics.find((t) => t.id === h.topic);
        const isActive = h.topic === active;
        return (
          <g
            key={h.topic}
            role="button"
            tabIndex={0}
            aria-pressed={isActive}
            aria-label={`${h.number}. ${topic?.name ?? h.topic}`}
            className={`map-hotspot${isActive ? ' is-active' : ''}`}
            onClick={() => onActivate(h.topic)}
            onKeyDown={onKey(h.topic)}
          >
            <circle cx={h.cx} cy={h.cy} r={hitRadius} className="map-hotspot-hit" />
            <circle cx={h.cx} cy={h.cy} r={DOT_RADIUS} className="map-hotspot-dot" />
            <text x={h.cx} y={h.cy} dy="0.36em" textAnchor="middle">
              {h.number}
            </text>
          </g>
        );
      })}
      {/* The ring repeats, as a picture, the technique list that MapContainer gives in text. */}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: decorative text; it holds nothing focusable */}
      <g className="map-ring" aria-hidden="true">
        {ring.map((t) => {
          const tech = techniques.find((x) => x.id === t.id);
          const isProbing = !!tech?.topics.includes(active);
          const probes = (tech?.topics ?? [])
            .map((id) => HOTSPOTS.find((h) => h.topic === id)?.number)
            .filter(Boolean);
          // About eighteen characters fit between the cell and the edge of the picture.
          const lines = wrapWords(t.label, 18);
          return (
            <text
              key={t.id}
              x={t.x}
              y={t.y}
              textAnchor={t.anchor}
              className={`map-technique${isProbing ? ' is-probing' : ''}`}
            >
              {lines.map((line, i) => (
                <tspan key={line} x={t.x} dy={i === 0 ? `${-0.6 * (lines.length - 1)}em` : '1.2em'}>
                  {i === 0 && isProbing ? '◆ ' : ''}
                  {line}
                  {i === lines.length - 1 && (
                    <tspan className="map-technique-probes"> ({probes.join(', ')})</tspan>
                  )}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
    </svg>
  );
}
