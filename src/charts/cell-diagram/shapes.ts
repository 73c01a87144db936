/**
 * The cell diagram as a list of plain SVG shapes: one description that both the on-screen renderer
 * (CellDiagram.tsx) and the SVG/PNG export (export.ts) draw, so the two cannot drift apart.
 * Grades are told apart three ways: colour, fill pattern (none, dots, hatching) and icon.
 */
import type { RiskGrade } from '../../domain/cell';
import type { CellDiagramLayout, DiagramLayer } from './layout';

/** One SVG element with its attributes (numbers in user units) and, for text, its content. */
export type Shape =
  | { tag: 'rect'; key: string; attrs: Record<string, string | number>; title?: string }
  | { tag: 'circle'; key: string; attrs: Record<string, string | number>; title?: string }
  | { tag: 'path'; key: string; attrs: Record<string, string | number> }
  | { tag: 'text'; key: string; attrs: Record<string, string | number>; text: string };

/** Fill and stroke colours of each layer kind (light, so labels stay readable). */
export const LAYER_FILL: Record<DiagramLayer['kind'], string> = {
  anode: '#d9dde3',
  interphase: '#c7b8e6',
  electrolyte: '#cfe3f3',
  coating: '#f6e2a8',
  cathode: '#d7ead2',
};

/** Marker colours of each grade (contrast ≥ 3:1 against white; the icon is white on them). */
export const GRADE_COLOUR: Record<RiskGrade, string> = {
  low: '#2f7d32',
  watch: '#9a6200',
  high: '#b3261e',
};

/** Id of the fill pattern of each grade (none for low), unique per diagram instance. */
export function patternId(prefix: string, grade: RiskGrade): string | null {
  return grade === 'low' ? null : `${prefix}-${grade}`;
}

/** The pattern definitions (dots for watch, hatching for high), as SVG markup. */
export function patternDefs(prefix: string): string {
  return [
    `<pattern id="${prefix}-watch" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${GRADE_COLOUR.watch}"/><circle cx="3" cy="3" r="1.3" fill="#ffffff" fill-opacity="0.55"/></pattern>`,
    `<pattern id="${prefix}-high" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${GRADE_COLOUR.high}"/><rect width="2" height="6" fill="#ffffff" fill-opacity="0.45"/></pattern>`,
  ].join('');
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** The shapes of a laid-out diagram; `prefix` makes the pattern ids unique on a page. */
export function diagramShapes(layout: CellDiagramLayout, prefix: string): Shape[] {
  const shapes: Shape[] = [];
  const { top, bodyHeight } = layout;
  for (const l of layout.layers) {
    shapes.push({
      tag: 'rect',
      key: `layer-${l.id}`,
      attrs: {
        x: r1(l.x),
        y: top,
        width: r1(l.width),
        height: bodyHeight,
        fill: LAYER_FILL[l.kind],
        stroke: '#3c4656',
        'stroke-width': 1,
      },
      title: l.label,
    });
    shapes.push({
      tag: 'text',
      key: `label-${l.id}`,
      attrs: {
        x: r1(l.x + l.width / 2),
        y: r1(l.labelY),
        'text-anchor': 'middle',
        'font-size': r1(layout.labelFontSize),
        fill: '#14213d',
      },
      text: l.shownLabel,
    });
    if (l.labelY < top - 10) {
      // A thin layer's label sits a row up: a tick leads from it to its layer.
      shapes.push({
        tag: 'path',
        key: `tick-${l.id}`,
        attrs: {
          d: `M${r1(l.x + l.width / 2)},${r1(l.labelY + 4)} V${top}`,
          stroke: '#3c4656',
          'stroke-width': 1,
        },
      });
    }
  }
  const s = layout.cellSpan;
  shapes.push({
    tag: 'path',
    key: 'cell-span',
    attrs: {
      d: `M${r1(s.x0)},${r1(layout.top + layout.bodyHeight + 4)} V${r1(layout.top + layout.bodyHeight + 10)} H${r1(s.x1)} V${r1(layout.top + layout.bodyHeight + 4)}`,
      fill: 'none',
      stroke: '#3c4656',
      'stroke-width': 1,
    },
  });
  for (const m of layout.markers) {
    const pattern = patternId(prefix, m.grade);
    shapes.push({
      tag: 'circle',
      key: `marker-${m.riskId}`,
      attrs: {
        cx: r1(m.cx),
        cy: r1(m.cy),
        r: m.r,
        fill: pattern ? `url(#${pattern})` : GRADE_COLOUR[m.grade],
        stroke: '#14213d',
        'stroke-width': 1.5,
      },
      title: `${m.number}. ${m.title}: ${m.grade}`,
    });
    shapes.push({
      tag: 'text',
      key: `icon-${m.riskId}`,
      attrs: {
        x: r1(m.cx),
        y: r1(m.cy),
        dy: '0.35em',
        'text-anchor': 'middle',
        'font-size': r1(layout.iconFontSize),
        'font-weight': 700,
        fill: '#ffffff',
        stroke: '#14213d',
        'stroke-width': 0.6,
      },
      text: m.icon,
    });
    shapes.push({
      tag: 'text',
      key: `number-${m.riskId}`,
      attrs: {
        x: r1(m.cx + m.r + 2),
        y: r1(m.cy - m.r + layout.numberFontSize / 2),
        'font-size': r1(layout.numberFontSize),
        'font-weight': 700,
        fill: '#14213d',
      },
      text: String(m.number),
    });
  }
  return shapes;
}
