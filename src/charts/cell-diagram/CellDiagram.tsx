/**
 * The cell diagram on screen: the shapes of `diagramShapes` as React SVG, titled and described for
 * screen readers (the risks themselves are listed as text beside it).
 */
import { useId } from 'react';
import type { CellDiagramLayout } from './layout';
import { diagramShapes, patternDefs, type Shape } from './shapes';

/** Props of the diagram. */
export interface CellDiagramProps {
  layout: CellDiagramLayout;
  /** Accessible name, e.g. "Risk map of Li | LLZO | NMC811". */
  title: string;
  /** One sentence listing each risk and its grade. */
  description: string;
}

function toReact(a: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(a)) out[k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = v;
  return out;
}

function ShapeElement({ shape }: { shape: Shape }) {
  const a = toReact(shape.attrs);
  if (shape.tag === 'text') return <text {...a}>{shape.text}</text>;
  if (shape.tag === 'path') return <path {...a} />;
  const title = shape.title ? <title>{shape.title}</title> : null;
  return shape.tag === 'rect' ? <rect {...a}>{title}</rect> : <circle {...a}>{title}</circle>;
}

/** Renders a laid-out cell diagram. */
export function CellDiagram({ layout, title, description }: CellDiagramProps) {
  const prefix = `cd${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const titleId = `${prefix}-t`;
  const descId = `${prefix}-d`;
  return (
    <svg
      className="cell-diagram"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own static pattern markup, shared with the export so the two cannot differ */}
      <defs dangerouslySetInnerHTML={{ __html: patternDefs(prefix) }} />
      {diagramShapes(layout, prefix).map((s) => (
        <ShapeElement key={s.key} shape={s} />
      ))}
    </svg>
  );
}
