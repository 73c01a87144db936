import { useId, useRef } from 'react';
import { useElementWidth } from '../use-element-width';
import type { Scene as SceneData, Shape } from './scene';

/** Scene text is 14 units (the stylesheet's .scene text); never drawn smaller than this on screen. */
const TEXT_UNITS = 14;
const MIN_TEXT_PX = 11.5;

/**
 * Draws a schematic scene (plain data from a layout function) as an SVG that scales to its
 * container. Shapes keep their keys across renders, so geometry changes animate through CSS
 * transitions (`.scene-shape`), which `prefers-reduced-motion: reduce` switches off. Where the
 * drawing is scaled below its own size (a phone), its text grows in scene units so that it still
 * reads at MIN_TEXT_PX.
 */
export function Scene({ scene }: { /** The scene to draw. */ scene: SceneData }) {
  const id = useId();
  const arrowId = `${id}-arrow`;
  const ref = useRef<SVGSVGElement>(null);
  const shownWidth = useElementWidth(ref, { fallback: scene.width, initial: scene.width });
  const textUnits = Math.max(TEXT_UNITS, (MIN_TEXT_PX * scene.width) / shownWidth);
  const textStyle = textUnits > TEXT_UNITS ? { fontSize: `${textUnits.toFixed(1)}px` } : undefined;
  return (
    <svg
      ref={ref}
      className="scene"
      viewBox={`0 0 ${scene.width} ${scene.height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={`${id}-title`}>{scene.title}</title>
      <desc id={`${id}-desc`}>{scene.description}</desc>
      <defs>
        <marker
          id={arrowId}
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" className="scene-arrowhead" />
        </marker>
      </defs>
      {scene.shapes.map((s) => (
        <ShapeView key={s.key} shape={s} arrowId={arrowId} textStyle={textStyle} />
      ))}
    </svg>
  );
}

function ShapeView({
  shape,
  arrowId,
  textStyle,
}: {
  shape: Shape;
  arrowId: string;
  textStyle: { fontSize: string } | undefined;
}) {
  const className = `scene-shape scene-${shape.role}`;
  switch (shape.kind) {
    case 'rect':
      return (
        <rect
          className={className}
          data-key={shape.key}
          x={shape.x}
          y={shape.y}
          width={shape.width}
          height={shape.height}
        />
      );
    case 'circle':
      return <circle className={className} data-key={shape.key} cx={shape.cx} cy={shape.cy} r={shape.r} />;
    case 'path':
      return (
        <path className={className} data-key={shape.key} d={shape.d} style={{ d: `path("${shape.d}")` }} />
      );
    case 'line':
      return (
        <line
          className={className}
          data-key={shape.key}
          x1={shape.x1}
          y1={shape.y1}
          x2={shape.x2}
          y2={shape.y2}
          markerEnd={shape.hasArrow ? `url(#${arrowId})` : undefined}
        />
      );
    case 'text':
      return (
        <text
          className={className}
          data-key={shape.key}
          x={shape.x}
          y={shape.y}
          textAnchor={shape.anchor ?? 'start'}
          style={textStyle}
        >
          {shape.text}
        </text>
      );
  }
}
