import { useId, useRef } from 'react';
import type { ClassifierResult } from '../../../domain/classifier';
import {
  type Lane,
  type SchematicBand,
  type SchematicModel,
  interphaseSchematic,
} from '../../../charts/interphase-schematic/layout';
import { useElementWidth } from '../../../charts/use-element-width';

/** Schematic width before it is measured and where layout is unavailable (tests). */
const FALLBACK_WIDTH = 800;

/**
 * The predicted interphase as a figure: electrode | interphase bands | electrolyte, with Li⁺ and e⁻
 * lanes saying which carrier crosses each layer; a full text alternative for screen readers and a
 * visible legend of the products.
 */
export function InterphaseSchematic({
  result,
  electrodeName,
  electrolyteName,
}: {
  /** The classification to draw. */
  result: ClassifierResult;
  /** Display name of the electrode ("Lithium metal anode"). */
  electrodeName: string;
  /** Display name of the electrolyte ("LGPS"). */
  electrolyteName: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, { fallback: FALLBACK_WIDTH, initial: FALLBACK_WIDTH });
  const m = interphaseSchematic(result, { electrode: electrodeName, electrolyte: electrolyteName }, width);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const ids = {
    title: `${uid}-title`,
    desc: `${uid}-desc`,
    hatch: `${uid}-hatch`,
    dots: `${uid}-dots`,
    unknown: `${uid}-unknown`,
    arrow: `${uid}-arrow`,
  };
  return (
    <figure className="cls-schematic">
      <div ref={ref} className="cls-schematic-frame">
        <svg
          role="img"
          aria-labelledby={ids.title}
          aria-describedby={ids.desc}
          className="cls-schematic-svg"
          width={m.width}
          height={m.height}
          viewBox={`0 0 ${m.width} ${m.height}`}
          fontSize={m.fontSize}
        >
          <title id={ids.title}>{m.title}</title>
          <desc id={ids.desc}>{m.description}</desc>
          <defs>
            <pattern
              id={ids.hatch}
              width="7"
              height="7"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="7" height="7" className="sch-fill-conductor" />
              <line x1="0" y1="0" x2="0" y2="7" className="sch-hatch-line" />
            </pattern>
            <pattern id={ids.dots} width="8" height="8" patternUnits="userSpaceOnUse">
              <rect width="8" height="8" className="sch-fill-semiconductor" />
              <circle cx="4" cy="4" r="1.6" className="sch-dot" />
            </pattern>
            <pattern id={ids.unknown} width="10" height="10" patternUnits="userSpaceOnUse">
              <rect width="10" height="10" className="sch-fill-unknown" />
              <path d="M0 10 L10 0" className="sch-unknown-line" />
            </pattern>
            <marker
              id={ids.arrow}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto"
            >
              <path d="M0 0 L10 5 L0 10 z" className="sch-arrowhead" />
            </marker>
          </defs>
          <rect
            x={m.electrode.x}
            y={m.top}
            width={m.electrode.w}
            height={m.bottom - m.top}
            className="sch-electrode"
          />
          <rect
            x={m.electrolyte.x}
            y={m.top}
            width={m.electrolyte.w}
            height={m.bottom - m.top}
            className="sch-electrolyte"
          />
          {m.interphase ? (
            <g>
              {m.bands.map((b) => (
                <Band
                  key={b.key}
                  b={b}
                  x={m.interphase?.x ?? 0}
                  w={m.interphase?.w ?? 0}
                  ids={ids}
                  fontSize={m.fontSize}
                />
              ))}
              <rect
                x={m.interphase.x}
                y={m.top}
                width={m.interphase.w}
                height={m.bottom - m.top}
                className={
                  result.verdict === 'undetermined'
                    ? 'sch-interphase-outline is-uncertain'
                    : 'sch-interphase-outline'
                }
              />
              <line
                x1={m.interphase.x + m.interphase.w}
                x2={m.interphase.x + m.interphase.w}
                y1={m.top - 8}
                y2={m.bottom + 8}
                className="sch-front"
              />
            </g>
          ) : (
            <line
              x1={m.electrolyte.x}
              x2={m.electrolyte.x}
              y1={m.top}
              y2={m.bottom}
              className="sch-contact"
            />
          )}
          {m.lanes.map((lane) => (
            <LaneView key={lane.carrier} lane={lane} labelX={m.laneLabelX} arrowId={ids.arrow} />
          ))}
          <BlockLabels m={m} />
          {m.frontText && m.interphase && (
            <text
              x={m.interphase.x}
              y={m.bottom + 62}
              className={`sch-front-text sch-front-${result.verdict === 2 ? 'grows' : 'stops'}`}
            >
              {m.frontText}
            </text>
          )}
          {!m.interphase && (
            <text x={m.electrolyte.x + 8} y={m.bottom + 62} className="sch-front-text">
              {result.verdict === 1 ? 'no interphase: stable contact' : 'no interphase drawn'}
            </text>
          )}
        </svg>
      </div>
      <figcaption>
        {m.bands.length > 0 ? (
          <>
            <p className="cls-schematic-caption">
              Interphase products, one band each
              {m.isEqualHeights
                ? ' (equal heights: some molar volumes are unknown)'
                : ', height in proportion to the volume they fill'}
              . Conducting grains are drawn as a continuous band when they connect (type 2) and as isolated
              particles when they do not (type 3).
            </p>
            <ul className="cls-schematic-legend">
              {m.bands.map((b) => (
                <li key={b.key}>
                  <span
                    className={`cls-legend-swatch cls-legend-${b.isConducting ? 'conductor' : b.electronic}`}
                    aria-hidden="true"
                  />
                  <strong>{b.name}</strong> · {b.shareText} · {b.electronText} · {b.ionText}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="cls-schematic-caption">{m.description}</p>
        )}
      </figcaption>
    </figure>
  );
}

function BlockLabels({ m }: { m: SchematicModel }) {
  const mid = (m.top + m.bottom) / 2;
  const lineHeight = m.fontSize * 1.25;
  const block = (b: { x: number; w: number; lines: string[] }, key: string) => (
    <text key={key} x={b.x + b.w / 2} y={mid - ((b.lines.length - 1) * lineHeight) / 2} textAnchor="middle">
      {b.lines.map((line, i) => (
        <tspan key={i} x={b.x + b.w / 2} dy={i === 0 ? m.fontSize * 0.35 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
  return (
    <g className="sch-block-labels">
      {block(m.electrode, 'electrode')}
      {m.interphase && (
        <text x={m.interphase.x + m.interphase.w / 2} y={16} textAnchor="middle">
          interphase
        </text>
      )}
      {block(m.electrolyte, 'electrolyte')}
    </g>
  );
}

function Band({
  b,
  x,
  w,
  ids,
  fontSize,
}: {
  b: SchematicBand;
  x: number;
  w: number;
  ids: { hatch: string; dots: string; unknown: string };
  fontSize: number;
}) {
  const fill =
    b.electronic === 'unknown'
      ? `url(#${ids.unknown})`
      : b.isConducting
        ? `url(#${ids.hatch})`
        : b.electronic === 'semiconductor'
          ? `url(#${ids.dots})`
          : undefined;
  // Particles start after the label when there is room, so the label stays readable.
  const start = b.labelWidth > 0 && w - b.labelWidth - 20 >= 30 ? x + b.labelWidth + 14 : x + 6;
  const particles =
    b.display === 'particles'
      ? Array.from({ length: Math.max(1, Math.floor((x + w - start - 2) / 22)) }, (_, i) => start + i * 22)
      : [];
  return (
    <g>
      {b.display === 'particles' ? (
        <>
          <rect x={x} y={b.y} width={w} height={b.h} className="sch-fill-matrix" />
          {particles.map((px) => (
            <rect
              key={px}
              x={px}
              y={b.y + 3}
              width={12}
              height={Math.max(4, b.h - 6)}
              rx={4}
              fill={fill}
              className="sch-particle"
            />
          ))}
        </>
      ) : (
        <rect
          x={x}
          y={b.y}
          width={w}
          height={b.h}
          fill={fill}
          className={fill ? 'sch-band' : 'sch-band sch-fill-insulator'}
        />
      )}
      {b.label && (
        <text x={x + 6} y={b.y + b.h / 2 + fontSize * 0.35} className="sch-band-label">
          {b.label}
        </text>
      )}
    </g>
  );
}

function LaneView({ lane, labelX, arrowId }: { lane: Lane; labelX: number; arrowId: string }) {
  return (
    <g className={`sch-lane sch-lane-${lane.carrier === 'Li⁺' ? 'ion' : 'electron'}`}>
      <text x={labelX} y={lane.y + 5} className="sch-lane-label">
        {lane.carrier}
      </text>
      {lane.segments.map((s) => {
        const x0 = s.x0 + 6;
        const x1 = s.x1 - 6;
        const mid = (x0 + x1) / 2;
        if (s.passage === 'passes') {
          return (
            <line
              key={s.layer}
              x1={x0}
              x2={x1}
              y1={lane.y}
              y2={lane.y}
              className="sch-carrier"
              markerEnd={`url(#${arrowId})`}
            />
          );
        }
        if (s.passage === 'blocked') {
          return (
            <g key={s.layer}>
              <line x1={x0} x2={mid} y1={lane.y} y2={lane.y} className="sch-carrier" />
              <line x1={mid} x2={mid} y1={lane.y - 9} y2={lane.y + 9} className="sch-stop" />
              <text x={mid + 6} y={lane.y + 5} className="sch-stop-text">
                ✕
              </text>
            </g>
          );
        }
        return (
          <g key={s.layer}>
            <line x1={x0} x2={x1} y1={lane.y} y2={lane.y} className="sch-carrier is-uncertain" />
            <text x={mid} y={lane.y - 6} textAnchor="middle" className="sch-stop-text">
              ?
            </text>
          </g>
        );
      })}
    </g>
  );
}
