import { useId } from 'react';
import type { Scene as SceneData, Shape } from './scene';

/**
 * Draws a schematic scene (plain data from a layout function) as an SVG that scales to its
 * container. Shapes keep their keys across renders, so geometry changes animate through CSS
 * transitions (`.scene-shape`), which `prefers-reduced-motion: reduce` switches off.
 */
export function Scene({ scene }: { /** The scene to draw. */ scene: SceneData }) {
  const id = useId();
  const arrowId = `${id}-arrow`;
  return (
    <svg
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
        <ShapeView key={s.key} shape={s} arrowId={arrowId} />
      ))}
    </svg>
  );
}

function ShapeView({ shape, arrowId }: { shape: Shape; arrowId: string }) {
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
        >
          {shape.text}
        </text>
      );
  }
}
