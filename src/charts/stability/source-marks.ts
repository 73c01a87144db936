/**
 * The mark of each window source: a fill that differs by pattern, not only by colour, so that
 * sources stay apart in greyscale print and for colour-blind readers. Shared by the chart, its
 * legend and the SVG export (which serialises the same definitions as text).
 */
import type { WindowSource } from '../../kb/schema';

export interface SourceMark {
  /** Pattern kind: solid fill, diagonal hatch, dots, horizontal stripes. */
  kind: 'solid' | 'hatch' | 'dots' | 'stripes';
  /** Ink colour (stroke and pattern ink). */
  ink: string;
  /** Background of the pattern. */
  paper: string;
}

export const SOURCE_MARK: Record<WindowSource, SourceMark> = {
  zhu2015: { kind: 'solid', ink: '#1d4ed8', paper: '#1d4ed8' },
  richards2016: { kind: 'hatch', ink: '#6d28d9', paper: '#f3efff' },
  experiment: { kind: 'dots', ink: '#0f6b5f', paper: '#e9f7f4' },
  'other-calculation': { kind: 'stripes', ink: '#6b4f00', paper: '#fbf4e0' },
};

/** The id of a source's pattern inside one chart (`prefix` keeps several charts apart). */
export function patternId(prefix: string, source: WindowSource): string {
  return `${prefix}-src-${source}`;
}

export interface PatternSpec {
  size: number;
  rotate?: number;
  shapes: { tag: 'rect' | 'circle'; attrs: Record<string, string | number> }[];
}

/** One description per pattern kind, rendered both as React elements and as export text. */
export function patternSpec(source: WindowSource): PatternSpec {
  const m = SOURCE_MARK[source];
  const bg = (size: number) => ({
    tag: 'rect' as const,
    attrs: { width: size, height: size, fill: m.paper },
  });
  switch (m.kind) {
    case 'solid':
      return { size: 4, shapes: [bg(4)] };
    case 'hatch':
      return {
        size: 6,
        rotate: 45,
        shapes: [bg(6), { tag: 'rect', attrs: { width: 2.4, height: 6, fill: m.ink } }],
      };
    case 'dots':
      return {
        size: 5,
        shapes: [bg(5), { tag: 'circle', attrs: { cx: 2.5, cy: 2.5, r: 1.35, fill: m.ink } }],
      };
    case 'stripes':
      return { size: 5, shapes: [bg(5), { tag: 'rect', attrs: { width: 5, height: 1.8, fill: m.ink } }] };
  }
}

/** SVG markup (as a string) of one source's pattern, for the export. */
export function patternMarkup(id: string, source: WindowSource): string {
  const p = patternSpec(source);
  const rotate = p.rotate ? ` patternTransform="rotate(${p.rotate})"` : '';
  const shapes = p.shapes
    .map(
      (sh) =>
        `<${sh.tag} ${Object.entries(sh.attrs)
          .map(([k, v]) => `${k}="${v}"`)
          .join(' ')}/>`,
    )
    .join('');
  return `<pattern id="${id}" width="${p.size}" height="${p.size}" patternUnits="userSpaceOnUse"${rotate}>${shapes}</pattern>`;
}
